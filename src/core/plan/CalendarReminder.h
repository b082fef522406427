#pragma once

#include <QString>

namespace cg {

// When a calendar should remind the person of a study event (a VALARM). The events are all-day, so a reminder is
// set at a time of day relative to the event's first day rather than minutes before an hour that does not exist.
enum class CalendarReminder
{
    None,
    MorningOfFirstDay, // 09:00 on the event's first day
    DayBefore,         // 09:00 the day before
    WeekBefore,        // 09:00 seven days before
};

namespace calendarReminder {

// The VALARM TRIGGER value (RFC 5545 3.8.6.3, a duration relative to DTSTART, which is midnight of the first day):
// "PT9H", "-PT15H", "-P6DT15H"; empty for None.
QString trigger(CalendarReminder reminder);

// The keys settings and tests use ("none", "morning", "day-before", "week-before"); unknown keys read as None.
QString toKey(CalendarReminder reminder);
CalendarReminder fromKey(const QString& key);

} // namespace calendarReminder

} // namespace cg
