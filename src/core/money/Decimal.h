#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace cg {

// A decimal number exactly as a source printed it: an integer mantissa and a count of decimal places, so "0.85718"
// is 85718 at scale 5. Trailing zeros are kept, so toString() gives back the published text ("1.0860" stays
// "1.0860"). Rates and factors are held this way because binary floating point cannot represent most of them.
class Decimal final
{
public:
    static constexpr int MaxDigits = 18; // significant digits and decimals: every 18-digit mantissa fits in qint64

    Decimal() = default;
    Decimal(qint64 mantissa, int scale); // scale: 0 to MaxDigits

    // Accepts "-?digits(.digits)?" with at most MaxDigits digits after any leading zeros and at most MaxDigits
    // decimals; no exponent, no grouping, no '+', no spaces.
    static std::optional<Decimal> fromString(QStringView text);

    qint64 mantissa() const { return m_mantissa; }
    int scale() const { return m_scale; }
    int signum() const { return m_mantissa > 0 ? 1 : (m_mantissa < 0 ? -1 : 0); }

    QString toString() const;

    // Numeric comparison: 1.5 == 1.50.
    bool operator==(const Decimal& other) const;
    bool operator!=(const Decimal& other) const { return !(*this == other); }
    bool operator<(const Decimal& other) const;

private:
    qint64 m_mantissa = 0;
    int m_scale = 0;
};

} // namespace cg
