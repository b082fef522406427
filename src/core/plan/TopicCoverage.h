#pragma once

#include "content/LearningStep.h"
#include "plan/StepHours.h"
#include "plan/StudyUnit.h"

#include <QList>
#include <QSet>
#include <QString>

namespace cg {

// What a person has covered of a learning path, from two plain sets: the topics they ticked off, and the skills
// their self-assessment marks as known. The rules live here, once:
// - known means known: a topic is known when every skill it teaches is known (a topic teaching none never is);
// - a pick-one group counts once, is done when any member is done and known when any member is known;
// - a step rolls up from its units: done when every unit is covered (done or known), in progress when some are;
// - a step without topics is one unit: done when its own slug is ticked off, known when every skill it lists is.
// Slugs the path does not have are ignored, so progress kept by an older content release does no harm.
class TopicCoverage final
{
public:
    enum class StepState
    {
        NotStarted,
        InProgress,
        Done,
    };

    TopicCoverage() = default;
    TopicCoverage(QSet<QString> doneTopics, QSet<QString> knownSkills);

    const QSet<QString>& doneTopics() const { return m_doneTopics; }
    const QSet<QString>& knownSkills() const { return m_knownSkills; }

    bool isKnown(const Topic& topic) const;
    bool isDone(const Topic& topic) const { return m_doneTopics.contains(topic.slug); }

    // The step's units in study order: each topic outside a group, and each group where its first member stands.
    QList<StudyUnit> units(const LearningStep& step) const;
    StepHours hours(const LearningStep& step) const;
    StepState state(const LearningStep& step) const;
    // Every unit of the step is known from the self-assessment alone.
    bool isStepKnown(const LearningStep& step) const;

private:
    bool knowsAll(const QStringList& skills) const;

    QSet<QString> m_doneTopics;
    QSet<QString> m_knownSkills;
};

} // namespace cg
