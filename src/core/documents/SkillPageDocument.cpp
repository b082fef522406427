#include "SkillPageDocument.h"

#include "CareerPageSections.h"
#include "Html.h"
#include "models/SkillTableModel.h"

#include <algorithm>

namespace cg {

QString SkillPageDocument::html(const SkillPageData& data)
{
    const Skill& skill = data.skill;
    QString page = html::heading(skill.name, 1);
    page +=
        QStringLiteral("<p>%1</p>")
            .arg(html::muted(html::escape(tr("%1 \u00B7 %2 skill")
                                              .arg(SkillTableModel::categoryName(skill.category),
                                                   skill.kind == QLatin1String("soft") ? tr("soft") : tr("hard")))));
    if (!skill.description.isEmpty())
        page += html::paragraph(skill.description);

    page += html::heading(tr("Roles that need it"));
    const QList<RoleNeed>& needs = data.needs;
    if (needs.isEmpty()) {
        page += html::paragraph(tr("No role in the guide lists this skill yet."));
    } else {
        page += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (const RoleNeed& need : needs)
            page += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(html::link(QStringLiteral("role"), need.roleSlug, need.roleName),
                             html::escape(SkillTableModel::importanceDots(need.importance)),
                             html::escape(tr("%1, %2 of 5")
                                              .arg(CareerPageSections::importanceName(need.importance))
                                              .arg(need.importance)));
        page += QStringLiteral("</table>");
    }

    page += html::heading(tr("In job postings (O*NET)"));
    const QList<SkillTechnology>& technologies = data.technologies;
    if (technologies.isEmpty()) {
        page += html::paragraph(tr("O*NET 29.3 lists no technology named exactly \u201C%1\u201D, so no Hot "
                                   "Technology or In Demand flag is shown for it.")
                                    .arg(skill.name));
    } else {
        const bool hot =
            std::any_of(technologies.cbegin(), technologies.cend(), [](const SkillTechnology& t) { return t.hot; });
        QStringList inDemand;
        QStringList listed;
        for (const SkillTechnology& technology : technologies)
            (technology.inDemand ? inDemand : listed).append(html::escape(technology.occupationTitle));
        page += html::paragraph(tr("O*NET lists \u201C%1\u201D among the technology used in %2 of the occupations in "
                                   "this guide's official data.")
                                    .arg(technologies.first().example)
                                    .arg(technologies.size()));
        QStringList points;
        points.append(hot ? tr("<b>Hot Technology</b>: one of the technologies employers name most often in job "
                               "postings.")
                          : tr("Not flagged as a Hot Technology."));
        if (!inDemand.isEmpty())
            points.append(tr("<b>In demand</b> in postings for: %1.").arg(inDemand.join(QStringLiteral(", "))));
        if (!listed.isEmpty())
            points.append(tr("Also used by: %1.").arg(listed.join(QStringLiteral(", "))));
        page += html::list(points);
        page += QStringLiteral("<p>%1</p>")
                    .arg(html::muted(html::escape(tr("Source: %1").arg(technologies.first().source.citation()))));
    }

    const QList<SkillPremium>& premiums = data.premiums;
    if (!premiums.isEmpty()) {
        page += html::heading(tr("Pay premium"));
        QStringList items;
        for (const SkillPremium& premium : premiums) {
            QString item =
                html::escape(tr("+%1% for %2 who have it, as stated").arg(premium.percent, premium.roleName));
            item +=
                QStringLiteral("<br/>") + html::muted(html::escape(tr("Source: %1").arg(premium.source.citation())));
            if (premium.doubtful)
                item += QStringLiteral("<br/><span class=\"flag\">%1</span> ")
                            .arg(html::escape(tr("\u26A0 Doubtful figure:"))) +
                        html::muted(html::escape(premium.note));
            else if (!premium.note.isEmpty())
                item += QStringLiteral("<br/>") + html::muted(html::escape(premium.note));
            items.append(item);
        }
        page += html::list(items);
    }

    const QList<SkillStep>& steps = data.steps;
    if (!steps.isEmpty()) {
        page += html::heading(tr("Where the guide teaches it"));
        QStringList items;
        for (const SkillStep& step : steps)
            items.append(QStringLiteral("%1 %2").arg(html::link(QStringLiteral("step"), step.ref, step.title),
                                                     html::muted(html::escape(tr("(%1)").arg(step.pathName)))));
        page += html::list(items);
    }

    if (!data.topics.isEmpty()) {
        page += html::heading(tr("Topics that teach it"));
        page +=
            html::paragraph(tr("Marking this skill as known counts a topic as known once you know every skill it "
                               "teaches; a known topic's hours leave your study plan when you skip what you know."));
        QStringList items;
        for (const Topic& topic : data.topics) {
            QString item =
                html::bold(topic.title) + u' ' + html::muted(html::escape(tr("(%1 h, our estimate)").arg(topic.hours)));
            if (!topic.what.isEmpty())
                item += QStringLiteral("<br/>") + html::escape(topic.what);
            if (topic.skills.size() > 1)
                item += QStringLiteral("<br/>") +
                        html::muted(html::escape(tr("Counts as known once you know every skill it teaches (%1 in all).")
                                                     .arg(topic.skills.size())));
            items.append(item);
        }
        page += html::list(items);
    }
    return page;
}

QString SkillPageDocument::styleSheet(const QPalette& palette)
{
    return html::styleSheet(palette) + QStringLiteral(" h2 { margin-top: 16px; }");
}

} // namespace cg
