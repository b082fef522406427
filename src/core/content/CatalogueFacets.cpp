#include "CatalogueFacets.h"

#include <QMap>

#include <algorithm>

namespace cg {

namespace {
// The Employment Projections' typical entry education, from the most to the least.
const QStringList& educationLadder()
{
    static const QStringList ladder{QStringLiteral("Doctoral or professional degree"),
                                    QStringLiteral("Master's degree"),
                                    QStringLiteral("Bachelor's degree"),
                                    QStringLiteral("Associate's degree"),
                                    QStringLiteral("Postsecondary nondegree award"),
                                    QStringLiteral("Some college, no degree"),
                                    QStringLiteral("High school diploma or equivalent"),
                                    QStringLiteral("No formal educational credential")};
    return ladder;
}

qsizetype rung(const QString& education)
{
    const qsizetype index = educationLadder().indexOf(education);
    return index < 0 ? educationLadder().size() : index;
}
} // namespace

CatalogueFacets CatalogueFacets::of(const QList<CatalogueEntry>& entries)
{
    CatalogueFacets facets;
    QMap<QString, JobFamily> families;
    for (const CatalogueEntry& entry : entries) {
        if (!entry.familyCode.isEmpty()) {
            JobFamily& family = families[entry.familyCode];
            family.code = entry.familyCode;
            if (family.name.isEmpty())
                family.name = entry.familyName;
            ++family.careers;
        }
        // BLS prints an em dash where no level applies: that is not a level to filter by.
        if (!entry.education.isEmpty() && entry.education != QStringLiteral("\u2014") &&
            !facets.educations.contains(entry.education))
            facets.educations.append(entry.education);
    }
    facets.families = families.values();
    std::stable_sort(facets.educations.begin(), facets.educations.end(), [](const QString& a, const QString& b) {
        const qsizetype ra = rung(a);
        const qsizetype rb = rung(b);
        return ra != rb ? ra < rb : a < b;
    });
    return facets;
}

} // namespace cg
