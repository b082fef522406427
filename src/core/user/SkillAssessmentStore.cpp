#include "SkillAssessmentStore.h"

#include "text/EnumWords.h"
#include "user/WriteTransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace cg {

namespace {
// Unknown is no mark at all: it has no key, so nothing is stored for it.
constexpr EnumWord<SkillAssessmentStore::Status> Keys[] = {
    {SkillAssessmentStore::Status::Know, "know"},
    {SkillAssessmentStore::Status::Learning, "learning"},
    {SkillAssessmentStore::Status::Want, "want"},
};

constexpr EnumWord<SkillAssessmentStore::Status> Names[] = {
    {SkillAssessmentStore::Status::Know, QT_TRANSLATE_NOOP("cg::SkillAssessmentStore", "I know it")},
    {SkillAssessmentStore::Status::Learning, QT_TRANSLATE_NOOP("cg::SkillAssessmentStore", "Learning")},
    {SkillAssessmentStore::Status::Want, QT_TRANSLATE_NOOP("cg::SkillAssessmentStore", "Want to learn")},
    {SkillAssessmentStore::Status::Unknown, QT_TRANSLATE_NOOP("cg::SkillAssessmentStore", "Not assessed")},
};
} // namespace

SkillAssessmentStore::SkillAssessmentStore(QSqlDatabase db) : m_db(std::move(db)) {}

QString SkillAssessmentStore::onetKey(const QString& elementId)
{
    return QStringLiteral("onet:") + elementId;
}

QString SkillAssessmentStore::technologyKey(const QString& example)
{
    return QStringLiteral("tech:") + example;
}

QString SkillAssessmentStore::toKey(Status status)
{
    return EnumWords::keyOf(Keys, status);
}

SkillAssessmentStore::Status SkillAssessmentStore::fromKey(const QString& key)
{
    return EnumWords::valueOf(Keys, key).value_or(Status::Unknown);
}

QString SkillAssessmentStore::displayName(Status status)
{
    return EnumWords::nameOf("cg::SkillAssessmentStore", Names, EnumWords::known(Names, status, Status::Unknown));
}

QHash<QString, SkillAssessmentStore::Status> SkillAssessmentStore::all(QString* error) const
{
    QHash<QString, Status> statuses;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT skill_slug, status FROM skill_assessment"))) {
        if (error)
            *error = tr("Could not read your self-assessment: %1").arg(query.lastError().text());
        return statuses;
    }
    while (query.next())
        statuses.insert(query.value(0).toString(), fromKey(query.value(1).toString()));
    return statuses;
}

SkillAssessmentStore::Status SkillAssessmentStore::status(const QString& skillSlug) const
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT status FROM skill_assessment WHERE skill_slug = ?"))) {
        qWarning("self-assessment: %s", qUtf8Printable(query.lastError().text()));
        return Status::Unknown;
    }
    query.addBindValue(skillSlug);
    if (query.exec() && query.next())
        return fromKey(query.value(0).toString());
    if (query.lastError().isValid())
        qWarning("self-assessment: %s", qUtf8Printable(query.lastError().text()));
    return Status::Unknown;
}

bool SkillAssessmentStore::setStatus(const QString& skillSlug, Status status, QString* error)
{
    QSqlQuery query(m_db);
    bool prepared = false;
    if (status == Status::Unknown) {
        prepared = query.prepare(QStringLiteral("DELETE FROM skill_assessment WHERE skill_slug = ?"));
        query.addBindValue(skillSlug);
    } else {
        prepared = query.prepare(
            QStringLiteral("INSERT INTO skill_assessment (skill_slug, status, updated_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (skill_slug) DO UPDATE SET status = excluded.status, "
                           "updated_at = excluded.updated_at"));
        query.addBindValue(skillSlug);
        query.addBindValue(toKey(status));
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    // A single statement in autocommit mode is its own transaction: when exec() returns true it is durable.
    if (prepared && query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

SaveResult SkillAssessmentStore::changeStatus(const QString& skillSlug, Status read, Status edited)
{
    WriteTransaction write(m_db, tr("Your status for this skill could not be saved"));
    QSqlQuery query(m_db);
    if (!write.exec(query, QStringLiteral("SELECT status FROM skill_assessment WHERE skill_slug = ?"), {skillSlug}))
        return write.result();
    const Status current = query.next() ? fromKey(query.value(0).toString()) : Status::Unknown;
    query.finish();
    if (current != read) {
        write.refuseStale(tr("Your status for this skill was changed in another window (it is now \u201C%1\u201D), "
                             "so your change was not saved. Choose again if you still want it.")
                              .arg(displayName(current)));
        return write.result();
    }
    if (current == edited)
        return SaveResult::saved(); // nothing to change; rolled back when `write` ends
    const bool ok =
        edited == Status::Unknown
            ? write.exec(query, QStringLiteral("DELETE FROM skill_assessment WHERE skill_slug = ?"), {skillSlug})
            : write.exec(
                  query,
                  QStringLiteral("INSERT INTO skill_assessment (skill_slug, status, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (skill_slug) DO UPDATE SET status = excluded.status, "
                                 "updated_at = excluded.updated_at"),
                  {skillSlug, toKey(edited), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (ok)
        write.commit();
    return write.result();
}

} // namespace cg
