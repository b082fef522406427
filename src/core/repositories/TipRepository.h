#pragma once

#include "content/Tip.h"

#include <QList>
#include <QSqlDatabase>

namespace cg {

// Career advice from the articles: interview, résumé, portfolio and professional-body tips, and the FAQ.
class TipRepository final
{
public:
    explicit TipRepository(QSqlDatabase db);

    QList<Tip> tips() const;
    QList<Faq> faqs() const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
