#include "ComparisonStore.h"

#include "salary/SalaryComparison.h"

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
} // namespace

ComparisonStore::ComparisonStore(QSqlDatabase db) : m_db(std::move(db)) {}

QList<SavedComparison> ComparisonStore::list(QString* error) const
{
    QList<SavedComparison> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, currency, basis, created_at FROM saved_comparison "
                                   "ORDER BY name COLLATE NOCASE, name"))) {
        failed(query, error);
        return rows;
    }
    while (query.next()) {
        SavedComparison row;
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.currency = query.value(2).toString();
        row.basis = SalaryComparison::basisFromKey(query.value(3).toString()).value_or(ConversionBasis::Market);
        row.createdAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
        rows.append(row);
    }
    return rows;
}

bool ComparisonStore::contains(const QString& name) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM saved_comparison WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next();
}

std::optional<SavedComparison> ComparisonStore::load(const QString& name, QString* error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, name, currency, basis, created_at FROM saved_comparison WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = tr("There is no saved comparison named “%1”.").arg(name);
        return std::nullopt;
    }
    SavedComparison saved;
    saved.id = query.value(0).toLongLong();
    saved.name = query.value(1).toString();
    saved.currency = query.value(2).toString();
    saved.basis = SalaryComparison::basisFromKey(query.value(3).toString()).value_or(ConversionBasis::Market);
    saved.createdAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);

    QSqlQuery picks(m_db);
    picks.prepare(QStringLiteral("SELECT figure_key FROM comparison_pick WHERE comparison_id = ? ORDER BY position"));
    picks.addBindValue(saved.id);
    if (!picks.exec()) {
        failed(picks, error);
        return std::nullopt;
    }
    while (picks.next())
        saved.keys.append(picks.value(0).toString());
    return saved;
}

bool ComparisonStore::save(const SavedComparison& comparison, QString* error)
{
    const QString name = comparison.name.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = tr("A saved comparison needs a name.");
        return false;
    }
    if (comparison.keys.size() > SalaryComparison::MaxPicks) {
        if (error)
            *error = tr("A comparison holds at most %1 picks.").arg(SalaryComparison::MaxPicks);
        return false;
    }
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    const auto rollback = [this](const QSqlQuery& query, QString* error) {
        failed(query, error);
        m_db.rollback();
        return false;
    };
    // Replacing drops the old picks with the old row (ON DELETE CASCADE).
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM saved_comparison WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return rollback(query, error);
    query.prepare(
        QStringLiteral("INSERT INTO saved_comparison (name, currency, basis, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(comparison.currency);
    query.addBindValue(SalaryComparison::basisKey(comparison.basis));
    const QDateTime created = comparison.createdAt.isValid() ? comparison.createdAt : QDateTime::currentDateTimeUtc();
    query.addBindValue(created.toUTC().toString(Qt::ISODate));
    if (!query.exec())
        return rollback(query, error);
    const qint64 id = query.lastInsertId().toLongLong();
    QSqlQuery pick(m_db);
    pick.prepare(QStringLiteral("INSERT INTO comparison_pick (comparison_id, position, figure_key) VALUES (?, ?, ?)"));
    for (int position = 0; position < comparison.keys.size(); ++position) {
        pick.bindValue(0, id);
        pick.bindValue(1, position);
        pick.bindValue(2, comparison.keys.at(position));
        if (!pick.exec())
            return rollback(pick, error);
    }
    if (!m_db.commit()) {
        if (error)
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

bool ComparisonStore::remove(const QString& name, QString* error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM saved_comparison WHERE name = ?"));
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
