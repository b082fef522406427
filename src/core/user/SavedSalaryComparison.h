#pragma once

#include "money/ConversionBasis.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cg {

// A salary comparison as the user saved it: a name, the display currency and basis, and the picks by their stable
// keys (SalaryEntry::key), in order.
struct SavedSalaryComparison
{
    qint64 id = 0;
    QString name;
    QString currency;
    ConversionBasis basis = ConversionBasis::Market;
    QStringList keys;
    QDateTime createdAt; // UTC
};

} // namespace cg
