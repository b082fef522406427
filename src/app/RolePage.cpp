#include "RolePage.h"

#include "Html.h"
#include "compare/RoleComparison.h"
#include "content/OfficialFigure.h"
#include "models/SalaryTableModel.h"
#include "models/SkillTableModel.h"
#include "money/Money.h"

#include <QSet>

#include <algorithm>

namespace cg {

namespace {

QString esc(const QString& text)
{
    return html::escape(text);
}

QString link(const QString& scheme, const QString& ref, const QString& text)
{
    return QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(scheme, esc(ref), esc(text));
}

QString section(const QString& anchor, const QString& title)
{
    return QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>").arg(anchor, esc(title));
}

QString muted(const QString& escaped)
{
    return QStringLiteral("<span class=\"muted\">%1</span>").arg(escaped);
}

QString items(const QStringList& escapedItems)
{
    return html::list(escapedItems);
}

// O*NET's education labels carry a long explanation after " - "; the part before it is the level's name.
QString shortLevel(const QString& label)
{
    const qsizetype dash = label.indexOf(QStringLiteral(" - "));
    return dash < 0 ? label : label.left(dash);
}

QString mainBlsCode(const RolePage::RoleData& data)
{
    return data.occupations.isEmpty() ? QString() : Occupation::blsCode(data.occupations.first().socCode);
}

} // namespace

RolePage::RolePage(const QHash<QString, Source>& sources, const OccupationProjection& allOccupations,
                   const QPalette& palette, QLocale locale)
    : m_sources(sources), m_all(allOccupations),
      m_muted(blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4)),
      m_rule(blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.7))
      // A faint tint of the selection colour marks differences without fighting the text.
      ,
      m_highlight(blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.22)),
      m_locale(std::move(locale))
{
}

QColor RolePage::blend(const QColor& from, const QColor& to, double share)
{
    const auto mix = [share](double a, double b) { return a + (b - a) * share; };
    return QColor::fromRgbF(float(mix(from.redF(), to.redF())), float(mix(from.greenF(), to.greenF())),
                            float(mix(from.blueF(), to.blueF())));
}

QString RolePage::gridTable(int padding, bool fullWidth) const
{
    // 99%: a full-width table with collapsed borders is one pixel wider than the page and would scroll sideways.
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"%1\"%2 "
                          "style=\"border-collapse: collapse; border-color: %3;\">")
        .arg(padding)
        .arg(fullWidth ? QStringLiteral(" width=\"99%\"") : QString(), m_rule.name());
}

QString RolePage::styleSheet() const
{
    return QStringLiteral("h1 { margin-bottom: 2px; }"
                          "h2 { margin-top: 18px; margin-bottom: 6px; }"
                          "h3 { margin-top: 12px; margin-bottom: 4px; }"
                          ".muted { color: %1; font-size: small; }"
                          ".diff { background-color: %2; }"
                          ".flag { font-weight: bold; }"
                          "th { text-align: left; font-weight: bold; }"
                          "td, th { padding: 3px 8px; border-color: %3; border-style: solid; border-width: 1px; }")
        .arg(m_muted.name(), m_highlight.name(), m_rule.name());
}

QString RolePage::importanceName(int importance)
{
    switch (importance) {
    case 5:
        return tr("Essential");
    case 4:
        return tr("Very important");
    case 3:
        return tr("Important");
    case 2:
        return tr("Helpful");
    case 1:
        return tr("Useful");
    }
    return {};
}

QString RolePage::citation(const QString& sourceId) const
{
    const auto it = m_sources.constFind(sourceId);
    if (it == m_sources.constEnd())
        return sourceId;
    const QString asOf = it->asOf.isEmpty() ? it->published : it->asOf;
    return asOf.isEmpty() ? it->title : tr("%1 (as of %2)").arg(it->title, asOf);
}

QString RolePage::cite(const QString& sourceId) const
{
    return muted(esc(tr("Source: %1").arg(citation(sourceId))));
}

QString RolePage::citeAll(const QStringList& sourceIds) const
{
    QStringList names;
    for (const QString& id : sourceIds) {
        const auto it = m_sources.constFind(id);
        names.append(it == m_sources.constEnd() ? id : (it->publisher.isEmpty() ? it->title : it->publisher));
    }
    names.removeDuplicates();
    if (names.isEmpty())
        return {};
    return muted(esc(tr("Sources: %1").arg(names.join(QStringLiteral(", ")))));
}

QString RolePage::figureNote(const QString& note, bool doubtful) const
{
    if (note.isEmpty())
        return {};
    if (doubtful)
        return QStringLiteral("<br/><span class=\"flag\">%1</span> %2")
            .arg(esc(tr("\u26A0 Doubtful figure:")), muted(esc(note)));
    return QStringLiteral("<br/>") + muted(esc(note));
}

// --- one role -------------------------------------------------------------------------------------------------------

QString RolePage::role(const RoleData& data) const
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
        page += QStringLiteral("<p>%1</p>").arg(muted(esc(subtitle.join(QStringLiteral(" \u00B7 ")))));
    page += QStringLiteral("<p><b>%1</b></p>").arg(esc(role.summary.summary));
    if (!role.description.isEmpty())
        page += html::paragraph(role.description);

    page += glance(data);

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
        jumps.append(QStringLiteral("<a href=\"#%1\">%2</a>").arg(anchor, esc(title)));
    page += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("On this page:")), jumps.join(QStringLiteral(" \u00B7 ")));

    page += duties(role);
    page += skills(role);
    page += pay(data);
    page += outlook(data);
    page += education(data);
    page += facts(role);
    page += related(data);

    page += section(QStringLiteral("official"), tr("Official occupation data"));
    if (data.occupations.isEmpty())
        page += html::paragraph(tr("The guide links this role to no official occupation."));
    for (const Occupation& occupation : data.occupations)
        page += official(occupation, 3);

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
    page += section(QStringLiteral("sources"), tr("Sources"));
    page += sourceList(ids);
    return page;
}

QString RolePage::medianPay(const RoleData& data) const
{
    if (data.occupations.isEmpty() || !data.occupations.first().wage.isValid())
        return {};
    return OfficialFigure::annualWage(data.occupations.first().wage.annualMedian, m_locale);
}

QString RolePage::growth(const RoleData& data) const
{
    if (data.occupations.isEmpty() || !data.occupations.first().projection.isValid())
        return {};
    return OfficialFigure::signedPercent(data.occupations.first().projection.changePercent, m_locale);
}

QString RolePage::entryEducation(const RoleData& data) const
{
    if (data.occupations.isEmpty() || !data.occupations.first().projection.isValid())
        return {};
    return data.occupations.first().projection.education;
}

QString RolePage::glance(const RoleData& data) const
{
    if (data.occupations.isEmpty())
        return {};
    const Occupation& main = data.occupations.first();
    const QString who = tr("%1 (%2)").arg(main.title, Occupation::blsCode(main.socCode));
    QStringList heads;
    QStringList values;
    QStringList notes;
    if (main.wage.isValid()) {
        heads << tr("Median pay, U.S.");
        values << tr("%1 a year").arg(medianPay(data));
        notes << citation(main.wage.sourceId);
    }
    if (main.projection.isValid()) {
        heads << tr("Job growth 2024–34");
        values << growth(data);
        notes << tr("all occupations %1; %2")
                     .arg(OfficialFigure::signedPercent(m_all.changePercent, m_locale),
                          citation(main.projection.sourceId));
        heads << tr("Typical entry education");
        values << main.projection.education;
        notes << citation(main.projection.sourceId);
    }
    if (main.jobZone.zone > 0) {
        heads << tr("Preparation needed");
        values << tr("Job zone %1 of 5").arg(main.jobZone.zone);
        notes << tr("%1; %2").arg(main.jobZone.name, citation(main.sourceId));
    }
    if (heads.isEmpty())
        return {};
    QString table = gridTable(6, true) + QStringLiteral("<tr>");
    for (const QString& head : std::as_const(heads))
        table += QStringLiteral("<th>%1</th>").arg(muted(esc(head)));
    table += QStringLiteral("</tr><tr>");
    for (const QString& value : std::as_const(values))
        table += QStringLiteral("<td><span style=\"font-size: large\"><b>%1</b></span></td>").arg(esc(value));
    table += QStringLiteral("</tr><tr>");
    for (const QString& note : std::as_const(notes))
        table += QStringLiteral("<td>%1</td>").arg(muted(esc(note)));
    table += QStringLiteral("</tr></table>");
    if (data.role.isValid())
        return table + QStringLiteral("<p>%1</p>")
                           .arg(muted(esc(tr("Official figures for %1, the main occupation "
                                             "the guide files this role under.")
                                              .arg(who))));
    return table;
}

QString RolePage::duties(const RoleDetail& role) const
{
    QString page = section(QStringLiteral("duties"), tr("What they do"));
    if (role.duties.isEmpty())
        return page + html::paragraph(tr("The articles describe no duties for this role; see the official tasks "
                                         "below."));
    QStringList list;
    for (const RoleDuty& duty : role.duties) {
        QString item = esc(duty.text);
        QStringList skills;
        for (int i = 0; i < duty.skillSlugs.size(); ++i)
            skills.append(link(QStringLiteral("skill"), duty.skillSlugs.at(i), duty.skillNames.value(i)));
        QStringList under;
        if (!skills.isEmpty())
            under.append(esc(tr("Skills:")) + QLatin1Char(' ') + skills.join(QStringLiteral(", ")));
        if (!duty.sourceIds.isEmpty())
            under.append(citeAll(duty.sourceIds));
        if (!under.isEmpty())
            item += QStringLiteral("<br/><small>%1</small>").arg(under.join(QStringLiteral(" \u00B7 ")));
        list.append(item);
    }
    return page + items(list);
}

QString RolePage::skills(const RoleDetail& role) const
{
    QString page = section(QStringLiteral("skills"), tr("Skills they need"));
    if (role.skills.isEmpty())
        return page + html::paragraph(tr("The articles list no skills for this role."));
    page += html::paragraph(tr("%1 skills, by how strongly the articles stress them. Select one to see it on the "
                               "Skills tab.")
                                .arg(role.skills.size()));
    page += gridTable(4, true);
    for (int importance = 5; importance >= 1; --importance) {
        QStringList names;
        for (const RoleSkill& skill : role.skills) {
            if (skill.importance == importance)
                names.append(link(QStringLiteral("skill"), skill.skillSlug, skill.skillName));
        }
        if (names.isEmpty())
            continue;
        page += QStringLiteral("<tr><td valign=\"top\" width=\"170\"><b>%1</b><br/>%2</td><td valign=\"top\">%3</td>"
                               "</tr>")
                    .arg(esc(importanceName(importance)),
                         muted(esc(SkillTableModel::importanceDots(importance) + QLatin1Char(' ') +
                                   tr("%1 of 5").arg(importance))),
                         names.join(QStringLiteral(", ")));
    }
    return page + QStringLiteral("</table>");
}

QString RolePage::payFigure(const SalaryFigure& figure) const
{
    return QStringLiteral("<b>%1</b> %2 \u2014 %3, %4, %5 %6%7")
        .arg(esc(Money(figure.amountMinor, figure.currency).format(m_locale)),
             esc(SalaryTableModel::periodName(figure.period)), esc(SalaryTableModel::statisticName(figure.statistic)),
             esc(SalaryTableModel::countryName(figure.country)),
             esc(SalaryTableModel::experienceName(figure.experience)),
             muted(esc(tr("Source: %1").arg(figure.source.citation()))),
             figure.doubtful ? figureNote(figure.note, true) : QString());
}

QString RolePage::wageTable(const OccupationWage& wage, const QString& occupationTitle) const
{
    if (!wage.isValid())
        return html::paragraph(tr("BLS publishes no national wage estimate for %1.").arg(occupationTitle));
    QString page = QStringLiteral("<h3>%1</h3>").arg(esc(tr("%1 (%2), United States").arg(wage.title, wage.occCode)));
    page += gridTable(4, false) + QStringLiteral("<tr><th></th>");
    for (const QString& head : {tr("10th percentile"), tr("25th"), tr("Median"), tr("75th"), tr("90th"), tr("Mean")})
        page += QStringLiteral("<th>%1</th>").arg(esc(head));
    page += QStringLiteral("</tr>");
    const auto row = [this](const QString& label, const QStringList& values, bool hourly) {
        QString cells = QStringLiteral("<tr><th>%1</th>").arg(esc(label));
        for (const QString& value : values)
            cells += QStringLiteral("<td align=\"right\">%1</td>")
                         .arg(esc(hourly ? OfficialFigure::hourlyWage(value, m_locale)
                                         : OfficialFigure::annualWage(value, m_locale)));
        return cells + QStringLiteral("</tr>");
    };
    page += row(tr("A year"),
                {wage.annualP10, wage.annualP25, wage.annualMedian, wage.annualP75, wage.annualP90, wage.annualMean},
                false);
    page +=
        row(tr("An hour"),
            {wage.hourlyP10, wage.hourlyP25, wage.hourlyMedian, wage.hourlyP75, wage.hourlyP90, wage.hourlyMean}, true);
    page += QStringLiteral("</table>");
    QStringList notes;
    notes.append(
        tr("Employment %1, not counting the self-employed.").arg(OfficialFigure::number(wage.employment, m_locale)));
    const QStringList all{wage.annualP10, wage.annualP25, wage.annualMedian, wage.annualP75, wage.annualP90,
                          wage.hourlyP10, wage.hourlyP25, wage.hourlyMedian, wage.hourlyP75, wage.hourlyP90};
    if (all.contains(QStringLiteral("#")))
        notes.append(tr("“\u2265”: BLS reports only that the wage is at least $239,200 a year "
                        "($115.00 an hour)."));
    if (wage.annualOnly)
        notes.append(tr("BLS publishes only annual wages for this occupation."));
    if (wage.hourlyOnly)
        notes.append(tr("BLS publishes only hourly wages for this occupation."));
    page += QStringLiteral("<p>%1<br/>%2</p>").arg(muted(esc(notes.join(QLatin1Char(' ')))), cite(wage.sourceId));
    return page;
}

QString RolePage::pay(const RoleData& data) const
{
    QString page = section(QStringLiteral("pay"), tr("Pay"));
    if (!data.pay.isEmpty()) {
        page += QStringLiteral("<h3>%1</h3>").arg(esc(tr("What the articles report")));
        QStringList list;
        for (const SalaryFigure& figure : data.pay)
            list.append(payFigure(figure));
        page += items(list);
        page += html::paragraph(tr("Compare these side by side, converted to one currency, on the Salaries tab."));
    }
    QSet<QString> shown;
    for (const Occupation& occupation : data.occupations) {
        if (!occupation.wage.isValid() || shown.contains(occupation.wage.occCode))
            continue;
        shown.insert(occupation.wage.occCode);
        page += wageTable(occupation.wage, occupation.title);
    }
    if (data.pay.isEmpty() && shown.isEmpty())
        page += html::paragraph(tr("No pay figures for this role."));
    return page;
}

QString RolePage::projection(const OccupationProjection& projection) const
{
    if (!projection.isValid())
        return {};
    const QString text = tr("%1: %2 jobs in 2024, %3 projected for 2034 (%4; all occupations %5). About %6 openings "
                            "a year on average, counting people who leave or change occupation.")
                             .arg(projection.title, OfficialFigure::thousands(projection.employment2024, m_locale),
                                  OfficialFigure::thousands(projection.employment2034, m_locale),
                                  OfficialFigure::signedPercent(projection.changePercent, m_locale),
                                  OfficialFigure::signedPercent(m_all.changePercent, m_locale),
                                  OfficialFigure::thousands(projection.openings, m_locale));
    return esc(text) + QStringLiteral("<br/>") + cite(projection.sourceId);
}

QString RolePage::outlook(const RoleData& data) const
{
    QString page = section(QStringLiteral("outlook"), tr("Outlook"));
    QStringList official;
    QSet<QString> shown;
    for (const Occupation& occupation : data.occupations) {
        if (!occupation.projection.isValid() || shown.contains(occupation.projection.occCode))
            continue;
        shown.insert(occupation.projection.occCode);
        official.append(projection(occupation.projection));
    }
    if (!official.isEmpty())
        page += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Official projection, 2024–34"))) + items(official);
    if (!data.role.outlooks.isEmpty()) {
        QStringList stated;
        for (const RoleOutlook& outlook : data.role.outlooks) {
            QString item = esc(
                tr("%1 over %2").arg(OfficialFigure::signedPercent(outlook.growthPercent, m_locale), outlook.period));
            if (!outlook.comparisonPercent.isEmpty())
                item += esc(tr(" (all occupations %1)")
                                .arg(OfficialFigure::signedPercent(outlook.comparisonPercent, m_locale)));
            item += QStringLiteral("<br/>") + muted(esc(tr("Source: %1").arg(outlook.source.citation())));
            item += figureNote(outlook.note, outlook.doubtful);
            stated.append(item);
        }
        page += QStringLiteral("<h3>%1</h3>").arg(esc(tr("What the articles report"))) + items(stated);
    }
    if (official.isEmpty() && data.role.outlooks.isEmpty())
        page += html::paragraph(tr("No outlook figures for this role."));

    if (!data.role.statistics.isEmpty()) {
        QStringList figures;
        for (const RoleStatistic& statistic : data.role.statistics) {
            const QString value = statistic.unit == QLatin1String("percent")
                                      ? OfficialFigure::percent(statistic.value, m_locale)
                                      : tr("%1 %2").arg(statistic.value, statistic.unit).trimmed();
            figures.append(QStringLiteral("%1: <b>%2</b><br/>%3%4")
                               .arg(esc(statistic.label), esc(value),
                                    muted(esc(tr("Source: %1").arg(statistic.source.citation()))),
                                    figureNote(statistic.note, statistic.doubtful)));
        }
        page += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Other figures"))) + items(figures);
    }
    return page;
}

QString RolePage::education(const RoleData& data) const
{
    QString page = section(QStringLiteral("education"), tr("Education and ways in"));
    QStringList facts;
    for (const RoleFact& fact : data.role.facts) {
        if (fact.kind != QLatin1String("education"))
            continue;
        const QString title = fact.title.isEmpty() ? QString() : QStringLiteral("<b>%1</b>: ").arg(esc(fact.title));
        facts.append(title + esc(fact.text) + QStringLiteral("<br/>") + citeAll(fact.sourceIds));
    }
    page += items(facts);

    QSet<QString> shown;
    for (const Occupation& occupation : data.occupations) {
        const OccupationProjection& projection = occupation.projection;
        if (projection.isValid() && !shown.contains(projection.occCode)) {
            shown.insert(projection.occCode);
            page += QStringLiteral("<p>%1<br/>%2</p>")
                        .arg(esc(tr("%1: typical entry-level education %2; work experience needed: %3; on-the-job "
                                    "training: %4.")
                                     .arg(projection.title, projection.education, projection.workExperience,
                                          projection.training)),
                             cite(projection.sourceId));
        }
        QList<OccupationEducationLevel> levels;
        for (const OccupationEducationLevel& level : occupation.education) {
            if (OfficialFigure::isNumber(level.percent) && level.percent.toDouble() > 0)
                levels.append(level);
        }
        if (levels.isEmpty())
            continue;
        std::stable_sort(levels.begin(), levels.end(),
                         [](const auto& a, const auto& b) { return a.percent.toDouble() > b.percent.toDouble(); });
        QStringList parts;
        for (const OccupationEducationLevel& level : levels.mid(0, 4)) {
            QString part =
                esc(tr("%1 %2").arg(shortLevel(level.label), OfficialFigure::percent(level.percent, m_locale)));
            if (level.suppressed)
                part += QLatin1Char(' ') + muted(esc(tr("(low precision)")));
            parts.append(part);
        }
        page += QStringLiteral("<p>%1 %2<br/>%3</p>")
                    .arg(esc(tr("Education of people working as %1, as O*NET surveyed it:").arg(occupation.title)),
                         parts.join(QStringLiteral("; ")), cite(occupation.sourceId));
    }

    if (!data.routes.isEmpty()) {
        page += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Ways in the guide describes")));
        QStringList routes;
        for (const EducationRoute& route : data.routes) {
            QString item = QStringLiteral("<b>%1</b>: %2").arg(esc(route.name), esc(route.description));
            if (!route.duration.isEmpty() && !route.duration.startsWith(QLatin1String("Not stated")))
                item += QStringLiteral(" ") + muted(esc(tr("(%1)").arg(route.duration)));
            item += QStringLiteral("<br/>") + citeAll(route.sourceIds);
            routes.append(item);
        }
        page += items(routes);
        page += html::paragraph(tr("The Learning Path tab turns these into ordered steps and a study plan."));
    }
    return page;
}

QString RolePage::facts(const RoleDetail& role) const
{
    const QList<QPair<QString, QString>> kinds{{QStringLiteral("typical-day"), tr("A typical day")},
                                               {QStringLiteral("works-with"), tr("Who they work with")},
                                               {QStringLiteral("workplace"), tr("Where they work")},
                                               {QStringLiteral("work-environment"), tr("Work environment")},
                                               {QStringLiteral("employers"), tr("Who hires them")},
                                               {QStringLiteral("comparison"), tr("How it compares")}};
    QString page = section(QStringLiteral("work"), tr("The work"));
    bool any = false;
    for (const auto& [kind, title] : kinds) {
        QStringList list;
        for (const RoleFact& fact : role.facts) {
            if (fact.kind != kind)
                continue;
            const QString name = fact.title.isEmpty() ? QString() : QStringLiteral("<b>%1</b>: ").arg(esc(fact.title));
            list.append(name + esc(fact.text) + QStringLiteral(" ") + citeAll(fact.sourceIds));
        }
        if (list.isEmpty())
            continue;
        any = true;
        page += QStringLiteral("<h3>%1</h3>").arg(esc(title)) + items(list);
    }
    if (!any)
        page += html::paragraph(tr("The articles say nothing more about the day-to-day work of this role."));
    return page;
}

QString RolePage::related(const RoleData& data) const
{
    QString page = section(QStringLiteral("related"), tr("Related roles"));
    if (!data.role.relatedRoles.isEmpty()) {
        QStringList roles;
        for (const RoleLink& role : data.role.relatedRoles)
            roles.append(link(QStringLiteral("role"), role.slug, role.name));
        page += QStringLiteral("<p>%1 %2</p>")
                    .arg(esc(tr("Filed under the same official occupation:")), roles.join(QStringLiteral(", ")));
    }
    if (!data.occupations.isEmpty() && !data.occupations.first().related.isEmpty()) {
        const Occupation& main = data.occupations.first();
        QStringList list;
        for (const OccupationRelated& related : main.related.mid(0, 10)) {
            list.append(related.available ? link(QStringLiteral("occupation"), related.socCode, related.title)
                                          : esc(related.title));
        }
        page += QStringLiteral("<p>%1 %2<br/>%3</p>")
                    .arg(esc(tr("Occupations O*NET relates to %1, closest first:").arg(main.title)),
                         list.join(QStringLiteral(", ")), cite(main.sourceId));
    }
    if (data.role.relatedRoles.isEmpty() && (data.occupations.isEmpty() || data.occupations.first().related.isEmpty()))
        page += html::paragraph(tr("No related roles are recorded."));
    return page;
}

QString RolePage::ratings(const Occupation& occupation) const
{
    if (!occupation.rated)
        return html::paragraph(tr("Skills and knowledge: not rated in this release of O*NET (29.3) for this "
                                  "occupation."));
    QString page;
    QStringList hidden;
    for (const QString& domain : {QStringLiteral("skill"), QStringLiteral("knowledge")}) {
        // Estimates O*NET recommends suppressing are too imprecise to rank; they are named below, not ranked.
        QList<OccupationRating> top;
        for (const OccupationRating& rating : occupation.ratings) {
            if (rating.domain != domain)
                continue;
            if (rating.suppressed)
                hidden.append(rating.name);
            else if (!rating.notRelevant)
                top.append(rating);
        }
        top = top.mid(0, domain == QLatin1String("skill") ? 10 : 6);
        if (top.isEmpty())
            continue;
        page += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(domain == QLatin1String("skill") ? tr("Most important skills (O*NET ratings)")
                                                              : tr("Most important knowledge (O*NET ratings)")));
        page += (gridTable(3, false) + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>"))
                    .arg(esc(domain == QLatin1String("skill") ? tr("Skill") : tr("Knowledge")),
                         esc(tr("Importance (1–5)")), esc(tr("Level (0–7)")));
        for (const OccupationRating& rating : std::as_const(top))
            page += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                        .arg(esc(rating.name), esc(OfficialFigure::number(rating.importance, m_locale)),
                             esc(OfficialFigure::number(rating.level, m_locale)));
        page += QStringLiteral("</table>");
    }
    if (!hidden.isEmpty())
        page += QStringLiteral("<p>%1</p>")
                    .arg(muted(esc(tr("\u2691 Left out: %1 ratings O*NET flags as too imprecise to use (%2).")
                                       .arg(hidden.size())
                                       .arg(hidden.join(QStringLiteral(", "))))));
    return page;
}

QString RolePage::technologies(const Occupation& occupation) const
{
    if (occupation.technologies.isEmpty())
        return {};
    QStringList inDemand;
    QStringList hot;
    for (const OccupationTechnology& technology : occupation.technologies) {
        if (technology.inDemand)
            inDemand.append(esc(technology.example));
        else if (technology.hot)
            hot.append(esc(technology.example));
    }
    QString page = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(esc(tr("Technology")), esc(tr("O*NET lists %1 software and tools used in this occupation.")
                                                           .arg(occupation.technologies.size())));
    QStringList list;
    if (!inDemand.isEmpty())
        list.append(QStringLiteral("<b>%1</b> %2")
                        .arg(esc(tr("In demand for this occupation:")), inDemand.join(QStringLiteral(", "))));
    if (!hot.isEmpty()) {
        const qsizetype more = hot.size() - 40;
        QString text = hot.mid(0, 40).join(QStringLiteral(", "));
        if (more > 0)
            text += esc(tr(" and %1 more").arg(more));
        list.append(QStringLiteral("<b>%1</b> %2").arg(esc(tr("Other hot technologies:")), text));
    }
    return page + items(list);
}

QString RolePage::official(const Occupation& occupation, int headingLevel) const
{
    QString page =
        QStringLiteral("<h%1><a name=\"occ-%2\"></a>%3</h%1>")
            .arg(headingLevel)
            .arg(esc(occupation.socCode), esc(tr("%1 (O*NET-SOC %2)").arg(occupation.title, occupation.socCode)));
    page += html::paragraph(occupation.description);
    if (!occupation.alternateTitles.isEmpty())
        page += QStringLiteral("<p>%1</p>")
                    .arg(muted(esc(
                        tr("Also titled: %1").arg(occupation.alternateTitles.mid(0, 12).join(QStringLiteral(", "))))));
    if (occupation.jobZone.zone > 0)
        page +=
            QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(occupation.jobZone.name), esc(occupation.jobZone.education));
    if (!occupation.tasks.isEmpty()) {
        QStringList core;
        QStringList supplemental;
        for (const OccupationTask& task : occupation.tasks)
            (task.type == QLatin1String("Supplemental") ? supplemental : core).append(esc(task.text));
        page += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Tasks"))) + items(core);
        if (!supplemental.isEmpty())
            page += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Supplemental tasks"))) + items(supplemental);
    }
    page += ratings(occupation);
    page += technologies(occupation);
    page += QStringLiteral("<p>%1</p>").arg(cite(occupation.sourceId));
    return page;
}

QString RolePage::sourceList(const QStringList& sourceIds) const
{
    QStringList seen;
    QStringList list;
    for (const QString& id : sourceIds) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.append(id);
        const auto it = m_sources.constFind(id);
        if (it == m_sources.constEnd()) {
            list.append(esc(id));
            continue;
        }
        QStringList parts{it->publisher, it->author};
        parts.removeAll(QString());
        parts.removeDuplicates();
        QString item = QStringLiteral("<b>%1</b>").arg(esc(it->title));
        if (!parts.isEmpty())
            item += QStringLiteral(" \u2014 ") + esc(parts.join(QStringLiteral(", ")));
        const QString date = it->asOf.isEmpty() ? it->published : it->asOf;
        if (!date.isEmpty())
            item += QLatin1Char(' ') + muted(esc(tr("(%1)").arg(date)));
        list.append(item);
    }
    return items(list) + html::paragraph(tr("Help \u2192 Sources lists every source with its details."));
}

// --- an official occupation on its own ------------------------------------------------------------------------------

QString RolePage::occupation(const Occupation& occupation, const QList<RoleLink>& linkedRoles) const
{
    if (!occupation.isValid())
        return html::paragraph(tr("This occupation is not part of this build's official data."));
    QString page = html::heading(occupation.title, 1);
    page +=
        QStringLiteral("<p>%1</p>").arg(muted(esc(tr("Official occupation, O*NET-SOC %1").arg(occupation.socCode))));
    if (linkedRoles.isEmpty()) {
        page += html::paragraph(tr("No role in this guide is filed under this occupation; what follows is the "
                                   "official data alone."));
    } else {
        QStringList roles;
        for (const RoleLink& role : linkedRoles)
            roles.append(link(QStringLiteral("role"), role.slug, role.name));
        page += QStringLiteral("<p>%1 %2</p>")
                    .arg(esc(tr("Roles in this guide filed under it:")), roles.join(QStringLiteral(", ")));
    }
    RoleData data;
    data.occupations.append(occupation);
    page += glance(data);
    page += official(occupation, 2);
    page += section(QStringLiteral("pay"), tr("Pay"));
    page += wageTable(occupation.wage, occupation.title);
    if (occupation.projection.isValid())
        page += section(QStringLiteral("outlook"), tr("Outlook")) + items({projection(occupation.projection)});
    page += education(data).replace(section(QStringLiteral("education"), tr("Education and ways in")),
                                    section(QStringLiteral("education"), tr("Education")));
    page += related(data);
    return page;
}

// --- two roles side by side -----------------------------------------------------------------------------------------

QString RolePage::comparison(const RoleData& first, const RoleData& second) const
{
    const QString a = first.role.summary.name;
    const QString b = second.role.summary.name;
    const QString diff = QStringLiteral(" class=\"diff\"");
    QString page = html::heading(tr("%1 and %2 side by side").arg(a, b), 1);
    page += QStringLiteral("<p>%1</p>")
                .arg(muted(esc(tr("Shaded cells differ between the two roles. Pick “(nobody)” under "
                                  "“Compare with” to see one role again."))));

    const auto row = [&](const QString& label, const QString& left, const QString& right, bool differs) {
        return QStringLiteral("<tr><th valign=\"top\">%1</th><td valign=\"top\"%4>%2</td><td valign=\"top\"%4>%3</td>"
                              "</tr>")
            .arg(esc(label), left, right, differs ? diff : QString());
    };
    const auto cell = [](const QString& text) { return text.isEmpty() ? QStringLiteral("\u2014") : esc(text); };
    const auto payList = [this](const RoleData& data) {
        QStringList list;
        for (const SalaryFigure& figure : data.pay)
            list.append(payFigure(figure));
        return list.isEmpty() ? esc(tr("No figures in the articles")) : list.join(QStringLiteral("<br/>"));
    };
    const auto outlookList = [this](const RoleData& data) {
        QStringList list;
        for (const RoleOutlook& outlook : data.role.outlooks)
            list.append(esc(tr("%1 over %2")
                                .arg(OfficialFigure::signedPercent(outlook.growthPercent, m_locale), outlook.period)) +
                        QStringLiteral("<br/>") + muted(esc(outlook.source.citation())));
        return list.isEmpty() ? esc(tr("No projection in the articles")) : list.join(QStringLiteral("<br/>"));
    };
    const auto occupationName = [](const RoleData& data) {
        return data.occupations.isEmpty()
                   ? QString()
                   : tr("%1 (%2)").arg(data.occupations.first().title, data.occupations.first().socCode);
    };
    const auto officialCell = [&](const QString& value, const QString& sourceId) {
        if (value.isEmpty())
            return cell(value);
        return QStringLiteral("<b>%1</b><br/>%2").arg(esc(value), muted(esc(citation(sourceId))));
    };
    const auto source = [](const RoleData& data, bool wage) {
        if (data.occupations.isEmpty())
            return QString();
        return wage ? data.occupations.first().wage.sourceId : data.occupations.first().projection.sourceId;
    };

    const auto head = [&](const QString& corner) {
        return QStringLiteral("<tr><th width=\"18%\">%1</th><th width=\"41%\">%2</th><th width=\"41%\">%3</th></tr>")
            .arg(esc(corner), link(QStringLiteral("role"), first.role.summary.slug, a),
                 link(QStringLiteral("role"), second.role.summary.slug, b));
    };
    page += gridTable(5, true) + head(QString());
    page += row(tr("In short"), cell(first.role.summary.summary), cell(second.role.summary.summary), false);
    page += row(tr("Official occupation"), cell(occupationName(first)), cell(occupationName(second)),
                mainBlsCode(first) != mainBlsCode(second));
    const QString payA = medianPay(first);
    const QString payB = medianPay(second);
    page += row(tr("Median pay, U.S. (BLS)"), officialCell(payA, source(first, true)),
                officialCell(payB, source(second, true)), payA != payB);
    const QString growthA = growth(first);
    const QString growthB = growth(second);
    page += row(tr("Job growth 2024–34 (BLS)"), officialCell(growthA, source(first, false)),
                officialCell(growthB, source(second, false)), growthA != growthB);
    const QString educationA = entryEducation(first);
    const QString educationB = entryEducation(second);
    page += row(tr("Typical entry education (BLS)"), officialCell(educationA, source(first, false)),
                officialCell(educationB, source(second, false)), educationA != educationB);
    page += QStringLiteral("</table>");

    const RoleComparison skills(first.role, second.role);
    page += section(QStringLiteral("skills"), tr("Skills"));
    page += html::paragraph(tr("Both need %1 skills; %2 only %3 needs; %4 only %5 needs.")
                                .arg(skills.sharedCount())
                                .arg(skills.firstOnlyCount())
                                .arg(a)
                                .arg(skills.secondOnlyCount())
                                .arg(b));
    page += gridTable(3, true) + head(tr("Skill"));
    const auto importance = [](int value, bool stronger) {
        if (value == 0)
            return esc(tr("not listed"));
        const QString text = esc(SkillTableModel::importanceDots(value) + QLatin1Char(' ') + importanceName(value));
        return stronger ? QStringLiteral("<b>%1</b>").arg(text) : text;
    };
    for (const RoleComparison::SkillRow& skill : skills.skills()) {
        const bool onlyOne = skill.presence() != RoleComparison::Presence::Both;
        const QString name = link(QStringLiteral("skill"), skill.slug, skill.name);
        // Where both need it but weigh it differently, the stronger need is in bold.
        const bool firstStronger = !onlyOne && skill.firstImportance > skill.secondImportance;
        const bool secondStronger = !onlyOne && skill.secondImportance > skill.firstImportance;
        page += QStringLiteral("<tr%4><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(name, importance(skill.firstImportance, firstStronger),
                         importance(skill.secondImportance, secondStronger), onlyOne ? diff : QString());
    }
    page += QStringLiteral("</table>");

    const auto dutyList = [&](const RoleData& data) {
        QStringList list;
        for (const RoleDuty& duty : data.role.duties)
            list.append(esc(duty.text));
        if (list.isEmpty() && !data.occupations.isEmpty()) {
            for (const OccupationTask& task : data.occupations.first().tasks.mid(0, 8))
                list.append(esc(task.text));
            if (!list.isEmpty())
                return muted(esc(tr("No duties in the articles; O*NET's first tasks:"))) + items(list);
        }
        return list.isEmpty() ? cell(QString()) : items(list);
    };
    page += section(QStringLiteral("detail"), tr("Duties, pay and outlook in detail"));
    page += gridTable(5, true) + head(QString());
    page += row(tr("Duties"), dutyList(first), dutyList(second), false);
    page += row(tr("Pay in the articles"), payList(first), payList(second), false);
    page += row(tr("Outlook in the articles"), outlookList(first), outlookList(second), false);
    page += QStringLiteral("</table>");
    return page;
}

} // namespace cg
