#include "Money.h"

#include "Currency.h"
#include "Decimal.h"
#include "Fraction.h"
#include "NumberGrouping.h"

#include <QCoreApplication>

namespace cg {

namespace {
quint64 magnitude(qint64 value)
{
    return value < 0 ? 0 - quint64(value) : quint64(value);
}

qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// CLDR's currency spacing: a symbol that ends (or starts) with a letter is kept apart from the digits by a
// no-break space, so CHF 100 does not print as "CHF100". Qt's currency formatting does not do this.
QString spaceSymbol(QString pattern, const QString& symbol, const QString& number)
{
    const qsizetype symbolAt = pattern.indexOf(symbol);
    const qsizetype numberAt = pattern.indexOf(number);
    if (symbolAt < 0 || numberAt < 0 || symbol.isEmpty())
        return pattern;
    if (symbolAt + symbol.size() == numberAt && symbol.back().isLetter())
        pattern.insert(numberAt, QChar(0x00A0));
    else if (numberAt + number.size() == symbolAt && symbol.front().isLetter())
        pattern.insert(symbolAt, QChar(0x00A0));
    return pattern;
}
// The symbol and sign around `number`. For the interface's languages other than English the pattern is CLDR's, as
// written here, because Qt 6.4's data puts Hindi's minus sign between the symbol and the digits ("₹-5" where CLDR
// has "-₹5"). Every other locale, English included (Qt's accounting style "($5)"), keeps Qt's pattern.
QString currencyPattern(const QLocale& locale, bool negative, const QString& symbol, const QString& number)
{
    const QString sign = negative ? locale.negativeSign() : QString();
    if (locale.language() == QLocale::Hindi)
        return sign + symbol + number; // CLDR hi: "¤#,##,##0.00", negative "-¤#,##,##0.00"
    if (locale.language() == QLocale::Spanish && NumberGrouping::forLocale(locale).minimumGroupingDigits() == 2)
        return sign + number + QChar(0x00A0) + symbol; // CLDR es: "#,##0.00 ¤" (no-break space), negative "-…"
    return locale.toCurrencyString(qlonglong(negative ? -1 : 1), symbol);
}
} // namespace

Money::Money(qint64 minorUnits, const QString& currency) : m_minorUnits(minorUnits), m_currency(currency) {}

std::optional<Money> Money::parse(QStringView amount, const QString& currency, QString* error)
{
    const auto fail = [error](const QString& reason) -> std::optional<Money> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!Currency::isValidCode(currency))
        return fail(tr("'%1' is not an ISO 4217 currency code").arg(currency));
    const std::optional<Decimal> decimal = Decimal::fromString(amount);
    if (!decimal)
        return fail(tr("'%1' is not a plain decimal amount").arg(amount.toString()));
    const int exponent = Currency::minorUnitExponent(currency);
    const std::optional<qint64> minor =
        Fraction::fromDecimal(*decimal).timesPowerOfTen(exponent).roundedHalfAwayFromZero();
    if (!minor)
        return fail(tr("'%1' is too large").arg(amount.toString()));
    // Refuse rather than round: a figure with more precision than its currency is a data error to look at.
    if (Fraction(*minor) != Fraction::fromDecimal(*decimal).timesPowerOfTen(exponent))
        return fail(tr("'%1' has more decimals than %2 has minor units").arg(amount.toString(), currency));
    return Money(*minor, currency);
}

bool Money::isValid() const
{
    return Currency::isValidCode(m_currency);
}

int Money::exponent() const
{
    return Currency::minorUnitExponent(m_currency);
}

qint64 Money::roundedWholeUnits() const
{
    // Dividing by at least 1 cannot overflow, so the rounding always has a value.
    return Fraction(m_minorUnits).timesPowerOfTen(-exponent()).roundedHalfAwayFromZero().value_or(0);
}

QString Money::toDecimalString() const
{
    return Fraction(m_minorUnits).timesPowerOfTen(-exponent()).toDecimalString(exponent());
}

QString Money::format(const QLocale& requested, Precision precision) const
{
    if (!isValid())
        return {};
    // The POSIX "C" locale (LANG=C, common on servers and in tests) puts the symbol after the number ("100$");
    // nobody writes money that way, so it reads as US English.
    const QLocale locale =
        requested.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : requested;
    const int digits = exponent();
    // Digits are grouped by CLDR's rules for the locale, not by QLocale::toString(): Qt 6.4 groups Spanish amounts
    // as "1000.000" and would group a four-digit one that Spanish leaves whole.
    const NumberGrouping grouping = NumberGrouping::forLocale(locale);
    bool negative = false;
    QString number;
    if (precision == Precision::WholeUnits || digits == 0) {
        const qint64 whole = roundedWholeUnits();
        negative = whole < 0;
        number = grouping.format(magnitude(whole), locale);
    } else {
        const quint64 units = magnitude(m_minorUnits);
        const quint64 scale = quint64(powerOfTen(digits));
        negative = m_minorUnits < 0;
        const QString fraction = NumberGrouping::localDigits(
            QString::number(units % scale).rightJustified(digits, QLatin1Char('0')), locale);
        number = grouping.format(units / scale, locale) + locale.decimalPoint() + fraction;
    }
    // Let the locale place the symbol and the sign around a stand-in number, then put the real number in its place;
    // QLocale's own currency formatting would go through double for the minor units.
    const QString symbol = Currency::symbol(m_currency);
    const QString standIn = locale.toString(qlonglong(1));
    const QString pattern = spaceSymbol(currencyPattern(locale, negative, symbol, standIn), symbol, standIn);
    QString text = pattern;
    const qsizetype at = text.indexOf(standIn); // symbols contain no digits, so this is the number
    return at < 0 ? pattern : text.replace(at, standIn.size(), number);
}

bool Money::operator==(const Money& other) const
{
    return m_minorUnits == other.m_minorUnits && m_currency == other.m_currency;
}

} // namespace cg
