#include "RoleComparisonDocument.h"

#include "CareerPageSections.h"
#include "Html.h"
#include "compare/GrowthCategory.h"
#include "compare/OccupationComparison.h"
#include "compare/RoleComparison.h"
#include "content/OfficialFigure.h"
#include "models/SkillTableModel.h"

#include <cmath>
#include <optional>

namespace cg {

namespace {

// One side of the comparison: a curated role, whose main occupation (if it has one) supplies the official figures,
// or an official occupation alone (no role, exactly one occupation).
struct Side
{
    const RolePageData* data = nullptr;
    bool isRole = false;
    QString name;
    QString scheme;
    QString ref;
    const Occupation* main = nullptr;
};

Side sideOf(const RolePageData& data)
{
    Side side;
    side.data = &data;
    side.isRole = data.role.isValid();
    side.main = data.occupations.isEmpty() ? nullptr : &data.occupations.first();
    if (side.isRole) {
        side.name = data.role.summary.name;
        side.scheme = QStringLiteral("role");
        side.ref = data.role.summary.slug;
    } else if (side.main != nullptr) {
        side.name = side.main->title;
        side.scheme = QStringLiteral("occupation");
        side.ref = side.main->socCode;
    }
    return side;
}

QString mainBlsCode(const Side& side)
{
    return side.main == nullptr ? QString() : Occupation::blsCode(side.main->socCode);
}

// A published figure as a number for comparing which is higher; '#' stands at the top of the OEWS range.
std::optional<double> comparable(const QString& raw, const char* ceiling = OfficialFigure::AnnualCeiling)
{
    if (raw.trimmed() == QLatin1String("#") || raw.trimmed() == QLatin1String(">=$239,200"))
        return QString::fromLatin1(ceiling).toDouble();
    if (!OfficialFigure::isNumber(raw))
        return std::nullopt;
    return raw.trimmed().toDouble();
}

// Importances closer than this on O*NET's 1-5 scale are treated as alike.
constexpr double ImportanceStep = 0.5;

} // namespace

QString RoleComparisonDocument::html(const RolePageData& first, const RolePageData& second,
                                     const CareerPageSections& sections)
{
    const Side sideA = sideOf(first);
    const Side sideB = sideOf(second);
    const QString a = sideA.name;
    const QString b = sideB.name;
    const QString diff = QStringLiteral(" class=\"diff\"");
    QString page = html::heading(tr("%1 and %2 side by side").arg(a, b), 1);
    page += QStringLiteral("<p>%1</p>")
                .arg(html::muted(html::escape(tr("Shaded cells differ between the two careers and are marked “≠”; "
                                                 "“▲ higher” marks the larger figure. Pick “(nobody)” under "
                                                 "“Compare with” to see one career again."))));

    const QString differsMark = QStringLiteral("<br/><small>%1</small>").arg(html::escape(tr("\u2260 differs")));
    const auto row = [&](const QString& label, const QString& left, const QString& right, bool differs) {
        return QStringLiteral("<tr><th valign=\"top\">%1%5</th><td valign=\"top\"%4>%2</td><td valign=\"top\"%4>%3</td>"
                              "</tr>")
            .arg(html::escape(label), left, right, differs ? diff : QString(), differs ? differsMark : QString());
    };
    const auto cell = [](const QString& text) {
        return text.isEmpty() ? QStringLiteral("\u2014") : html::escape(text);
    };
    const auto missing = [](const QString& text) { return html::muted(html::escape(text)); };
    const QString higher = QStringLiteral(" <small><b>%1</b></small>").arg(html::escape(tr("\u25B2 higher")));
    // Which side, if either, has the larger of two published figures.
    const auto higherMarks = [&](const QString& left, const QString& right, const char* ceiling) {
        const std::optional<double> x = comparable(left, ceiling);
        const std::optional<double> y = comparable(right, ceiling);
        if (!x || !y || *x == *y)
            return std::pair<QString, QString>();
        return *x > *y ? std::pair<QString, QString>(higher, QString())
                       : std::pair<QString, QString>(QString(), higher);
    };
    const auto officialCell = [&](const QString& value, const QString& sourceId, const QString& extra = QString()) {
        if (value.isEmpty())
            return cell(value);
        return QStringLiteral("<b>%1</b>%2<br/>%3")
            .arg(html::escape(value), extra, html::muted(html::escape(sections.citation(sourceId))));
    };
    const auto noOccupation = [&](const Side& side) {
        return missing(side.isRole ? tr("The guide links this role to no official occupation.")
                                   : tr("Not an occupation of this build."));
    };

    const auto head = [&](const QString& corner) {
        return QStringLiteral("<tr><th width=\"18%\">%1</th><th width=\"41%\">%2</th><th width=\"41%\">%3</th></tr>")
            .arg(html::escape(corner), html::link(sideA.scheme, sideA.ref, a), html::link(sideB.scheme, sideB.ref, b));
    };
    page += sections.gridTable(5, true) + head(QString());

    const auto kind = [](const Side& side) {
        return side.isRole ? html::escape(tr("Curated role: the guide's articles and official data"))
                           : html::escape(tr("Official occupation: O*NET and BLS data only"));
    };
    page += row(tr("Kind"), kind(sideA), kind(sideB), sideA.isRole != sideB.isRole);
    const auto inShort = [&](const Side& side) {
        if (side.isRole)
            return cell(side.data->role.summary.summary);
        return side.main == nullptr ? cell(QString()) : cell(side.main->description);
    };
    page += row(tr("In short"), inShort(sideA), inShort(sideB), false);
    const auto occupationName = [&](const Side& side) {
        return side.main == nullptr ? noOccupation(side)
                                    : html::escape(tr("%1 (%2)").arg(side.main->title, side.main->socCode));
    };
    page += row(tr("Official occupation"), occupationName(sideA), occupationName(sideB),
                mainBlsCode(sideA) != mainBlsCode(sideB));

    // Pay: the median with its mark, then the range chart of the percentiles.
    const auto wageOf = [](const Side& side) { return side.main == nullptr ? OccupationWage() : side.main->wage; };
    const OccupationWage wageA = wageOf(sideA);
    const OccupationWage wageB = wageOf(sideB);
    const auto percentiles = [](const OccupationWage& wage) {
        return QStringList{wage.annualP10, wage.annualP25, wage.annualMedian,
                           wage.annualP75, wage.annualP90, wage.hourlyMedian};
    };
    const auto [payMarkA, payMarkB] =
        higherMarks(wageA.annualMedian, wageB.annualMedian, OfficialFigure::AnnualCeiling);
    const auto payCell = [&](const Side& side, const OccupationWage& wage, const QString& mark) {
        if (side.main == nullptr)
            return noOccupation(side);
        if (!wage.isValid())
            return missing(tr("No estimate: BLS publishes no national wage estimate for this occupation."));
        const QString median = sections.medianPay(*side.data);
        return QStringLiteral("<b>%1</b>%2%3%4")
            .arg(html::escape(median.isEmpty() ? tr("no estimate") : median), mark, sections.payRange(wage),
                 html::muted(html::escape(sections.citation(wage.sourceId))));
    };
    page +=
        row(tr("Median pay and range, U.S. (BLS)"), payCell(sideA, wageA, payMarkA), payCell(sideB, wageB, payMarkB),
            wageA.isValid() != wageB.isValid() || percentiles(wageA) != percentiles(wageB));

    // Employment, growth and openings from Employment Projections 2024-34.
    const auto projectionOf = [](const Side& side) {
        return side.main == nullptr ? OccupationProjection() : side.main->projection;
    };
    const OccupationProjection projectionA = projectionOf(sideA);
    const OccupationProjection projectionB = projectionOf(sideB);
    const auto noProjection = [&](const Side& side) {
        return side.main == nullptr ? noOccupation(side)
                                    : missing(tr("No projection: BLS projects no figures for this occupation."));
    };
    const auto projectionRow = [&](const QString& label, const QString& (*field)(const OccupationProjection&),
                                   bool markHigher) {
        const QString x = field(projectionA);
        const QString y = field(projectionB);
        const auto [markA, markB] =
            markHigher ? higherMarks(x, y, OfficialFigure::AnnualCeiling) : std::pair<QString, QString>();
        const auto one = [&](const Side& side, const OccupationProjection& projection, const QString& value,
                             const QString& mark) {
            if (!projection.isValid())
                return noProjection(side);
            return officialCell(OfficialFigure::thousands(value, sections.locale()), projection.sourceId, mark);
        };
        return row(label, one(sideA, projectionA, x, markA), one(sideB, projectionB, y, markB),
                   projectionA.isValid() != projectionB.isValid() || x != y);
    };
    page += projectionRow(
        tr("Employment, 2024 (BLS)"), [](const OccupationProjection& p) -> const QString& { return p.employment2024; },
        true);

    const auto growthCell = [&](const Side& side, const OccupationProjection& projection, const QString& mark) {
        if (!projection.isValid())
            return noProjection(side);
        const QString words = GrowthCategory::name(GrowthCategory::of(projection.changePercent));
        const QString value = OfficialFigure::signedPercent(projection.changePercent, sections.locale());
        return officialCell(words.isEmpty() ? value : tr("%1, %2").arg(value, words), projection.sourceId, mark);
    };
    const QString growthA = sections.growth(first);
    const QString growthB = sections.growth(second);
    const auto [growthMarkA, growthMarkB] =
        higherMarks(projectionA.changePercent, projectionB.changePercent, OfficialFigure::AnnualCeiling);
    page += row(tr("Job growth 2024–34 (BLS)"), growthCell(sideA, projectionA, growthMarkA),
                growthCell(sideB, projectionB, growthMarkB), growthA != growthB);
    page += projectionRow(
        tr("Openings a year, 2024–34 (BLS)"),
        [](const OccupationProjection& p) -> const QString& { return p.openings; }, true);

    const auto zoneCell = [&](const Side& side) {
        if (side.main == nullptr)
            return noOccupation(side);
        if (side.main->jobZone.zone <= 0)
            return missing(tr("No job zone in this release of O*NET."));
        return officialCell(tr("Job zone %1 of 5").arg(side.main->jobZone.zone), side.main->sourceId,
                            QStringLiteral("<br/>") + html::escape(side.main->jobZone.name));
    };
    const auto zoneOf = [](const Side& side) { return side.main == nullptr ? -1 : side.main->jobZone.zone; };
    page += row(tr("Preparation (O*NET job zone)"), zoneCell(sideA), zoneCell(sideB), zoneOf(sideA) != zoneOf(sideB));

    const QString educationA = sections.entryEducation(first);
    const QString educationB = sections.entryEducation(second);
    const auto educationCell = [&](const Side& side, const OccupationProjection& projection) {
        if (!projection.isValid())
            return noProjection(side);
        return officialCell(projection.education, projection.sourceId);
    };
    page += row(tr("Typical entry education (BLS)"), educationCell(sideA, projectionA),
                educationCell(sideB, projectionB), educationA != educationB);
    page += QStringLiteral("</table>");

    // The guide's own skill lists exist for curated roles.
    page += html::section(QStringLiteral("skills"), tr("Skills"));
    if (sideA.isRole && sideB.isRole) {
        const RoleComparison skills(first.role, second.role);
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
            QString name = html::link(QStringLiteral("skill"), skill.slug, skill.name);
            if (onlyOne)
                name += differsMark;
            // Where both need it but weigh it differently, the stronger need is in bold.
            const bool firstStronger = !onlyOne && skill.firstImportance > skill.secondImportance;
            const bool secondStronger = !onlyOne && skill.secondImportance > skill.firstImportance;
            page += QStringLiteral("<tr%4><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(name, importance(skill.firstImportance, firstStronger),
                             importance(skill.secondImportance, secondStronger), onlyOne ? diff : QString());
        }
        page += QStringLiteral("</table>");
    } else {
        page += html::paragraph(tr("The guide lists its own skills for curated roles only; O*NET's ratings below "
                                   "compare both sides."));
    }

    // O*NET's ratings of the main occupations, element by element.
    page += html::section(QStringLiteral("ratings"), tr("O*NET skills and knowledge"));
    const auto unrated = [&](const Side& side) -> QString {
        if (side.main == nullptr)
            return tr("%1: no official occupation, so no O*NET ratings.").arg(side.name);
        if (!side.main->rated)
            return tr("%1 (%2): skills and knowledge not rated in this release of O*NET (29.3).")
                .arg(side.main->title, side.main->socCode);
        return {};
    };
    const QString unratedA = unrated(sideA);
    const QString unratedB = unrated(sideB);
    if (!unratedA.isEmpty() || !unratedB.isEmpty()) {
        for (const QString& note : {unratedA, unratedB}) {
            if (!note.isEmpty())
                page += html::paragraph(note);
        }
        page += html::paragraph(tr("Ratings are compared only when both sides have them."));
    } else if (sideA.main->socCode == sideB.main->socCode) {
        page += html::paragraph(tr("Both are filed under %1, so O*NET's ratings are the same; its page lists them.")
                                    .arg(sideA.main->title));
    } else {
        const OccupationComparison official(*sideA.main, *sideB.main);
        page += html::paragraph(
            tr("Importance on O*NET's scale of 1 to 5. Each side's %1 most important skills and %2 most important "
               "knowledge areas are listed; shaded rows are among one side's most important only, or differ by "
               "half a point or more.")
                .arg(OccupationComparison::TopSkills)
                .arg(OccupationComparison::TopKnowledge));
        for (const QString& domain : {QStringLiteral("skill"), QStringLiteral("knowledge")}) {
            const QList<OccupationComparison::RatingRow>& rows = official.ratings(domain);
            if (rows.isEmpty())
                continue;
            page += sections.gridTable(3, true) +
                    head(domain == QLatin1String("skill") ? tr("O*NET skill") : tr("O*NET knowledge"));
            for (const OccupationComparison::RatingRow& rating : rows) {
                const auto [markA, markB] =
                    std::abs(rating.firstImportance.toDouble() - rating.secondImportance.toDouble()) >= ImportanceStep
                        ? higherMarks(rating.firstImportance, rating.secondImportance, "5")
                        : std::pair<QString, QString>();
                const bool differs = !rating.shared() || !markA.isEmpty() || !markB.isEmpty();
                QString name = html::escape(rating.name);
                if (!rating.shared())
                    name += QStringLiteral("<br/><small>%1</small>")
                                .arg(html::escape(
                                    tr("\u2260 among the most important of %1 only").arg(rating.firstTop ? a : b)));
                else if (differs)
                    name += differsMark;
                const auto value = [&](const QString& importance, const QString& mark) {
                    if (importance.isEmpty())
                        return missing(tr("no usable rating"));
                    return html::escape(tr("%1 of 5").arg(OfficialFigure::number(importance, sections.locale()))) +
                           mark;
                };
                page += QStringLiteral("<tr%4><td>%1</td><td>%2</td><td>%3</td></tr>")
                            .arg(name, value(rating.firstImportance, markA), value(rating.secondImportance, markB),
                                 differs ? diff : QString());
            }
            page += QStringLiteral("</table>");
        }
        page += QStringLiteral("<p>%1</p>").arg(sections.cite(sideA.main->sourceId));
    }

    // Technologies both list as Hot or In Demand.
    page += html::section(QStringLiteral("technology"), tr("Technology in common"));
    if (sideA.main == nullptr || sideB.main == nullptr) {
        page += html::paragraph(tr("Technology is compared through the official occupations; one side has none."));
    } else if (sideA.main->socCode == sideB.main->socCode) {
        page += html::paragraph(
            tr("Both are filed under %1, so O*NET lists the same technology for both.").arg(sideA.main->title));
    } else {
        const OccupationComparison official(*sideA.main, *sideB.main);
        QStringList items;
        for (const OccupationComparison::TechnologyRow& technology : official.commonTechnologies()) {
            QString item = html::escape(technology.example);
            if (technology.firstInDemand && technology.secondInDemand)
                item += QLatin1Char(' ') + html::muted(html::escape(tr("(in demand for both)")));
            else if (technology.firstInDemand || technology.secondInDemand)
                item += QLatin1Char(' ') +
                        html::muted(html::escape(tr("(in demand for %1)").arg(technology.firstInDemand ? a : b)));
            items.append(item);
        }
        if (items.isEmpty())
            page += html::paragraph(tr("O*NET lists no Hot or In Demand technology for both."));
        else
            page +=
                QStringLiteral("<p>%1 %2</p>")
                    .arg(html::escape(tr("Hot or In Demand technologies O*NET lists for both (%1):").arg(items.size())),
                         items.join(QStringLiteral(", ")));
        page += html::paragraph(tr("Only %1: %2 more; only %3: %4 more.")
                                    .arg(a)
                                    .arg(official.firstOnlyTechnologies())
                                    .arg(b)
                                    .arg(official.secondOnlyTechnologies()));
        page += QStringLiteral("<p>%1</p>").arg(sections.cite(sideA.main->sourceId));
    }

    const auto payList = [&sections](const Side& side) {
        if (!side.isRole)
            return html::escape(tr("An official occupation: no article figures; see the official pay above."));
        QStringList list;
        for (const SalaryFigure& figure : side.data->pay)
            list.append(sections.payFigure(figure));
        return list.isEmpty() ? html::escape(tr("No figures in the articles")) : list.join(QStringLiteral("<br/>"));
    };
    const auto outlookList = [&sections](const Side& side) {
        if (!side.isRole)
            return html::escape(tr("An official occupation: no article projection; see the official growth above."));
        QStringList list;
        for (const RoleOutlook& outlook : side.data->role.outlooks)
            list.append(sections.outlookFigure(outlook) + QStringLiteral("<br/>") +
                        html::muted(html::escape(outlook.source.citation())));
        return list.isEmpty() ? html::escape(tr("No projection in the articles")) : list.join(QStringLiteral("<br/>"));
    };
    const auto dutyList = [&](const Side& side) {
        QStringList list;
        for (const RoleDuty& duty : side.data->role.duties)
            list.append(html::escape(duty.text));
        if (list.isEmpty() && side.main != nullptr) {
            for (const OccupationTask& task : side.main->tasks.mid(0, 8))
                list.append(html::escape(task.text));
            if (!list.isEmpty())
                return html::muted(html::escape(side.isRole ? tr("No duties in the articles; O*NET's first tasks:")
                                                            : tr("O*NET's first tasks:"))) +
                       html::list(list);
        }
        return list.isEmpty() ? cell(QString()) : html::list(list);
    };
    page += html::section(QStringLiteral("detail"), tr("Duties, pay and outlook in detail"));
    page += sections.gridTable(5, true) + head(QString());
    page += row(tr("Duties"), dutyList(sideA), dutyList(sideB), false);
    page += row(tr("Pay in the articles"), payList(sideA), payList(sideB), false);
    page += row(tr("Outlook in the articles"), outlookList(sideA), outlookList(sideB), false);
    page += QStringLiteral("</table>");
    return page;
}

} // namespace cg
