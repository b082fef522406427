#include "Stopwatch.h"

#include <ctime>

namespace cg::bench {

void Stopwatch::start()
{
    m_cpu = processCpuMs();
    m_wall = std::chrono::steady_clock::now();
}

double Stopwatch::wallMs() const
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_wall).count();
}

double Stopwatch::cpuMs() const
{
    return processCpuMs() - m_cpu;
}

double Stopwatch::processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

} // namespace cg::bench
