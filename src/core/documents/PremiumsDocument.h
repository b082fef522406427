#pragma once

#include "salary/PremiumStatement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cg {

// The Salaries tab's skill premiums page: what a premium compares, then each role's premiums one by one as their
// sources state them, with their notes; never added up.
class PremiumsDocument final
{
    // The texts keep the translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(cg::SalariesTab)

public:
    // premiums: ordered by role, as the repository returns them.
    static QString html(const QList<PremiumStatement>& premiums);
};

} // namespace cg
