#include "SearchIndexLayout.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cg {

namespace {
constexpr int BlockBits = 32; // room for four billion rows of each kind

bool run(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool run(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}
} // namespace

SearchIndexLayout::Range SearchIndexLayout::rowids(SearchHit::Kind kind)
{
    const qint64 first = (qint64(kind) + 1) << BlockBits;
    return {first, first + (qint64(1) << BlockBits) - 1};
}

bool SearchIndexLayout::arrange(QSqlDatabase& db, QString* error)
{
    if (!run(db, QStringLiteral("CREATE TEMP TABLE search_rows AS SELECT kind, ref, title, body FROM search_index"),
             error) ||
        !run(db, QStringLiteral("DELETE FROM search_index"), error))
        return false;

    for (int k = 0; k < SearchHit::KindCount; ++k) {
        const auto kind = SearchHit::Kind(k);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO search_index (rowid, kind, ref, title, body) "
                                      "SELECT ? + row_number() OVER (ORDER BY title COLLATE NOCASE, title, ref) - 1, "
                                      "       kind, ref, title, body FROM temp.search_rows WHERE kind = ?"));
        insert.addBindValue(rowids(kind).first);
        insert.addBindValue(SearchHit::kindKey(kind));
        if (!run(insert, error))
            return false;
    }

    QSqlQuery stray(db);
    QStringList placeholders;
    for (int k = 0; k < SearchHit::KindCount; ++k)
        placeholders.append(QStringLiteral("?"));
    stray.prepare(QStringLiteral("SELECT kind FROM temp.search_rows WHERE kind NOT IN (%1) LIMIT 1")
                      .arg(placeholders.join(QStringLiteral(", "))));
    for (int k = 0; k < SearchHit::KindCount; ++k)
        stray.addBindValue(SearchHit::kindKey(SearchHit::Kind(k)));
    if (!run(stray, error))
        return false;
    if (stray.next()) {
        *error = QStringLiteral("search_index: a row of unknown kind \"%1\"").arg(stray.value(0).toString());
        return false;
    }
    stray.finish();
    return run(db, QStringLiteral("DROP TABLE temp.search_rows"), error);
}

} // namespace cg
