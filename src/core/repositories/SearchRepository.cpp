#include "SearchRepository.h"

#include "search/FtsQuery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cg {

int SearchRepository::Result::total() const
{
    int sum = 0;
    for (int count : totals)
        sum += count;
    return sum;
}

SearchRepository::SearchRepository(QSqlDatabase db) : m_db(std::move(db)) {}

SearchRepository::Result SearchRepository::search(const QString& text, int limitPerKind) const
{
    Result result;
    const QString match = FtsQuery::build(text);
    if (match.isEmpty() || limitPerKind <= 0)
        return result;

    QSqlQuery counts(m_db);
    counts.setForwardOnly(true);
    counts.prepare(QStringLiteral("SELECT kind, count(*) FROM search_index WHERE search_index MATCH ? GROUP BY kind"));
    counts.addBindValue(match);
    if (!counts.exec()) {
        result.error = counts.lastError().text();
        return result;
    }
    while (counts.next()) {
        for (int k = 0; k < SearchHit::KindCount; ++k) {
            if (counts.value(0).toString() == SearchHit::kindKey(SearchHit::Kind(k)))
                result.totals[k] = counts.value(1).toInt();
        }
    }

    // One query per kind keeps each group's best hits even when another kind has many more matches. Titles weigh
    // ten times the body, so a skill named "PostgreSQL" beats a step that mentions it. Skills and resources take
    // their context from their own tables, because their index body starts with stored keys (category, kind) that
    // are not words for people.
    const QString snippet = QStringLiteral("snippet(search_index, 3, '', '', '\u2026', 10)");
    for (int k = 0; k < SearchHit::KindCount; ++k) {
        if (result.totals[k] == 0)
            continue;
        const auto kind = SearchHit::Kind(k);
        QString context = snippet;
        QString join;
        if (kind == SearchHit::Kind::Skill) {
            context = QStringLiteral("x.description");
            join = QStringLiteral("JOIN skill x ON x.slug = search_index.ref");
        } else if (kind == SearchHit::Kind::Resource) {
            context = QStringLiteral("trim(x.provider || ', ' || x.platform, ', ')");
            join = QStringLiteral("JOIN learning_resource x ON x.slug = search_index.ref");
        }
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT search_index.ref, search_index.title, %1 FROM search_index %2 "
                                     "WHERE search_index MATCH ? AND search_index.kind = ? "
                                     "ORDER BY bm25(search_index, 0.0, 0.0, 10.0, 1.0), search_index.title LIMIT ?")
                          .arg(context, join));
        query.addBindValue(match);
        query.addBindValue(SearchHit::kindKey(kind));
        query.addBindValue(limitPerKind);
        if (!query.exec()) {
            result.error = query.lastError().text();
            result.hits.clear();
            return result;
        }
        while (query.next())
            result.hits.append(
                {kind, query.value(0).toString(), query.value(1).toString(), query.value(2).toString().simplified()});
    }
    return result;
}

} // namespace cg
