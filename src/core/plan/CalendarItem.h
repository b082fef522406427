#pragma once

#include <QDate>
#include <QString>

namespace cg {

// One thing a study plan schedules, as a calendar shows it: a step (or, later, a topic) over the days it is planned.
// Its identity is the kind and slug, never its position, week or dates, so the same step keeps the same calendar
// event however the plan is re-paced or moved.
struct CalendarItem
{
    QString uid;  // from the plan's export id, the kind and the slug (ICalendarWriter::uid)
    QString kind; // "step"; a topic will be "topic"
    QString slug;
    QString summary;
    QString description;
    QDate firstDay; // inclusive
    QDate lastDay;  // inclusive
    bool done = false;
};

} // namespace cg
