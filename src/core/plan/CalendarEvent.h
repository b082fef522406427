#pragma once

#include "plan/CalendarReminder.h"

#include <QDate>
#include <QString>

namespace cg {

// One VEVENT exactly as ICalendarWriter writes it: a live study event or the cancellation of one exported before.
struct CalendarEvent
{
    QString uid;
    int sequence = 0;
    QString summary;
    QString description;
    QDate firstDay; // inclusive
    QDate lastDay;  // inclusive; DTEND is the day after
    bool cancelled = false;
    CalendarReminder reminder = CalendarReminder::None; // never written for a cancelled event
};

} // namespace cg
