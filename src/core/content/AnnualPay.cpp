#include "AnnualPay.h"

namespace cg {

AnnualPay AnnualPay::parse(const QString& published)
{
    AnnualPay pay;
    const QString text = published.trimmed();
    if (text == QLatin1String("#") || text == QLatin1String(">=$239,200")) {
        pay.m_kind = Kind::AtLeast;
        pay.m_dollars = TopCode;
        return pay;
    }
    if (text.isEmpty() || text.size() > 15)
        return pay;
    qint64 dollars = 0;
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return pay;
        dollars = dollars * 10 + (c.unicode() - u'0');
    }
    pay.m_kind = Kind::Exact;
    pay.m_dollars = dollars;
    return pay;
}

bool AnnualPay::ranksAbove(const AnnualPay& other) const
{
    if (m_kind == Kind::None || other.m_kind == Kind::None)
        return m_kind != Kind::None && other.m_kind == Kind::None;
    if (m_kind == Kind::AtLeast || other.m_kind == Kind::AtLeast)
        return m_kind == Kind::AtLeast && other.m_kind != Kind::AtLeast;
    return m_dollars > other.m_dollars;
}

bool AnnualPay::isWithin(std::optional<qint64> minimum, std::optional<qint64> maximum) const
{
    switch (m_kind) {
    case Kind::None:
        return !minimum && !maximum;
    case Kind::AtLeast:
        return !maximum && (!minimum || *minimum <= TopCode);
    case Kind::Exact:
        break;
    }
    return (!minimum || m_dollars >= *minimum) && (!maximum || m_dollars <= *maximum);
}

} // namespace cg
