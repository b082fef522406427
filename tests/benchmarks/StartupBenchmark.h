#pragma once

#include <QString>
#include <QStringList>

namespace cg::bench {

class Report;

// Start-up to first paint: the real `careerguide --exit-after-startup` against the empty window built beside it,
// run alternately (app, empty, empty, app, ...) so that a change in machine load hits both alike; beside them the
// same yardstick showing a window of text, which says how much of the gap any window of text pays. Each app run
// is a first start (fresh user database and settings); a later start, with those kept, is measured beside it. Also
// reports the app's peak memory.
class StartupBenchmark final
{
public:
    struct Config
    {
        QString appPath;
        QString emptyWindowPath;
        QString spawnTimerPath;  // bench_spawn_timer, which starts and measures each run
        QString workDir;         // fresh user databases, settings folders and logs go here
        QStringList environment; // NAME=value for every child (platform, locale)
        int runs = 15;           // timed runs of each program
        int warmUpRuns = 2;      // untimed runs of each first, so both start from a warm file cache
    };

    explicit StartupBenchmark(Config config) : m_config(std::move(config)) {}

    // label names the database in the report ("default", "full", "scaled"); memoryLimitMiB < 0: no memory budget.
    bool run(const QString& label, const QString& contentDb, double memoryLimitMiB, Report& report,
             QString* error) const;

private:
    Config m_config;
};

} // namespace cg::bench
