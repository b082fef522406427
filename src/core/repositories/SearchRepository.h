#pragma once

#include "search/SearchHit.h"

#include <QList>
#include <QSqlDatabase>

namespace cg {

// The global search over the content database's FTS5 index. Whatever the text, it is escaped by FtsQuery and bound
// as a parameter, so typing can only ever give hits or none.
class SearchRepository final
{
public:
    struct Result
    {
        QList<SearchHit> hits;                 // grouped by kind in SearchHit::Kind order, best first within a kind
        int totals[SearchHit::KindCount] = {}; // every match per kind, also those beyond the limit
        QString error;                         // set only when the database itself fails

        int total() const;
    };

    explicit SearchRepository(QSqlDatabase db);

    Result search(const QString& text, int limitPerKind = 8) const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
