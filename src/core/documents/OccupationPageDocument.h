#pragma once

#include "content/Occupation.h"
#include "content/Role.h"

#include <QCoreApplication>
#include <QList>

namespace cg {

class CareerPageSections;

// One official occupation on its own: O*NET's description, tasks, ratings and technology with BLS pay, outlook and
// education, and the guide's roles filed under it.
class OccupationPageDocument final
{
    Q_DECLARE_TR_FUNCTIONS(cg::RolePage)

public:
    static QString html(const Occupation& occupation, const QList<RoleLink>& linkedRoles,
                        const CareerPageSections& sections);
};

} // namespace cg
