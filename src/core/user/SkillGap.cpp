#include "SkillGap.h"

#include <QCoreApplication>

namespace cg {

QStringList SkillGap::missing(const RoleDetail& role, const QHash<QString, Status>& statuses)
{
    return summarise(role, statuses).missing;
}

SkillGap::Summary SkillGap::summarise(const RoleDetail& role, const QHash<QString, Status>& statuses)
{
    Summary summary;
    for (const RoleSkill& skill : role.skills) {
        ++summary.total;
        switch (statuses.value(skill.skillSlug, Status::Unknown)) {
        case Status::Know:
            ++summary.known;
            continue;
        case Status::Learning:
            ++summary.learning;
            break;
        case Status::Want:
            ++summary.wanted;
            break;
        case Status::Unknown:
            break;
        }
        summary.missing.append(skill.skillSlug);
    }
    return summary;
}

QString SkillGap::describe(const QString& roleName, const Summary& summary)
{
    if (summary.total == 0)
        return QCoreApplication::translate("cg::SkillGap", "%1: the guide lists no skills for this role").arg(roleName);
    if (summary.toGo() == 0)
        return QCoreApplication::translate("cg::SkillGap", "%1: all %2 skills known").arg(roleName).arg(summary.total);
    return QCoreApplication::translate("cg::SkillGap", "%1: %2 of %3 skills known, %4 to go")
        .arg(roleName)
        .arg(summary.known)
        .arg(summary.total)
        .arg(summary.toGo());
}

} // namespace cg
