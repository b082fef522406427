#pragma once

#include "content/Occupation.h"

#include <QList>

namespace cg {

// Lines up the official data of two occupations: the O*NET skill and knowledge elements each rates most important,
// by element (shared ones with both importances, and those only one side rates high), and the Hot or In Demand
// technologies both list. Importances stay the published strings; numbers are used for ordering only.
class OccupationComparison final
{
public:
    // How many elements of each domain count as an occupation's most important (as its page lists them).
    static constexpr int TopSkills = 10;
    static constexpr int TopKnowledge = 6;

    struct RatingRow
    {
        QString elementId;
        QString name;
        QString firstImportance;  // empty: the first occupation has no usable rating of it
        QString secondImportance; // empty: the second occupation has no usable rating of it
        bool firstTop = false;    // among the first occupation's most important
        bool secondTop = false;

        bool shared() const { return firstTop && secondTop; }
    };

    struct TechnologyRow
    {
        QString example;
        bool firstInDemand = false;
        bool secondInDemand = false;
    };

    OccupationComparison(const Occupation& first, const Occupation& second);

    // One domain ("skill" or "knowledge"): shared elements first, then the first's only, then the second's only;
    // within each group by the higher importance.
    const QList<RatingRow>& ratings(const QString& domain) const;
    // Technologies both list as Hot or In Demand, those in demand on both sides first, then by name.
    const QList<TechnologyRow>& commonTechnologies() const { return m_common; }
    int firstOnlyTechnologies() const { return m_firstOnly; }
    int secondOnlyTechnologies() const { return m_secondOnly; }

private:
    static QList<RatingRow> lineUp(const Occupation& first, const Occupation& second, const QString& domain);

    QList<RatingRow> m_skills;
    QList<RatingRow> m_knowledge;
    QList<TechnologyRow> m_common;
    int m_firstOnly = 0;
    int m_secondOnly = 0;
};

} // namespace cg
