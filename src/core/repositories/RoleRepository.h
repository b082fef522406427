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

    // Every read below returns an empty value when the database fails: the reason goes to *error, or, when error
    // is null, to QueryErrors (see ReadQuery).
    QList<RoleSummary> all(QString* error = nullptr) const;
    RoleDetail detail(const QString& slug, QString* error = nullptr) const;
    QList<RoleNeed> rolesNeeding(const QString& skillSlug, QString* error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
