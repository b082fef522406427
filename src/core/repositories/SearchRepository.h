#pragma once

#include "search/SearchHit.h"

#include <QList>
#include <QSqlDatabase>

namespace cg {

// The global search over the content database's FTS5 index. Whatever the text, it is escaped by FtsQuery and bound
// as a parameter, so typing can only ever give hits or none.
//
// Within a kind, hits are ranked by relevance (titles weigh ten times the body) while the kind has at most
// rankedLimit matches. Beyond that — a letter or two typed into a large catalogue — ranking every match would cost
// more than a keystroke may, and says little anyway: the kind then lists the titles that start with the first word,
// alphabetically, followed by the other matches alphabetically, which the index yields in rowid order without
// reading the rest (see SearchIndexLayout).
class SearchRepository final
{
public:
    static constexpr int RankedLimit = 2000;

    struct Result
    {
        QList<SearchHit> hits;                 // grouped by kind in SearchHit::Kind order, best first within a kind
        int totals[SearchHit::KindCount] = {}; // every match per kind, also those beyond the limit
        QString error;                         // set only when the database itself fails

        int total() const;
    };

    explicit SearchRepository(QSqlDatabase db);

    Result search(const QString& text, int limitPerKind = 8, int rankedLimit = RankedLimit) const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
