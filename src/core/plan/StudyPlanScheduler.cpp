#include "plan/StudyPlanScheduler.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <set>
#include <utility>

namespace cg {

namespace {

constexpr int DaysPerWeek = 7;

StudyPlanResult failure(StudyPlanResult::Error error, const QString& message, const QStringList& slugs = {})
{
    StudyPlanResult result;
    result.error = error;
    result.errorMessage = message;
    result.involvedSlugs = slugs;
    return result;
}

QString quoted(const QString& text)
{
    return QStringLiteral("\u201C%1\u201D").arg(text);
}

// Called only when Kahn's algorithm stalls: every step left has at least one prerequisite that is also left, so
// walking prerequisites from any of them must come back to a step already seen. That loop is the cycle to report,
// rather than the whole stalled set (which also holds steps that merely depend on the cycle).
QStringList findCycle(const QList<LearningStep>& steps, const QList<QList<int>>& prerequisitesOf,
                      const QList<int>& remaining)
{
    const QSet<int> left(remaining.cbegin(), remaining.cend());
    QHash<int, int> seenAt; // step index -> position in walk
    QList<int> walk;
    int current = remaining.first();
    while (!seenAt.contains(current)) {
        seenAt.insert(current, int(walk.size()));
        walk.append(current);
        int next = -1;
        for (int prerequisite : prerequisitesOf.at(current)) {
            if (left.contains(prerequisite)) {
                next = prerequisite;
                break;
            }
        }
        Q_ASSERT(next >= 0);
        if (next < 0)
            return {};
        current = next;
    }
    QList<int> cycle = walk.mid(seenAt.value(current));
    // The walk went from dependant to prerequisite; report in study order ("a → b" = a comes before b) and start at
    // the step that comes first in the path so the message is the same whatever the walk started from.
    std::reverse(cycle.begin(), cycle.end());
    const auto first = std::min_element(cycle.begin(), cycle.end(), [&steps](int a, int b) {
        return std::make_pair(steps.at(a).position, a) < std::make_pair(steps.at(b).position, b);
    });
    std::rotate(cycle.begin(), first, cycle.end());
    QStringList slugs;
    for (int index : cycle)
        slugs.append(steps.at(index).slug);
    return slugs;
}

} // namespace

QDate StudyPlanScheduler::earliestStartDate()
{
    return QDate(100, 1, 1);
}

QDate StudyPlanScheduler::latestDate()
{
    return QDate(9999, 12, 31);
}

StudyPlanResult StudyPlanScheduler::schedule(const StudyPlanRequest& request) const
{
    using Error = StudyPlanResult::Error;

    if (request.hoursPerWeek < MinHoursPerWeek || request.hoursPerWeek > MaxHoursPerWeek) {
        return failure(Error::InvalidHoursPerWeek, tr("Hours per week must be between %1 and %2; %3 is not possible.")
                                                       .arg(MinHoursPerWeek)
                                                       .arg(MaxHoursPerWeek)
                                                       .arg(request.hoursPerWeek));
    }
    if (!request.startDate.isValid() || request.startDate < earliestStartDate() || request.startDate > latestDate())
        return failure(Error::InvalidStartDate,
                       tr("Choose a start date between %1 and %2.")
                           .arg(earliestStartDate().toString(Qt::ISODate), latestDate().toString(Qt::ISODate)));
    // Within the bounds checked above, so the arithmetic below stays in int.
    const int hoursPerWeek = int(request.hoursPerWeek);

    const QList<LearningStep>& steps = request.path.steps;
    if (steps.isEmpty())
        return failure(Error::EmptyPath, tr("This learning path has no steps to schedule."));

    QHash<QString, int> indexOf;
    for (int i = 0; i < steps.size(); ++i) {
        if (indexOf.contains(steps.at(i).slug)) {
            return failure(Error::DuplicateStep,
                           tr("The learning path lists the step %1 twice.").arg(quoted(steps.at(i).slug)),
                           {steps.at(i).slug});
        }
        indexOf.insert(steps.at(i).slug, i);
    }

    // Every step's prerequisites are checked, skipped or not: a dangling slug is a content error worth reporting
    // whatever the user knows.
    QList<QList<int>> prerequisitesOf(steps.size());
    for (int i = 0; i < steps.size(); ++i) {
        const LearningStep& step = steps.at(i);
        for (const QString& prerequisite : step.prerequisites) {
            const auto found = indexOf.constFind(prerequisite);
            if (found == indexOf.cend()) {
                return failure(Error::UnknownPrerequisite,
                               tr("The step %1 requires %2, which is not a step of this learning path.")
                                   .arg(quoted(step.slug), quoted(prerequisite)),
                               {step.slug, prerequisite});
            }
            if (!prerequisitesOf[i].contains(*found))
                prerequisitesOf[i].append(*found);
        }
    }

    QList<bool> skipped(steps.size(), false);
    QList<int> toSchedule;
    for (int i = 0; i < steps.size(); ++i) {
        skipped[i] = request.skippedSlugs.contains(steps.at(i).slug);
        if (skipped.at(i))
            continue;
        if (steps.at(i).hours <= 0) {
            return failure(Error::InvalidStepHours,
                           tr("The step %1 has no estimated hours (%2), so it cannot be scheduled.")
                               .arg(quoted(steps.at(i).slug), QString::number(steps.at(i).hours)),
                           {steps.at(i).slug});
        }
        toSchedule.append(i);
    }
    if (toSchedule.isEmpty()) {
        return failure(Error::NothingToSchedule,
                       tr("Every step of this path is marked as already known; there is nothing left to schedule."));
    }

    // Kahn's algorithm. A skipped prerequisite is satisfied from the start, so only unskipped ones count. The ready
    // set is ordered by (position, index in the path) so the path's own order wins whenever prerequisites allow.
    QList<int> missing(steps.size(), 0);
    QList<QList<int>> dependantsOf(steps.size());
    for (int i : std::as_const(toSchedule)) {
        for (int prerequisite : prerequisitesOf.at(i)) {
            if (skipped.at(prerequisite))
                continue;
            ++missing[i];
            dependantsOf[prerequisite].append(i);
        }
    }
    std::set<std::pair<int, int>> ready;
    for (int i : std::as_const(toSchedule)) {
        if (missing.at(i) == 0)
            ready.emplace(steps.at(i).position, i);
    }
    QList<int> order;
    order.reserve(toSchedule.size());
    while (!ready.empty()) {
        const int current = ready.begin()->second;
        ready.erase(ready.begin());
        order.append(current);
        for (int dependant : std::as_const(dependantsOf.at(current))) {
            if (--missing[dependant] == 0)
                ready.emplace(steps.at(dependant).position, dependant);
        }
    }
    if (order.size() != toSchedule.size()) {
        QList<int> remaining;
        for (int i : std::as_const(toSchedule)) {
            if (missing.at(i) > 0)
                remaining.append(i);
        }
        std::sort(remaining.begin(), remaining.end(), [&steps](int a, int b) {
            return std::make_pair(steps.at(a).position, a) < std::make_pair(steps.at(b).position, b);
        });
        QStringList cycle = findCycle(steps, prerequisitesOf, remaining);
        QStringList shown = cycle;
        if (!cycle.isEmpty())
            shown.append(cycle.first()); // close the circle in the message: a → b → a
        return failure(Error::Cycle,
                       tr("The prerequisites of these steps go round in a circle, so none of them can start: %1.")
                           .arg(shown.join(QStringLiteral(" \u2192 "))),
                       cycle);
    }

    // 64-bit so that absurd step hours cannot overflow before the length check.
    qint64 totalHours = 0;
    for (int i : std::as_const(order))
        totalHours += steps.at(i).hours;
    const qint64 weekCount = (totalHours + hoursPerWeek - 1) / hoursPerWeek;
    if (weekCount > MaxWeeks) {
        return failure(Error::PlanTooLong,
                       tr("At %1 h per week this plan would take %2 weeks, more than the %3 weeks a plan may "
                          "span. Plan more hours per week or mark steps you already know.")
                           .arg(hoursPerWeek)
                           .arg(weekCount)
                           .arg(MaxWeeks));
    }
    // QDate itself goes far beyond, but dates past the year 9999 have no ISO form to store, print or export.
    const QDate lastDay = request.startDate.addDays(qint64(DaysPerWeek) * weekCount - 1);
    if (lastDay > latestDate()) {
        return failure(Error::InvalidStartDate,
                       tr("Starting on %1, this plan would end after %2, the last date a plan can reach. Choose an "
                          "earlier start date.")
                           .arg(request.startDate.toString(Qt::ISODate), latestDate().toString(Qt::ISODate)));
    }

    StudyPlanResult result;
    StudyPlan& plan = result.plan;
    plan.id = request.planId;
    plan.title = request.planTitle;
    plan.targetRole = request.targetRole;
    plan.pathSlug = request.path.slug;
    plan.pathName = request.path.name;
    plan.startDate = request.startDate;
    plan.hoursPerWeek = hoursPerWeek;
    plan.totalHours = int(totalHours);
    for (int i = 0; i < steps.size(); ++i) {
        if (skipped.at(i))
            plan.skippedSlugs.append(steps.at(i).slug);
    }

    auto openWeek = [&plan] {
        StudyPlanWeek week;
        week.index = plan.weekCount() + 1;
        week.startDate = plan.startDate.addDays(qint64(DaysPerWeek) * (week.index - 1));
        week.endDate = week.startDate.addDays(DaysPerWeek - 1);
        plan.weeks.append(week);
    };

    int usedThisWeek = hoursPerWeek; // forces the first week open
    for (int i : std::as_const(order)) {
        const LearningStep& step = steps.at(i);
        plan.orderedSlugs.append(step.slug);
        int left = step.hours;
        while (left > 0) {
            if (usedThisWeek == hoursPerWeek) {
                openWeek();
                usedThisWeek = 0;
            }
            StudyPlanWeek& week = plan.weeks.last();
            StudyPlanBlock block;
            block.stepSlug = step.slug;
            block.title = step.title;
            block.hours = std::min(left, hoursPerWeek - usedThisWeek);
            block.starts = left == step.hours;
            block.finishes = block.hours == left;
            week.blocks.append(block);
            usedThisWeek += block.hours;
            left -= block.hours;
            if (block.finishes)
                plan.milestones.append({step.slug, step.title, week.index, week.endDate});
        }
    }
    plan.endDate = plan.weeks.last().endDate;
    return result;
}

} // namespace cg
