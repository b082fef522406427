#include "plan/StudyPlanRequestBuilder.h"

#include "plan/TopicCoverage.h"
#include "plan/TopicPlanner.h"

namespace cg {

QStringList StudyPlanRequestBuilder::knownSteps(const LearningPath& path, const QSet<QString>& knownSkills)
{
    const TopicCoverage coverage({}, knownSkills);
    QStringList known;
    for (const LearningStep& step : path.steps) {
        if (coverage.isStepKnown(step))
            known.append(step.slug);
    }
    return known;
}

LearningPath StudyPlanRequestBuilder::forRoute(const LearningPath& path, const QString& routeSlug)
{
    if (routeSlug.isEmpty())
        return path;
    LearningPath onRoute = path;
    onRoute.steps.clear();
    QSet<QString> removed;
    for (const LearningStep& step : path.steps) {
        if (step.routes.isEmpty() || step.routes.contains(routeSlug))
            onRoute.steps.append(step);
        else
            removed.insert(step.slug);
    }
    for (LearningStep& step : onRoute.steps)
        step.prerequisites.removeIf([&removed](const QString& slug) { return removed.contains(slug); });
    return onRoute;
}

QStringList StudyPlanRequestBuilder::skippedSteps(const LearningPath& path,
                                                  const QHash<QString, StepProgress>& progress)
{
    QStringList skipped;
    for (const LearningStep& step : path.steps) {
        const auto found = progress.constFind(step.slug);
        if (found != progress.cend() && found->status == StepProgress::Status::Skipped)
            skipped.append(step.slug);
    }
    return skipped;
}

StudyPlanRequest StudyPlanRequestBuilder::build(const SavedStudyPlan& plan, const LearningPath& path,
                                                const QString& targetRole, const QSet<QString>& knownSkills,
                                                const QHash<QString, StepProgress>& progress)
{
    return build(plan, path, targetRole, knownSkills, progress, {});
}

StudyPlanRequest StudyPlanRequestBuilder::build(const SavedStudyPlan& plan, const LearningPath& path,
                                                const QString& targetRole, const QSet<QString>& knownSkills,
                                                const QHash<QString, StepProgress>& progress,
                                                const QSet<QString>& doneTopics)
{
    StudyPlanRequest request;
    request.planId = plan.exportId();
    request.planTitle = plan.name.trimmed();
    request.targetRole = targetRole;
    request.path = forRoute(path, plan.routeSlug);
    request.startDate = plan.startDate;
    request.hoursPerWeek = plan.hoursPerWeek;
    const QStringList skipped = skippedSteps(request.path, progress);
    request.skippedSlugs = QSet<QString>(skipped.cbegin(), skipped.cend());
    return TopicPlanner::leftToStudy(request, TopicCoverage(doneTopics, knownSkills), plan.skipKnown);
}

} // namespace cg
