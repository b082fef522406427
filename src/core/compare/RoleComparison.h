#pragma once

#include "content/Role.h"

#include <QList>

namespace cg {

// Lines up the skills of two roles: which both need (and whether they weigh them alike) and which only one needs.
class RoleComparison final
{
public:
    enum class Presence
    {
        Both,
        FirstOnly,
        SecondOnly
    };

    struct SkillRow
    {
        QString slug;
        QString name;
        QString category;
        int firstImportance = 0;  // 0: the first role does not list it
        int secondImportance = 0; // 0: the second role does not list it

        Presence presence() const;
        bool differs() const { return firstImportance != secondImportance; }
    };

    RoleComparison(const RoleDetail& first, const RoleDetail& second);

    // Shared skills first, then those only the first role needs, then those only the second needs; within each
    // group the most important first.
    const QList<SkillRow>& skills() const { return m_skills; }
    int sharedCount() const { return m_shared; }
    int firstOnlyCount() const { return m_firstOnly; }
    int secondOnlyCount() const { return m_secondOnly; }

private:
    QList<SkillRow> m_skills;
    int m_shared = 0;
    int m_firstOnly = 0;
    int m_secondOnly = 0;
};

} // namespace cg
