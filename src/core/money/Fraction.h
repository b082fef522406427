#pragma once

#include "Decimal.h"

#include <QString>

#include <optional>

namespace cg {

// An exact fraction for money arithmetic that must never pass through binary floating point: conversions are
// multiplied and divided out exactly and rounded once, at the end. Numerator and denominator are 128-bit integers
// kept in lowest terms; an operation whose result would not fit (or a division by zero) leaves the fraction
// invalid rather than approximate, and every later operation keeps it invalid.
class Fraction final
{
public:
    Fraction() = default; // zero
    explicit Fraction(qint64 integer);
    Fraction(qint64 numerator, qint64 denominator);
    static Fraction fromDecimal(const Decimal& decimal);

    bool isValid() const { return m_valid; }
    int signum() const;

    Fraction multipliedBy(const Fraction& other) const;
    Fraction dividedBy(const Fraction& other) const;
    Fraction timesPowerOfTen(int exponent) const; // a negative exponent divides

    // Rounds to the nearest integer; a tie (exactly .5) goes away from zero: 2.5 -> 3, -2.5 -> -3.
    // Empty when the fraction is invalid or the result does not fit in qint64.
    std::optional<qint64> roundedHalfAwayFromZero() const;

    // The value with exactly `places` decimals, rounded half away from zero. Empty when invalid.
    QString toDecimalString(int places) const;

    // The fewest decimals that show the value exactly, or -1 when it needs more than maxPlaces (1/3 never ends).
    int exactDecimalPlaces(int maxPlaces) const;

    bool operator==(const Fraction& other) const;
    bool operator!=(const Fraction& other) const { return !(*this == other); }

private:
    __extension__ using Int128 = __int128;

    static Fraction make(Int128 numerator, Int128 denominator);
    static Fraction invalid();
    std::optional<Int128> roundedScaled(int places) const;

    Int128 m_numerator = 0;
    Int128 m_denominator = 1;
    bool m_valid = true;
};

} // namespace cg
