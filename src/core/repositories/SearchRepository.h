#pragma once

#include "search/SearchHit.h"
#include "search/SearchQuery.h"
#include "search/SearchSuggestions.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace cg {

// The global search over the content database's FTS5 index. Whatever the text, it is read by SearchQuery (quoted,
// with spelled forms, compounds and the content's synonyms) and bound as a parameter, so typing can only ever give
// hits or none.
//
// Within a kind, hits come in three bands: the title is the text (as SearchTerms compares titles), the title starts
// with it, then the rest; within a band by relevance (title ten times the body, the long tail a tenth), while the
// kind has at most rankedLimit matches, which are read once and banded in memory. Beyond that — a letter or two
// typed into a large catalogue — ranking every match would cost more than a keystroke may, and says little anyway:
// the kind then lists the exact titles, the titles that start with the first word, the other matches in title or
// body, and last the long-tail matches, each alphabetically, which the index yields in rowid order without reading
// the rest (see SearchIndexLayout).
//
// A state named in a longer text ("texas software developer") is a place: it is found as a state, and the other
// kinds are searched for the rest of the text. When nothing is found, the nearest titles are suggested.
class SearchRepository final
{
public:
    static constexpr int RankedLimit = 400;

    struct Result
    {
        QList<SearchHit> hits;                 // grouped by kind in SearchHit::Kind order, best first within a kind
        int totals[SearchHit::KindCount] = {}; // every match per kind, also those beyond the limit
        QStringList suggestions;               // when nothing matched: the nearest titles, nearest first
        QString error;                         // set only when the database itself fails

        int total() const;
    };

    explicit SearchRepository(QSqlDatabase db);

    Result search(const QString& text, int limitPerKind = 8, int rankedLimit = RankedLimit) const;

private:
    struct Place
    {
        qint64 rowid = 0;
        QStringList tokens; // the state's name as SearchTerms reads it
    };

    // The synonyms and places, read once on the first search.
    bool loadLexicon(QString* error) const;
    bool loadSuggestions(QString* error) const;
    QSet<QString> compoundsOf(const QString& text, QString* error) const;
    bool searchKind(SearchHit::Kind kind, const SearchQuery& query, int limitPerKind, int rankedLimit,
                    Result* result) const;

    QSqlDatabase m_db;
    mutable bool m_lexiconLoaded = false;
    mutable bool m_suggestionsLoaded = false;
    mutable SearchQuery::Synonyms m_synonyms;
    mutable QList<Place> m_places;
    mutable SearchSuggestions m_suggestions;
};

} // namespace cg
