#pragma once

#include "content/Role.h"

#include <QAbstractListModel>
#include <QList>

namespace cg {

// The roles for the Roles tab's list: job titles first, then the statistical groups, each with the official outlook
// and entry education its filters use.
class RoleListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        SlugRole = Qt::UserRole + 1,
        CategoryRole,
        IsGroupRole,
        SearchTextRole,
        GrowthRole,
        EducationRole
    };

    explicit RoleListModel(QObject* parent = nullptr);

    void setRoles(const QList<RoleSummary>& roles);
    const RoleSummary& roleAt(int row) const { return m_roles.at(row); }
    int rowOf(const QString& slug) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<RoleSummary> m_roles;
};

} // namespace cg
