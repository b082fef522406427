#include "PayChange.h"

#include "content/AnnualPay.h"
#include "content/OfficialFigure.h"

namespace cg {

PayChange PayChange::between(const QString& originMedian, const QString& destinationMedian)
{
    const AnnualPay from = AnnualPay::parse(originMedian);
    const AnnualPay to = AnnualPay::parse(destinationMedian);
    PayChange change;
    if (from.kind() == AnnualPay::Kind::None || to.kind() == AnnualPay::Kind::None)
        return change;
    const bool fromTop = from.kind() == AnnualPay::Kind::AtLeast;
    const bool toTop = to.kind() == AnnualPay::Kind::AtLeast;
    if (fromTop && toTop)
        return change;
    change.m_dollars = to.dollars() - from.dollars();
    change.m_kind = toTop ? Kind::AtLeast : fromTop ? Kind::AtMost : Kind::Exact;
    return change;
}

QString PayChange::text(const QLocale& locale) const
{
    if (m_kind == Kind::Unknown)
        return tr("unknown");
    const QString sign = m_dollars < 0 ? QStringLiteral("\u2212") : QStringLiteral("+");
    const qint64 magnitude = m_dollars < 0 ? -m_dollars : m_dollars;
    //: %1 the sign (+ or −), %2 the whole dollar amount
    const QString amount = tr("%1$%2").arg(sign, OfficialFigure::grouped(QString::number(magnitude), locale));
    switch (m_kind) {
    case Kind::AtLeast:
        return tr("at least %1").arg(amount);
    case Kind::AtMost:
        return tr("at most %1").arg(amount);
    case Kind::Exact:
    case Kind::Unknown:
        break;
    }
    return amount;
}

bool PayChange::ranksAbove(const PayChange& other) const
{
    if (!isKnown() || !other.isKnown())
        return isKnown() && !other.isKnown();
    if (m_dollars != other.m_dollars)
        return m_dollars > other.m_dollars;
    auto rankOf = [](Kind kind) { return kind == Kind::AtLeast ? 0 : kind == Kind::Exact ? 1 : 2; };
    return rankOf(m_kind) < rankOf(other.m_kind);
}

} // namespace cg
