#pragma once

#include "content/LearningStep.h"
#include "plan/PlanShortening.h"
#include "plan/StudyPlanRequest.h"
#include "plan/TopicCoverage.h"

#include <QDate>
#include <QStringList>

namespace cg {

// Plans what is left of a path topic by topic, for StudyPlanScheduler, which plans steps: each step is given the
// hours of its units still to study, and a step with nothing left is dropped (the scheduler then treats it as a
// met prerequisite). Done topics are always left out; known ones when "skip what I already know" is on, so skipping
// shortens a plan by exactly the hours of what is known. Pure, like the scheduler.
class TopicPlanner final
{
public:
    // The path with each step's hours cut to what is left. Steps with nothing left keep their hours and are appended
    // to *finished (in path order), for the request's skipped steps.
    static LearningPath remaining(const LearningPath& path, const TopicCoverage& coverage, bool skipKnown,
                                  QStringList* finished);

    // The request with its path cut to what is left and the finished steps skipped. Hours come from the topics, so
    // cutting a path twice gives the same path; but a step skipped in `request` stays skipped, so start from the
    // request StudyPlanRequestBuilder gives when progress may have been taken back.
    static StudyPlanRequest leftToStudy(StudyPlanRequest request, const TopicCoverage& coverage, bool skipKnown);

    // Re-planning: the same plan from `from` at a new pace, keeping what is done done and scheduling only the rest.
    static StudyPlanRequest replan(StudyPlanRequest request, const QDate& from, int hoursPerWeek,
                                   const TopicCoverage& coverage, bool skipKnown);

    // Hours and weeks left to study on `path` without and with skipping what is known, at `hoursPerWeek`. Steps
    // in `skippedSteps` (left out by choice) count in neither.
    static PlanShortening shortening(const LearningPath& path, const TopicCoverage& coverage, int hoursPerWeek,
                                     const QSet<QString>& skippedSteps = {});
};

} // namespace cg
