#include "StepTableModel.h"

namespace cg {

StepTableModel::StepTableModel(QObject* parent) : ItemTableModel(ColumnCount, parent) {}

void StepTableModel::setPath(const LearningPath& path)
{
    beginResetModel();
    m_path = path;
    endResetModel();
}

QString StepTableModel::titleOf(const QString& slug) const
{
    for (const LearningStep& step : m_path.steps) {
        if (step.slug == slug)
            return step.title;
    }
    return slug;
}

QVariant StepTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LearningStep& step = m_path.steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case TitleColumn:
            return step.title;
        case HoursColumn:
            return step.hours;
        case PrerequisitesColumn: {
            QStringList titles;
            for (const QString& slug : step.prerequisites)
                titles.append(titleOf(slug));
            return titles.join(QStringLiteral(", "));
        }
        case ResourcesColumn:
            return int(step.resources.size());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == HoursColumn)
            return step.hoursBasis;
        return step.description;
    case Qt::TextAlignmentRole:
        return numberAlignment(index.column() == HoursColumn || index.column() == NumberColumn ||
                               index.column() == ResourcesColumn);
    case SlugRole:
        return step.slug;
    default:
        return {};
    }
}

QStringList StepTableModel::columnTitles() const
{
    return {tr("#"), tr("Step"), tr("Hours (our estimate)"), tr("After"), tr("Resources")};
}

} // namespace cg
