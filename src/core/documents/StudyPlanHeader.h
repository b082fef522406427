#pragma once

#include "plan/StudyPlan.h"

#include <QDate>
#include <QString>

namespace cg {

// Who the printed study plan is for and what it aims at: the block at the top of StudyPlanDocument.
struct StudyPlanHeader
{
    QString personName; // optional: "Prepared for …" is left out when empty
    QString targetRole;
    QString route; // education route or learning path name: "Self-taught", "Bootcamp", …
    int hoursPerWeek = 0;
    QDate startDate;
    QDate endDate;

    // The header a plan implies on its own; the caller overrides what it knows better (the route's display name).
    static StudyPlanHeader fromPlan(const StudyPlan& plan)
    {
        StudyPlanHeader header;
        header.targetRole = plan.targetRole;
        header.route = plan.pathName;
        header.hoursPerWeek = plan.hoursPerWeek;
        header.startDate = plan.startDate;
        header.endDate = plan.endDate;
        return header;
    }
};

} // namespace cg
