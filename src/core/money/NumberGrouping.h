#pragma once

#include <QLocale>
#include <QString>

namespace cg {

// How a locale groups the digits of a whole number, after CLDR rather than Qt's locale data: Qt 6.4 groups Spanish
// as "1000.000" (it applies Spanish's minimum grouping digits to the leading group instead of to the whole number).
//
// Three CLDR figures decide it: the size of the group next to the decimal mark (primary, 3 almost everywhere), the
// size of every group further left (secondary: 2 in India's "10,00,000", else the primary size), and the minimum
// grouping digits (2 in Spain, Portugal and Poland: "1000" but "12.345"; 1 elsewhere). The separator itself and the
// digits are the locale's own (QLocale has those right).
class NumberGrouping final
{
public:
    NumberGrouping() = default;
    NumberGrouping(int primary, int secondary, int minimumGroupingDigits);

    // CLDR's rules for the locale's language and territory; primary 3, secondary 3, minimum 1 where CLDR says
    // nothing else. The POSIX "C" locale groups as US English.
    static NumberGrouping forLocale(const QLocale& locale);

    int primary() const { return m_primary; }
    int secondary() const { return m_secondary; }
    int minimumGroupingDigits() const { return m_minimumGroupingDigits; }

    // ASCII digits ("1234567") with `separator` put between the groups: "1,234,567", "12,34,567", "1000".
    QString group(const QString& asciiDigits, const QString& separator) const;

    // value in the locale's digits, grouped with the locale's group separator by these rules.
    QString format(quint64 value, const QLocale& locale) const;

    // The locale's digits for ASCII digits: "१२३" for "123" where a locale writes Devanagari digits.
    static QString localDigits(const QString& asciiDigits, const QLocale& locale);

    bool operator==(const NumberGrouping& other) const
    {
        return m_primary == other.m_primary && m_secondary == other.m_secondary &&
               m_minimumGroupingDigits == other.m_minimumGroupingDigits;
    }

private:
    int m_primary = 3;
    int m_secondary = 3;
    int m_minimumGroupingDigits = 1;
};

} // namespace cg
