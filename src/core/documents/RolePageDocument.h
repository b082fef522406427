#pragma once

#include "RolePageData.h"

#include <QCoreApplication>

namespace cg {

class CareerPageSections;

// One curated role's page: the articles' account (duties, skills, pay, outlook, education, the work, related roles)
// beside the official data of the occupations it is filed under, with every source listed at the end.
class RolePageDocument final
{
    Q_DECLARE_TR_FUNCTIONS(cg::RolePage)

public:
    static QString html(const RolePageData& data, const CareerPageSections& sections);
};

} // namespace cg
