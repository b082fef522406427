#include "RoleListModel.h"

#include "models/RowOf.h"

namespace cg {

RoleListModel::RoleListModel(QObject* parent) : QAbstractListModel(parent) {}

void RoleListModel::setRoles(const QList<RoleSummary>& roles)
{
    beginResetModel();
    m_roles = roles;
    endResetModel();
}

int RoleListModel::rowOf(const QString& slug) const
{
    return cg::rowOf(m_roles, &RoleSummary::slug, slug);
}

int RoleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size());
}

QVariant RoleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoleSummary& item = m_roles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Group names in the content already say they are statistical groups.
        return item.name;
    case Qt::ToolTipRole:
        return item.summary;
    case Qt::AccessibleDescriptionRole:
        return item.summary;
    case SlugRole:
        return item.slug;
    case CategoryRole:
        return item.category;
    case IsGroupRole:
        return item.isGroup;
    case SearchTextRole:
        return QStringList{item.name, item.aliases.join(u' '), item.category, item.summary}.join(u' ');
    case GrowthRole:
        return item.growthPercent;
    case EducationRole:
        return item.entryEducation;
    default:
        return {};
    }
}

} // namespace cg
