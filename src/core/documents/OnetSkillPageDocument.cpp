#include "OnetSkillPageDocument.h"

#include "Html.h"

namespace cg {

namespace {

QString occupationCells(const QString& socCode, const QString& title)
{
    return QStringLiteral("<td>%1</td><td>%2</td>")
        .arg(html::link(QStringLiteral("occupation"), socCode, title),
             html::link(QStringLiteral("occupation"), socCode, socCode));
}

QString sourceLine(const SourceRef& source)
{
    return QStringLiteral("<p>%1</p>")
        .arg(html::muted(html::escape(OnetSkillPageDocument::tr("Source: %1").arg(source.citation()))));
}

} // namespace

QString OnetSkillPageDocument::elementHtml(const OnetElement& element, const ElementOccupations& occupations)
{
    QString page = html::heading(element.name, 1);
    const QString kind = element.domain == QLatin1String("knowledge") ? tr("O*NET knowledge area") : tr("O*NET skill");
    page += QStringLiteral("<p>%1</p>")
                .arg(html::muted(
                    html::escape(element.group.isEmpty() ? kind : tr("%1 \u00B7 %2").arg(kind, element.group))));
    if (!element.description.isEmpty())
        page += html::paragraph(element.description);

    page += html::heading(tr("Occupations where it matters most"));
    if (occupations.top.isEmpty()) {
        page += html::paragraph(tr("No occupation rates it %1 or more of 5 in importance in O*NET 29.3.")
                                    .arg(ElementOccupations::MinimumImportance));
        return page;
    }
    const QString intro =
        occupations.total > occupations.top.size()
            ? tr("%1 occupations rate it important (%2 or more of 5). The %3 where it is most important, with the "
                 "level they need (0 to 7):")
                  .arg(occupations.total)
                  .arg(ElementOccupations::MinimumImportance)
                  .arg(occupations.top.size())
            : tr("%1 occupations rate it important (%2 or more of 5), most important first, with the level they need "
                 "(0 to 7):")
                  .arg(occupations.total)
                  .arg(ElementOccupations::MinimumImportance);
    page += html::paragraph(intro);
    page += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th>"
                           "<th align=\"left\">%2</th><th align=\"right\">%3</th><th align=\"right\">%4</th></tr>")
                .arg(html::escape(tr("Occupation")), html::escape(tr("O*NET-SOC code")), html::escape(tr("Importance")),
                     html::escape(tr("Level")));
    for (const ElementOccupation& occupation : occupations.top)
        page += QStringLiteral("<tr>%1<td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                    .arg(occupationCells(occupation.socCode, occupation.title),
                         html::escape(tr("%1 of 5").arg(occupation.importance)),
                         html::escape(tr("%1 of 7").arg(occupation.level)));
    page += QStringLiteral("</table>");
    if (occupations.total > occupations.top.size())
        page += html::paragraph(
            tr("%1 more occupations rate it important.").arg(occupations.total - occupations.top.size()));
    page += QStringLiteral("<p>%1</p>")
                .arg(html::muted(html::escape(tr("Estimates O*NET recommends suppressing (low precision) are left "
                                                 "out."))));
    page += sourceLine(occupations.top.first().source);
    return page;
}

QString OnetSkillPageDocument::technologyHtml(const TechnologyExample& technology,
                                              const QList<SkillTechnology>& occupations)
{
    QString page = html::heading(technology.name, 1);
    page +=
        QStringLiteral("<p>%1</p>")
            .arg(html::muted(html::escape(technology.hot ? tr("Technology \u00B7 Hot Technology") : tr("Technology"))));
    if (technology.hot)
        page += html::paragraph(tr("A Hot Technology: one of the technologies employers name most often in job "
                                   "postings."));

    page += html::heading(tr("Occupations that use it"));
    if (occupations.isEmpty()) {
        page += html::paragraph(tr("O*NET 29.3 lists no occupation for this technology."));
        return page;
    }
    int inDemand = 0;
    for (const SkillTechnology& occupation : occupations)
        inDemand += occupation.inDemand ? 1 : 0;
    page += html::paragraph(tr("O*NET lists it for %1 occupations; it is In Demand, often named in their job "
                               "postings, for %2 of them, listed first.")
                                .arg(occupations.size())
                                .arg(inDemand));
    page += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th>"
                           "<th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                .arg(html::escape(tr("Occupation")), html::escape(tr("O*NET-SOC code")), html::escape(tr("Flags")));
    for (const SkillTechnology& occupation : occupations) {
        QStringList flags;
        if (occupation.inDemand)
            flags.append(tr("In Demand"));
        if (occupation.hot)
            flags.append(tr("Hot"));
        page += QStringLiteral("<tr>%1<td>%2</td></tr>")
                    .arg(occupationCells(occupation.socCode, occupation.occupationTitle),
                         html::escape(flags.join(QStringLiteral(" \u00B7 "))));
    }
    page += QStringLiteral("</table>");
    page += sourceLine(occupations.first().source);
    return page;
}

} // namespace cg
