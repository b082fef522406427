#include "Decimal.h"

#include <algorithm>

namespace cg {

namespace {
__extension__ using Int128 = __int128;

Int128 powerOfTen(int exponent)
{
    Int128 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// Both mantissas brought to the larger scale; 18 digits times 10^18 stays far inside 128 bits.
int compare(const Decimal& a, const Decimal& b)
{
    const int scale = std::max(a.scale(), b.scale());
    const Int128 left = Int128(a.mantissa()) * powerOfTen(scale - a.scale());
    const Int128 right = Int128(b.mantissa()) * powerOfTen(scale - b.scale());
    return left < right ? -1 : (left > right ? 1 : 0);
}
} // namespace

Decimal::Decimal(qint64 mantissa, int scale) : m_mantissa(mantissa), m_scale(std::clamp(scale, 0, MaxDigits))
{
    Q_ASSERT_X(scale >= 0 && scale <= MaxDigits, "Decimal", "scale out of range");
}

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    qsizetype i = 0;
    const bool negative = !text.isEmpty() && text.front() == u'-';
    if (negative)
        ++i;
    quint64 mantissa = 0;
    int digits = 0;
    int integerDigits = 0;
    int scale = 0;
    bool inFraction = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'.') {
            if (inFraction || integerDigits == 0)
                return std::nullopt;
            inFraction = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        // Leading zeros add nothing to the mantissa, so only the digits after them count towards the limit.
        if ((mantissa != 0 || c != u'0') && ++digits > MaxDigits)
            return std::nullopt;
        mantissa = mantissa * 10 + quint64(c.unicode() - u'0');
        if (inFraction && ++scale > MaxDigits)
            return std::nullopt;
        if (!inFraction)
            ++integerDigits;
    }
    if (integerDigits == 0 || (inFraction && scale == 0))
        return std::nullopt;
    const qint64 value = qint64(mantissa); // at most 18 digits, so it fits
    return Decimal(negative ? -value : value, scale);
}

QString Decimal::toString() const
{
    const quint64 magnitude = m_mantissa < 0 ? 0 - quint64(m_mantissa) : quint64(m_mantissa);
    QString digits = QString::number(magnitude);
    if (digits.size() <= m_scale)
        digits.prepend(QString(m_scale - digits.size() + 1, u'0'));
    if (m_scale > 0)
        digits.insert(digits.size() - m_scale, u'.');
    if (m_mantissa < 0)
        digits.prepend(u'-');
    return digits;
}

bool Decimal::operator==(const Decimal& other) const
{
    return compare(*this, other) == 0;
}

bool Decimal::operator<(const Decimal& other) const
{
    return compare(*this, other) < 0;
}

} // namespace cg
