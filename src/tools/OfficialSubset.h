#pragma once

#include <QString>

namespace cg {

// Cuts the committed subset (resources/data/official/) out of the full O*NET and BLS release files: the files the
// importer reads, same names, same header rows, and of the data rows only those OfficialScope keeps, byte for byte.
// Reference files that are not keyed by occupation are copied whole.
class OfficialSubset final
{
public:
    OfficialSubset() = delete;

    // fullDir has the layout of the release: onet-29.3/*.txt and bls/*.tsv. Writes outDir/onet-29.3/ and
    // outDir/bls/, replacing those files and leaving anything else in outDir alone. Every input is read and checked
    // before the first file is written. On failure returns false and sets *error to "FILE: reason".
    static bool make(const QString& fullDir, const QString& outDir, QString* error);
};

} // namespace cg
