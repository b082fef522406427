#include "user/CalendarExportStore.h"

#include "user/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cg {

namespace {

const char* const Columns = "uid, sequence, content_hash, first_day, last_day, summary, status";

CalendarExportRecord readRecord(const QSqlQuery& query)
{
    CalendarExportRecord record;
    record.uid = query.value(0).toString();
    record.sequence = query.value(1).toInt();
    record.contentHash = query.value(2).toString();
    record.firstDay = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    record.lastDay = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    record.summary = query.value(5).toString();
    record.cancelled = query.value(6).toString() == QLatin1String("cancelled");
    return record;
}

} // namespace

CalendarExportStore::CalendarExportStore(QSqlDatabase db) : m_db(std::move(db)) {}

QList<CalendarExportRecord> CalendarExportStore::records(qint64 planId, QString* error) const
{
    QList<CalendarExportRecord> records;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM calendar_export WHERE plan_id = ? ORDER BY uid")
                           .arg(QLatin1String(Columns)))) {
        if (error)
            *error = tr("Could not read the last calendar export: %1").arg(query.lastError().text());
        return records;
    }
    query.addBindValue(planId);
    if (!query.exec()) {
        if (error)
            *error = tr("Could not read the last calendar export: %1").arg(query.lastError().text());
        return records;
    }
    while (query.next())
        records.append(readRecord(query));
    return records;
}

SaveResult CalendarExportStore::update(qint64 planId, const Next& next)
{
    WriteTransaction write(m_db, tr("Could not remember the calendar export"));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!write.exec(query, QStringLiteral("SELECT 1 FROM study_plan WHERE id = ?"), {planId}))
        return write.result();
    if (!query.next()) {
        write.refuseStale(tr("This plan was deleted in another window; it cannot be exported."));
        return write.result();
    }
    if (!write.exec(
            query,
            QStringLiteral("SELECT %1 FROM calendar_export WHERE plan_id = ? ORDER BY uid").arg(QLatin1String(Columns)),
            {planId}))
        return write.result();
    QList<CalendarExportRecord> previous;
    while (query.next())
        previous.append(readRecord(query));
    if (query.lastError().isValid())
        return SaveResult::fromError(query.lastError(), tr("Could not remember the calendar export"));

    const QList<CalendarExportRecord> records = next(previous);
    if (!write.exec(query, QStringLiteral("DELETE FROM calendar_export WHERE plan_id = ?"), {planId}))
        return write.result();
    for (const CalendarExportRecord& record : records) {
        if (!write.exec(query,
                        QStringLiteral("INSERT INTO calendar_export (plan_id, uid, sequence, content_hash, first_day, "
                                       "last_day, summary, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {planId, record.uid, record.sequence, record.contentHash, record.firstDay.toString(Qt::ISODate),
                         record.lastDay.toString(Qt::ISODate), record.summary,
                         record.cancelled ? QStringLiteral("cancelled") : QStringLiteral("live")}))
            return write.result();
    }
    write.commit();
    return write.result();
}

} // namespace cg
