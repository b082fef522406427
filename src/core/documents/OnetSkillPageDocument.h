#pragma once

#include "content/OnetSkill.h"
#include "content/Skill.h"

#include <QCoreApplication>
#include <QList>

namespace cg {

// The Skills tab's page for an O*NET skill or knowledge area (the occupations where it matters most, with importance
// and level) and for a technology example (every occupation listing it, In Demand first). Each occupation is an
// occupation:<O*NET-SOC code> link; every figure is cited.
class OnetSkillPageDocument final
{
    Q_DECLARE_TR_FUNCTIONS(cg::OnetSkillPageDocument)

public:
    static QString elementHtml(const OnetElement& element, const ElementOccupations& occupations);
    static QString technologyHtml(const TechnologyExample& technology, const QList<SkillTechnology>& occupations);
};

} // namespace cg
