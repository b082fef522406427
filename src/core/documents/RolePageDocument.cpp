#include "RolePageDocument.h"

#include "CareerPageSections.h"
#include "Html.h"

namespace cg {

QString RolePageDocument::html(const RolePageData& data, const CareerPageSections& sections)
{
    const RoleDetail& role = data.role;
    QString page = html::heading(role.summary.name, 1);
    QStringList subtitle;
    if (!role.summary.aliases.isEmpty())
        subtitle.append(tr("Also called %1").arg(role.summary.aliases.join(QStringLiteral(", "))));
    if (!role.summary.category.isEmpty())
        subtitle.append(role.summary.category);
    if (role.summary.isGroup)
        subtitle.append(tr("an official statistical group rather than a job title"));
    if (!subtitle.isEmpty())
        page += QStringLiteral("<p>%1</p>").arg(html::muted(html::escape(subtitle.join(QStringLiteral(" \u00B7 ")))));
    page += QStringLiteral("<p><b>%1</b></p>").arg(html::escape(role.summary.summary));
    if (!role.description.isEmpty())
        page += html::paragraph(role.description);

    page += sections.glance(data);

    const QList<QPair<QString, QString>> contents{{QStringLiteral("duties"), tr("Duties")},
                                                  {QStringLiteral("skills"), tr("Skills")},
                                                  {QStringLiteral("pay"), tr("Pay")},
                                                  {QStringLiteral("outlook"), tr("Outlook")},
                                                  {QStringLiteral("education"), tr("Education")},
                                                  {QStringLiteral("work"), tr("The work")},
                                                  {QStringLiteral("related"), tr("Related roles")},
                                                  {QStringLiteral("official"), tr("O*NET data")},
                                                  {QStringLiteral("sources"), tr("Sources")}};
    QStringList jumps;
    for (const auto& [anchor, title] : contents)
        jumps.append(QStringLiteral("<a href=\"#%1\">%2</a>").arg(anchor, html::escape(title)));
    page +=
        QStringLiteral("<p>%1 %2</p>").arg(html::escape(tr("On this page:")), jumps.join(QStringLiteral(" \u00B7 ")));

    page += sections.duties(role);
    page += sections.skills(role);
    page += sections.pay(data);
    page += sections.outlook(data);
    page += sections.education(data, tr("Education and ways in"));
    page += sections.facts(role);
    page += sections.related(data);

    page += html::section(QStringLiteral("official"), tr("Official occupation data"));
    if (data.occupations.isEmpty())
        page += html::paragraph(tr("The guide links this role to no official occupation."));
    for (const Occupation& occupation : data.occupations)
        page += sections.official(occupation, 3);

    QStringList ids = role.sourceIds;
    for (const RoleDuty& duty : role.duties)
        ids += duty.sourceIds;
    for (const RoleFact& fact : role.facts)
        ids += fact.sourceIds;
    for (const RoleOutlook& outlook : role.outlooks)
        ids << outlook.source.sourceId << outlook.source.originId;
    for (const RoleStatistic& statistic : role.statistics)
        ids << statistic.source.sourceId << statistic.source.originId;
    for (const SalaryFigure& figure : data.pay)
        ids << figure.source.sourceId << figure.source.originId;
    for (const EducationRoute& route : data.routes)
        ids += route.sourceIds;
    for (const Occupation& occupation : data.occupations)
        ids << occupation.sourceId << occupation.wage.sourceId << occupation.projection.sourceId;
    page += html::section(QStringLiteral("sources"), tr("Sources"));
    page += sections.sourceList(ids);
    return page;
}

} // namespace cg
