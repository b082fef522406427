#pragma once

#include "ExperienceProfile.h"
#include "SalaryEntry.h"

#include <QList>
#include <QStringList>

namespace cg {

// Finds the roles whose pay a source states for several experience bands (the Glassdoor table of the Forage article
// gives 0-1 years, all levels and 15+ years for five roles), for the experience chart. Figures are grouped when they
// share role, country, currency, statistic, period, source and date; a group needs `minimumBands` distinct bands.
// When one band has several figures, a figure not marked doubtful is preferred, then the first.
class ExperienceProfiles final
{
public:
    ExperienceProfiles() = delete;

    // The order bands are drawn in; bands not listed come after, in the order met.
    static QStringList bandOrder();
    static QList<ExperienceProfile> build(const QList<SalaryEntry>& entries, int minimumBands = 3);
};

} // namespace cg
