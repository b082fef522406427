#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace cg {

// An exact amount of money: integer minor units (cents, pence, paise; yen have none) of an ISO 4217 currency.
// Amounts enter as decimal strings and leave as formatted text without ever becoming floating point.
class Money final
{
    Q_DECLARE_TR_FUNCTIONS(cg::Money)

public:
    enum class Precision
    {
        WholeUnits, // rounded half away from zero to whole units: "$105,366"
        MinorUnits, // every minor unit shown: "$105,366.25"
    };

    Money() = default; // invalid: no currency
    Money(qint64 minorUnits, const QString& currency);

    // "105366", "58682.50", "-12.5". More decimals than the currency has are accepted only when the extra ones are
    // zeros; anything else (exponents, grouping, spaces, "+") is refused with a reason, never rounded.
    static std::optional<Money> parse(QStringView amount, const QString& currency, QString* error = nullptr);

    bool isValid() const;
    qint64 minorUnits() const { return m_minorUnits; }
    QString currency() const { return m_currency; }
    int exponent() const; // minor-unit exponent of the currency

    // Whole units, rounded half away from zero (58682.50 -> 58683, -0.50 -> -1).
    qint64 roundedWholeUnits() const;

    // The exact amount as plain decimal text with all minor digits: "58682.50", "-0.05", "105366" for JPY.
    QString toDecimalString() const;

    // Grouping follows CLDR's rules for the locale (NumberGrouping: "1000 €" and "1.000.000 ₹" in Spanish,
    // "₹10,00,000" in Hindi), whatever Qt's locale data says; decimal mark, symbol position and negative style follow
    // the locale (CLDR's pattern for Spanish and Hindi, Qt's elsewhere); the symbol is
    // Currency::symbol(), so en_US gives "$105,366", "£58,682", "₹900,000", "CA$83,038" and "($5)" for -5 USD.
    QString format(const QLocale& locale, Precision precision = Precision::WholeUnits) const;

    bool operator==(const Money& other) const;
    bool operator!=(const Money& other) const { return !(*this == other); }

private:
    qint64 m_minorUnits = 0;
    QString m_currency;
};

} // namespace cg

Q_DECLARE_METATYPE(cg::Money)
