#include "OccupationComparison.h"

#include <QHash>

#include <algorithm>

namespace cg {

namespace {

// An occupation's usable ratings of one domain by element, and its most important ones. O*NET's too-imprecise
// estimates and the elements it marks not relevant are not usable.
struct DomainRatings
{
    QHash<QString, const OccupationRating*> byElement;
    QList<const OccupationRating*> top;
};

DomainRatings ratingsOf(const Occupation& occupation, const QString& domain)
{
    DomainRatings result;
    for (const OccupationRating& rating : occupation.ratings) {
        if (rating.domain != domain || rating.suppressed || rating.notRelevant)
            continue;
        result.byElement.insert(rating.elementId, &rating);
        result.top.append(&rating);
    }
    std::stable_sort(result.top.begin(), result.top.end(),
                     [](const auto* a, const auto* b) { return a->importance.toDouble() > b->importance.toDouble(); });
    result.top = result.top.mid(0, domain == QLatin1String("skill") ? OccupationComparison::TopSkills
                                                                    : OccupationComparison::TopKnowledge);
    return result;
}

QString technologyKey(const QString& example)
{
    return example.toCaseFolded();
}

} // namespace

OccupationComparison::OccupationComparison(const Occupation& first, const Occupation& second)
    : m_skills(lineUp(first, second, QStringLiteral("skill"))),
      m_knowledge(lineUp(first, second, QStringLiteral("knowledge")))
{
    QHash<QString, const OccupationTechnology*> firstFlagged;
    for (const OccupationTechnology& technology : first.technologies) {
        if (technology.hot || technology.inDemand)
            firstFlagged.insert(technologyKey(technology.example), &technology);
    }
    QHash<QString, bool> seen;
    for (const OccupationTechnology& technology : second.technologies) {
        if (!(technology.hot || technology.inDemand) || seen.contains(technologyKey(technology.example)))
            continue;
        seen.insert(technologyKey(technology.example), true);
        const auto it = firstFlagged.constFind(technologyKey(technology.example));
        if (it == firstFlagged.constEnd()) {
            ++m_secondOnly;
            continue;
        }
        m_common.append({it.value()->example, it.value()->inDemand, technology.inDemand});
    }
    m_firstOnly = int(firstFlagged.size()) - int(m_common.size());
    std::stable_sort(m_common.begin(), m_common.end(), [](const TechnologyRow& a, const TechnologyRow& b) {
        const int weightA = int(a.firstInDemand) + int(a.secondInDemand);
        const int weightB = int(b.firstInDemand) + int(b.secondInDemand);
        if (weightA != weightB)
            return weightA > weightB;
        return a.example.compare(b.example, Qt::CaseInsensitive) < 0;
    });
}

const QList<OccupationComparison::RatingRow>& OccupationComparison::ratings(const QString& domain) const
{
    return domain == QLatin1String("skill") ? m_skills : m_knowledge;
}

QList<OccupationComparison::RatingRow> OccupationComparison::lineUp(const Occupation& firstOccupation,
                                                                    const Occupation& secondOccupation,
                                                                    const QString& domain)
{
    const DomainRatings first = ratingsOf(firstOccupation, domain);
    const DomainRatings second = ratingsOf(secondOccupation, domain);
    QList<RatingRow> rows;
    QHash<QString, qsizetype> rowOf;
    const auto add = [&](const OccupationRating* rating, bool isFirst) {
        auto it = rowOf.constFind(rating->elementId);
        if (it == rowOf.constEnd()) {
            RatingRow row;
            row.elementId = rating->elementId;
            row.name = rating->name;
            const OccupationRating* a = first.byElement.value(rating->elementId);
            const OccupationRating* b = second.byElement.value(rating->elementId);
            row.firstImportance = a == nullptr ? QString() : a->importance;
            row.secondImportance = b == nullptr ? QString() : b->importance;
            it = rowOf.insert(rating->elementId, rows.size());
            rows.append(row);
        }
        (isFirst ? rows[it.value()].firstTop : rows[it.value()].secondTop) = true;
    };
    for (const OccupationRating* rating : first.top)
        add(rating, true);
    for (const OccupationRating* rating : second.top)
        add(rating, false);

    const auto group = [](const RatingRow& row) { return row.shared() ? 0 : (row.firstTop ? 1 : 2); };
    const auto weight = [](const RatingRow& row) {
        return std::max(row.firstImportance.toDouble(), row.secondImportance.toDouble());
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const RatingRow& a, const RatingRow& b) {
        if (group(a) != group(b))
            return group(a) < group(b);
        return weight(a) > weight(b);
    });
    return rows;
}

} // namespace cg
