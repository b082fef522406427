#pragma once

#include "plan/StudyPlanRequest.h"
#include "plan/StudyPlanResult.h"

#include <QCoreApplication>

namespace cg {

// Turns a learning path into a week-by-week study plan. Pure: no database, no clock, no state between calls, so the
// same request always gives the same plan.
//
// Steps are ordered by their prerequisites (Kahn's algorithm), keeping the path's own order wherever prerequisites
// allow it; steps the user already knows are dropped and count as satisfied prerequisites. Weeks are then filled
// with up to hoursPerWeek hours each, in that order, splitting a step across weeks when it does not fit.
class StudyPlanScheduler final
{
    Q_DECLARE_TR_FUNCTIONS(StudyPlanScheduler)

public:
    // Bounds for the pace; the Learning Path tab should use them for its spin box.
    static constexpr int MinHoursPerWeek = 1;
    static constexpr int MaxHoursPerWeek = 80;
    // Ten years. Longer than that is a typo or a pace of 1 h/week on a big path; either way not a plan to print.
    static constexpr int MaxWeeks = 520;

    // The dates a plan may span: every week of it has an ISO date (four-digit year) to store, print and export.
    // A date editor showing a saved plan should offer this whole range, so a saved date is shown as it is.
    static QDate earliestStartDate();
    static QDate latestDate();

    StudyPlanResult schedule(const StudyPlanRequest& request) const;
};

} // namespace cg
