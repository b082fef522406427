#include "models/RouteTableModel.h"

#include "models/RowOf.h"
#include "text/EnumWords.h"

namespace cg {

RouteTableModel::RouteTableModel(QObject* parent) : ItemTableModel(ColumnCount, parent) {}

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
    static constexpr KeyWord Kinds[] = {
        {"degree", QT_TR_NOOP("Degree")},           {"apprenticeship", QT_TR_NOOP("Apprenticeship")},
        {"bootcamp", QT_TR_NOOP("Bootcamp")},       {"self-taught", QT_TR_NOOP("Self-taught")},
        {"certificate", QT_TR_NOOP("Certificate")},
    };
    const char* name = EnumWords::wordFor(Kinds, kind);
    return name ? tr(name) : kind;
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
