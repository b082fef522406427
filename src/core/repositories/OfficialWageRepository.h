#pragma once

#include "salary/RoleWage.h"

#include <QList>
#include <QSqlDatabase>

namespace cg {

// BLS OEWS May 2024 national wages for the occupations linked to the guide's roles, one row per role and occupation,
// the 'detailed' OEWS row preferred where BLS also prints the code as a broad group.
class OfficialWageRepository final
{
public:
    explicit OfficialWageRepository(QSqlDatabase db);

    // By role name, then the role's own order of occupations.
    // Empty when the database fails: the reason goes to *error, or, when error is null, to QueryErrors.
    QList<RoleWage> roleWages(QString* error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
