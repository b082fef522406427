#include "plan/TopicCoverage.h"

#include <QHash>

namespace cg {

TopicCoverage::TopicCoverage(QSet<QString> doneTopics, QSet<QString> knownSkills)
    : m_doneTopics(std::move(doneTopics)), m_knownSkills(std::move(knownSkills))
{
}

bool TopicCoverage::knowsAll(const QStringList& skills) const
{
    if (skills.isEmpty())
        return false;
    for (const QString& skill : skills) {
        if (!m_knownSkills.contains(skill))
            return false;
    }
    return true;
}

bool TopicCoverage::isKnown(const Topic& topic) const
{
    return knowsAll(topic.skills);
}

QList<StudyUnit> TopicCoverage::units(const LearningStep& step) const
{
    if (step.topics.isEmpty()) {
        StudyUnit whole;
        whole.topicSlugs = {step.slug};
        whole.hours = step.hours;
        whole.done = m_doneTopics.contains(step.slug);
        whole.known = knowsAll(step.skills);
        return {whole};
    }
    QList<StudyUnit> units;
    QHash<QString, qsizetype> groupAt; // group slug -> index of its unit
    for (const Topic& topic : step.topics) {
        const bool done = isDone(topic);
        const bool known = isKnown(topic);
        if (!topic.oneOf.isEmpty()) {
            const auto found = groupAt.constFind(topic.oneOf);
            if (found != groupAt.cend()) {
                StudyUnit& group = units[found.value()];
                group.topicSlugs.append(topic.slug);
                group.done = group.done || done;
                group.known = group.known || known;
                continue;
            }
            groupAt.insert(topic.oneOf, units.size());
        }
        StudyUnit unit;
        unit.group = topic.oneOf;
        unit.topicSlugs = {topic.slug};
        unit.hours = topic.hours;
        unit.done = done;
        unit.known = known;
        units.append(unit);
    }
    return units;
}

StepHours TopicCoverage::hours(const LearningStep& step) const
{
    StepHours hours;
    for (const StudyUnit& unit : units(step)) {
        hours.needed += unit.hours;
        if (unit.done)
            hours.done += unit.hours;
        else if (unit.known)
            hours.known += unit.hours;
    }
    return hours;
}

TopicCoverage::StepState TopicCoverage::state(const LearningStep& step) const
{
    const QList<StudyUnit> all = units(step);
    qsizetype covered = 0;
    for (const StudyUnit& unit : all)
        covered += unit.isCovered() ? 1 : 0;
    if (covered == 0)
        return StepState::NotStarted;
    return covered == all.size() ? StepState::Done : StepState::InProgress;
}

bool TopicCoverage::isStepKnown(const LearningStep& step) const
{
    for (const StudyUnit& unit : units(step)) {
        if (!unit.known)
            return false;
    }
    return true;
}

} // namespace cg
