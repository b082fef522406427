#pragma once

#include <QString>

namespace cg {

// Builds the content database: schema, article content, official data, exchange rates, search index — written to a
// temporary file in one transaction and renamed into place, so a failed build never leaves a partial database.
// The same sources always give the same bytes: nothing depends on the clock or on hash order.
class ContentGenerator final
{
public:
    struct Options
    {
        QString dataDir;     // resources/data
        QString officialDir; // release layout (onet-29.3/, bls/, fx/); empty: dataDir/official
        bool allOccupations = false;
        QString output;
    };

    static bool generate(const Options& options, QString* error);
};

} // namespace cg
