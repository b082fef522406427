#pragma once

#include "RolePageData.h"

#include <QCoreApplication>

namespace cg {

class CareerPageSections;

// Two careers side by side. Each side is a curated role, whose main occupation supplies its official figures, or an
// official occupation alone: a RolePageData with no role (an empty slug) and exactly one occupation. Shown: kinds,
// pay with its range, employment, growth in BLS's words, openings, job zone and entry education (each figure with
// its source and date), the guide's skills when both are roles, O*NET's ratings element by element, the Hot or In
// Demand technologies both list, and duties. Cells that differ are shaded and marked "≠" in text; the larger
// figure is marked "higher". A figure one side lacks is said to be missing, never left blank.
class RoleComparisonDocument final
{
    Q_DECLARE_TR_FUNCTIONS(cg::RolePage)

public:
    static QString html(const RolePageData& first, const RolePageData& second, const CareerPageSections& sections);
};

} // namespace cg
