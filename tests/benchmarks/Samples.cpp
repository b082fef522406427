#include "Samples.h"

#include <algorithm>
#include <cmath>

namespace cg::bench {

double Samples::percentile(double p) const
{
    if (m_values.isEmpty())
        return 0.0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double Samples::median() const
{
    if (m_values.isEmpty())
        return 0.0;
    // The middle value, or the mean of the two middle values for an even count.
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.at(middle) : (sorted.at(middle - 1) + sorted.at(middle)) / 2.0;
}

double Samples::min() const
{
    return m_values.isEmpty() ? 0.0 : *std::min_element(m_values.cbegin(), m_values.cend());
}

double Samples::max() const
{
    return m_values.isEmpty() ? 0.0 : *std::max_element(m_values.cbegin(), m_values.cend());
}

} // namespace cg::bench
