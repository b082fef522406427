#pragma once

#include "content/LearningStep.h"
#include "models/ItemTableModel.h"

namespace cg {

// The education routes into a role (degrees, apprenticeship, bootcamp, self-teaching, certificates) as a table.
class RouteTableModel final : public ItemTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        DurationColumn,
        ColumnCount
    };
    enum Roles
    {
        SlugRole = Qt::UserRole + 1
    };

    explicit RouteTableModel(QObject* parent = nullptr);

    void setRoutes(const QList<EducationRoute>& routes);
    const EducationRoute& routeAt(int row) const { return m_routes.at(row); }
    int rowOf(const QString& slug) const;

    // "Degree", "Bootcamp", …: the display name of a route kind; unknown kinds are shown as stored.
    static QString kindName(const QString& kind);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int itemCount() const override { return int(m_routes.size()); }
    QStringList columnTitles() const override;

    QList<EducationRoute> m_routes;
};

} // namespace cg
