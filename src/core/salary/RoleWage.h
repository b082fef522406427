#pragma once

#include "content/Occupation.h"
#include "content/SourceRef.h"

#include <QString>

namespace cg {

// The official BLS OEWS wages of an occupation the guide links to one of its roles (through the role's O*NET-SOC
// codes), kept as published: decimal strings and markers, never numbers that were not printed.
struct RoleWage
{
    QString roleSlug;
    QString roleName;
    QString socCode;  // O*NET-SOC code of the link, e.g. 15-1252.00
    int position = 0; // 0 = the role's closest occupation
    OccupationWage wage;
    SourceRef source;
};

} // namespace cg
