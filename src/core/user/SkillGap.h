#pragma once

#include "content/Role.h"
#include "user/SkillAssessmentStore.h"

#include <QHash>
#include <QStringList>

namespace cg {

// How far the person is from a role: the skills it needs that they do not mark as known, most important first.
// This list is what a study plan should teach.
class SkillGap final
{
public:
    using Status = SkillAssessmentStore::Status;

    struct Summary
    {
        int total = 0;       // skills the role needs
        int known = 0;       // marked "I know it"
        int learning = 0;    // marked "Learning"
        int wanted = 0;      // marked "Want to learn"
        QStringList missing; // slugs not marked known, in the role's order (importance, then name)
        // Weighted by importance: each skill weighs its importance, 1 (useful) to 5 (essential), so an essential
        // skill counts five times as much as a useful one. The share known is knownWeight / totalWeight.
        int knownWeight = 0;
        int totalWeight = 0;
        int essential = 0; // skills of importance 5
        int essentialKnown = 0;

        int toGo() const { return int(missing.size()); }
        // The weighted share known, in whole percent rounded half up; 0 for a role without skills.
        int percentKnown() const
        {
            return totalWeight <= 0 ? 0 : (200 * knownWeight + totalWeight) / (2 * totalWeight);
        }
    };

    static QStringList missing(const RoleDetail& role, const QHash<QString, Status>& statuses);
    static Summary summarise(const RoleDetail& role, const QHash<QString, Status>& statuses);
    // "Back-end developer: 14 of 92 skills known, 78 to go"
    static QString describe(const QString& roleName, const Summary& summary);
    // "42% of what the role needs, weighted by importance; 4 of 11 essential skills known"
    static QString describeWeighted(const Summary& summary);
};

} // namespace cg
