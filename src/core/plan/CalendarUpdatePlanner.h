#pragma once

#include "plan/CalendarExportRecord.h"
#include "plan/CalendarItem.h"
#include "plan/CalendarReminder.h"
#include "plan/CalendarUpdate.h"

#include <QCoreApplication>
#include <QList>

namespace cg {

// Decides what a calendar export of a plan says, given what the previous export of the same plan said, so that a
// calendar application re-importing the file updates its events in place (RFC 5545 UID and SEQUENCE, RFC 5546
// PUBLISH). Pure: no database, no clock.
//
// - An item exported for the first time gets SEQUENCE 0.
// - An item whose content (summary, description, dates, reminder) is unchanged keeps its SEQUENCE; a changed one
//   gets SEQUENCE + 1, so calendars replace it.
// - An item exported before that has left the plan is written as STATUS:CANCELLED with SEQUENCE + 1, and in every
//   later export again with that same SEQUENCE (a calendar that missed one import still learns of it).
// - A done item is not a live event any more. One that was exported before is cancelled like an item that left the
//   plan: the calendar should stop showing it as work ahead. One that was never exported is left out entirely:
//   there is nothing in any calendar to cancel, and a cancellation of an unknown event would only add noise.
// - An item that comes back (a step taken out of "done", a step back in the plan) is live again with SEQUENCE + 1.
class CalendarUpdatePlanner final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarUpdatePlanner)

public:
    static CalendarUpdate plan(const QList<CalendarItem>& items, const QList<CalendarExportRecord>& previous,
                               CalendarReminder reminder = CalendarReminder::None);

    // A hex SHA-1 of what a calendar shows of the item with this reminder: what "changed" means.
    static QString contentHash(const CalendarItem& item, CalendarReminder reminder);
};

} // namespace cg
