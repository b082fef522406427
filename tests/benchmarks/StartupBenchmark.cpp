#include "StartupBenchmark.h"

#include "ChildProcess.h"
#include "Report.h"
#include "Samples.h"

#include <QDir>
#include <QFile>

namespace cg::bench {

namespace {
constexpr double StartupRatioLimit = 1.5;
}

bool StartupBenchmark::run(const QString& label, const QString& contentDb, double memoryLimitMiB, Report& report,
                           QString* error) const
{
    const QDir work(m_config.workDir);
    const ChildProcess process(m_config.spawnTimerPath);
    int runIndex = 0;
    // A first start gets a fresh user database and settings folder; a later start reuses the ones of an earlier run,
    // as every start after the first does.
    const auto startApp = [&](bool first, ChildProcess::Result* result) {
        const QString tag =
            first ? QStringLiteral("%1-%2").arg(label).arg(runIndex++) : QStringLiteral("%1-kept").arg(label);
        const QString userDb = work.filePath(QStringLiteral("user-%1.sqlite").arg(tag));
        const QString home = work.filePath(QStringLiteral("home-%1").arg(tag));
        if (first) {
            QDir(home).removeRecursively();
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(userDb + suffix);
        }
        QDir().mkpath(home);
        QStringList environment = m_config.environment;
        environment << QStringLiteral("XDG_CONFIG_HOME=%1/config").arg(home)
                    << QStringLiteral("XDG_DATA_HOME=%1/data").arg(home)
                    << QStringLiteral("XDG_CACHE_HOME=%1/cache").arg(home);
        *result = process.run(m_config.appPath,
                              {QStringLiteral("--exit-after-startup"), QStringLiteral("--content-db"), contentDb,
                               QStringLiteral("--user-db"), userDb},
                              environment, work.filePath(QStringLiteral("careerguide-%1.log").arg(label)));
        return result->ok;
    };
    const auto runApp = [&](ChildProcess::Result* result) { return startApp(true, result); };
    const auto runLater = [&](ChildProcess::Result* result) { return startApp(false, result); };
    const auto runEmpty = [&](ChildProcess::Result* result) {
        *result = process.run(m_config.emptyWindowPath, {}, m_config.environment,
                              work.filePath(QStringLiteral("empty-window-%1.log").arg(label)));
        return result->ok;
    };
    const auto runText = [&](ChildProcess::Result* result) {
        *result = process.run(m_config.emptyWindowPath, {QStringLiteral("--with-text")}, m_config.environment,
                              work.filePath(QStringLiteral("text-window-%1.log").arg(label)));
        return result->ok;
    };

    ChildProcess::Result result;
    for (int i = 0; i < m_config.warmUpRuns; ++i) {
        if (!runApp(&result) || !runLater(&result) || !runEmpty(&result) || !runText(&result)) {
            *error = result.error;
            return false;
        }
    }

    Samples app;
    Samples empty;
    Samples ratios;
    Samples cpuRatios;
    Samples appCpu;
    Samples appMemory;
    Samples emptyMemory;
    Samples text;
    Samples textRatios;
    Samples later;
    Samples laterRatios;
    for (int i = 0; i < m_config.runs; ++i) {
        // ABBA order: neither program always runs right after the other. The text window runs after each pair.
        ChildProcess::Result appRun;
        ChildProcess::Result emptyRun;
        ChildProcess::Result textRun;
        const bool appFirst = i % 2 == 0;
        ChildProcess::Result laterRun;
        const bool ok = (appFirst ? runApp(&appRun) && runEmpty(&emptyRun) : runEmpty(&emptyRun) && runApp(&appRun)) &&
                        runText(&textRun) && runLater(&laterRun);
        if (!ok) {
            *error = !appRun.error.isEmpty()     ? appRun.error
                     : !emptyRun.error.isEmpty() ? emptyRun.error
                                                 : textRun.error;
            return false;
        }
        text.add(textRun.wallMs);
        later.add(laterRun.wallMs);
        laterRatios.add(laterRun.wallMs / emptyRun.wallMs);
        textRatios.add(appRun.wallMs / textRun.wallMs);
        app.add(appRun.wallMs);
        empty.add(emptyRun.wallMs);
        ratios.add(appRun.wallMs / emptyRun.wallMs);
        cpuRatios.add(appRun.cpuMs / emptyRun.cpuMs);
        appCpu.add(appRun.cpuMs);
        appMemory.add(appRun.peakRssMiB);
        emptyMemory.add(emptyRun.peakRssMiB);
    }

    const QString prefix = QStringLiteral("startup.%1.").arg(label);
    report.add({prefix + QStringLiteral("app_median"), app.median(), QStringLiteral("ms"), std::nullopt,
                QStringLiteral("careerguide --exit-after-startup, a first start, %1 database, median of %2 (p95 %3 ms)")
                    .arg(label)
                    .arg(app.count())
                    .arg(app.p95(), 0, 'f', 1)});
    report.add({prefix + QStringLiteral("empty_median"), empty.median(), QStringLiteral("ms"), std::nullopt,
                QStringLiteral("empty QMainWindow to first paint, median of %1 (p95 %2 ms)")
                    .arg(empty.count())
                    .arg(empty.p95(), 0, 'f', 1)});
    report.add({prefix + QStringLiteral("ratio"), ratios.median(), QStringLiteral("x"), StartupRatioLimit,
                QStringLiteral("median of the %1 paired app/empty ratios (ratio of medians %2)")
                    .arg(ratios.count())
                    .arg(app.median() / empty.median(), 0, 'f', 2)});
    report.add({prefix + QStringLiteral("later_median"), later.median(), QStringLiteral("ms"), std::nullopt,
                QStringLiteral("a later start: the user database and settings of an earlier run kept, median of %1 "
                               "(p95 %2 ms)")
                    .arg(later.count())
                    .arg(later.p95(), 0, 'f', 1)});
    report.add({prefix + QStringLiteral("later_ratio"), laterRatios.median(), QStringLiteral("x"), StartupRatioLimit,
                QStringLiteral("median of the paired ratios of a later start to the empty window")});
    report.add(
        {prefix + QStringLiteral("text_window_median"), text.median(), QStringLiteral("ms"), std::nullopt,
         QStringLiteral("the same window showing menus, tabs, a list and a page of text, median of %1 (p95 %2 ms)")
             .arg(text.count())
             .arg(text.p95(), 0, 'f', 1)});
    report.add({prefix + QStringLiteral("text_ratio"), textRatios.median(), QStringLiteral("x"), std::nullopt,
                QStringLiteral("median of the paired app/text-window ratios: the app beside a window of text")});
    report.add({prefix + QStringLiteral("cpu_ratio"), cpuRatios.median(), QStringLiteral("x"), std::nullopt,
                QStringLiteral("median of the paired app/empty CPU-time ratios (app CPU median %1 ms)")
                    .arg(appCpu.median(), 0, 'f', 1)});
    Measure memory{
        QStringLiteral("memory.%1.peak").arg(label), appMemory.max(), QStringLiteral("MiB"), std::nullopt,
        QStringLiteral("peak resident memory of a start-up, %1 database, highest of %2 (empty window %3 MiB)")
            .arg(label)
            .arg(appMemory.count())
            .arg(emptyMemory.max(), 0, 'f', 1)};
    if (memoryLimitMiB >= 0)
        memory.limit = memoryLimitMiB;
    report.add(memory);
    return true;
}

} // namespace cg::bench
