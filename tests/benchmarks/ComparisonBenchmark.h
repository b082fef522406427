#pragma once

#include <QString>

namespace cg::test {
class MainWindowFixture;
}

namespace cg::bench {

class Report;

// The salary comparison in the real Salaries tab: adding a fourth column to a comparison of three, and changing the
// display currency of a four-column comparison, each until the tab has repainted. Picks figures in different
// currencies and a U.S. state's (adjusted for its price level), so every update converts.
class ComparisonBenchmark final
{
public:
    explicit ComparisonBenchmark(int rounds) : m_rounds(rounds) {}

    bool run(const QString& label, test::MainWindowFixture& session, double limitMs, Report& report,
             QString* error) const;

private:
    int m_rounds;
};

} // namespace cg::bench
