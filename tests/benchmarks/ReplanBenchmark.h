#pragma once

#include <QString>

namespace cg::test {
class MainWindowFixture;
}

namespace cg::bench {

class Report;

// Re-planning in the real Learning Path tab: a self-taught plan on the shipped back-end path with a fifth of its
// topics ticked off, one own topic and one hidden topic, its pace changed and the plan generated again (saved,
// scheduled from the topics left, tables and topics pane refilled), until the page has repainted.
class ReplanBenchmark final
{
public:
    explicit ReplanBenchmark(int rounds) : m_rounds(rounds) {}

    bool run(const QString& label, test::MainWindowFixture& session, double limitMs, Report& report,
             QString* error) const;

private:
    int m_rounds;
};

} // namespace cg::bench
