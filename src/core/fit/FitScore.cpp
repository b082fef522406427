#include "FitScore.h"

namespace cg {

int FitScore::percent() const
{
    if (m_total <= 0)
        return 0;
    return int((200 * m_known + m_total) / (2 * m_total));
}

int FitScore::compare(const FitScore& other) const
{
    if (isRated() != other.isRated())
        return isRated() ? -1 : 1;
    if (!isRated())
        return 0;
    // known/total against other.known/other.total without division. Totals stay far below 2^31 (at most some
    // seventy ratings of 500 x 700 hundredths), so the products fit in 64 bits.
    const qint64 mine = m_known * other.m_total;
    const qint64 theirs = other.m_known * m_total;
    return mine > theirs ? -1 : mine < theirs ? 1 : 0;
}

} // namespace cg
