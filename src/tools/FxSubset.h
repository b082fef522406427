#pragma once

#include <QString>

namespace cg {

// Cuts the full ECB and World Bank release files down to the committed subset in resources/data/official/fx/:
// the FxScope currencies from FxScope::firstRateDate() on, and the FxScope countries from FxScope::firstPppYear() on,
// for PPP on GDP basis (ppp-gdp.csv, the newest release) and on private-consumption basis (API_PA.NUS.PRVT.PP_*).
// Files keep their names and layout (header, column order, quoting, byte order mark, line endings); kept lines are
// unchanged except for dropped columns, so every value stays byte for byte as published. ppp-gdp.README.md, which
// carries the upstream licence notice, is copied as it is. PROVENANCE.md is written by hand and left alone.
class FxSubset final
{
public:
    FxSubset() = delete;

    static bool make(const QString& fullFxDir, const QString& outDir, QString* error);
};

} // namespace cg
