#pragma once

#include "content/LearningStep.h"
#include "content/Occupation.h"
#include "content/Role.h"
#include "content/SalaryFigure.h"

#include <QList>

namespace cg {

// Everything one role's page shows, gathered from the repositories by whoever shows the page.
struct RolePageData
{
    RoleDetail role;
    QList<SalaryFigure> pay;
    QList<Occupation> occupations; // in the role's order; the first is the role's main occupation
    QList<EducationRoute> routes;  // the guide's entry routes, for roles it has a learning path towards
};

} // namespace cg
