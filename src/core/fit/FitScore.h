#pragma once

#include <QtGlobal>

namespace cg {

// How much of what a career needs the person knows: the summed weight of the known needs over the summed weight of
// all of them, kept as two whole numbers so that ranking compares the exact fraction and nothing is lost to
// rounding. A career with no weighed needs (total 0) is not rated: it has no score, and is never 0% as if known.
class FitScore final
{
public:
    FitScore() = default;
    FitScore(qint64 known, qint64 total) : m_known(known), m_total(total) {}

    qint64 known() const { return m_known; }
    qint64 total() const { return m_total; }
    bool isRated() const { return m_total > 0; }

    // The share in whole percent, rounded half up (for display only); 0 when not rated.
    int percent() const;
    // -1 when this fits better than `other`, 1 when worse, 0 when the fractions are equal. Unrated after rated.
    int compare(const FitScore& other) const;

    friend bool operator==(const FitScore& a, const FitScore& b) { return a.compare(b) == 0; }

private:
    qint64 m_known = 0;
    qint64 m_total = 0;
};

} // namespace cg
