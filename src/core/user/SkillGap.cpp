#include "SkillGap.h"

#include <QCoreApplication>

#include <algorithm>

namespace cg {

namespace {
constexpr int EssentialImportance = 5;
} // namespace

QStringList SkillGap::missing(const RoleDetail& role, const QHash<QString, Status>& statuses)
{
    return summarise(role, statuses).missing;
}

SkillGap::Summary SkillGap::summarise(const RoleDetail& role, const QHash<QString, Status>& statuses)
{
    Summary summary;
    for (const RoleSkill& skill : role.skills) {
        ++summary.total;
        const int weight = std::max(0, skill.importance);
        const bool essential = skill.importance >= EssentialImportance;
        summary.totalWeight += weight;
        summary.essential += essential ? 1 : 0;
        switch (statuses.value(skill.skillSlug, Status::Unknown)) {
        case Status::Know:
            ++summary.known;
            summary.knownWeight += weight;
            summary.essentialKnown += essential ? 1 : 0;
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

QString SkillGap::describeWeighted(const Summary& summary)
{
    if (summary.totalWeight <= 0)
        return QCoreApplication::translate("cg::SkillGap", "The guide lists no skills for this role");
    //: %1 whole percent; %2 of %3: essential skills (importance 5 of 5) marked known
    return QCoreApplication::translate("cg::SkillGap",
                                       "%1% of what the role needs, weighted by importance; %2 of %3 essential "
                                       "skills known")
        .arg(summary.percentKnown())
        .arg(summary.essentialKnown)
        .arg(summary.essential);
}

} // namespace cg
