#pragma once

#include "SalaryEntry.h"
#include "WagePercentiles.h"
#include "money/Conversion.h"
#include "money/Money.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace cg {

// One column of a computed salary comparison: the pick as stated, its amount in the display currency with the
// conversion that produced it, and how it differs from the first column. When something cannot be computed the
// column says why instead of showing a number.
struct ComparisonColumn
{
    enum class Difference
    {
        Reference,   // the first column: the others are compared with it
        Ok,          // `difference` and `tenthsOfPercent` hold the comparison
        Unavailable, // see `differenceReason`
    };

    SalaryEntry entry;
    QDate conversionDate;           // the day the entry's as-of date stands for (SalaryEntry::conversionDate)
    Conversion conversion;          // of the headline amount; not ok when there is no rate or nothing to convert
    WagePercentiles convertedRange; // official percentiles at the same rate; empty for article figures

    Difference differenceState = Difference::Unavailable;
    Money difference; // this column's converted amount minus the first column's, exact to the minor unit
    // (difference / first column's amount) in tenths of a percent, rounded once, half away from zero.
    std::optional<qint64> tenthsOfPercent;
    QString differenceReason;

    bool isConverted() const { return conversion.isOk(); }

    // "+13.2%", "−29.4%", "0.0%"; empty when there is no percentage. The minus is U+2212 so it reads as one.
    QString percentText(const QLocale& locale = QLocale()) const;
    // "+$12,345", "−$30,964", "$0". Empty unless differenceState is Ok.
    QString differenceText(const QLocale& locale = QLocale()) const;
};

} // namespace cg
