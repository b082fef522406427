#pragma once

#include <QString>

namespace cg::test {
class MainWindowFixture;
}

namespace cg::bench {

class Report;

// The career catalogue in the real Roles tab: filtering (each job family and growth category in turn, and a title
// typed letter by letter) and sorting (each order in turn), from the change until the list has been repainted.
class CatalogueBenchmark final
{
public:
    explicit CatalogueBenchmark(int rounds) : m_rounds(rounds) {}

    bool run(const QString& label, test::MainWindowFixture& session, double limitMs, Report& report,
             QString* error) const;

private:
    int m_rounds;
};

} // namespace cg::bench
