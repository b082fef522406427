#include "models/RouteTableModel.h"

#include "models/RowOf.h"

namespace cg {

RouteTableModel::RouteTableModel(QObject* parent)
    : ItemTableModel(ColumnCount, parent)
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
    return cg::rowOf(m_routes, &EducationRoute::slug, slug);
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

QStringList RouteTableModel::columnTitles() const
{
    return {tr("Route"), tr("Kind"), tr("Duration")};
}

} // namespace cg
