#include "user/StudyPlanStore.h"

#include "user/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cg {

namespace {

// SQLite reports a UNIQUE violation through its extended result code 2067 (SQLITE_CONSTRAINT_UNIQUE); the Qt driver
// passes it on as the native error code.
bool isUniqueViolation(const QSqlError& error)
{
    return error.nativeErrorCode() == QLatin1String("2067");
}

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

// A null QString binds as SQL NULL, which the NOT NULL text columns refuse; an empty one binds as ''.
QString bindable(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

// The columns an insert and an update both set, in that order: name, role, path, route, start, hours, skip_known.
void bindPlanFields(QSqlQuery& query, const SavedStudyPlan& plan)
{
    query.addBindValue(plan.name.trimmed());
    query.addBindValue(bindable(plan.roleSlug));
    query.addBindValue(bindable(plan.pathSlug));
    query.addBindValue(bindable(plan.routeSlug));
    query.addBindValue(plan.startDate.toString(Qt::ISODate));
    query.addBindValue(plan.hoursPerWeek);
    query.addBindValue(plan.skipKnown ? 1 : 0);
}

void reportSaveError(const QSqlError& failure, const QString& name, QString* error)
{
    if (isUniqueViolation(failure))
        setError(error,
                 StudyPlanStore::tr("There is already a plan called \u201C%1\u201D; choose another name.").arg(name));
    else
        setError(error, StudyPlanStore::tr("Could not save the plan \u201C%1\u201D: %2").arg(name, failure.text()));
}

SavedStudyPlan readPlan(const QSqlQuery& query)
{
    SavedStudyPlan plan;
    plan.id = query.value(0).toLongLong();
    plan.name = query.value(1).toString();
    plan.roleSlug = query.value(2).toString();
    plan.pathSlug = query.value(3).toString();
    plan.routeSlug = query.value(4).toString();
    plan.startDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    plan.hoursPerWeek = query.value(6).toLongLong();
    plan.skipKnown = query.value(7).toInt() != 0;
    plan.createdAt = fromIsoUtc(query.value(8).toString());
    return plan;
}

const char* const PlanColumns =
    "id, name, role_slug, path_slug, route_slug, start_date, hours_per_week, skip_known, created_at";

} // namespace

StudyPlanStore::StudyPlanStore(QSqlDatabase db) : m_db(std::move(db)) {}

void StudyPlanStore::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime StudyPlanStore::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QList<SavedStudyPlan> StudyPlanStore::plans(QString* error) const
{
    QList<SavedStudyPlan> plans;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM study_plan ORDER BY name COLLATE NOCASE, id")
                        .arg(QLatin1String(PlanColumns)))) {
        setError(error, tr("Could not read your study plans: %1").arg(query.lastError().text()));
        return plans;
    }
    while (query.next())
        plans.append(readPlan(query));
    return plans;
}

std::optional<SavedStudyPlan> StudyPlanStore::plan(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM study_plan WHERE id = ?").arg(QLatin1String(PlanColumns)))) {
        qWarning("study plans: %s", qUtf8Printable(query.lastError().text()));
        return std::nullopt;
    }
    query.addBindValue(id);
    if (query.exec() && query.next())
        return readPlan(query);
    if (query.lastError().isValid())
        qWarning("study plans: %s", qUtf8Printable(query.lastError().text()));
    return std::nullopt;
}

bool StudyPlanStore::validate(const SavedStudyPlan& plan, QString* error) const
{
    if (plan.name.trimmed().isEmpty()) {
        setError(error, tr("Give the plan a name."));
        return false;
    }
    if (plan.pathSlug.isEmpty()) {
        setError(error, tr("Choose the learning path the plan follows."));
        return false;
    }
    if (plan.hoursPerWeek <= 0) {
        setError(error, tr("A plan needs at least one hour a week."));
        return false;
    }
    if (!plan.startDate.isValid()) {
        setError(error, tr("Choose a valid start date for the plan."));
        return false;
    }
    return true;
}

qint64 StudyPlanStore::createPlan(const SavedStudyPlan& plan, QString* error)
{
    if (!validate(plan, error))
        return 0;
    const QString name = plan.name.trimmed();
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("INSERT INTO study_plan (name, role_slug, path_slug, route_slug, start_date, "
                                      "hours_per_week, skip_known, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))) {
        reportSaveError(query.lastError(), name, error);
        return 0;
    }
    bindPlanFields(query, plan);
    query.addBindValue(isoUtc(now()));
    // One statement in autocommit mode is its own transaction: once exec() succeeds the plan is on disk.
    if (!query.exec()) {
        reportSaveError(query.lastError(), name, error);
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool StudyPlanStore::updatePlan(const SavedStudyPlan& plan, QString* error)
{
    if (!validate(plan, error))
        return false;
    const QString name = plan.name.trimmed();
    QSqlQuery query(m_db);
    if (!query.prepare(
            QStringLiteral("UPDATE study_plan SET name = ?, role_slug = ?, path_slug = ?, "
                           "route_slug = ?, start_date = ?, hours_per_week = ?, skip_known = ? WHERE id = ?"))) {
        reportSaveError(query.lastError(), name, error);
        return false;
    }
    bindPlanFields(query, plan);
    query.addBindValue(plan.id);
    if (!query.exec()) {
        reportSaveError(query.lastError(), name, error);
        return false;
    }
    if (query.numRowsAffected() != 1) {
        setError(error, tr("The plan \u201C%1\u201D no longer exists.").arg(name));
        return false;
    }
    return true;
}

bool StudyPlanStore::removePlan(qint64 id, QString* error)
{
    // The foreign key cascades, but progress is removed explicitly too, so a database opened with foreign keys off
    // cannot be left with orphans.
    if (!m_db.transaction()) {
        setError(error, tr("Could not delete the plan: %1").arg(m_db.lastError().text()));
        return false;
    }
    QSqlQuery query(m_db);
    bool ok = query.prepare(QStringLiteral("DELETE FROM step_progress WHERE plan_id = ?"));
    query.addBindValue(id);
    ok = ok && query.exec();
    if (ok) {
        ok = query.prepare(QStringLiteral("DELETE FROM study_plan WHERE id = ?"));
        query.addBindValue(id);
        ok = ok && query.exec();
    }
    if (!ok || !m_db.commit()) {
        const QString reason = ok ? m_db.lastError().text() : query.lastError().text();
        m_db.rollback();
        setError(error, tr("Could not delete the plan: %1").arg(reason));
        return false;
    }
    return true;
}

QString StudyPlanStore::unusedName(const QString& base) const
{
    QSqlQuery query(m_db);
    const QString trimmed = base.trimmed();
    if (!query.prepare(QStringLiteral("SELECT 1 FROM study_plan WHERE name = ?")))
        return trimmed; // saving under it will then say why
    for (int n = 1;; ++n) {
        const QString candidate = n == 1 ? trimmed : QStringLiteral("%1 %2").arg(trimmed).arg(n);
        query.addBindValue(candidate);
        if (!query.exec() || !query.next())
            return candidate;
    }
}

QHash<QString, StepProgress> StudyPlanStore::progress(qint64 planId, QString* error) const
{
    QHash<QString, StepProgress> progress;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool prepared = query.prepare(
        QStringLiteral("SELECT step_slug, status, note, updated_at FROM step_progress WHERE plan_id = ?"));
    query.addBindValue(planId);
    if (!prepared || !query.exec()) {
        setError(error, tr("Could not read the progress of this plan: %1").arg(query.lastError().text()));
        return progress;
    }
    while (query.next()) {
        StepProgress step;
        step.status = StepProgress::fromKey(query.value(1).toString());
        step.note = query.value(2).toString();
        step.updatedAt = fromIsoUtc(query.value(3).toString());
        progress.insert(query.value(0).toString(), step);
    }
    return progress;
}

bool StudyPlanStore::setProgress(qint64 planId, const QString& stepSlug, const StepProgress& progress, QString* error,
                                 StepProgress* stored)
{
    if (progress.note.size() > StepProgress::MaxNoteLength) {
        setError(error, StepProgress::noteTooLongMessage(progress.note.size()));
        return false;
    }
    StepProgress saved = progress;
    saved.updatedAt = now();
    QSqlQuery query(m_db);
    bool prepared = false;
    if (progress.isBlank()) {
        prepared = query.prepare(QStringLiteral("DELETE FROM step_progress WHERE plan_id = ? AND step_slug = ?"));
        query.addBindValue(planId);
        query.addBindValue(stepSlug);
    } else {
        prepared = query.prepare(
            QStringLiteral("INSERT INTO step_progress (plan_id, step_slug, status, note, updated_at) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (plan_id, step_slug) DO UPDATE SET "
                           "status = excluded.status, note = excluded.note, updated_at = excluded.updated_at"));
        query.addBindValue(planId);
        query.addBindValue(stepSlug);
        query.addBindValue(StepProgress::toKey(progress.status));
        query.addBindValue(bindable(progress.note));
        query.addBindValue(isoUtc(saved.updatedAt));
    }
    if (!prepared || !query.exec()) {
        setError(error, tr("Could not save your progress: %1").arg(query.lastError().text()));
        return false;
    }
    if (stored)
        *stored = saved;
    return true;
}

SaveResult StudyPlanStore::changePlan(const SavedStudyPlan& read, const SavedStudyPlan& edited)
{
    QString error;
    if (!validate(edited, &error))
        return SaveResult::failed(error);
    const QString name = edited.name.trimmed();
    // Each field the person edited, with the value the view read and the value to save.
    struct Field
    {
        const char* column;
        QVariant read;
        QVariant edited;
    };
    const QList<Field> fields{
        {"name", read.name.trimmed(), name},
        {"role_slug", bindable(read.roleSlug), bindable(edited.roleSlug)},
        {"path_slug", bindable(read.pathSlug), bindable(edited.pathSlug)},
        {"route_slug", bindable(read.routeSlug), bindable(edited.routeSlug)},
        {"start_date", read.startDate.toString(Qt::ISODate), edited.startDate.toString(Qt::ISODate)},
        {"hours_per_week", read.hoursPerWeek, edited.hoursPerWeek},
        {"skip_known", read.skipKnown ? 1 : 0, edited.skipKnown ? 1 : 0},
    };
    WriteTransaction write(m_db, tr("Could not save the plan \u201C%1\u201D").arg(name));
    QSqlQuery query(m_db);
    if (!write.exec(query, QStringLiteral("SELECT %1 FROM study_plan WHERE id = ?").arg(QLatin1String(PlanColumns)),
                    {read.id}))
        return write.result();
    if (!query.next()) {
        write.refuseStale(
            tr("The plan \u201C%1\u201D was deleted in another window; it is no longer saved.").arg(read.name));
        return write.result();
    }
    const SavedStudyPlan current = readPlan(query);
    const QList<QVariant> saved{current.name,
                                current.roleSlug,
                                current.pathSlug,
                                current.routeSlug,
                                current.startDate.toString(Qt::ISODate),
                                current.hoursPerWeek,
                                current.skipKnown ? 1 : 0};
    query.finish();
    for (int i = 0; i < fields.size(); ++i) {
        const Field& field = fields.at(i);
        if (field.read == field.edited)
            continue;
        if (saved.at(i).toString() != field.read.toString()) {
            write.refuseStale(tr("The plan \u201C%1\u201D was changed in another window since it was shown here, so "
                                 "your change was not saved. The plan now shows what is saved; make your change "
                                 "again if you still want it.")
                                  .arg(read.name));
            return write.result();
        }
        // The column name comes from the list above, never from a person.
        if (!write.exec(query,
                        QStringLiteral("UPDATE study_plan SET %1 = ? WHERE id = ?").arg(QLatin1String(field.column)),
                        {field.edited, read.id})) {
            if (isUniqueViolation(query.lastError())) // rolled back when `write` ends
                return SaveResult::failed(
                    tr("There is already a plan called \u201C%1\u201D; choose another name.").arg(name));
            return write.result();
        }
    }
    write.commit();
    return write.result();
}

SaveResult StudyPlanStore::changeProgress(qint64 planId, const QString& stepSlug, const StepProgress& read,
                                          const StepProgress& edited, StepProgress* stored)
{
    // Checked before the database is touched: a refusal here is no reason to retry.
    if (edited.note != read.note && edited.note.size() > StepProgress::MaxNoteLength)
        return SaveResult::failed(StepProgress::noteTooLongMessage(edited.note.size()));
    WriteTransaction write(m_db, tr("Could not save your progress"));
    QSqlQuery query(m_db);
    if (!write.exec(query, QStringLiteral("SELECT 1 FROM study_plan WHERE id = ?"), {planId}))
        return write.result();
    if (!query.next()) {
        write.refuseStale(tr("This plan was deleted in another window; your progress was not saved."));
        return write.result();
    }
    if (!write.exec(query, QStringLiteral("SELECT status, note FROM step_progress WHERE plan_id = ? AND step_slug = ?"),
                    {planId, stepSlug}))
        return write.result();
    StepProgress current; // a missing row reads as not started, no note
    if (query.next()) {
        current.status = StepProgress::fromKey(query.value(0).toString());
        current.note = query.value(1).toString();
    }
    query.finish();
    const bool statusEdited = edited.status != read.status;
    const bool noteEdited = edited.note != read.note;
    if ((statusEdited && current.status != read.status) || (noteEdited && current.note != read.note)) {
        write.refuseStale(tr("This step was changed in another window since it was shown here, so your change was "
                             "not saved. The plan now shows what is saved; make your change again if you still want "
                             "it."));
        return write.result();
    }
    StepProgress saved = current;
    if (statusEdited)
        saved.status = edited.status;
    if (noteEdited)
        saved.note = edited.note;
    saved.updatedAt = now();
    const bool ok =
        saved.isBlank()
            ? write.exec(query, QStringLiteral("DELETE FROM step_progress WHERE plan_id = ? AND step_slug = ?"),
                         {planId, stepSlug})
            : write.exec(
                  query,
                  QStringLiteral("INSERT INTO step_progress (plan_id, step_slug, status, note, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (plan_id, step_slug) DO UPDATE SET "
                                 "status = excluded.status, note = excluded.note, updated_at = excluded.updated_at"),
                  {planId, stepSlug, StepProgress::toKey(saved.status), bindable(saved.note), isoUtc(saved.updatedAt)});
    if (!ok || !write.commit())
        return write.result();
    if (stored)
        *stored = saved;
    return write.result();
}

} // namespace cg
