#include "RoleComparisonDocument.h"

#include "CareerPageSections.h"
#include "Html.h"
#include "compare/OccupationComparison.h"
#include "compare/RoleComparison.h"
#include "content/GrowthCategory.h"
#include "content/OfficialFigure.h"
#include "models/SkillTableModel.h"

#include <cmath>
#include <optional>
#include <utility>

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

    OccupationWage wage() const { return main == nullptr ? OccupationWage() : main->wage; }
    OccupationProjection projection() const { return main == nullptr ? OccupationProjection() : main->projection; }
    QString blsCode() const { return main == nullptr ? QString() : Occupation::blsCode(main->socCode); }
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

// A published figure as a number for comparing which is higher; '#' stands at the top of the OEWS range.
std::optional<double> comparable(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text == QLatin1String("#") || text == QLatin1String(">=$239,200"))
        return QString::fromLatin1(OfficialFigure::AnnualCeiling).toDouble();
    if (!OfficialFigure::isNumber(text))
        return std::nullopt;
    return text.toDouble();
}

// Importances closer than this on O*NET's 1-5 scale are treated as alike.
constexpr double ImportanceStep = 0.5;

using Marks = std::pair<QString, QString>; // what follows the first and the second side's figure

// Writes the comparison part by part over the two sides and the shared page sections.
class ComparisonWriter final
{
    Q_DECLARE_TR_FUNCTIONS(cg::RolePage)

public:
    ComparisonWriter(const RolePageData& first, const RolePageData& second, const CareerPageSections& sections)
        : m_first(first), m_second(second), m_a(sideOf(first)), m_b(sideOf(second)), m_sections(sections)
    {
    }

    QString page() const
    {
        QString page = html::heading(tr("%1 and %2 side by side").arg(m_a.name, m_b.name), 1);
        page += QStringLiteral("<p>%1</p>")
                    .arg(html::muted(html::escape(tr("Shaded cells differ between the two careers and are marked "
                                                     "“≠”; “▲ higher” marks the larger figure. Pick “(nobody)” under "
                                                     "“Compare with” to see one career again."))));
        return page + figures() + curatedSkills() + officialRatings() + technologies() + details();
    }

private:
    static QString diff() { return QStringLiteral(" class=\"diff\""); }
    static QString differsMark()
    {
        return QStringLiteral("<br/><small>%1</small>").arg(html::escape(tr("\u2260 differs")));
    }
    static QString cell(const QString& text) { return text.isEmpty() ? QStringLiteral("\u2014") : html::escape(text); }
    static QString missing(const QString& text) { return html::muted(html::escape(text)); }

    QString head(const QString& corner) const
    {
        return QStringLiteral("<tr><th width=\"18%\">%1</th><th width=\"41%\">%2</th><th width=\"41%\">%3</th></tr>")
            .arg(html::escape(corner), html::link(m_a.scheme, m_a.ref, m_a.name),
                 html::link(m_b.scheme, m_b.ref, m_b.name));
    }

    static QString row(const QString& label, const QString& left, const QString& right, bool differs)
    {
        return QStringLiteral("<tr><th valign=\"top\">%1%5</th><td valign=\"top\"%4>%2</td><td valign=\"top\"%4>%3</td>"
                              "</tr>")
            .arg(html::escape(label), left, right, differs ? diff() : QString(), differs ? differsMark() : QString());
    }

    // Which side, if either, has the larger of two published figures.
    static Marks higherMarks(const QString& left, const QString& right)
    {
        const std::optional<double> x = comparable(left);
        const std::optional<double> y = comparable(right);
        if (!x || !y || *x == *y)
            return {};
        const QString higher = QStringLiteral(" <small><b>%1</b></small>").arg(html::escape(tr("\u25B2 higher")));
        return *x > *y ? Marks(higher, QString()) : Marks(QString(), higher);
    }

    QString officialCell(const QString& value, const QString& sourceId, const QString& extra = QString()) const
    {
        if (value.isEmpty())
            return cell(value);
        return QStringLiteral("<b>%1</b>%2<br/>%3")
            .arg(html::escape(value), extra, html::muted(html::escape(m_sections.citation(sourceId))));
    }

    static QString noOccupation(const Side& side)
    {
        return missing(side.isRole ? tr("The guide links this role to no official occupation.")
                                   : tr("Not an occupation of this build."));
    }

    static QString noProjection(const Side& side)
    {
        return side.main == nullptr ? noOccupation(side)
                                    : missing(tr("No projection: BLS projects no figures for this occupation."));
    }

    // The main table: what each side is and its official figures.
    QString figures() const
    {
        QString page = m_sections.gridTable(5, true) + head(QString());
        const auto kind = [](const Side& side) {
            return side.isRole ? html::escape(tr("Curated role: the guide's articles and official data"))
                               : html::escape(tr("Official occupation: O*NET and BLS data only"));
        };
        page += row(tr("Kind"), kind(m_a), kind(m_b), m_a.isRole != m_b.isRole);
        const auto inShort = [](const Side& side) {
            if (side.isRole)
                return cell(side.data->role.summary.summary);
            return side.main == nullptr ? cell(QString()) : cell(side.main->description);
        };
        page += row(tr("In short"), inShort(m_a), inShort(m_b), false);
        const auto occupationName = [](const Side& side) {
            return side.main == nullptr ? noOccupation(side)
                                        : html::escape(tr("%1 (%2)").arg(side.main->title, side.main->socCode));
        };
        page +=
            row(tr("Official occupation"), occupationName(m_a), occupationName(m_b), m_a.blsCode() != m_b.blsCode());
        page += pay();
        page += projectionRow(tr("Employment, 2024 (BLS)"), &OccupationProjection::employment2024);
        page += growth();
        page += projectionRow(tr("Openings a year, 2024–34 (BLS)"), &OccupationProjection::openings);
        page += jobZone();
        page += education();
        return page + QStringLiteral("</table>");
    }

    // The median with its mark, then the range chart of the percentiles.
    QString pay() const
    {
        const OccupationWage wageA = m_a.wage();
        const OccupationWage wageB = m_b.wage();
        const auto percentiles = [](const OccupationWage& wage) {
            return QStringList{wage.annualP10, wage.annualP25, wage.annualMedian,
                               wage.annualP75, wage.annualP90, wage.hourlyMedian};
        };
        const auto one = [this](const Side& side, const OccupationWage& wage, const QString& mark) {
            if (side.main == nullptr)
                return noOccupation(side);
            if (!wage.isValid())
                return missing(tr("No estimate: BLS publishes no national wage estimate for this occupation."));
            const QString median = m_sections.medianPay(*side.data);
            return QStringLiteral("<b>%1</b>%2%3%4")
                .arg(html::escape(median.isEmpty() ? tr("no estimate") : median), mark, m_sections.payRange(wage),
                     html::muted(html::escape(m_sections.citation(wage.sourceId))));
        };
        const Marks marks = higherMarks(wageA.annualMedian, wageB.annualMedian);
        return row(tr("Median pay and range, U.S. (BLS)"), one(m_a, wageA, marks.first), one(m_b, wageB, marks.second),
                   wageA.isValid() != wageB.isValid() || percentiles(wageA) != percentiles(wageB));
    }

    // A count from Employment Projections 2024-34 (in thousands there), the larger one marked.
    QString projectionRow(const QString& label, QString OccupationProjection::*field) const
    {
        const OccupationProjection projectionA = m_a.projection();
        const OccupationProjection projectionB = m_b.projection();
        const QString x = projectionA.*field;
        const QString y = projectionB.*field;
        const Marks marks = higherMarks(x, y);
        const auto one = [this](const Side& side, const OccupationProjection& projection, const QString& value,
                                const QString& mark) {
            if (!projection.isValid())
                return noProjection(side);
            return officialCell(OfficialFigure::thousands(value, m_sections.locale()), projection.sourceId, mark);
        };
        return row(label, one(m_a, projectionA, x, marks.first), one(m_b, projectionB, y, marks.second),
                   projectionA.isValid() != projectionB.isValid() || x != y);
    }

    QString growth() const
    {
        const OccupationProjection projectionA = m_a.projection();
        const OccupationProjection projectionB = m_b.projection();
        const auto one = [this](const Side& side, const OccupationProjection& projection, const QString& mark) {
            if (!projection.isValid())
                return noProjection(side);
            const GrowthCategory category = GrowthCategories::of(projection.changePercent);
            const QString value = OfficialFigure::signedPercent(projection.changePercent, m_sections.locale());
            return officialCell(category == GrowthCategory::Unknown
                                    ? value
                                    : tr("%1 (%2)").arg(GrowthCategories::name(category), value),
                                projection.sourceId, mark);
        };
        const Marks marks = higherMarks(projectionA.changePercent, projectionB.changePercent);
        return row(tr("Job growth 2024–34 (BLS)"), one(m_a, projectionA, marks.first),
                   one(m_b, projectionB, marks.second), m_sections.growth(m_first) != m_sections.growth(m_second));
    }

    QString jobZone() const
    {
        const auto one = [this](const Side& side) {
            if (side.main == nullptr)
                return noOccupation(side);
            if (side.main->jobZone.zone <= 0)
                return missing(tr("No job zone in this release of O*NET."));
            return officialCell(tr("Job zone %1 of 5").arg(side.main->jobZone.zone), side.main->sourceId,
                                QStringLiteral("<br/>") + html::escape(side.main->jobZone.name));
        };
        const auto zone = [](const Side& side) { return side.main == nullptr ? -1 : side.main->jobZone.zone; };
        return row(tr("Preparation (O*NET job zone)"), one(m_a), one(m_b), zone(m_a) != zone(m_b));
    }

    QString education() const
    {
        const auto one = [this](const Side& side) {
            const OccupationProjection projection = side.projection();
            if (!projection.isValid())
                return noProjection(side);
            return officialCell(projection.education, projection.sourceId);
        };
        return row(tr("Typical entry education (BLS)"), one(m_a), one(m_b),
                   m_sections.entryEducation(m_first) != m_sections.entryEducation(m_second));
    }

    // The guide's own skill lists, which exist for curated roles.
    QString curatedSkills() const
    {
        QString page = html::section(QStringLiteral("skills"), tr("Skills"));
        if (!m_a.isRole || !m_b.isRole)
            return page + html::paragraph(tr("The guide lists its own skills for curated roles only; O*NET's ratings "
                                             "below compare both sides."));
        const RoleComparison skills(m_first.role, m_second.role);
        page += html::paragraph(tr("Both need %1 skills; %2 only %3 needs; %4 only %5 needs.")
                                    .arg(skills.sharedCount())
                                    .arg(skills.firstOnlyCount())
                                    .arg(m_a.name)
                                    .arg(skills.secondOnlyCount())
                                    .arg(m_b.name));
        page += m_sections.gridTable(3, true) + head(tr("Skill"));
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
                name += differsMark();
            // Where both need it but weigh it differently, the stronger need is in bold.
            const bool firstStronger = !onlyOne && skill.firstImportance > skill.secondImportance;
            const bool secondStronger = !onlyOne && skill.secondImportance > skill.firstImportance;
            page += QStringLiteral("<tr%4><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(name, importance(skill.firstImportance, firstStronger),
                             importance(skill.secondImportance, secondStronger), onlyOne ? diff() : QString());
        }
        return page + QStringLiteral("</table>");
    }

    // O*NET's ratings of the main occupations, element by element.
    QString officialRatings() const
    {
        QString page = html::section(QStringLiteral("ratings"), tr("O*NET skills and knowledge"));
        const auto unrated = [](const Side& side) -> QString {
            if (side.main == nullptr)
                return tr("%1: no official occupation, so no O*NET ratings.").arg(side.name);
            if (!side.main->rated)
                return tr("%1 (%2): skills and knowledge not rated in this release of O*NET (29.3).")
                    .arg(side.main->title, side.main->socCode);
            return {};
        };
        const QString unratedA = unrated(m_a);
        const QString unratedB = unrated(m_b);
        if (!unratedA.isEmpty() || !unratedB.isEmpty()) {
            for (const QString& note : {unratedA, unratedB}) {
                if (!note.isEmpty())
                    page += html::paragraph(note);
            }
            return page + html::paragraph(tr("Ratings are compared only when both sides have them."));
        }
        if (m_a.main->socCode == m_b.main->socCode)
            return page + html::paragraph(tr("Both are filed under %1, so O*NET's ratings are the same; its page "
                                             "lists them.")
                                              .arg(m_a.main->title));
        const OccupationComparison official(*m_a.main, *m_b.main);
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
            page += m_sections.gridTable(3, true) +
                    head(domain == QLatin1String("skill") ? tr("O*NET skill") : tr("O*NET knowledge"));
            for (const OccupationComparison::RatingRow& rating : rows)
                page += ratingRow(rating);
            page += QStringLiteral("</table>");
        }
        return page + QStringLiteral("<p>%1</p>").arg(m_sections.cite(m_a.main->sourceId));
    }

    QString ratingRow(const OccupationComparison::RatingRow& rating) const
    {
        const bool apart =
            std::abs(rating.firstImportance.toDouble() - rating.secondImportance.toDouble()) >= ImportanceStep;
        const Marks marks = apart ? higherMarks(rating.firstImportance, rating.secondImportance) : Marks();
        const bool differs = !rating.shared() || !marks.first.isEmpty() || !marks.second.isEmpty();
        QString name = html::escape(rating.name);
        if (!rating.shared())
            name +=
                QStringLiteral("<br/><small>%1</small>")
                    .arg(html::escape(
                        tr("\u2260 among the most important of %1 only").arg(rating.firstTop ? m_a.name : m_b.name)));
        else if (differs)
            name += differsMark();
        const auto value = [this](const QString& importance, const QString& mark) {
            if (importance.isEmpty())
                return missing(tr("no usable rating"));
            return html::escape(tr("%1 of 5").arg(OfficialFigure::number(importance, m_sections.locale()))) + mark;
        };
        return QStringLiteral("<tr%4><td>%1</td><td>%2</td><td>%3</td></tr>")
            .arg(name, value(rating.firstImportance, marks.first), value(rating.secondImportance, marks.second),
                 differs ? diff() : QString());
    }

    // Technologies both list as Hot or In Demand.
    QString technologies() const
    {
        QString page = html::section(QStringLiteral("technology"), tr("Technology in common"));
        if (m_a.main == nullptr || m_b.main == nullptr)
            return page +
                   html::paragraph(tr("Technology is compared through the official occupations; one side has none."));
        if (m_a.main->socCode == m_b.main->socCode)
            return page + html::paragraph(tr("Both are filed under %1, so O*NET lists the same technology for both.")
                                              .arg(m_a.main->title));
        const OccupationComparison official(*m_a.main, *m_b.main);
        QStringList items;
        for (const OccupationComparison::TechnologyRow& technology : official.commonTechnologies()) {
            QString item = html::escape(technology.example);
            if (technology.firstInDemand && technology.secondInDemand)
                item += QLatin1Char(' ') + html::muted(html::escape(tr("(in demand for both)")));
            else if (technology.firstInDemand || technology.secondInDemand)
                item += QLatin1Char(' ') +
                        html::muted(
                            html::escape(tr("(in demand for %1)").arg(technology.firstInDemand ? m_a.name : m_b.name)));
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
                                    .arg(m_a.name)
                                    .arg(official.firstOnlyTechnologies())
                                    .arg(m_b.name)
                                    .arg(official.secondOnlyTechnologies()));
        return page + QStringLiteral("<p>%1</p>").arg(m_sections.cite(m_a.main->sourceId));
    }

    // Duties (or O*NET's tasks), and the articles' pay and outlook figures.
    QString details() const
    {
        const auto payList = [this](const Side& side) {
            if (!side.isRole)
                return html::escape(tr("An official occupation: no article figures; see the official pay above."));
            QStringList list;
            for (const SalaryFigure& figure : side.data->pay)
                list.append(m_sections.payFigure(figure));
            return list.isEmpty() ? html::escape(tr("No figures in the articles")) : list.join(QStringLiteral("<br/>"));
        };
        const auto outlookList = [this](const Side& side) {
            if (!side.isRole)
                return html::escape(tr("An official occupation: no article projection; see the official growth "
                                       "above."));
            QStringList list;
            for (const RoleOutlook& outlook : side.data->role.outlooks)
                list.append(m_sections.outlookFigure(outlook) + QStringLiteral("<br/>") +
                            html::muted(html::escape(outlook.source.citation())));
            return list.isEmpty() ? html::escape(tr("No projection in the articles"))
                                  : list.join(QStringLiteral("<br/>"));
        };
        const auto dutyList = [](const Side& side) {
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
        QString page = html::section(QStringLiteral("detail"), tr("Duties, pay and outlook in detail"));
        page += m_sections.gridTable(5, true) + head(QString());
        page += row(tr("Duties"), dutyList(m_a), dutyList(m_b), false);
        page += row(tr("Pay in the articles"), payList(m_a), payList(m_b), false);
        page += row(tr("Outlook in the articles"), outlookList(m_a), outlookList(m_b), false);
        return page + QStringLiteral("</table>");
    }

    const RolePageData& m_first;
    const RolePageData& m_second;
    const Side m_a;
    const Side m_b;
    const CareerPageSections& m_sections;
};

} // namespace

QString RoleComparisonDocument::html(const RolePageData& first, const RolePageData& second,
                                     const CareerPageSections& sections)
{
    return ComparisonWriter(first, second, sections).page();
}

} // namespace cg
