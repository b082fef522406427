#include "models/PlanWeekModel.h"

#include "plan/PlanDates.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace cg {

namespace {

const QChar BoxEmpty(0x2610);
const QChar BoxTicked(0x2611);
const QChar Diamond(0x25C6);

} // namespace

PlanWeekModel::PlanWeekModel(QObject* parent) : ItemTableModel(ColumnCount, parent), m_today(QDate::currentDate()) {}

void PlanWeekModel::setPlan(const StudyPlan& plan, const QHash<QString, StepProgress>& progress)
{
    beginResetModel();
    m_plan = plan;
    m_progress = progress;
    m_parts.clear();
    m_stepHours.clear();
    QHash<QString, int> counts;
    for (const StudyPlanWeek& week : m_plan.weeks) {
        for (const StudyPlanBlock& block : week.blocks) {
            ++counts[block.stepSlug];
            m_stepHours[block.stepSlug] += block.hours;
        }
    }
    QHash<QString, int> seen;
    for (const StudyPlanWeek& week : m_plan.weeks) {
        QList<Part> parts;
        for (const StudyPlanBlock& block : week.blocks)
            parts.append({++seen[block.stepSlug], counts.value(block.stepSlug)});
        m_parts.append(parts);
    }
    endResetModel();
}

void PlanWeekModel::clear()
{
    setPlan(StudyPlan());
}

void PlanWeekModel::setProgress(const QHash<QString, StepProgress>& progress)
{
    m_progress = progress;
    allCellsChanged();
}

void PlanWeekModel::setToday(const QDate& today)
{
    m_today = today;
    allCellsChanged();
}

int PlanWeekModel::rowOfDate(const QDate& date) const
{
    if (!date.isValid() || m_plan.weeks.isEmpty() || date < m_plan.startDate || date > m_plan.endDate)
        return -1;
    return int(m_plan.startDate.daysTo(date) / 7);
}

bool PlanWeekModel::isDone(const QString& slug) const
{
    return m_progress.value(slug).status == StepProgress::Status::Done;
}

bool PlanWeekModel::weekDone(int row) const
{
    const QList<StudyPlanBlock>& blocks = m_plan.weeks.at(row).blocks;
    if (blocks.isEmpty())
        return false;
    for (const StudyPlanBlock& block : blocks) {
        if (!isDone(block.stepSlug))
            return false;
    }
    return true;
}

QString PlanWeekModel::stepsText(int row) const
{
    const StudyPlanWeek& week = m_plan.weeks.at(row);
    QStringList lines;
    for (int i = 0; i < week.blocks.size(); ++i) {
        const StudyPlanBlock& block = week.blocks.at(i);
        const Part part = m_parts.at(row).at(i);
        QString line = (isDone(block.stepSlug) ? BoxTicked : BoxEmpty) + QLatin1Char(' ') + block.title;
        if (part.count > 1)
            line += QLatin1Char(' ') + tr("(%1 h, part %2 of %3)").arg(block.hours).arg(part.number).arg(part.count);
        else
            line += QLatin1Char(' ') + tr("(%1 h)").arg(block.hours);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString PlanWeekModel::milestonesText(int row) const
{
    QStringList lines;
    for (const StudyPlanBlock& block : m_plan.weeks.at(row).blocks) {
        if (block.finishes)
            lines.append(Diamond + QLatin1Char(' ') + tr("Finish: %1").arg(block.title));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant PlanWeekModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const StudyPlanWeek& week = m_plan.weeks.at(row);
    const bool current = m_today >= week.startDate && m_today <= week.endDate;
    bool milestone = false;
    for (const StudyPlanBlock& block : week.blocks)
        milestone = milestone || block.finishes;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WeekColumn:
            return week.index;
        case DatesColumn:
            return PlanDates::formatRange(week.startDate, week.endDate);
        case StepsColumn:
            return stepsText(row);
        case HoursColumn:
            return tr("%1 h").arg(week.hours());
        case MilestonesColumn:
            return milestonesText(row);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WeekColumn:
        case DatesColumn:
            return current ? tr("This week") : QVariant();
        case HoursColumn:
            return tr("%1 of the %2 hours a week you planned").arg(week.hours()).arg(m_plan.hoursPerWeek);
        case MilestonesColumn:
            return milestone ? tr("Have these steps done by %1.").arg(PlanDates::format(week.endDate)) : QVariant();
        case StepsColumn: {
            QString text = stepsText(row);
            for (const StudyPlanBlock& block : week.blocks) {
                if (m_stepHours.value(block.stepSlug) > block.hours)
                    text += QLatin1Char('\n') +
                            tr("%1: %2 h in all").arg(block.title).arg(m_stepHours.value(block.stepSlug));
            }
            return text;
        }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == WeekColumn || index.column() == HoursColumn)
            return int(Qt::AlignRight | Qt::AlignTop);
        return int(Qt::AlignLeft | Qt::AlignTop);
    case Qt::FontRole:
        if ((index.column() == MilestonesColumn && milestone) || (index.column() == WeekColumn && current)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (weekDone(row))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::BackgroundRole:
        if (current) {
            QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
            tint.setAlpha(48);
            return tint;
        }
        return {};
    case WeekIndexRole:
        return week.index;
    case IsMilestoneRole:
        return milestone;
    case IsDoneRole:
        return weekDone(row);
    case IsCurrentRole:
        return current;
    default:
        return {};
    }
}

QStringList PlanWeekModel::columnTitles() const
{
    return {tr("Week"), tr("Dates"), tr("What to study"), tr("Hours"), tr("Milestones")};
}

} // namespace cg
