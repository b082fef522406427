#pragma once

#include <QDate>
#include <QString>

namespace cg {

// What the last calendar export of a plan said about one event (user database table calendar_export): its
// SEQUENCE, a hash of its content to tell whether it changed, and the dates and summary to cancel it with.
struct CalendarExportRecord
{
    QString uid;
    int sequence = 0;
    QString contentHash;
    QDate firstDay;
    QDate lastDay;
    QString summary;
    bool cancelled = false;

    bool operator==(const CalendarExportRecord& other) const
    {
        return uid == other.uid && sequence == other.sequence && contentHash == other.contentHash &&
               firstDay == other.firstDay && lastDay == other.lastDay && summary == other.summary &&
               cancelled == other.cancelled;
    }
};

} // namespace cg
