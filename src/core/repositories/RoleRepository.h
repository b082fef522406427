#pragma once

#include "content/Role.h"

#include <QList>
#include <QSqlDatabase>

namespace cg {

struct RoleNeed
{
    QString roleSlug;
    QString roleName;
    int importance = 0;
};

// Roles with their duties, facts and skills, as written from the articles.
class RoleRepository final
{
public:
    explicit RoleRepository(QSqlDatabase db);

    QList<RoleSummary> all() const;
    RoleDetail detail(const QString& slug) const;
    QList<RoleNeed> rolesNeeding(const QString& skillSlug) const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
