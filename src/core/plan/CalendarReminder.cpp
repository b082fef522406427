#include "plan/CalendarReminder.h"

namespace cg::calendarReminder {

QString trigger(CalendarReminder reminder)
{
    switch (reminder) {
    case CalendarReminder::None:
        return {};
    case CalendarReminder::MorningOfFirstDay:
        return QStringLiteral("PT9H");
    case CalendarReminder::DayBefore:
        return QStringLiteral("-PT15H"); // midnight minus 15 hours: 09:00 the day before
    case CalendarReminder::WeekBefore:
        return QStringLiteral("-P6DT15H");
    }
    return {};
}

QString toKey(CalendarReminder reminder)
{
    switch (reminder) {
    case CalendarReminder::None:
        return QStringLiteral("none");
    case CalendarReminder::MorningOfFirstDay:
        return QStringLiteral("morning");
    case CalendarReminder::DayBefore:
        return QStringLiteral("day-before");
    case CalendarReminder::WeekBefore:
        return QStringLiteral("week-before");
    }
    return QStringLiteral("none");
}

CalendarReminder fromKey(const QString& key)
{
    for (const CalendarReminder reminder :
         {CalendarReminder::MorningOfFirstDay, CalendarReminder::DayBefore, CalendarReminder::WeekBefore}) {
        if (toKey(reminder) == key)
            return reminder;
    }
    return CalendarReminder::None;
}

} // namespace cg::calendarReminder
