#pragma once

#include <QString>

namespace cg::test {
class MainWindowFixture;
}

namespace cg::bench {

class Report;

// Pay by state in the real Salaries tab: switching the occupation (table, map and ranking refilled) and switching
// the figure the map and ranking show, each until the page has repainted.
class StateWagesBenchmark final
{
public:
    explicit StateWagesBenchmark(int rounds) : m_rounds(rounds) {}

    bool run(const QString& label, test::MainWindowFixture& session, double limitMs, Report& report,
             QString* error) const;

private:
    int m_rounds;
};

} // namespace cg::bench
