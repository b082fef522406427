#include "plan/PathCustomizer.h"

#include <QHash>

namespace cg {

Topic PathCustomizer::toTopic(const OwnTopic& own)
{
    Topic topic;
    topic.slug = own.key();
    topic.title = own.title;
    topic.what = own.note;
    topic.hours = own.hours;
    topic.hoursBasis = tr("your own estimate");
    if (!own.url.isEmpty())
        topic.resources.append({tr("your own link"), own.title, own.url});
    return topic;
}

QList<StepTopic> PathCustomizer::stepTopics(const LearningStep& step, const PathCustomization& custom)
{
    QList<StepTopic> defaults;
    if (step.topics.isEmpty()) {
        Topic whole;
        whole.slug = step.slug;
        whole.title = step.title;
        whole.what = step.description;
        whole.hours = step.hours;
        whole.hoursBasis = step.hoursBasis;
        whole.skills = step.skills;
        defaults.append({whole, 0, false});
    }
    for (const Topic& topic : step.topics)
        defaults.append({topic, 0, false});
    for (const OwnTopic& own : custom.ownTopics) {
        if (own.stepSlug == step.slug)
            defaults.append({toTopic(own), own.id, false});
    }
    for (StepTopic& entry : defaults)
        entry.hidden = custom.hidden.contains(entry.key());

    const QStringList order = custom.order.value(step.slug);
    if (order.isEmpty())
        return defaults;
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < defaults.size(); ++i)
        at.insert(defaults.at(i).key(), i);
    QList<StepTopic> ordered;
    QList<bool> placed(defaults.size(), false);
    for (const QString& key : order) {
        const auto found = at.constFind(key);
        if (found == at.cend() || placed.at(found.value()))
            continue;
        placed[found.value()] = true;
        ordered.append(defaults.at(found.value()));
    }
    for (qsizetype i = 0; i < defaults.size(); ++i) {
        if (!placed.at(i))
            ordered.append(defaults.at(i));
    }
    return ordered;
}

LearningPath PathCustomizer::apply(const LearningPath& path, const PathCustomization& custom)
{
    if (custom.isEmpty())
        return path;
    LearningPath personal = path;
    for (LearningStep& step : personal.steps) {
        const QList<StepTopic> all = stepTopics(step, custom);
        const bool wholeStep = step.topics.isEmpty();
        bool changed = !wholeStep;
        QList<Topic> visible;
        for (const StepTopic& entry : all) {
            if (entry.hidden || entry.isOwn())
                changed = true;
            if (!entry.hidden)
                visible.append(entry.topic);
        }
        if (!changed)
            continue; // a step planned as a whole, untouched
        step.topics = visible;
        if (visible.isEmpty())
            step.hours = 0;
    }
    return personal;
}

QStringList PathCustomizer::moved(const QList<StepTopic>& topics, const QString& key, int delta)
{
    QStringList keys;
    for (const StepTopic& entry : topics)
        keys.append(entry.key());
    const qsizetype from = keys.indexOf(key);
    const qsizetype to = from + delta;
    if (from < 0 || delta == 0 || to < 0 || to >= keys.size())
        return {};
    keys.move(from, to);
    return keys;
}

} // namespace cg
