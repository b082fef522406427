#include "plan/StudyPlanRequestBuilder.h"

namespace cg {

QStringList StudyPlanRequestBuilder::knownSteps(const LearningPath& path, const QSet<QString>& knownSkills)
{
    QStringList known;
    for (const LearningStep& step : path.steps) {
        if (step.skills.isEmpty())
            continue;
        bool all = true;
        for (const QString& skill : step.skills)
            all = all && knownSkills.contains(skill);
        if (all)
            known.append(step.slug);
    }
    return known;
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
    StudyPlanRequest request;
    request.planId = plan.exportId();
    request.planTitle = plan.name.trimmed();
    request.targetRole = targetRole;
    request.path = path;
    request.startDate = plan.startDate;
    request.hoursPerWeek = plan.hoursPerWeek;
    const QStringList skipped = skippedSteps(path, progress);
    request.skippedSlugs = QSet<QString>(skipped.cbegin(), skipped.cend());
    if (plan.skipKnown) {
        for (const QString& slug : knownSteps(path, knownSkills))
            request.skippedSlugs.insert(slug);
    }
    return request;
}

} // namespace cg
