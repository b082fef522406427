#include "CareerPageSections.h"

#include "Html.h"
#include "content/OfficialFigure.h"
#include "models/SalaryTableModel.h"
#include "models/SkillTableModel.h"
#include "money/Money.h"

#include <QSet>

#include <algorithm>

namespace cg {

namespace {

// O*NET's education labels carry a long explanation after " - "; the part before it is the level's name.
QString shortLevel(const QString& label)
{
    const qsizetype dash = label.indexOf(QStringLiteral(" - "));
    return dash < 0 ? label : label.left(dash);
}

} // namespace

CareerPageSections::CareerPageSections(const QHash<QString, Source>& sources,
                                       const OccupationProjection& allOccupations, const QPalette& palette,
                                       QLocale locale)
    : m_sources(sources), m_all(allOccupations), m_muted(html::mutedColour(palette)),
      m_rule(html::blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.7)),
      // A faint tint of the selection colour marks differences without fighting the text.
      m_highlight(html::blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.22)),
      m_locale(locale), m_payRange(palette, std::move(locale))
{
}

QString CareerPageSections::gridTable(int padding, bool fullWidth) const
{
    // 99%: a full-width table with collapsed borders is one pixel wider than the page and would scroll sideways.
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"%1\"%2 "
                          "style=\"border-collapse: collapse; border-color: %3;\">")
        .arg(padding)
        .arg(fullWidth ? QStringLiteral(" width=\"99%\"") : QString(), m_rule.name());
}

QString CareerPageSections::styleSheet() const
{
    return QStringLiteral("h1 { margin-bottom: 2px; }"
                          "h2 { margin-top: 18px; margin-bottom: 6px; }"
                          "h3 { margin-top: 12px; margin-bottom: 4px; }"
                          ".muted { color: %1; font-size: small; font-style: normal; }"
                          ".diff { background-color: %2; }"
                          ".flag { font-weight: bold; }"
                          "th { text-align: left; font-weight: bold; }"
                          "td, th { padding: 3px 8px; border-color: %3; border-style: solid; border-width: 1px; }")
        .arg(m_muted.name(), m_highlight.name(), m_rule.name());
}

QString CareerPageSections::importanceName(int importance)
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

QString CareerPageSections::citation(const QString& sourceId) const
{
    const auto it = m_sources.constFind(sourceId);
    if (it == m_sources.constEnd())
        return sourceId;
    const QString asOf = it->asOf.isEmpty() ? it->published : it->asOf;
    return asOf.isEmpty() ? it->title : tr("%1 (as of %2)").arg(it->title, asOf);
}

QString CareerPageSections::cite(const QString& sourceId) const
{
    return html::muted(html::escape(tr("Source: %1").arg(citation(sourceId))));
}

QString CareerPageSections::citeAll(const QStringList& sourceIds) const
{
    QStringList names;
    for (const QString& id : sourceIds) {
        const auto it = m_sources.constFind(id);
        names.append(it == m_sources.constEnd() ? id : (it->publisher.isEmpty() ? it->title : it->publisher));
    }
    names.removeDuplicates();
    if (names.isEmpty())
        return {};
    return html::muted(html::escape(tr("Sources: %1").arg(names.join(QStringLiteral(", ")))));
}

QString CareerPageSections::figureNote(const QString& note, bool doubtful) const
{
    if (note.isEmpty())
        return {};
    if (doubtful)
        return QStringLiteral("<br/><span class=\"flag\">%1</span> %2")
            .arg(html::escape(tr("\u26A0 Doubtful figure:")), html::muted(html::escape(note)));
    return QStringLiteral("<br/>") + html::muted(html::escape(note));
}

QString CareerPageSections::medianPay(const RolePageData& data) const
{
    if (data.occupations.isEmpty() || !data.occupations.first().wage.isValid())
        return {};
    return OfficialFigure::annualWage(data.occupations.first().wage.annualMedian, m_locale);
}

QString CareerPageSections::growth(const RolePageData& data) const
{
    if (data.occupations.isEmpty() || !data.occupations.first().projection.isValid())
        return {};
    return OfficialFigure::signedPercent(data.occupations.first().projection.changePercent, m_locale);
}

QString CareerPageSections::entryEducation(const RolePageData& data) const
{
    if (data.occupations.isEmpty() || !data.occupations.first().projection.isValid())
        return {};
    return data.occupations.first().projection.education;
}

QString CareerPageSections::glance(const RolePageData& data) const
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
        table += QStringLiteral("<th>%1</th>").arg(html::muted(html::escape(head)));
    table += QStringLiteral("</tr><tr>");
    for (const QString& value : std::as_const(values))
        table += QStringLiteral("<td><span style=\"font-size: large\"><b>%1</b></span></td>").arg(html::escape(value));
    table += QStringLiteral("</tr><tr>");
    for (const QString& note : std::as_const(notes))
        table += QStringLiteral("<td>%1</td>").arg(html::muted(html::escape(note)));
    table += QStringLiteral("</tr></table>");
    if (data.role.isValid())
        return table + QStringLiteral("<p>%1</p>")
                           .arg(html::muted(html::escape(tr("Official figures for %1, the main occupation "
                                                            "the guide files this role under.")
                                                             .arg(who))));
    return table;
}

QString CareerPageSections::duties(const RoleDetail& role) const
{
    QString page = html::section(QStringLiteral("duties"), tr("What they do"));
    if (role.duties.isEmpty())
        return page + html::paragraph(tr("The articles describe no duties for this role; see the official tasks "
                                         "below."));
    QStringList list;
    for (const RoleDuty& duty : role.duties) {
        QString item = html::escape(duty.text);
        QStringList skills;
        for (int i = 0; i < duty.skillSlugs.size(); ++i)
            skills.append(html::link(QStringLiteral("skill"), duty.skillSlugs.at(i), duty.skillNames.value(i)));
        QStringList under;
        if (!skills.isEmpty())
            under.append(html::escape(tr("Skills:")) + QLatin1Char(' ') + skills.join(QStringLiteral(", ")));
        if (!duty.sourceIds.isEmpty())
            under.append(citeAll(duty.sourceIds));
        if (!under.isEmpty())
            item += QStringLiteral("<br/><small>%1</small>").arg(under.join(QStringLiteral(" \u00B7 ")));
        list.append(item);
    }
    return page + html::list(list);
}

QString CareerPageSections::skills(const RoleDetail& role) const
{
    QString page = html::section(QStringLiteral("skills"), tr("Skills they need"));
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
                names.append(html::link(QStringLiteral("skill"), skill.skillSlug, skill.skillName));
        }
        if (names.isEmpty())
            continue;
        page += QStringLiteral("<tr><td valign=\"top\" width=\"170\"><b>%1</b><br/>%2</td><td valign=\"top\">%3</td>"
                               "</tr>")
                    .arg(html::escape(importanceName(importance)),
                         html::muted(html::escape(SkillTableModel::importanceDots(importance) + QLatin1Char(' ') +
                                                  tr("%1 of 5").arg(importance))),
                         names.join(QStringLiteral(", ")));
    }
    return page + QStringLiteral("</table>");
}

QString CareerPageSections::payFigure(const SalaryFigure& figure) const
{
    return QStringLiteral("<b>%1</b> %2 \u2014 %3, %4, %5 %6%7")
        .arg(html::escape(Money(figure.amountMinor, figure.currency).format(m_locale)),
             html::escape(SalaryTableModel::periodName(figure.period)),
             html::escape(SalaryTableModel::statisticName(figure.statistic)),
             html::escape(SalaryTableModel::countryName(figure.country)),
             html::escape(SalaryTableModel::experienceName(figure.experience)),
             html::muted(html::escape(tr("Source: %1").arg(figure.source.citation()))),
             figure.doubtful ? figureNote(figure.note, true) : QString());
}

QString CareerPageSections::wageTable(const OccupationWage& wage, const QString& occupationTitle) const
{
    if (!wage.isValid())
        return html::paragraph(tr("BLS publishes no national wage estimate for %1.").arg(occupationTitle));
    QString page =
        QStringLiteral("<h3>%1</h3>").arg(html::escape(tr("%1 (%2), United States").arg(wage.title, wage.occCode)));
    page += payRange(wage);
    page += gridTable(4, false) + QStringLiteral("<tr><th></th>");
    for (const QString& head : {tr("10th percentile"), tr("25th"), tr("Median"), tr("75th"), tr("90th"), tr("Mean")})
        page += QStringLiteral("<th>%1</th>").arg(html::escape(head));
    page += QStringLiteral("</tr>");
    const auto row = [this](const QString& label, const QStringList& values, bool hourly) {
        QString cells = QStringLiteral("<tr><th>%1</th>").arg(html::escape(label));
        for (const QString& value : values)
            cells += QStringLiteral("<td align=\"right\">%1</td>")
                         .arg(html::escape(hourly ? OfficialFigure::hourlyWage(value, m_locale)
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
    page += QStringLiteral("<p>%1<br/>%2</p>")
                .arg(html::muted(html::escape(notes.join(QLatin1Char(' ')))), cite(wage.sourceId));
    return page;
}

QString CareerPageSections::pay(const RolePageData& data) const
{
    QString page = html::section(QStringLiteral("pay"), tr("Pay"));
    if (!data.pay.isEmpty()) {
        page += QStringLiteral("<h3>%1</h3>").arg(html::escape(tr("What the articles report")));
        QStringList list;
        for (const SalaryFigure& figure : data.pay)
            list.append(payFigure(figure));
        page += html::list(list);
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

QString CareerPageSections::projection(const OccupationProjection& projection) const
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
    return html::escape(text) + QStringLiteral("<br/>") + cite(projection.sourceId);
}

QString CareerPageSections::outlook(const RolePageData& data) const
{
    QString page = html::section(QStringLiteral("outlook"), tr("Outlook"));
    QStringList official;
    QSet<QString> shown;
    for (const Occupation& occupation : data.occupations) {
        if (!occupation.projection.isValid() || shown.contains(occupation.projection.occCode))
            continue;
        shown.insert(occupation.projection.occCode);
        official.append(projection(occupation.projection));
    }
    if (!official.isEmpty())
        page +=
            QStringLiteral("<h3>%1</h3>").arg(html::escape(tr("Official projection, 2024–34"))) + html::list(official);
    if (!data.role.outlooks.isEmpty()) {
        QStringList stated;
        for (const RoleOutlook& outlook : data.role.outlooks) {
            QString item = outlookFigure(outlook);
            if (!outlook.comparisonPercent.isEmpty())
                item += html::escape(tr(" (all occupations %1)")
                                         .arg(OfficialFigure::signedPercent(outlook.comparisonPercent, m_locale)));
            item +=
                QStringLiteral("<br/>") + html::muted(html::escape(tr("Source: %1").arg(outlook.source.citation())));
            item += figureNote(outlook.note, outlook.doubtful);
            stated.append(item);
        }
        page += QStringLiteral("<h3>%1</h3>").arg(html::escape(tr("What the articles report"))) + html::list(stated);
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
                               .arg(html::escape(statistic.label), html::escape(value),
                                    html::muted(html::escape(tr("Source: %1").arg(statistic.source.citation()))),
                                    figureNote(statistic.note, statistic.doubtful)));
        }
        page += QStringLiteral("<h3>%1</h3>").arg(html::escape(tr("Other figures"))) + html::list(figures);
    }
    return page;
}

QString CareerPageSections::education(const RolePageData& data, const QString& title) const
{
    QString page = html::section(QStringLiteral("education"), title);
    QStringList facts;
    for (const RoleFact& fact : data.role.facts) {
        if (fact.kind != QLatin1String("education"))
            continue;
        const QString title =
            fact.title.isEmpty() ? QString() : QStringLiteral("<b>%1</b>: ").arg(html::escape(fact.title));
        facts.append(title + html::escape(fact.text) + QStringLiteral("<br/>") + citeAll(fact.sourceIds));
    }
    page += html::list(facts);

    QSet<QString> shown;
    for (const Occupation& occupation : data.occupations) {
        const OccupationProjection& projection = occupation.projection;
        if (projection.isValid() && !shown.contains(projection.occCode)) {
            shown.insert(projection.occCode);
            page +=
                QStringLiteral("<p>%1<br/>%2</p>")
                    .arg(html::escape(tr("%1: typical entry-level education %2; work experience needed: %3; on-the-job "
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
            QString part = html::escape(
                tr("%1 %2").arg(shortLevel(level.label), OfficialFigure::percent(level.percent, m_locale)));
            if (level.suppressed)
                part += QLatin1Char(' ') + html::muted(html::escape(tr("(low precision)")));
            parts.append(part);
        }
        page +=
            QStringLiteral("<p>%1 %2<br/>%3</p>")
                .arg(html::escape(tr("Education of people working as %1, as O*NET surveyed it:").arg(occupation.title)),
                     parts.join(QStringLiteral("; ")), cite(occupation.sourceId));
    }

    if (!data.routes.isEmpty()) {
        page += QStringLiteral("<h3>%1</h3>").arg(html::escape(tr("Ways in the guide describes")));
        QStringList routes;
        for (const EducationRoute& route : data.routes) {
            QString item =
                QStringLiteral("<b>%1</b>: %2").arg(html::escape(route.name), html::escape(route.description));
            if (!route.duration.isEmpty() && !route.duration.startsWith(QLatin1String("Not stated")))
                item += QStringLiteral(" ") + html::muted(html::escape(tr("(%1)").arg(route.duration)));
            item += QStringLiteral("<br/>") + citeAll(route.sourceIds);
            routes.append(item);
        }
        page += html::list(routes);
        page += html::paragraph(tr("The Learning Path tab turns these into ordered steps and a study plan."));
    }
    return page;
}

QString CareerPageSections::facts(const RoleDetail& role) const
{
    const QList<QPair<QString, QString>> kinds{{QStringLiteral("typical-day"), tr("A typical day")},
                                               {QStringLiteral("works-with"), tr("Who they work with")},
                                               {QStringLiteral("workplace"), tr("Where they work")},
                                               {QStringLiteral("work-environment"), tr("Work environment")},
                                               {QStringLiteral("employers"), tr("Who hires them")},
                                               {QStringLiteral("comparison"), tr("How it compares")}};
    QString page = html::section(QStringLiteral("work"), tr("The work"));
    bool any = false;
    for (const auto& [kind, title] : kinds) {
        QStringList list;
        for (const RoleFact& fact : role.facts) {
            if (fact.kind != kind)
                continue;
            const QString name =
                fact.title.isEmpty() ? QString() : QStringLiteral("<b>%1</b>: ").arg(html::escape(fact.title));
            list.append(name + html::escape(fact.text) + QStringLiteral(" ") + citeAll(fact.sourceIds));
        }
        if (list.isEmpty())
            continue;
        any = true;
        page += QStringLiteral("<h3>%1</h3>").arg(html::escape(title)) + html::list(list);
    }
    if (!any)
        page += html::paragraph(tr("The articles say nothing more about the day-to-day work of this role."));
    return page;
}

QString CareerPageSections::related(const RolePageData& data) const
{
    QString page = html::section(QStringLiteral("related"), tr("Related roles"));
    if (!data.role.relatedRoles.isEmpty()) {
        QStringList roles;
        for (const RoleLink& role : data.role.relatedRoles)
            roles.append(html::link(QStringLiteral("role"), role.slug, role.name));
        page +=
            QStringLiteral("<p>%1 %2</p>")
                .arg(html::escape(tr("Filed under the same official occupation:")), roles.join(QStringLiteral(", ")));
    }
    if (!data.occupations.isEmpty() && !data.occupations.first().related.isEmpty()) {
        const Occupation& main = data.occupations.first();
        QStringList list;
        for (const OccupationRelated& related : main.related.mid(0, 10)) {
            list.append(related.available ? html::link(QStringLiteral("occupation"), related.socCode, related.title)
                                          : html::escape(related.title));
        }
        page += QStringLiteral("<p>%1 %2<br/>%3</p>")
                    .arg(html::escape(tr("Occupations O*NET relates to %1, closest first:").arg(main.title)),
                         list.join(QStringLiteral(", ")), cite(main.sourceId));
    }
    if (data.role.relatedRoles.isEmpty() && (data.occupations.isEmpty() || data.occupations.first().related.isEmpty()))
        page += html::paragraph(tr("No related roles are recorded."));
    return page;
}

QString CareerPageSections::ratings(const Occupation& occupation) const
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
        page +=
            QStringLiteral("<p><b>%1</b></p>")
                .arg(html::escape(domain == QLatin1String("skill") ? tr("Most important skills (O*NET ratings)")
                                                                   : tr("Most important knowledge (O*NET ratings)")));
        page += (gridTable(3, false) + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>"))
                    .arg(html::escape(domain == QLatin1String("skill") ? tr("Skill") : tr("Knowledge")),
                         html::escape(tr("Importance (1–5)")), html::escape(tr("Level (0–7)")));
        for (const OccupationRating& rating : std::as_const(top))
            page +=
                QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                    .arg(html::escape(rating.name), html::escape(OfficialFigure::number(rating.importance, m_locale)),
                         html::escape(OfficialFigure::number(rating.level, m_locale)));
        page += QStringLiteral("</table>");
    }
    if (!hidden.isEmpty())
        page += QStringLiteral("<p>%1</p>")
                    .arg(html::muted(
                        html::escape(tr("\u2691 Left out: %1 ratings O*NET flags as too imprecise to use (%2).")
                                         .arg(hidden.size())
                                         .arg(hidden.join(QStringLiteral(", "))))));
    return page;
}

QString CareerPageSections::technologies(const Occupation& occupation) const
{
    if (occupation.technologies.isEmpty())
        return {};
    QStringList inDemand;
    QStringList hot;
    for (const OccupationTechnology& technology : occupation.technologies) {
        if (technology.inDemand)
            inDemand.append(html::escape(technology.example));
        else if (technology.hot)
            hot.append(html::escape(technology.example));
    }
    QString page = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(html::escape(tr("Technology")),
                            html::escape(tr("O*NET lists %1 software and tools used in this occupation.")
                                             .arg(occupation.technologies.size())));
    QStringList list;
    if (!inDemand.isEmpty())
        list.append(QStringLiteral("<b>%1</b> %2")
                        .arg(html::escape(tr("In demand for this occupation:")), inDemand.join(QStringLiteral(", "))));
    if (!hot.isEmpty()) {
        const qsizetype more = hot.size() - 40;
        QString text = hot.mid(0, 40).join(QStringLiteral(", "));
        if (more > 0)
            text += html::escape(tr(" and %1 more").arg(more));
        list.append(QStringLiteral("<b>%1</b> %2").arg(html::escape(tr("Other hot technologies:")), text));
    }
    return page + html::list(list);
}

QString CareerPageSections::official(const Occupation& occupation, int headingLevel) const
{
    QString page = html::section(QStringLiteral("occ-") + occupation.socCode,
                                 tr("%1 (O*NET-SOC %2)").arg(occupation.title, occupation.socCode), headingLevel);
    page += html::paragraph(occupation.description);
    if (!occupation.alternateTitles.isEmpty())
        page += QStringLiteral("<p>%1</p>")
                    .arg(html::muted(html::escape(
                        tr("Also titled: %1").arg(occupation.alternateTitles.mid(0, 12).join(QStringLiteral(", "))))));
    if (!occupation.reportedTitles.isEmpty())
        page += QStringLiteral("<p>%1</p>")
                    .arg(html::muted(html::escape(
                        tr("Titles people report: %1").arg(occupation.reportedTitles.join(QStringLiteral(", "))))));
    if (occupation.jobZone.zone > 0)
        page += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(html::escape(occupation.jobZone.name), html::escape(occupation.jobZone.education));
    if (!occupation.tasks.isEmpty()) {
        QStringList core;
        QStringList supplemental;
        for (const OccupationTask& task : occupation.tasks)
            (task.type == QLatin1String("Supplemental") ? supplemental : core).append(html::escape(task.text));
        page += QStringLiteral("<p><b>%1</b></p>").arg(html::escape(tr("Tasks"))) + html::list(core);
        if (!supplemental.isEmpty())
            page += QStringLiteral("<p><b>%1</b></p>").arg(html::escape(tr("Supplemental tasks"))) +
                    html::list(supplemental);
    }
    page += ratings(occupation);
    page += technologies(occupation);
    page += QStringLiteral("<p>%1</p>").arg(cite(occupation.sourceId));
    return page;
}

QString CareerPageSections::sourceList(const QStringList& sourceIds) const
{
    QStringList seen;
    QStringList list;
    for (const QString& id : sourceIds) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.append(id);
        const auto it = m_sources.constFind(id);
        if (it == m_sources.constEnd()) {
            list.append(html::escape(id));
            continue;
        }
        QStringList parts{it->publisher, it->author};
        parts.removeAll(QString());
        parts.removeDuplicates();
        QString item = QStringLiteral("<b>%1</b>").arg(html::escape(it->title));
        if (!parts.isEmpty())
            item += QStringLiteral(" \u2014 ") + html::escape(parts.join(QStringLiteral(", ")));
        const QString date = it->asOf.isEmpty() ? it->published : it->asOf;
        if (!date.isEmpty())
            item += QLatin1Char(' ') + html::muted(html::escape(tr("(%1)").arg(date)));
        list.append(item);
    }
    return html::list(list) + html::paragraph(tr("Help \u2192 Sources lists every source with its details."));
}

QString CareerPageSections::outlookFigure(const RoleOutlook& outlook) const
{
    return html::escape(
        tr("%1 over %2").arg(OfficialFigure::signedPercent(outlook.growthPercent, m_locale), outlook.period));
}

} // namespace cg
