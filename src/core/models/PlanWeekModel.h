#pragma once

#include "models/ItemTableModel.h"
#include "plan/StepProgress.h"
#include "plan/StudyPlan.h"

#include <QDate>
#include <QHash>

namespace cg {

// The weeks of a scheduled study plan, one row each: dates, the steps (or parts of steps) to study, hours, and the
// steps finished that week (milestones). Progress ticks the steps already done; the week containing "today" is
// marked so the person sees where they should be.
class PlanWeekModel final : public ItemTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WeekColumn,
        DatesColumn,
        StepsColumn,
        HoursColumn,
        MilestonesColumn,
        ColumnCount
    };
    enum Roles
    {
        WeekIndexRole = Qt::UserRole + 1, // 1-based week number
        IsMilestoneRole,                  // at least one step is due to be finished this week
        IsDoneRole,                       // every step studied this week is done
        IsCurrentRole,                    // today falls in this week
    };

    explicit PlanWeekModel(QObject* parent = nullptr);

    void setPlan(const StudyPlan& plan, const QHash<QString, StepProgress>& progress = {});
    void clear();
    // Updates the ticks without resetting the view (selection and scroll position stay).
    void setProgress(const QHash<QString, StepProgress>& progress);
    // Defaults to the current date; tests fix it.
    void setToday(const QDate& today);

    const StudyPlan& plan() const { return m_plan; }
    // The row of the week containing date, or -1.
    int rowOfDate(const QDate& date) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int itemCount() const override { return int(m_plan.weeks.size()); }
    QStringList columnTitles() const override;
    struct Part
    {
        int number = 1; // this block is part `number` of `count`
        int count = 1;
    };

    bool isDone(const QString& slug) const;
    bool weekDone(int row) const;
    QString stepsText(int row) const;
    QString milestonesText(int row) const;

    StudyPlan m_plan;
    QList<QList<Part>> m_parts; // parallel to m_plan.weeks[row].blocks
    QHash<QString, StepProgress> m_progress;
    QHash<QString, int> m_stepHours; // whole-step hours, for "3 of 600 h"
    QDate m_today;
};

} // namespace cg
