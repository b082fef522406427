#include "plan/CalendarUpdatePlanner.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace cg {

namespace {

CalendarEvent cancellation(const CalendarExportRecord& record, const QString& description)
{
    CalendarEvent event;
    event.uid = record.uid;
    event.sequence = record.sequence;
    event.summary = record.summary;
    event.description = description;
    event.firstDay = record.firstDay;
    event.lastDay = record.lastDay;
    event.cancelled = true;
    return event;
}

} // namespace

QString CalendarUpdatePlanner::contentHash(const CalendarItem& item, CalendarReminder reminder)
{
    const QStringList parts{item.summary, item.description, item.firstDay.toString(Qt::ISODate),
                            item.lastDay.toString(Qt::ISODate), calendarReminder::trigger(reminder)};
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex());
}

CalendarUpdate CalendarUpdatePlanner::plan(const QList<CalendarItem>& items,
                                           const QList<CalendarExportRecord>& previous, CalendarReminder reminder)
{
    QHash<QString, CalendarExportRecord> before;
    for (const CalendarExportRecord& record : previous)
        before.insert(record.uid, record);

    CalendarUpdate update;
    QList<CalendarEvent> cancellations;
    QSet<QString> seen;
    for (const CalendarItem& item : items) {
        if (seen.contains(item.uid))
            continue; // one event per UID, whatever the caller passed
        seen.insert(item.uid);
        const auto old = before.constFind(item.uid);
        const bool known = old != before.cend();

        if (item.done) {
            if (!known)
                continue; // never in any calendar: nothing to show, nothing to cancel
            CalendarExportRecord record = *old;
            if (!record.cancelled) {
                record.cancelled = true;
                record.sequence += 1;
            }
            cancellations.append(cancellation(record, tr("Done.")));
            update.records.append(record);
            continue;
        }

        const QString hash = contentHash(item, reminder);
        CalendarExportRecord record;
        record.uid = item.uid;
        record.contentHash = hash;
        record.firstDay = item.firstDay;
        record.lastDay = item.lastDay;
        record.summary = item.summary;
        record.sequence = !known ? 0 : (old->cancelled || old->contentHash != hash ? old->sequence + 1 : old->sequence);
        update.records.append(record);

        CalendarEvent event;
        event.uid = item.uid;
        event.sequence = record.sequence;
        event.summary = item.summary;
        event.description = item.description;
        event.firstDay = item.firstDay;
        event.lastDay = item.lastDay;
        event.reminder = reminder;
        update.events.append(event);
    }

    // Exported before, gone from the plan now: cancelled, in a stable order (by date, then UID).
    QList<CalendarExportRecord> gone;
    for (const CalendarExportRecord& record : previous) {
        if (!seen.contains(record.uid))
            gone.append(record);
    }
    std::sort(gone.begin(), gone.end(), [](const CalendarExportRecord& a, const CalendarExportRecord& b) {
        return a.firstDay != b.firstDay ? a.firstDay < b.firstDay : a.uid < b.uid;
    });
    for (CalendarExportRecord record : std::as_const(gone)) {
        if (!record.cancelled) {
            record.cancelled = true;
            record.sequence += 1;
        }
        cancellations.append(cancellation(record, tr("No longer in the study plan.")));
        update.records.append(record);
    }
    update.events.append(cancellations);
    return update;
}

} // namespace cg
