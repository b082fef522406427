#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cg {

// One step's share of one week. A step longer than what is left of a week is split into several blocks.
struct StudyPlanBlock
{
    QString stepSlug;
    QString title;
    int hours = 0;         // hours of this step planned in this week
    bool starts = false;   // this is the step's first block
    bool finishes = false; // this is the step's last block: the step is done by the end of the week
};

struct StudyPlanWeek
{
    int index = 0;   // 1-based
    QDate startDate; // start date of the plan + 7 * (index - 1)
    QDate endDate;   // startDate + 6, inclusive
    QList<StudyPlanBlock> blocks;

    int hours() const
    {
        int sum = 0;
        for (const StudyPlanBlock& block : blocks)
            sum += block.hours;
        return sum;
    }
};

// A step is a milestone when its last block is scheduled; its date is the end of that week, the day by which the
// plan promises it done.
struct StudyPlanMilestone
{
    QString stepSlug;
    QString title;
    int weekIndex = 0;
    QDate date;
};

// The scheduled result of a StudyPlanRequest (see StudyPlanScheduler). Plain value, cheap to copy.
struct StudyPlan
{
    QString id;
    QString title;
    QString targetRole;
    QString pathSlug;
    QString pathName;
    QDate startDate;
    QDate endDate; // last day of the last week; invalid when there are no weeks
    int hoursPerWeek = 0;
    int totalHours = 0;
    QStringList orderedSlugs; // scheduled steps in study order
    QStringList skippedSlugs; // steps of the path left out because already known, in path order
    QList<StudyPlanWeek> weeks;
    QList<StudyPlanMilestone> milestones;

    int weekCount() const { return int(weeks.size()); }
};

} // namespace cg
