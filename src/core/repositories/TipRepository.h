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

    // Every read below returns an empty value when the database fails: the reason goes to *error, or, when error
    // is null, to QueryErrors (see ReadQuery).
    QList<Tip> tips(QString* error = nullptr) const;
    QList<Faq> faqs(QString* error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
