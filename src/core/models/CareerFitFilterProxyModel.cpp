#include "CareerFitFilterProxyModel.h"

#include "models/CareerFitModel.h"

namespace cg {

CareerFitFilterProxyModel::CareerFitFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CareerFitModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CareerFitFilterProxyModel::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void CareerFitFilterProxyModel::setRolesOnly(bool rolesOnly)
{
    if (rolesOnly == m_rolesOnly)
        return;
    m_rolesOnly = rolesOnly;
    invalidateRowsFilter();
}

bool CareerFitFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, CareerFitModel::NameColumn, sourceParent);
    if (m_rolesOnly && !index.data(CareerFitModel::IsRoleRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive) ||
           index.data(CareerFitModel::KeyRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace cg
