#include "RoleComparison.h"

#include <QHash>

#include <algorithm>

namespace cg {

RoleComparison::Presence RoleComparison::SkillRow::presence() const
{
    if (firstImportance > 0 && secondImportance > 0)
        return Presence::Both;
    return firstImportance > 0 ? Presence::FirstOnly : Presence::SecondOnly;
}

RoleComparison::RoleComparison(const RoleDetail& first, const RoleDetail& second)
{
    QHash<QString, qsizetype> rowOf;
    for (const RoleSkill& skill : first.skills) {
        rowOf.insert(skill.skillSlug, m_skills.size());
        m_skills.append({skill.skillSlug, skill.skillName, skill.category, skill.importance, 0});
    }
    for (const RoleSkill& skill : second.skills) {
        const auto it = rowOf.constFind(skill.skillSlug);
        if (it != rowOf.constEnd())
            m_skills[it.value()].secondImportance = skill.importance;
        else
            m_skills.append({skill.skillSlug, skill.skillName, skill.category, 0, skill.importance});
    }
    std::stable_sort(m_skills.begin(), m_skills.end(), [](const SkillRow& a, const SkillRow& b) {
        if (a.presence() != b.presence())
            return int(a.presence()) < int(b.presence());
        const int weightA = std::max(a.firstImportance, a.secondImportance);
        const int weightB = std::max(b.firstImportance, b.secondImportance);
        if (weightA != weightB)
            return weightA > weightB;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    for (const SkillRow& row : std::as_const(m_skills)) {
        switch (row.presence()) {
        case Presence::Both:
            ++m_shared;
            break;
        case Presence::FirstOnly:
            ++m_firstOnly;
            break;
        case Presence::SecondOnly:
            ++m_secondOnly;
            break;
        }
    }
}

} // namespace cg
