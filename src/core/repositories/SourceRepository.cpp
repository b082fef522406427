#include "SourceRepository.h"

#include "database/ReadQuery.h"

namespace cg {

SourceRepository::SourceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<Source> SourceRepository::all(QString* error) const
{
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT s.id, s.kind, s.title, s.publisher, s.author, s.published, s.as_of, s.url, "
                       "       s.licence, s.contributes, coalesce(c.citation, '') "
                       "FROM source s LEFT JOIN source_citation c ON c.source_id = s.id "
                       "ORDER BY CASE s.kind WHEN 'article' THEN 0 WHEN 'dataset' THEN 1 ELSE 2 END, s.title"),
        {},
        [](const ReadQuery& row) {
            Source source;
            source.id = row.value(0).toString();
            source.kind = row.value(1).toString();
            source.title = row.value(2).toString();
            source.publisher = row.value(3).toString();
            source.author = row.value(4).toString();
            source.published = row.value(5).toString();
            source.asOf = row.value(6).toString();
            source.url = row.value(7).toString();
            source.licence = row.value(8).toString();
            source.contributes = row.value(9).toString();
            source.citation = row.value(10).toString();
            return source;
        },
        error);
}

QString SourceRepository::title(const QString& id, QString* error) const
{
    if (m_titles.isEmpty()) {
        QHash<QString, QString> titles;
        ReadQuery query(m_db);
        query.select(QStringLiteral("SELECT id, title FROM source"));
        while (query.next())
            titles.insert(query.value(0).toString(), query.value(1).toString());
        // Not kept when the read failed, so the next citation tries again.
        m_titles = query.result(titles, error);
    }
    return m_titles.value(id, id);
}

} // namespace cg
