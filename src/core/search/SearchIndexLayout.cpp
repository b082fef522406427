#include "SearchIndexLayout.h"

#include "SearchTerms.h"

#include <QSet>
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
    if (!run(db,
             QStringLiteral("CREATE TEMP TABLE search_rows AS SELECT kind, ref, title, body, tail FROM search_index"),
             error) ||
        !run(db, QStringLiteral("DELETE FROM search_index"), error) ||
        !run(db, QStringLiteral("DELETE FROM search_compound"), error))
        return false;

    // The compounds come from every row's text, so they are known before any row's terms are.
    QStringList texts;
    {
        QSqlQuery all(db);
        if (!run(all, QStringLiteral("SELECT title, body, tail FROM temp.search_rows"), {}, error))
            return false;
        while (all.next()) {
            texts.append(all.value(0).toString());
            texts.append(all.value(1).toString());
            texts.append(all.value(2).toString());
        }
        if (all.lastError().isValid()) {
            *error = all.lastError().text();
            return false;
        }
    }
    const QSet<QString> compoundSet = SearchTerms::compounds(texts);
    texts.clear();
    QStringList compounds(compoundSet.cbegin(), compoundSet.cend());
    compounds.sort(); // the same content gives the same bytes
    QSqlQuery addCompound(db);
    if (!addCompound.prepare(QStringLiteral("INSERT INTO search_compound (word) VALUES (?)"))) {
        *error = addCompound.lastError().text();
        return false;
    }
    for (const QString& word : std::as_const(compounds)) {
        addCompound.addBindValue(word);
        if (!addCompound.exec()) {
            *error = addCompound.lastError().text();
            return false;
        }
    }

    QSqlQuery insert(db);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO search_index (rowid, kind, ref, title, body, tail, terms, tail_terms, "
                           "title_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = insert.lastError().text();
        return false;
    }
    for (int k = 0; k < SearchHit::KindCount; ++k) {
        const auto kind = SearchHit::Kind(k);
        QSqlQuery rows(db);
        if (!run(rows,
                 QStringLiteral("SELECT kind, ref, title, body, tail FROM temp.search_rows WHERE kind = ? "
                                "ORDER BY title COLLATE NOCASE, title, ref"),
                 {SearchHit::kindKey(kind)}, error))
            return false;
        qint64 rowid = rowids(kind).first;
        while (rows.next()) {
            const QString title = rows.value(2).toString();
            const QString body = rows.value(3).toString();
            const QString tail = rows.value(4).toString();
            const QStringList terms = SearchTerms::indexTerms(title + u'\n' + body, compoundSet);
            QStringList tailTerms = SearchTerms::indexTerms(tail, compoundSet);
            tailTerms.removeIf([&terms](const QString& term) { return terms.contains(term); });
            const QVariantList values{rowid++,
                                      rows.value(0),
                                      rows.value(1),
                                      title,
                                      rows.value(3),
                                      rows.value(4),
                                      terms.join(u' '),
                                      tailTerms.join(u' '),
                                      SearchTerms::key(SearchTerms::tokens(title), compoundSet)};
            for (const QVariant& value : values)
                insert.addBindValue(value);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
        if (rows.lastError().isValid()) {
            *error = rows.lastError().text();
            return false;
        }
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
