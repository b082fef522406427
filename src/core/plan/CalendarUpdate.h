#pragma once

#include "plan/CalendarEvent.h"
#include "plan/CalendarExportRecord.h"

#include <QList>

namespace cg {

// An export to write and what to remember of it (see CalendarUpdatePlanner).
struct CalendarUpdate
{
    QList<CalendarEvent> events;         // live events in plan order, then cancellations
    QList<CalendarExportRecord> records; // the memory for the next export of the same plan

    int liveCount() const
    {
        int count = 0;
        for (const CalendarEvent& event : events)
            count += event.cancelled ? 0 : 1;
        return count;
    }
    int cancelledCount() const { return int(events.size()) - liveCount(); }
};

} // namespace cg
