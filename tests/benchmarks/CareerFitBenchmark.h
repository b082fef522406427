#pragma once

#include <QString>

namespace cg::test {
class MainWindowFixture;
}

namespace cg::bench {

class Report;

// Careers that fit me in the real Learning Path tab: after the first computation (which reads the content once),
// one self-assessment mark changed, then every career ranked again and the table repainted.
class CareerFitBenchmark final
{
public:
    explicit CareerFitBenchmark(int rounds) : m_rounds(rounds) {}

    bool run(const QString& label, test::MainWindowFixture& session, double limitMs, Report& report,
             QString* error) const;

private:
    int m_rounds;
};

} // namespace cg::bench
