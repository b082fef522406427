#pragma once

#include "RolePageData.h"

#include <QCoreApplication>

namespace cg {

class CareerPageSections;

// Two roles side by side: the official figures of their main occupations, the skills each needs (see
// RoleComparison) and the articles' duties, pay and outlook. Cells that differ are shaded.
class RoleComparisonDocument final
{
    Q_DECLARE_TR_FUNCTIONS(cg::RolePage)

public:
    static QString html(const RolePageData& first, const RolePageData& second, const CareerPageSections& sections);
};

} // namespace cg
