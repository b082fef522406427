#pragma once

#include "search/SearchHit.h"

#include <QSqlDatabase>
#include <QString>

namespace cg {

// Where the rows of the content database's search index live. Each kind owns one block of rowids, and within a
// block the rows are numbered in title order, so a search can keep to one kind and take its first hits
// alphabetically without the index reading any row's text: FTS5 filters and orders by rowid for free.
class SearchIndexLayout final
{
public:
    struct Range
    {
        qint64 first = 0;
        qint64 last = 0;
    };

    static Range rowids(SearchHit::Kind kind);

    // Renumbers every row of search_index into its kind's block, in title order, and fills the columns SearchTerms
    // derives (terms, title_key) and the search_compound table. Run by the content generator (inside its
    // transaction) after the last row is added; fails on a row of a kind this layout does not know.
    static bool arrange(QSqlDatabase& db, QString* error);
};

} // namespace cg
