#include "models/RouteTableModel.h"

namespace cg {

RouteTableModel::RouteTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RouteTableModel::setRoutes(const QList<EducationRoute>& routes)
{
    beginResetModel();
    m_routes = routes;
    endResetModel();
}

int RouteTableModel::rowOf(const QString& slug) const
{
    for (int row = 0; row < m_routes.size(); ++row) {
        if (m_routes.at(row).slug == slug)
            return row;
    }
    return -1;
}

QString RouteTableModel::kindName(const QString& kind)
{
    if (kind == QLatin1String("degree"))
        return tr("Degree");
    if (kind == QLatin1String("apprenticeship"))
        return tr("Apprenticeship");
    if (kind == QLatin1String("bootcamp"))
        return tr("Bootcamp");
    if (kind == QLatin1String("self-taught"))
        return tr("Self-taught");
    if (kind == QLatin1String("certificate"))
        return tr("Certificate");
    return kind;
}

int RouteTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_routes.size());
}

int RouteTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RouteTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EducationRoute& route = m_routes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return route.name;
        case KindColumn:
            return kindName(route.kind);
        case DurationColumn:
            return route.duration;
        }
        return {};
    case Qt::ToolTipRole:
        return route.description;
    case SlugRole:
        return route.slug;
    default:
        return {};
    }
}

QVariant RouteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Route");
    case KindColumn:
        return tr("Kind");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

} // namespace cg
