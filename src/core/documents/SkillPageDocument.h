#pragma once

#include "content/Skill.h"
#include "content/Topic.h"
#include "repositories/RoleRepository.h"

#include <QCoreApplication>
#include <QList>

class QPalette;

namespace cg {

// Everything one skill's page shows, gathered from the repositories by whoever shows the page.
struct SkillPageData
{
    Skill skill;
    QList<RoleNeed> needs;               // the roles that list it, strongest need first
    QList<SkillTechnology> technologies; // O*NET occupations that name it as a technology
    QList<SkillPremium> premiums;        // pay premiums the articles state for it
    QList<SkillStep> steps;              // learning steps that teach it
    QList<Topic> topics;                 // the topics of those steps that teach it, in study order
};

// One skill's page on the Skills tab: the roles that need it, what O*NET says of it in job postings, stated pay
// premiums and where the guide teaches it. Links: role:<slug> and step:<ref>.
class SkillPageDocument final
{
    // The page's texts keep the translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(cg::SkillsTab)

public:
    static QString html(const SkillPageData& data);
    static QString styleSheet(const QPalette& palette);
};

} // namespace cg
