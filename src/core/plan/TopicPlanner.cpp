#include "plan/TopicPlanner.h"

namespace cg {

LearningPath TopicPlanner::remaining(const LearningPath& path, const TopicCoverage& coverage, bool skipKnown,
                                     QStringList* finished)
{
    LearningPath left = path;
    for (LearningStep& step : left.steps) {
        const int hours = coverage.hours(step).left(skipKnown);
        if (hours > 0)
            step.hours = hours;
        else if (finished)
            finished->append(step.slug);
    }
    return left;
}

StudyPlanRequest TopicPlanner::leftToStudy(StudyPlanRequest request, const TopicCoverage& coverage, bool skipKnown)
{
    QStringList finished;
    request.path = remaining(request.path, coverage, skipKnown, &finished);
    for (const QString& slug : std::as_const(finished))
        request.skippedSlugs.insert(slug);
    return request;
}

StudyPlanRequest TopicPlanner::replan(StudyPlanRequest request, const QDate& from, int hoursPerWeek,
                                      const TopicCoverage& coverage, bool skipKnown)
{
    request.startDate = from;
    request.hoursPerWeek = hoursPerWeek;
    return leftToStudy(std::move(request), coverage, skipKnown);
}

PlanShortening TopicPlanner::shortening(const LearningPath& path, const TopicCoverage& coverage, int hoursPerWeek,
                                        const QSet<QString>& skippedSteps)
{
    PlanShortening shortening;
    for (const LearningStep& step : path.steps) {
        if (skippedSteps.contains(step.slug))
            continue;
        const StepHours hours = coverage.hours(step);
        shortening.hoursBefore += hours.left(false);
        shortening.hoursAfter += hours.left(true);
    }
    shortening.weeksBefore = PlanShortening::weeksFor(shortening.hoursBefore, hoursPerWeek);
    shortening.weeksAfter = PlanShortening::weeksFor(shortening.hoursAfter, hoursPerWeek);
    return shortening;
}

} // namespace cg
