#include "plan/StudyPlanCalendar.h"

#include "plan/ICalendarWriter.h"
#include "plan/OwnTopic.h"

#include <QHash>
#include <QStringList>

namespace cg {

QList<CalendarItem> StudyPlanCalendar::items(const StudyPlan& plan, const QSet<QString>& doneSteps,
                                             const QList<LearningStep>& steps)
{
    QHash<QString, const LearningStep*> stepBySlug;
    for (const LearningStep& step : steps)
        stepBySlug.insert(step.slug, &step);
    struct Span
    {
        QString title;
        QDate firstDay;
        QDate lastDay;
        int hours = 0;
        QStringList weeks;
    };
    QHash<QString, Span> spans;
    QStringList order;
    for (const StudyPlanWeek& week : plan.weeks) {
        for (const StudyPlanBlock& block : week.blocks) {
            auto found = spans.find(block.stepSlug);
            if (found == spans.end()) {
                found = spans.insert(block.stepSlug, Span{block.title, week.startDate, week.endDate, 0, {}});
                order.append(block.stepSlug);
            }
            found->lastDay = week.endDate;
            found->hours += block.hours;
            // ISO dates, not the interface's: the description is part of what decides whether an event changed.
            found->weeks.append(tr("Week %1 (from %2): %3 h")
                                    .arg(QString::number(week.index), week.startDate.toString(Qt::ISODate),
                                         QString::number(block.hours)));
        }
    }

    QList<CalendarItem> items;
    items.reserve(order.size());
    for (const QString& slug : std::as_const(order)) {
        const Span& span = spans[slug];
        QStringList lines;
        if (!plan.title.isEmpty())
            lines.append(tr("Study plan: %1").arg(plan.title));
        lines.append(tr("%1 h in total").arg(span.hours));
        lines.append(span.weeks);
        if (const LearningStep* step = stepBySlug.value(slug); step && !step->topics.isEmpty()) {
            lines.append(tr("Topics:"));
            for (const Topic& topic : step->topics) {
                const bool ownLink = OwnTopic::isOwnKey(topic.slug) && !topic.resources.isEmpty();
                const QString hours = QString::number(topic.hours);
                lines.append(ownLink ? tr("- %1 (%2 h, %3)").arg(topic.title, hours, topic.resources.first().url)
                                     : tr("- %1 (%2 h)").arg(topic.title, hours));
            }
        }

        CalendarItem item;
        item.kind = StepKind;
        item.slug = slug;
        item.uid = ICalendarWriter::uid(plan, StepKind, slug);
        item.summary = span.title;
        item.description = lines.join(QLatin1Char('\n'));
        item.firstDay = span.firstDay;
        item.lastDay = span.lastDay;
        item.done = doneSteps.contains(slug);
        items.append(item);
    }
    return items;
}

} // namespace cg
