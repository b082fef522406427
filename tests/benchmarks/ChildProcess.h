#pragma once

#include <QString>
#include <QStringList>

namespace cg::bench {

// Runs one program to completion through bench_spawn_timer and reports its wall time, CPU time and its own peak
// resident memory (see SpawnTimer.cpp for why through a helper). The timer covers exactly process creation to
// exit, with no event loop of ours in between.
class ChildProcess final
{
public:
    struct Result
    {
        bool ok = false;     // started, and exited normally with status 0
        int exitStatus = -1; // or the signal number, negated
        double wallMs = 0.0;
        double cpuMs = 0.0; // user + system time of the child, all its threads
        double peakRssMiB = 0.0;
        QString error;
    };

    explicit ChildProcess(QString spawnTimerPath) : m_spawnTimer(std::move(spawnTimerPath)) {}

    // environment: NAME=value entries added to (or replacing those of) this process's environment. The child's
    // stdout and stderr go to logPath (truncated), so a failure can be read afterwards.
    Result run(const QString& program, const QStringList& arguments, const QStringList& environment,
               const QString& logPath) const;

private:
    QString m_spawnTimer;
};

} // namespace cg::bench
