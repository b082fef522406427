#include "TipRepository.h"

#include <QSqlQuery>

namespace cg {

TipRepository::TipRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<Tip> TipRepository::tips() const
{
    QList<Tip> tips;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT t.topic, t.text, "
                              "  (SELECT group_concat(source_id, char(31)) FROM tip_source s WHERE s.tip_id = t.id) "
                              "FROM tip t ORDER BY t.position"));
    while (query.next())
        tips.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString().split(QChar(31), Qt::SkipEmptyParts)});
    return tips;
}

QList<Faq> TipRepository::faqs() const
{
    QList<Faq> faqs;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT f.question, f.answer, "
                              "  (SELECT group_concat(source_id, char(31)) FROM faq_source s WHERE s.faq_id = f.id) "
                              "FROM faq f ORDER BY f.position"));
    while (query.next())
        faqs.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString().split(QChar(31), Qt::SkipEmptyParts)});
    return faqs;
}

} // namespace cg
