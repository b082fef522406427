#pragma once

#include <QString>

#include <optional>

namespace cg {

// An OEWS annual wage as a whole number of dollars, for sorting and filtering; what is shown stays the published
// text. BLS prints '#' for a wage at or above its top code ($239,200 a year) and '*' where it has no estimate.
class AnnualPay final
{
public:
    enum class Kind
    {
        None,   // '*', empty or anything else: no estimate
        Exact,  // a published number of dollars
        AtLeast // '#': at least TopCode
    };

    static constexpr qint64 TopCode = 239200;

    AnnualPay() = default;
    static AnnualPay parse(const QString& published);

    Kind kind() const { return m_kind; }
    qint64 dollars() const { return m_dollars; } // TopCode for AtLeast, 0 for None

    // Highest first: '#' above every number, no estimate below everything.
    bool ranksAbove(const AnnualPay& other) const;
    // Whether the wage is known to lie in [minimum, maximum] (either bound may be absent). '#' is within a range
    // with no maximum whose minimum is at most TopCode; no estimate is within no range but the unbounded one.
    bool isWithin(std::optional<qint64> minimum, std::optional<qint64> maximum) const;

private:
    Kind m_kind = Kind::None;
    qint64 m_dollars = 0;
};

} // namespace cg
