#include "SearchRepository.h"

#include "database/ReadQuery.h"
#include "search/FtsQuery.h"
#include "search/SearchIndexLayout.h"
#include "search/SearchSnippet.h"
#include "search/SearchTerms.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <iterator>
#include <tuple>
#include <vector>

namespace cg {

namespace {
// Relevance within a band: title, body, long tail, spelled and joined forms of title and body and of the tail (kind,
// ref and title_key are not weighed).
const QString Relevance = QStringLiteral("bm25(search_index, 0.0, 0.0, 10.0, 1.0, 0.1, 1.0, 0.1, 0.0)");

// Appends the rowids of up to `limit` matches in the block, in rowid order (title order within a kind), leaving out
// those already chosen; with a titleKey, only the matches whose title_key is that.
bool rowidsInKind(const QSqlDatabase& db, const QString& match, SearchIndexLayout::Range range, int limit,
                  QList<qint64>* rowids, QString* error, const QString& titleKey = QString())
{
    if (limit <= 0)
        return true;
    QVariantList values{match, range.first, range.last};
    if (!titleKey.isEmpty())
        values.append(titleKey);
    values.append(limit + rowids->size());
    ReadQuery query(db);
    query.select(QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? "
                                "%1 ORDER BY rowid LIMIT ?")
                     .arg(titleKey.isEmpty() ? QString() : QStringLiteral("AND title_key = ?")),
                 values);
    const QSet<qint64> chosen(rowids->cbegin(), rowids->cend());
    int added = 0;
    while (query.next() && added < limit) {
        const qint64 rowid = query.value(0).toLongLong();
        if (!chosen.contains(rowid)) {
            rowids->append(rowid);
            ++added;
        }
    }
    return query.succeeded(error);
}

// The rowids of up to `limit` matches of a kind small enough to rank, in the three bands (the title is the text,
// starts with it, the rest), each by relevance and then rowid. Every match is read once and banded here: the same
// order as one MATCH query per band, whose title expressions SQLite would evaluate over the whole index each time.
bool rankedRowids(const QSqlDatabase& db, const QString& match, SearchIndexLayout::Range range, const QString& key,
                  int limit, QList<qint64>* rowids, QString* error)
{
    struct Match
    {
        int band;
        double relevance;
        qint64 rowid;
        bool operator<(const Match& other) const
        {
            return std::tie(band, relevance, rowid) < std::tie(other.band, other.relevance, other.rowid);
        }
    };
    ReadQuery query(db);
    query.select(QStringLiteral("SELECT rowid, title_key, %1 FROM search_index WHERE search_index MATCH ? "
                                "AND rowid BETWEEN ? AND ?")
                     .arg(Relevance),
                 {match, range.first, range.last});
    std::vector<Match> matches;
    while (query.next()) {
        const QString titleKey = query.value(1).toString();
        const int band = key.isEmpty() ? 2 : titleKey == key ? 0 : titleKey.startsWith(key) ? 1 : 2;
        matches.push_back({band, query.value(2).toDouble(), query.value(0).toLongLong()});
    }
    if (!query.succeeded(error))
        return false;
    const auto end = matches.begin() + std::min<qsizetype>(limit, qsizetype(matches.size()));
    std::partial_sort(matches.begin(), end, matches.end());
    for (auto it = matches.begin(); it != end; ++it)
        rowids->append(it->rowid);
    return true;
}

// Appends the hits of the chosen rows in the given order, fetched by rowid alone: running the MATCH again for
// snippet() would cost as much as the search. Skills and resources take their context from their own tables,
// because their index body starts with stored keys (category, kind) that are not words for people.
bool appendHits(const QSqlDatabase& db, SearchHit::Kind kind, const QList<qint64>& rowids, const QStringList& words,
                QList<SearchHit>* hits, QString* error)
{
    if (rowids.isEmpty())
        return true;
    QString context = QStringLiteral("search_index.body");
    QString join;
    if (kind == SearchHit::Kind::Skill) {
        context = QStringLiteral("x.description");
        join = QStringLiteral("JOIN skill x ON x.slug = search_index.ref");
    } else if (kind == SearchHit::Kind::Resource) {
        context = QStringLiteral("trim(x.provider || ', ' || x.platform, ', ')");
        join = QStringLiteral("JOIN learning_resource x ON x.slug = search_index.ref");
    } else if (kind == SearchHit::Kind::Occupation) {
        // The long tail (reported titles, tasks, technology) is where many occupations are found from.
        context = QStringLiteral("search_index.body || char(10) || coalesce(search_index.tail, '')");
    }
    const bool snippet = join.isEmpty();
    QStringList placeholders;
    QVariantList values;
    for (qint64 rowid : rowids) {
        placeholders.append(QStringLiteral("?"));
        values.append(rowid);
    }
    ReadQuery details(db);
    details.select(QStringLiteral("SELECT search_index.rowid, search_index.ref, search_index.title, %1 "
                                  "FROM search_index %2 WHERE search_index.rowid IN (%3)")
                       .arg(context, join, placeholders.join(QStringLiteral(", "))),
                   values);
    QHash<qint64, SearchHit> byRowid;
    while (details.next()) {
        const QString body = details.value(3).toString();
        byRowid.insert(details.value(0).toLongLong(),
                       {kind, details.value(1).toString(), details.value(2).toString(),
                        snippet ? SearchSnippet::around(body, words) : body.simplified()});
    }
    if (!details.succeeded(error))
        return false;
    for (qint64 rowid : rowids) {
        const auto hit = byRowid.constFind(rowid);
        if (hit != byRowid.cend())
            hits->append(*hit);
    }
    return true;
}

// Where the place's tokens stand together in tokens; -1 when they do not.
qsizetype findRun(const QStringList& tokens, const QStringList& run)
{
    for (qsizetype i = 0; !run.isEmpty() && i + run.size() <= tokens.size(); ++i) {
        if (std::equal(run.cbegin(), run.cend(), tokens.cbegin() + i))
            return i;
    }
    return -1;
}
} // namespace

int SearchRepository::Result::total() const
{
    int sum = 0;
    for (int count : totals)
        sum += count;
    return sum;
}

SearchRepository::SearchRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool SearchRepository::loadLexicon(QString* error) const
{
    if (m_lexiconLoaded)
        return true;
    ReadQuery query(m_db);
    query.select(QStringLiteral("SELECT term, expansion FROM search_synonym"));
    SearchQuery::Synonyms synonyms;
    while (query.next())
        synonyms.insert(query.value(0).toString(), query.value(1).toString());
    const SearchIndexLayout::Range states = SearchIndexLayout::rowids(SearchHit::Kind::State);
    query.select(QStringLiteral("SELECT rowid, title FROM search_index WHERE rowid BETWEEN ? AND ? ORDER BY rowid"),
                 {states.first, states.last});
    QList<Place> places;
    while (query.next())
        places.append({query.value(0).toLongLong(), SearchTerms::tokens(query.value(1).toString())});
    if (!query.succeeded(error))
        return false;
    // Longer names first, so "west virginia" is found before "virginia" could be.
    std::stable_sort(places.begin(), places.end(),
                     [](const Place& a, const Place& b) { return a.tokens.size() > b.tokens.size(); });
    m_synonyms = synonyms;
    m_places = places;
    m_lexiconLoaded = true;
    return true;
}

bool SearchRepository::loadSuggestions(QString* error) const
{
    if (m_suggestionsLoaded)
        return true;
    // Titles of what people look for by name, and the technology examples occupations are found by ("Kubernetes");
    // salary figures are found by role and country instead.
    const SearchIndexLayout::Range salaries = SearchIndexLayout::rowids(SearchHit::Kind::Salary);
    ReadQuery query(m_db);
    query.select(QStringLiteral("SELECT title FROM search_index WHERE rowid NOT BETWEEN ? AND ? "
                                "UNION SELECT example FROM technology_example ORDER BY 1"),
                 {salaries.first, salaries.last});
    QStringList titles;
    while (query.next())
        titles.append(query.value(0).toString());
    if (!query.succeeded(error))
        return false;
    m_suggestions = SearchSuggestions(titles);
    m_suggestionsLoaded = true;
    return true;
}

QSet<QString> SearchRepository::compoundsOf(const QString& text, QString* error) const
{
    const QStringList candidates = SearchQuery::compoundCandidates(text);
    QSet<QString> compounds;
    if (candidates.isEmpty())
        return compounds;
    QStringList placeholders;
    QVariantList values;
    for (const QString& candidate : candidates) {
        placeholders.append(QStringLiteral("?"));
        values.append(candidate);
    }
    ReadQuery query(m_db);
    query.select(QStringLiteral("SELECT word FROM search_compound WHERE word IN (%1)")
                     .arg(placeholders.join(QStringLiteral(", "))),
                 values);
    while (query.next())
        compounds.insert(query.value(0).toString());
    query.succeeded(error);
    return compounds;
}

bool SearchRepository::searchKind(SearchHit::Kind kind, const SearchQuery& query, int limitPerKind, int rankedLimit,
                                  Result* result) const
{
    const int k = int(kind);
    const SearchIndexLayout::Range range = SearchIndexLayout::rowids(kind);
    const QString match = query.match();

    ReadQuery count(m_db);
    count.select(
        QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?"),
        {match, range.first, range.last});
    result->totals[k] = count.next() ? count.value(0).toInt() : 0;
    if (!count.succeeded(&result->error))
        return false;
    if (result->totals[k] == 0)
        return true;

    QList<qint64> rowids;
    if (result->totals[k] <= rankedLimit) {
        if (!rankedRowids(m_db, match, range, query.key(), limitPerKind, &rowids, &result->error))
            return false;
        return appendHits(m_db, kind, rowids, query.words(), &result->hits, &result->error);
    }

    // Too many to rank: each band is its own FTS5 query in rowid order, which is title order within a kind, so no
    // match's stored text is read beyond the few listed. The matches in title or body come before the long tail.
    bool ok = true;
    const auto more = [&](const QString& expression, const QString& titleKey = QString()) {
        ok = ok && rowidsInKind(m_db, expression, range, limitPerKind - int(rowids.size()), &rowids, &result->error,
                                titleKey);
    };
    const auto rest = [&](const QString& expression) {
        const QString head = QStringLiteral("{title body terms} : (%1)").arg(match);
        more(QStringLiteral("(%1) AND (%2)").arg(expression, head));
        more(QStringLiteral("(%1) NOT (%2)").arg(expression, head));
    };
    const QString starts = query.titleStarts();
    if (!starts.isEmpty()) {
        more(QStringLiteral("%1 AND (%2)").arg(query.titleIs(), match), query.key());
        more(QStringLiteral("%1 AND (%2)").arg(starts, match));
        rest(QStringLiteral("(%1) NOT %2").arg(match, starts));
    } else {
        rest(match);
    }
    return ok && appendHits(m_db, kind, rowids, query.words(), &result->hits, &result->error);
}

SearchRepository::Result SearchRepository::search(const QString& text, int limitPerKind, int rankedLimit) const
{
    Result result;
    if (limitPerKind <= 0 || FtsQuery::words(text).isEmpty() || !loadLexicon(&result.error))
        return result;
    const SearchQuery query(text, compoundsOf(text, &result.error), m_synonyms);
    if (query.isEmpty() || !result.error.isEmpty())
        return result;

    // A state named within a longer text is where; the rest of the text is what.
    QStringList tokens;
    for (const QString& word : FtsQuery::words(text))
        tokens += SearchTerms::tokens(word);
    QList<qint64> placeRowids;
    QStringList rest = tokens;
    for (const Place& place : std::as_const(m_places)) {
        const qsizetype at = findRun(rest, place.tokens);
        if (at < 0)
            continue;
        placeRowids.append(place.rowid);
        rest.remove(at, place.tokens.size());
    }
    const bool placed = !placeRowids.isEmpty() && !rest.isEmpty() && rest.size() < tokens.size();
    const QString restText = rest.join(u' ');
    const SearchQuery what = placed ? SearchQuery(restText, compoundsOf(restText, &result.error), m_synonyms) : query;

    for (int k = 0; k < SearchHit::KindCount && result.error.isEmpty(); ++k) {
        const auto kind = SearchHit::Kind(k);
        if (kind == SearchHit::Kind::State && placed) {
            std::sort(placeRowids.begin(), placeRowids.end());
            result.totals[k] = int(placeRowids.size());
            appendHits(m_db, kind, placeRowids.mid(0, limitPerKind), query.words(), &result.hits, &result.error);
            continue;
        }
        if (!what.isEmpty())
            searchKind(kind, what, limitPerKind, rankedLimit, &result);
    }
    if (result.error.isEmpty() && result.hits.isEmpty() && loadSuggestions(&result.error))
        result.suggestions = m_suggestions.nearest(text);
    if (!result.error.isEmpty()) {
        result.hits.clear();
        result.suggestions.clear();
        std::fill(std::begin(result.totals), std::end(result.totals), 0);
    }
    return result;
}

} // namespace cg
