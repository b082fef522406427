#include "TipRepository.h"

#include "database/ReadQuery.h"

namespace cg {

TipRepository::TipRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<Tip> TipRepository::tips(QString* error) const
{
    QList<Tip> tips;
    ReadQuery query(m_db);
    query.select(QStringLiteral("SELECT t.topic, t.text, "
                                "  (SELECT group_concat(source_id, char(31)) FROM tip_source s WHERE s.tip_id = t.id) "
                                "FROM tip t ORDER BY t.position"));
    while (query.next())
        tips.append({query.value(0).toString(), query.value(1).toString(), query.list(2)});
    return query.result(tips, error);
}

QList<Faq> TipRepository::faqs(QString* error) const
{
    QList<Faq> faqs;
    ReadQuery query(m_db);
    query.select(QStringLiteral("SELECT f.question, f.answer, "
                                "  (SELECT group_concat(source_id, char(31)) FROM faq_source s WHERE s.faq_id = f.id) "
                                "FROM faq f ORDER BY f.position"));
    while (query.next())
        faqs.append({query.value(0).toString(), query.value(1).toString(), query.list(2)});
    return query.result(faqs, error);
}

} // namespace cg
