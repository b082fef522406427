#include "SearchIndexLayout.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cg {

namespace {
constexpr int BlockBits = 32; // room for four billion rows of each kind

// Prepares `sql`, binds `values` in order and runs it; false with *error set when any step fails.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, QString* error)
{
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool run(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    return run(query, sql, {}, error);
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
        if (!run(insert,
                 QStringLiteral("INSERT INTO search_index (rowid, kind, ref, title, body) "
                                "SELECT ? + row_number() OVER (ORDER BY title COLLATE NOCASE, title, ref) - 1, "
                                "       kind, ref, title, body FROM temp.search_rows WHERE kind = ?"),
                 {rowids(kind).first, SearchHit::kindKey(kind)}, error))
            return false;
    }

    QStringList placeholders;
    QVariantList kinds;
    for (int k = 0; k < SearchHit::KindCount; ++k) {
        placeholders.append(QStringLiteral("?"));
        kinds.append(SearchHit::kindKey(SearchHit::Kind(k)));
    }
    QSqlQuery stray(db);
    if (!run(stray,
             QStringLiteral("SELECT kind FROM temp.search_rows WHERE kind NOT IN (%1) LIMIT 1")
                 .arg(placeholders.join(QStringLiteral(", "))),
             kinds, error))
        return false;
    if (stray.next()) {
        *error = QStringLiteral("search_index: a row of unknown kind \"%1\"").arg(stray.value(0).toString());
        return false;
    }
    if (stray.lastError().isValid()) {
        *error = stray.lastError().text();
        return false;
    }
    stray.finish();
    return run(db, QStringLiteral("DROP TABLE temp.search_rows"), error);
}

} // namespace cg
