#include "SearchRepository.h"

#include "search/FtsQuery.h"
#include "search/SearchIndexLayout.h"
#include "search/SearchSnippet.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <iterator>

namespace cg {

namespace {
// Runs a statement over one kind's block of the index: binds the MATCH expression, the block's rowid range, then
// the extra values; returns false with the error set when the database fails.
bool execInKind(QSqlQuery& query, const QString& match, SearchIndexLayout::Range range, const QVariantList& extra,
                QString* error)
{
    query.setForwardOnly(true);
    query.addBindValue(match);
    query.addBindValue(range.first);
    query.addBindValue(range.last);
    for (const QVariant& value : extra)
        query.addBindValue(value);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

// The rowids of up to `limit` matches in the block, in the given order.
bool rowidsInKind(const QSqlDatabase& db, const QString& match, SearchIndexLayout::Range range, const QString& order,
                  int limit, QList<qint64>* rowids, QString* error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? "
                                 "ORDER BY %1 LIMIT ?")
                      .arg(order));
    if (!execInKind(query, match, range, {limit}, error))
        return false;
    while (query.next())
        rowids->append(query.value(0).toLongLong());
    return true;
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
    for (qsizetype i = 0; i < rowids.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    QSqlQuery details(db);
    details.setForwardOnly(true);
    details.prepare(QStringLiteral("SELECT search_index.rowid, search_index.ref, search_index.title, %1 "
                                   "FROM search_index %2 WHERE search_index.rowid IN (%3)")
                        .arg(context, join, placeholders.join(QStringLiteral(", "))));
    for (qint64 rowid : rowids)
        details.addBindValue(rowid);
    if (!details.exec()) {
        *error = details.lastError().text();
        return false;
    }
    QHash<qint64, SearchHit> byRowid;
    while (details.next()) {
        const QString body = details.value(3).toString();
        byRowid.insert(details.value(0).toLongLong(),
                       {kind, details.value(1).toString(), details.value(2).toString(),
                        snippet ? SearchSnippet::around(body, words) : body.simplified()});
    }
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

        QSqlQuery count(m_db);
        count.prepare(
            QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?"));
        if (!execInKind(count, match, range, {}, &result.error) || !count.next())
            break;
        result.totals[k] = count.value(0).toInt();
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
