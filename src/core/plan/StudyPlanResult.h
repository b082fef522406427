#pragma once

#include "plan/StudyPlan.h"

#include <QString>
#include <QStringList>

namespace cg {

// What StudyPlanScheduler::schedule() returns: a plan, or why there is none. The message is translated and meant to be
// shown as is; the error code lets the caller pick how (a warning, or just an empty state for NothingToSchedule).
struct StudyPlanResult
{
    enum class Error
    {
        None,
        InvalidHoursPerWeek, // outside StudyPlanScheduler::MinHoursPerWeek..MaxHoursPerWeek
        InvalidStartDate,
        EmptyPath,           // the path has no steps at all
        DuplicateStep,       // two steps share a slug
        InvalidStepHours,    // a step to schedule has 0 or negative hours
        UnknownPrerequisite, // a prerequisite names no step of the path
        Cycle,               // prerequisites go round in a circle
        NothingToSchedule,   // every step is marked as already known
        PlanTooLong,         // the plan would run longer than StudyPlanScheduler::MaxWeeks
    };

    StudyPlan plan;
    Error error = Error::None;
    QString errorMessage;
    QStringList involvedSlugs; // the steps the error is about (the cycle in order, the step with the bad prerequisite)

    bool ok() const { return error == Error::None; }
    int weekCount() const { return plan.weekCount(); }
};

} // namespace cg
