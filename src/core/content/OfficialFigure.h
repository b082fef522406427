#pragma once

#include <QLocale>
#include <QString>

namespace cg {

// Turns an official figure, stored as the decimal string of its release, into display text without passing it
// through binary floating point, and spells out the markers BLS prints instead of a number ('#' = above the top of
// the published range, '*' and '**' = no estimate, an em dash = not applicable). A marker never becomes a number.
class OfficialFigure final
{
public:
    // OEWS tops out at $239,200 a year and $115.00 an hour; '#' means "at least that much".
    static constexpr const char* AnnualCeiling = "239200";
    static constexpr const char* HourlyCeiling = "115.00";

    static QString annualWage(const QString& raw, const QLocale& locale = QLocale());    // "$133,080"
    static QString hourlyWage(const QString& raw, const QLocale& locale = QLocale());    // "$64.00"
    static QString number(const QString& raw, const QLocale& locale = QLocale());        // "1,693.8"
    static QString percent(const QString& raw, const QLocale& locale = QLocale());       // "15.8%"
    static QString signedPercent(const QString& raw, const QLocale& locale = QLocale()); // "+15.8%"
    static QString thousands(const QString& raw, const QLocale& locale = QLocale());     // "1,693,800" from "1693.8"

    // True when raw is a plain decimal number rather than a marker or blank.
    static bool isNumber(const QString& raw);
    // The decimal string with digit grouping, e.g. "-1234.5" -> "-1,234.5"; raw must satisfy isNumber().
    static QString grouped(const QString& raw, const QLocale& locale);

private:
    static QString marker(const QString& raw);
};

} // namespace cg
