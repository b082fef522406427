#pragma once

#include <QList>

namespace cg::bench {

// A set of measurements of one thing (milliseconds, ratios, sizes) and the order statistics the report prints.
class Samples final
{
public:
    void add(double value) { m_values.append(value); }
    void append(const Samples& other) { m_values.append(other.m_values); }
    int count() const { return int(m_values.size()); }
    bool isEmpty() const { return m_values.isEmpty(); }
    const QList<double>& values() const { return m_values; }

    // Nearest-rank percentile (p in 0..100): a value that was really measured, never an interpolation.
    double percentile(double p) const;
    double median() const;
    double p95() const { return percentile(95.0); }
    double min() const;
    double max() const;

private:
    QList<double> m_values;
};

} // namespace cg::bench
