#include "SalaryComparisonStore.h"

#include "salary/SalaryComparison.h"
#include "user/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cg {

namespace {
bool failed(const QSqlQuery& query, QString* error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

// A comparison's own row, without its picks: id, name, currency, basis, created_at, in that order of columns.
SavedSalaryComparison savedAt(const QSqlQuery& query)
{
    SavedSalaryComparison saved;
    saved.id = query.value(0).toLongLong();
    saved.name = query.value(1).toString();
    saved.currency = query.value(2).toString();
    saved.basis = SalaryComparison::basisFromKey(query.value(3).toString()).value_or(ConversionBasis::Market);
    saved.createdAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
    return saved;
}
} // namespace

SalaryComparisonStore::SalaryComparisonStore(QSqlDatabase db) : m_db(std::move(db)) {}

QList<SavedSalaryComparison> SalaryComparisonStore::list(QString* error) const
{
    QList<SavedSalaryComparison> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, currency, basis, created_at FROM saved_comparison "
                                   "ORDER BY name COLLATE NOCASE, name"))) {
        failed(query, error);
        return rows;
    }
    while (query.next())
        rows.append(savedAt(query));
    return rows;
}

bool SalaryComparisonStore::contains(const QString& name) const
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT 1 FROM saved_comparison WHERE name = ?")))
        return false;
    query.addBindValue(name);
    return query.exec() && query.next();
}

std::optional<SavedSalaryComparison> SalaryComparisonStore::load(const QString& name, QString* error) const
{
    QSqlQuery query(m_db);
    const bool prepared = query.prepare(
        QStringLiteral("SELECT id, name, currency, basis, created_at FROM saved_comparison WHERE name = ?"));
    query.addBindValue(name);
    if (!prepared || !query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = tr("There is no saved comparison named “%1”.").arg(name);
        return std::nullopt;
    }
    SavedSalaryComparison saved = savedAt(query);

    QSqlQuery picks(m_db);
    const bool picksPrepared = picks.prepare(
        QStringLiteral("SELECT figure_key FROM comparison_pick WHERE comparison_id = ? ORDER BY position"));
    picks.addBindValue(saved.id);
    if (!picksPrepared || !picks.exec()) {
        failed(picks, error);
        return std::nullopt;
    }
    while (picks.next())
        saved.keys.append(picks.value(0).toString());
    return saved;
}

bool SalaryComparisonStore::validate(const SavedSalaryComparison& comparison, QString* error) const
{
    if (comparison.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A saved comparison needs a name.");
        return false;
    }
    if (comparison.keys.size() > SalaryComparison::MaxPicks) {
        if (error)
            *error = tr("A comparison holds at most %1 picks.").arg(SalaryComparison::MaxPicks);
        return false;
    }
    return true;
}

bool SalaryComparisonStore::write(const SavedSalaryComparison& comparison, QString* error)
{
    const QString name = comparison.name.trimmed();
    // A replaced comparison gets an id no row has now, so a window that listed the old one can tell (the id is what
    // saveIfUnchanged() compares); SQLite alone would hand the freed id out again.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM saved_comparison")) || !query.next())
        return failed(query, error);
    const qint64 id = query.value(0).toLongLong();
    // Replacing drops the old picks with the old row (ON DELETE CASCADE).
    if (!query.prepare(QStringLiteral("DELETE FROM saved_comparison WHERE name = ?")))
        return failed(query, error);
    query.addBindValue(name);
    if (!query.exec())
        return failed(query, error);
    if (!query.prepare(QStringLiteral("INSERT INTO saved_comparison (id, name, currency, basis, created_at) "
                                      "VALUES (?, ?, ?, ?, ?)")))
        return failed(query, error);
    query.addBindValue(id);
    query.addBindValue(name);
    query.addBindValue(comparison.currency);
    query.addBindValue(SalaryComparison::basisKey(comparison.basis));
    const QDateTime created = comparison.createdAt.isValid() ? comparison.createdAt : QDateTime::currentDateTimeUtc();
    query.addBindValue(created.toUTC().toString(Qt::ISODate));
    if (!query.exec())
        return failed(query, error);
    QSqlQuery pick(m_db);
    if (!pick.prepare(
            QStringLiteral("INSERT INTO comparison_pick (comparison_id, position, figure_key) VALUES (?, ?, ?)")))
        return failed(pick, error);
    for (int position = 0; position < comparison.keys.size(); ++position) {
        pick.bindValue(0, id);
        pick.bindValue(1, position);
        pick.bindValue(2, comparison.keys.at(position));
        if (!pick.exec())
            return failed(pick, error);
    }
    return true;
}

bool SalaryComparisonStore::save(const SavedSalaryComparison& comparison, QString* error)
{
    if (!validate(comparison, error))
        return false;
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    if (!write(comparison, error)) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        if (error)
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

QHash<QString, qint64> SalaryComparisonStore::ids(QString* error) const
{
    QHash<QString, qint64> ids;
    for (const SavedSalaryComparison& saved : list(error))
        ids.insert(saved.name, saved.id);
    return ids;
}

SaveResult SalaryComparisonStore::saveIfUnchanged(const SavedSalaryComparison& comparison)
{
    QString error;
    if (!validate(comparison, &error))
        return SaveResult::failed(error);
    const QString name = comparison.name.trimmed();
    WriteTransaction transaction(m_db, tr("The comparison could not be saved"));
    QSqlQuery query(m_db);
    if (!transaction.exec(query, QStringLiteral("SELECT id FROM saved_comparison WHERE name = ?"), {name}))
        return transaction.result();
    const qint64 current = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (current != comparison.id) {
        transaction.refuseStale(
            current == 0 ? tr("The saved comparison \u201C%1\u201D was deleted in another window, so it was not "
                              "replaced. Save again to keep this one under that name.")
                               .arg(name)
                         : tr("A comparison named \u201C%1\u201D was saved in another window since this list was "
                              "shown, so it was not replaced. Save again to replace it, or choose another name.")
                               .arg(name));
        return transaction.result();
    }
    if (!write(comparison, &error))
        return SaveResult::failed(tr("The comparison could not be saved: %1").arg(error));
    transaction.commit();
    return transaction.result();
}

SaveResult SalaryComparisonStore::removeIfUnchanged(const QString& name, qint64 id)
{
    WriteTransaction transaction(m_db, tr("The saved comparison could not be deleted"));
    QSqlQuery query(m_db);
    if (!transaction.exec(query, QStringLiteral("DELETE FROM saved_comparison WHERE name = ? AND id = ?"), {name, id}))
        return transaction.result();
    if (query.numRowsAffected() == 0) {
        transaction.refuseStale(tr("The saved comparison \u201C%1\u201D was replaced or deleted in another window, "
                                   "so it was not deleted here.")
                                    .arg(name));
        return transaction.result();
    }
    transaction.commit();
    return transaction.result();
}

bool SalaryComparisonStore::remove(const QString& name, QString* error)
{
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("DELETE FROM saved_comparison WHERE name = ?")))
        return failed(query, error);
    query.addBindValue(name);
    // One statement in autocommit mode is its own transaction; the picks go with it (ON DELETE CASCADE).
    if (!query.exec())
        return failed(query, error);
    if (query.numRowsAffected() == 0) {
        if (error)
            *error = tr("There is no saved comparison named “%1”.").arg(name);
        return false;
    }
    return true;
}

} // namespace cg
