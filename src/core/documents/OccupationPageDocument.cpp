#include "OccupationPageDocument.h"

#include "CareerPageSections.h"
#include "Html.h"
#include "RolePageData.h"

namespace cg {

QString OccupationPageDocument::html(const Occupation& occupation, const QList<RoleLink>& linkedRoles,
                                     const CareerPageSections& sections)
{
    if (!occupation.isValid())
        return html::paragraph(tr("This occupation is not part of this build's official data."));
    QString page = html::heading(occupation.title, 1);
    page += QStringLiteral("<p>%1</p>")
                .arg(html::muted(html::escape(tr("Official occupation, O*NET-SOC %1").arg(occupation.socCode))));
    if (linkedRoles.isEmpty()) {
        page += html::paragraph(tr("No role in this guide is filed under this occupation; what follows is the "
                                   "official data alone."));
    } else {
        QStringList roles;
        for (const RoleLink& role : linkedRoles)
            roles.append(html::link(QStringLiteral("role"), role.slug, role.name));
        page += QStringLiteral("<p>%1 %2</p>")
                    .arg(html::escape(tr("Roles in this guide filed under it:")), roles.join(QStringLiteral(", ")));
    }
    RolePageData data;
    data.occupations.append(occupation);
    page += sections.glance(data);
    page += sections.official(occupation, 2);
    page += html::section(QStringLiteral("pay"), tr("Pay"));
    page += sections.wageTable(occupation.wage, occupation.title);
    if (occupation.projection.isValid())
        page += html::section(QStringLiteral("outlook"), tr("Outlook")) +
                html::list({sections.projection(occupation.projection)});
    page += sections.education(data, tr("Education"));
    page += sections.related(data);
    return page;
}

} // namespace cg
