#include "SearchRepository.h"

#include "database/ReadQuery.h"
#include "search/FtsQuery.h"
#include "search/SearchIndexLayout.h"
#include "search/SearchSnippet.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <iterator>

namespace cg {

namespace {
// The rowids of up to `limit` matches in the block, in the given order.
bool rowidsInKind(const QSqlDatabase& db, const QString& match, SearchIndexLayout::Range range, const QString& order,
                  int limit, QList<qint64>* rowids, QString* error)
{
    ReadQuery query(db);
    query.select(QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? "
                                "ORDER BY %1 LIMIT ?")
                     .arg(order),
                 {match, range.first, range.last, limit});
    while (query.next())
        rowids->append(query.value(0).toLongLong());
    return query.succeeded(error);
}

// Appends the hits of the chosen rows in the given order, fetched by rowid alone: running the MATCH again for
// snippet() would cost as much as the search. Skills and resources take their context from their own tables,
// because their index body starts with stored keys (category, kind) that are not words for people.
bool appendHits(const QSqlDatabase& db, SearchHit::Kind kind, const QList<qint64>& rowids, const QStringList& words,
                QList<SearchHit>* hits, QString* error)
{
    QString context = QStringLiteral("search_index.body");
    QString join;
    if (kind == SearchHit::Kind::Skill) {
        context = QStringLiteral("x.description");
        join = QStringLiteral("JOIN skill x ON x.slug = search_index.ref");
    } else if (kind == SearchHit::Kind::Resource) {
        context = QStringLiteral("trim(x.provider || ', ' || x.platform, ', ')");
        join = QStringLiteral("JOIN learning_resource x ON x.slug = search_index.ref");
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
} // namespace

int SearchRepository::Result::total() const
{
    int sum = 0;
    for (int count : totals)
        sum += count;
    return sum;
}

SearchRepository::SearchRepository(QSqlDatabase db) : m_db(std::move(db)) {}

SearchRepository::Result SearchRepository::search(const QString& text, int limitPerKind, int rankedLimit) const
{
    Result result;
    const QString match = FtsQuery::build(text);
    if (match.isEmpty() || limitPerKind <= 0)
        return result;
    const QString titleStarts = FtsQuery::firstWordStarts(text, QStringLiteral("title"));
    const QStringList words = FtsQuery::words(text);

    for (int k = 0; k < SearchHit::KindCount; ++k) {
        const auto kind = SearchHit::Kind(k);
        const SearchIndexLayout::Range range = SearchIndexLayout::rowids(kind);

        ReadQuery count(m_db);
        count.select(
            QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?"),
            {match, range.first, range.last});
        result.totals[k] = count.next() ? count.value(0).toInt() : 0;
        if (!count.succeeded(&result.error))
            break;
        if (result.totals[k] == 0)
            continue;

        // Rowid order is title order within a kind, so it also breaks ties between equally relevant hits.
        QList<qint64> rowids;
        bool ok = true;
        if (result.totals[k] <= rankedLimit) {
            ok = rowidsInKind(m_db, match, range, QStringLiteral("bm25(search_index, 0.0, 0.0, 10.0, 1.0), rowid"),
                              limitPerKind, &rowids, &result.error);
        } else {
            const QString starts = QStringLiteral("%1 AND (%2)").arg(titleStarts, match);
            const QString others = QStringLiteral("(%1) NOT %2").arg(match, titleStarts);
            ok = rowidsInKind(m_db, starts, range, QStringLiteral("rowid"), limitPerKind, &rowids, &result.error) &&
                 (rowids.size() >= limitPerKind ||
                  rowidsInKind(m_db, others, range, QStringLiteral("rowid"), limitPerKind - int(rowids.size()), &rowids,
                               &result.error));
        }
        if (!ok || !appendHits(m_db, kind, rowids, words, &result.hits, &result.error))
            break;
    }
    if (!result.error.isEmpty()) {
        result.hits.clear();
        std::fill(std::begin(result.totals), std::end(result.totals), 0);
    }
    return result;
}

} // namespace cg
