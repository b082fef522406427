#pragma once

#include <chrono>

namespace cg::bench {

// Wall-clock and CPU time of this process since start(). Wall time is what a person waits and what the budgets
// are about; CPU time (all threads) is what the work itself costs, and hardly changes when other programs load the
// machine, so the two side by side tell slow code from a busy machine.
class Stopwatch final
{
public:
    Stopwatch() { start(); }
    void start();
    double wallMs() const;
    double cpuMs() const;

private:
    static double processCpuMs();

    std::chrono::steady_clock::time_point m_wall;
    double m_cpu = 0.0;
};

} // namespace cg::bench
