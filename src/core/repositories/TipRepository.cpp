#include "TipRepository.h"

#include "database/ReadQuery.h"

namespace cg {

TipRepository::TipRepository(QSqlDatabase db) : m_db(std::move(db)) {}

namespace {
// Tips and questions alike: two texts and the sources they cite.
template <typename Entry> QList<Entry> readCited(const QSqlDatabase& db, const QString& sql, QString* error)
{
    return ReadQuery::readRows(
        db, sql, {},
        [](const ReadQuery& row) {
            return Entry{row.value(0).toString(), row.value(1).toString(), row.list(2)};
        },
        error);
}
} // namespace

QList<Tip> TipRepository::tips(QString* error) const
{
    return readCited<Tip>(m_db,
                          QStringLiteral("SELECT t.topic, t.text, "
                                         "  (SELECT group_concat(source_id, char(31)) FROM tip_source s "
                                         "   WHERE s.tip_id = t.id) "
                                         "FROM tip t ORDER BY t.position"),
                          error);
}

QList<Faq> TipRepository::faqs(QString* error) const
{
    return readCited<Faq>(m_db,
                          QStringLiteral("SELECT f.question, f.answer, "
                                         "  (SELECT group_concat(source_id, char(31)) FROM faq_source s "
                                         "   WHERE s.faq_id = f.id) "
                                         "FROM faq f ORDER BY f.position"),
                          error);
}

} // namespace cg
