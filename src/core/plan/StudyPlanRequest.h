#pragma once

#include "content/LearningStep.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace cg {

// Everything the scheduler needs to turn a learning path into weeks. A plain value: the Learning Path tab fills it
// from its form, the user database can store it, and tests can build it in a line.
struct StudyPlanRequest
{
    QString planId;             // stable id of a saved plan (user database); used for iCalendar UIDs, may be empty
    QString planTitle;          // "My road to back-end developer"
    QString targetRole;         // role name as shown to the user
    LearningPath path;          // the route's steps with hours and prerequisites
    QDate startDate;            // first day of week 1
    qint64 hoursPerWeek = 10;   // as chosen or stored; the scheduler checks the bounds
    QSet<QString> skippedSlugs; // steps the user already knows; unknown slugs are ignored (content may have moved on)
};

} // namespace cg
