#include "RoleComparisonDocument.h"

#include "CareerPageSections.h"
#include "Html.h"
#include "compare/RoleComparison.h"
#include "models/SkillTableModel.h"

namespace cg {

namespace {

QString mainBlsCode(const RolePageData& data)
{
    return data.occupations.isEmpty() ? QString() : Occupation::blsCode(data.occupations.first().socCode);
}

} // namespace

QString RoleComparisonDocument::html(const RolePageData& first, const RolePageData& second,
                                     const CareerPageSections& sections)
{
    const QString a = first.role.summary.name;
    const QString b = second.role.summary.name;
    const QString diff = QStringLiteral(" class=\"diff\"");
    QString page = html::heading(tr("%1 and %2 side by side").arg(a, b), 1);
    page += QStringLiteral("<p>%1</p>")
                .arg(html::muted(html::escape(tr("Shaded cells differ between the two roles. Pick “(nobody)” under "
                                                 "“Compare with” to see one role again."))));

    const auto row = [&](const QString& label, const QString& left, const QString& right, bool differs) {
        return QStringLiteral("<tr><th valign=\"top\">%1</th><td valign=\"top\"%4>%2</td><td valign=\"top\"%4>%3</td>"
                              "</tr>")
            .arg(html::escape(label), left, right, differs ? diff : QString());
    };
    const auto cell = [](const QString& text) {
        return text.isEmpty() ? QStringLiteral("\u2014") : html::escape(text);
    };
    const auto payList = [&sections](const RolePageData& data) {
        QStringList list;
        for (const SalaryFigure& figure : data.pay)
            list.append(sections.payFigure(figure));
        return list.isEmpty() ? html::escape(tr("No figures in the articles")) : list.join(QStringLiteral("<br/>"));
    };
    const auto outlookList = [&sections](const RolePageData& data) {
        QStringList list;
        for (const RoleOutlook& outlook : data.role.outlooks)
            list.append(sections.outlookFigure(outlook) + QStringLiteral("<br/>") +
                        html::muted(html::escape(outlook.source.citation())));
        return list.isEmpty() ? html::escape(tr("No projection in the articles")) : list.join(QStringLiteral("<br/>"));
    };
    const auto occupationName = [](const RolePageData& data) {
        return data.occupations.isEmpty()
                   ? QString()
                   : tr("%1 (%2)").arg(data.occupations.first().title, data.occupations.first().socCode);
    };
    const auto officialCell = [&](const QString& value, const QString& sourceId) {
        if (value.isEmpty())
            return cell(value);
        return QStringLiteral("<b>%1</b><br/>%2")
            .arg(html::escape(value), html::muted(html::escape(sections.citation(sourceId))));
    };
    const auto source = [](const RolePageData& data, bool wage) {
        if (data.occupations.isEmpty())
            return QString();
        return wage ? data.occupations.first().wage.sourceId : data.occupations.first().projection.sourceId;
    };

    const auto head = [&](const QString& corner) {
        return QStringLiteral("<tr><th width=\"18%\">%1</th><th width=\"41%\">%2</th><th width=\"41%\">%3</th></tr>")
            .arg(html::escape(corner), html::link(QStringLiteral("role"), first.role.summary.slug, a),
                 html::link(QStringLiteral("role"), second.role.summary.slug, b));
    };
    page += sections.gridTable(5, true) + head(QString());
    page += row(tr("In short"), cell(first.role.summary.summary), cell(second.role.summary.summary), false);
    page += row(tr("Official occupation"), cell(occupationName(first)), cell(occupationName(second)),
                mainBlsCode(first) != mainBlsCode(second));
    const QString payA = sections.medianPay(first);
    const QString payB = sections.medianPay(second);
    page += row(tr("Median pay, U.S. (BLS)"), officialCell(payA, source(first, true)),
                officialCell(payB, source(second, true)), payA != payB);
    const QString growthA = sections.growth(first);
    const QString growthB = sections.growth(second);
    page += row(tr("Job growth 2024–34 (BLS)"), officialCell(growthA, source(first, false)),
                officialCell(growthB, source(second, false)), growthA != growthB);
    const QString educationA = sections.entryEducation(first);
    const QString educationB = sections.entryEducation(second);
    page += row(tr("Typical entry education (BLS)"), officialCell(educationA, source(first, false)),
                officialCell(educationB, source(second, false)), educationA != educationB);
    page += QStringLiteral("</table>");

    const RoleComparison skills(first.role, second.role);
    page += html::section(QStringLiteral("skills"), tr("Skills"));
    page += html::paragraph(tr("Both need %1 skills; %2 only %3 needs; %4 only %5 needs.")
                                .arg(skills.sharedCount())
                                .arg(skills.firstOnlyCount())
                                .arg(a)
                                .arg(skills.secondOnlyCount())
                                .arg(b));
    page += sections.gridTable(3, true) + head(tr("Skill"));
    const auto importance = [](int value, bool stronger) {
        if (value == 0)
            return html::escape(tr("not listed"));
        const QString text = html::escape(SkillTableModel::importanceDots(value) + QLatin1Char(' ') +
                                          CareerPageSections::importanceName(value));
        return stronger ? QStringLiteral("<b>%1</b>").arg(text) : text;
    };
    for (const RoleComparison::SkillRow& skill : skills.skills()) {
        const bool onlyOne = skill.presence() != RoleComparison::Presence::Both;
        const QString name = html::link(QStringLiteral("skill"), skill.slug, skill.name);
        // Where both need it but weigh it differently, the stronger need is in bold.
        const bool firstStronger = !onlyOne && skill.firstImportance > skill.secondImportance;
        const bool secondStronger = !onlyOne && skill.secondImportance > skill.firstImportance;
        page += QStringLiteral("<tr%4><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(name, importance(skill.firstImportance, firstStronger),
                         importance(skill.secondImportance, secondStronger), onlyOne ? diff : QString());
    }
    page += QStringLiteral("</table>");

    const auto dutyList = [&](const RolePageData& data) {
        QStringList list;
        for (const RoleDuty& duty : data.role.duties)
            list.append(html::escape(duty.text));
        if (list.isEmpty() && !data.occupations.isEmpty()) {
            for (const OccupationTask& task : data.occupations.first().tasks.mid(0, 8))
                list.append(html::escape(task.text));
            if (!list.isEmpty())
                return html::muted(html::escape(tr("No duties in the articles; O*NET's first tasks:"))) +
                       html::list(list);
        }
        return list.isEmpty() ? cell(QString()) : html::list(list);
    };
    page += html::section(QStringLiteral("detail"), tr("Duties, pay and outlook in detail"));
    page += sections.gridTable(5, true) + head(QString());
    page += row(tr("Duties"), dutyList(first), dutyList(second), false);
    page += row(tr("Pay in the articles"), payList(first), payList(second), false);
    page += row(tr("Outlook in the articles"), outlookList(first), outlookList(second), false);
    page += QStringLiteral("</table>");
    return page;
}

} // namespace cg
