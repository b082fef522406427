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

        int toGo() const { return int(missing.size()); }
    };

    static QStringList missing(const RoleDetail& role, const QHash<QString, Status>& statuses);
    static Summary summarise(const RoleDetail& role, const QHash<QString, Status>& statuses);
    // "Back-end developer: 14 of 92 skills known, 78 to go"
    static QString describe(const QString& roleName, const Summary& summary);
};

} // namespace cg
