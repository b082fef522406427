#pragma once

#include "content/LearningStep.h"
#include "plan/SavedStudyPlan.h"
#include "plan/StepProgress.h"
#include "plan/StudyPlanRequest.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cg {

// Turns a saved plan's choices, the current content and the person's own marks into the scheduler's request. The
// rules for what is left out live here, once: a step is left out when the person skipped it, or when nothing of it
// is left to study. Topics ticked off are never planned again, and with "skip what I already know" on neither are
// the topics the self-assessment knows (TopicCoverage says what is known, TopicPlanner cuts the hours). Steps of
// other routes than the plan's are not part of its path at all (a degree is no part of a self-taught plan).
class StudyPlanRequestBuilder final
{
public:
    // Steps of the path, in path order, that the self-assessment knows: every topic (a pick-one group once) teaches
    // only known skills, or, for a step without topics, every skill the step lists is known. A step that lists no
    // skills is never known: nothing says what it would teach.
    static QStringList knownSteps(const LearningPath& path, const QSet<QString>& knownSkills);

    // The path without the steps that belong only to other routes. With no route chosen every step belongs.
    // Prerequisites on a removed step are dropped with it: the route covers that ground in its own way.
    static LearningPath forRoute(const LearningPath& path, const QString& routeSlug);

    // Steps the person marked as skipped, in path order; progress for slugs the path no longer has is ignored.
    static QStringList skippedSteps(const LearningPath& path, const QHash<QString, StepProgress>& progress);

    static StudyPlanRequest build(const SavedStudyPlan& plan, const LearningPath& path, const QString& targetRole,
                                  const QSet<QString>& knownSkills, const QHash<QString, StepProgress>& progress);
    // The same, leaving out the topics (or, for steps without topics, the steps) whose slugs are in doneTopics.
    static StudyPlanRequest build(const SavedStudyPlan& plan, const LearningPath& path, const QString& targetRole,
                                  const QSet<QString>& knownSkills, const QHash<QString, StepProgress>& progress,
                                  const QSet<QString>& doneTopics);
};

} // namespace cg
