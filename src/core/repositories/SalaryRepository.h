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

    QList<SalaryFigure> all() const;
    // Every stated skill premium, by role, then the size of the premium as stated (largest first).
    QList<PremiumStatement> premiums() const;
    // The ECB rates and World Bank PPP factors; on failure an empty converter (every conversion "no rate") and *error.
    CurrencyConverter converter(QString* error) const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
