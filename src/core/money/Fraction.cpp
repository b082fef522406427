#include "Fraction.h"

#include <limits>

namespace cg {

namespace {
__extension__ using Int128 = __int128;

constexpr int MaxPowerOfTen = 38; // 10^38 < 2^127

Int128 absolute(Int128 value)
{
    return value < 0 ? -value : value;
}

Int128 greatestCommonDivisor(Int128 a, Int128 b)
{
    a = absolute(a);
    b = absolute(b);
    while (b != 0) {
        const Int128 rest = a % b;
        a = b;
        b = rest;
    }
    return a;
}

std::optional<Int128> powerOfTen(int exponent)
{
    if (exponent < 0 || exponent > MaxPowerOfTen)
        return std::nullopt;
    Int128 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// Quotient rounded to the nearest integer, ties away from zero. The denominator is positive.
Int128 divideRounded(Int128 numerator, Int128 denominator)
{
    Int128 quotient = numerator / denominator;
    const Int128 remainder = absolute(numerator % denominator);
    // remainder >= denominator - remainder is 2 * remainder >= denominator without the overflow.
    if (remainder != 0 && remainder >= denominator - remainder)
        quotient += numerator < 0 ? -1 : 1;
    return quotient;
}

QString toText(Int128 value)
{
    if (value == 0)
        return QStringLiteral("0");
    const bool negative = value < 0;
    QString digits;
    // Work on the negative side so the most negative value needs no special case.
    Int128 rest = negative ? value : -value;
    while (rest != 0) {
        digits.prepend(QChar(u'0' + int(-(rest % 10))));
        rest /= 10;
    }
    if (negative)
        digits.prepend(u'-');
    return digits;
}
} // namespace

Fraction::Fraction(qint64 integer) : m_numerator(integer) {}

Fraction::Fraction(qint64 numerator, qint64 denominator)
{
    *this = make(numerator, denominator);
}

Fraction Fraction::fromDecimal(const Decimal& decimal)
{
    const std::optional<Int128> denominator = powerOfTen(decimal.scale());
    return denominator ? make(decimal.mantissa(), *denominator) : invalid();
}

Fraction Fraction::invalid()
{
    Fraction fraction;
    fraction.m_valid = false;
    return fraction;
}

Fraction Fraction::make(Int128 numerator, Int128 denominator)
{
    if (denominator == 0)
        return invalid();
    // Negating the most negative value would overflow; such a value is far outside anything money needs.
    constexpr Int128 lowest = -(((Int128(1) << 126) - 1) * 2) - 2;
    if (numerator == lowest || denominator == lowest)
        return invalid();
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Int128 divisor = greatestCommonDivisor(numerator, denominator);
    Fraction fraction;
    fraction.m_numerator = divisor > 1 ? numerator / divisor : numerator;
    fraction.m_denominator = divisor > 1 ? denominator / divisor : denominator;
    return fraction;
}

int Fraction::signum() const
{
    return m_numerator > 0 ? 1 : (m_numerator < 0 ? -1 : 0);
}

Fraction Fraction::multipliedBy(const Fraction& other) const
{
    if (!m_valid || !other.m_valid)
        return invalid();
    // Cross-cancelling first keeps the intermediate products as small as the result allows.
    const Int128 g1 = greatestCommonDivisor(m_numerator, other.m_denominator);
    const Int128 g2 = greatestCommonDivisor(other.m_numerator, m_denominator);
    const Int128 a = g1 > 1 ? m_numerator / g1 : m_numerator;
    const Int128 d = g1 > 1 ? other.m_denominator / g1 : other.m_denominator;
    const Int128 c = g2 > 1 ? other.m_numerator / g2 : other.m_numerator;
    const Int128 b = g2 > 1 ? m_denominator / g2 : m_denominator;
    Int128 numerator = 0;
    Int128 denominator = 0;
    if (__builtin_mul_overflow(a, c, &numerator) || __builtin_mul_overflow(b, d, &denominator))
        return invalid();
    return make(numerator, denominator);
}

Fraction Fraction::dividedBy(const Fraction& other) const
{
    if (!m_valid || !other.m_valid || other.m_numerator == 0)
        return invalid();
    Fraction reciprocal;
    reciprocal.m_numerator = other.m_numerator < 0 ? -other.m_denominator : other.m_denominator;
    reciprocal.m_denominator = absolute(other.m_numerator);
    return multipliedBy(reciprocal);
}

Fraction Fraction::timesPowerOfTen(int exponent) const
{
    if (!m_valid)
        return invalid();
    if (exponent == 0)
        return *this;
    const std::optional<Int128> factor = powerOfTen(exponent < 0 ? -exponent : exponent);
    if (!factor)
        return invalid();
    Fraction scale;
    scale.m_numerator = exponent > 0 ? *factor : 1;
    scale.m_denominator = exponent > 0 ? 1 : *factor;
    return multipliedBy(scale);
}

std::optional<Fraction::Int128> Fraction::roundedScaled(int places) const
{
    if (!m_valid)
        return std::nullopt;
    const Fraction scaled = timesPowerOfTen(places);
    if (!scaled.m_valid)
        return std::nullopt;
    return divideRounded(scaled.m_numerator, scaled.m_denominator);
}

std::optional<qint64> Fraction::roundedHalfAwayFromZero() const
{
    const std::optional<Int128> value = roundedScaled(0);
    if (!value || *value > std::numeric_limits<qint64>::max() || *value < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return qint64(*value);
}

QString Fraction::toDecimalString(int places) const
{
    if (places < 0)
        return {};
    const std::optional<Int128> value = roundedScaled(places);
    if (!value)
        return {};
    const bool negative = *value < 0;
    QString digits = toText(*value);
    if (negative)
        digits.remove(0, 1);
    if (digits.size() <= places)
        digits.prepend(QString(places - digits.size() + 1, u'0'));
    if (places > 0)
        digits.insert(digits.size() - places, u'.');
    if (negative)
        digits.prepend(u'-');
    return digits;
}

int Fraction::exactDecimalPlaces(int maxPlaces) const
{
    if (!m_valid)
        return -1;
    // In lowest terms the value ends after k decimals exactly when the denominator divides 10^k.
    for (int places = 0; places <= std::min(maxPlaces, MaxPowerOfTen); ++places) {
        if (*powerOfTen(places) % m_denominator == 0)
            return places;
    }
    return -1;
}

bool Fraction::operator==(const Fraction& other) const
{
    if (!m_valid || !other.m_valid)
        return m_valid == other.m_valid;
    return m_numerator == other.m_numerator && m_denominator == other.m_denominator;
}

} // namespace cg
