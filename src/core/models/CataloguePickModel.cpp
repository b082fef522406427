#include "CataloguePickModel.h"

#include "models/RowOf.h"

namespace cg {

CataloguePickModel::CataloguePickModel(QObject* parent) : QAbstractListModel(parent) {}

void CataloguePickModel::setEntries(const QList<CatalogueEntry>& entries, const QString& noneText)
{
    beginResetModel();
    m_entries = entries;
    m_noneText = noneText;
    endResetModel();
}

int CataloguePickModel::rowOf(const QString& key) const
{
    if (key.isEmpty())
        return 0;
    const int row = cg::rowOf(m_entries, &CatalogueEntry::key, key);
    return row < 0 ? -1 : row + 1;
}

int CataloguePickModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size()) + 1;
}

QVariant CataloguePickModel::data(const QModelIndex& index, int role) const
{
    // QComboBox asks for the data of row -1 while nothing is chosen: no answer, and no warning.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return m_noneText;
        if (role == Qt::UserRole)
            return QString();
        return {};
    }
    const CatalogueEntry& entry = m_entries.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        // An occupation's code tells it from a role of a similar name, and typing a code finds it.
        return entry.isRole() ? entry.title : tr("%1 (%2)").arg(entry.title, entry.key);
    case Qt::UserRole:
        return entry.key;
    default:
        return {};
    }
}

} // namespace cg
