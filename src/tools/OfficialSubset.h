#pragma once

#include <QString>
#include <QStringList>

namespace cg {

// Cuts the committed official data (resources/data/official/onet-29.3/ and bls/) out of the full O*NET and BLS
// release files: the files the importer reads, under the same names, every row in release order, but only the
// columns the importer reads, each kept cell byte for byte. Small reference files are copied whole.
class OfficialSubset final
{
public:
    OfficialSubset() = delete;

    // The files made, relative to the output folder ("onet-29.3/Skills.txt"), in the order they are made.
    static QStringList files();
    // The header of a cut file, in release order; empty for a file copied whole or one not made here.
    static QStringList columns(const QString& file);

    // fullDir has the layout of the release: onet-29.3/*.txt and bls/*.tsv. Writes outDir/onet-29.3/ and
    // outDir/bls/, replacing those files and leaving anything else in outDir alone. Every input is read and checked
    // before the first file is written. On failure returns false and sets *error to "FILE: reason".
    static bool make(const QString& fullDir, const QString& outDir, QString* error);
};

} // namespace cg
