#include "models/ItemTableModel.h"

namespace cg {

ItemTableModel::ItemTableModel(int columnCount, QObject* parent)
    : QAbstractTableModel(parent), m_columnCount(columnCount)
{
}

int ItemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : itemCount();
}

int ItemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columnCount)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitles().value(section);
    if (role == Qt::ToolTipRole)
        return columnToolTip(section);
    return {};
}

QVariant ItemTableModel::columnToolTip(int) const
{
    return {};
}

QVariant ItemTableModel::numberAlignment(bool isNumber)
{
    return isNumber ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
}

void ItemTableModel::allCellsChanged()
{
    if (itemCount() > 0)
        emit dataChanged(index(0, 0), index(itemCount() - 1, m_columnCount - 1));
}

} // namespace cg
