#pragma once

#include "content/SalaryFigure.h"
#include "money/CurrencyConverter.h"
#include "salary/PremiumStatement.h"

#include <QList>
#include <QSqlDatabase>

namespace cg {

// Pay as the content states it: salary figures and skill premiums, each with its citation, and the exchange rates
// and PPP factors that carry figures into another currency.
class SalaryRepository final
{
public:
    explicit SalaryRepository(QSqlDatabase db);

    // Both return an empty list when the database fails: the reason goes to *error, or, when error is null, to
    // QueryErrors (see ReadQuery).
    QList<SalaryFigure> all(QString* error = nullptr) const;
    // Every stated skill premium, by role, then the size of the premium as stated (largest first).
    QList<PremiumStatement> premiums(QString* error = nullptr) const;
    // The ECB rates and World Bank PPP factors; on failure an empty converter (every conversion "no rate") and *error.
    CurrencyConverter converter(QString* error) const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
