// careerguide-bench: measures start-up, search, tab switching, the career catalogue, the salary comparison,
// study-plan PDF export and peak memory against the budgets in ARCHITECTURE.md, and prints one table plus one
// `name value unit target` line per measure (also written to test-artifacts/bench.txt). Run by the `bench` target;
// see README.md beside this file.
//
// The runner starts the programs it times as child processes; the in-process measures (search, tabs, comparison,
// PDF) run in a child of this same executable per content database (--measure), so each database gets a fresh
// process with cold caches and nothing left over from the one before.
#include "CareerFitBenchmark.h"
#include "CatalogueBenchmark.h"
#include "ComparisonBenchmark.h"
#include "MainWindowFixture.h"
#include "Measure.h"
#include "PdfBenchmark.h"
#include "ReplanBenchmark.h"
#include "Report.h"
#include "ScaledContentDatabase.h"
#include "SearchBenchmark.h"
#include "StartupBenchmark.h"
#include "StateWagesBenchmark.h"
#include "TabSwitchBenchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace {

using cg::bench::Measure;
using cg::bench::Report;

// The budgets of ARCHITECTURE.md and issue 9.
constexpr double FrameMs = 16.0;
constexpr double SearchRatioLimit = 3.0;
constexpr double PdfLimitMs = 250.0;
constexpr double MemoryLimitMiB = 80.0;

void progress(const QString& text)
{
    std::fprintf(stderr, "bench: %s\n", qUtf8Printable(text));
    std::fflush(stderr);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY");
}

// Offscreen unless there is an X display (e.g. under Xvfb), where the real platform plugin is used.
QStringList childEnvironment()
{
    QStringList environment{QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=C.UTF-8"),
                            QStringLiteral("QT_LOGGING_RULES=qt.qpa.*=false")};
    if (!hasDisplay())
        environment << QStringLiteral("QT_QPA_PLATFORM=offscreen");
    return environment;
}

struct Database
{
    QString label;
    QString path;
    bool fullScale = false; // the "full scale": search ratio budget applies
    QString what;
};

// --measure: the in-process measures for one content database, printed as serialized measures on stdout.
int measure(const QCommandLineParser& parser, int quick)
{
    const QString label = parser.value(QStringLiteral("measure"));
    const QString contentDb = parser.value(QStringLiteral("content-db"));
    const bool fullScale = parser.isSet(QStringLiteral("full-scale"));
    const QStringList only = parser.values(QStringLiteral("only"));
    const auto wanted = [&only](const QString& name) { return only.isEmpty() || only.contains(name); };
    Report report;
    QStringList errors;
    const auto attempt = [&errors](const QString& what, bool ok, const QString& error) {
        if (!ok)
            errors.append(QStringLiteral("%1: %2").arg(what, error));
    };

    {
        cg::test::MainWindowFixture session;
        QString error;
        if (!session.open(&error, contentDb) || !session.showWindowAtRest(&error)) {
            std::printf("@error window: %s\n", qUtf8Printable(error));
            return 1;
        }
        cg::bench::SearchBenchmark::Limits limits;
        limits.p95Ms = FrameMs;
        limits.ratio = fullScale ? SearchRatioLimit : -1;
        if (wanted(QStringLiteral("search"))) {
            progress(QStringLiteral("%1: search").arg(label));
            attempt(QStringLiteral("search"),
                    cg::bench::SearchBenchmark(cg::bench::SearchBenchmark::defaultWords(), 10 / quick)
                        .run(label, session, limits, report, &error),
                    error);
        }
        if (wanted(QStringLiteral("comparison"))) {
            progress(QStringLiteral("%1: salary comparison").arg(label));
            attempt(QStringLiteral("comparison"),
                    cg::bench::ComparisonBenchmark(40 / quick).run(label, session, FrameMs, report, &error), error);
        }
        if (wanted(QStringLiteral("states"))) {
            progress(QStringLiteral("%1: pay by state").arg(label));
            attempt(QStringLiteral("states"),
                    cg::bench::StateWagesBenchmark(30 / quick).run(label, session, FrameMs, report, &error), error);
        }
        if (wanted(QStringLiteral("replan"))) {
            progress(QStringLiteral("%1: re-planning").arg(label));
            attempt(QStringLiteral("replan"),
                    cg::bench::ReplanBenchmark(30 / quick).run(label, session, FrameMs, report, &error), error);
        }
        if (wanted(QStringLiteral("catalogue"))) {
            progress(QStringLiteral("%1: career catalogue").arg(label));
            attempt(QStringLiteral("catalogue"),
                    cg::bench::CatalogueBenchmark(5 / quick + 1).run(label, session, FrameMs, report, &error), error);
        }
        if (wanted(QStringLiteral("fit"))) {
            progress(QStringLiteral("%1: careers that fit me").arg(label));
            attempt(QStringLiteral("fit"),
                    cg::bench::CareerFitBenchmark(40 / quick).run(label, session, FrameMs, report, &error), error);
        }
        if (parser.isSet(QStringLiteral("pdf")) && wanted(QStringLiteral("pdf"))) {
            progress(QStringLiteral("%1: study-plan PDF").arg(label));
            attempt(QStringLiteral("pdf"),
                    cg::bench::PdfBenchmark(15 / quick)
                        .run(session.content().database(), session.scratchPath(QString()), PdfLimitMs, report, &error),
                    error);
        }
    }
    if (wanted(QStringLiteral("tabs"))) {
        progress(QStringLiteral("%1: tab switching").arg(label));
        QString error;
        attempt(QStringLiteral("tab switch"),
                cg::bench::TabSwitchBenchmark(6 / quick, 15 / quick).run(label, contentDb, FrameMs, report, &error),
                error);
    }

    for (const Measure& m : report.measures())
        std::printf("@measure %s\n", qUtf8Printable(m.serialize()));
    for (const QString& e : errors)
        std::printf("@error %s\n", qUtf8Printable(e));
    std::fflush(stdout);
    return errors.isEmpty() ? 0 : 1;
}

bool runMeasureChild(const Database& database, bool pdf, int quick, const QString& logPath, Report& report)
{
    QStringList arguments{QStringLiteral("--measure"), database.label, QStringLiteral("--content-db"), database.path};
    if (database.fullScale)
        arguments << QStringLiteral("--full-scale");
    if (pdf)
        arguments << QStringLiteral("--pdf");
    if (quick > 1)
        arguments << QStringLiteral("--quick");
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : childEnvironment())
        environment.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    child.setProcessEnvironment(environment);
    child.setStandardErrorFile(logPath);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(30 * 60 * 1000)) {
        report.addNote(QStringLiteral("NOT MEASURED: in-process measures of the %1 database: %2 (see %3)")
                           .arg(database.label, child.errorString(), logPath));
        return false;
    }
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("@measure "))) {
            if (const auto m = Measure::parse(line.mid(9)))
                report.add(*m);
        } else if (line.startsWith(QLatin1String("@error "))) {
            report.addNote(QStringLiteral("NOT MEASURED (%1 database): %2").arg(database.label, line.mid(7)));
        }
    }
    if (child.exitStatus() != QProcess::NormalExit)
        report.addNote(QStringLiteral("NOT MEASURED: the measuring process for the %1 database crashed (see %2)")
                           .arg(database.label, logPath));
    return child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
}

void addScale(const Database& database, const cg::bench::ScaledContentDatabase::Counts& counts, Report& report)
{
    const QString prefix = QStringLiteral("scale.%1.").arg(database.label);
    const QString where = database.what;
    report.add({prefix + QStringLiteral("roles"), double(counts.roles), QStringLiteral("count"), std::nullopt,
                QStringLiteral("roles, %1").arg(where)});
    report.add({prefix + QStringLiteral("skills"), double(counts.skills), QStringLiteral("count"), std::nullopt,
                QStringLiteral("skills, %1").arg(where)});
    report.add({prefix + QStringLiteral("role_skills"), double(counts.roleSkills), QStringLiteral("count"),
                std::nullopt, QStringLiteral("role-skill links, %1").arg(where)});
    report.add({prefix + QStringLiteral("index_rows"), double(counts.indexRows), QStringLiteral("count"), std::nullopt,
                QStringLiteral("search index rows, %1").arg(where)});
}

int runAll(const QCommandLineParser& parser, int quick)
{
    const QString app = parser.value(QStringLiteral("careerguide"));
    const QString empty = parser.value(QStringLiteral("empty-window"));
    const QString spawnTimer = parser.value(QStringLiteral("spawn-timer"));
    const QString defaultDb = parser.value(QStringLiteral("content-db"));
    const QString fullDb = parser.value(QStringLiteral("content-db-full"));
    const QString output = parser.value(QStringLiteral("output"));
    const QString buildType = parser.value(QStringLiteral("build-type"));
    for (const QString& path : {app, empty, spawnTimer, defaultDb}) {
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            std::fprintf(stderr, "bench: missing %s\n", qUtf8Printable(path));
            return 2;
        }
    }

    QTemporaryDir work;
    if (!work.isValid()) {
        std::fprintf(stderr, "bench: no temporary folder: %s\n", qUtf8Printable(work.errorString()));
        return 2;
    }
    const QString logDir = QFileInfo(output).absoluteDir().filePath(QStringLiteral("bench-logs"));
    QDir(logDir).removeRecursively();
    QDir().mkpath(logDir);

    Report report;
    report.addNote(
        QStringLiteral("Career Guide benchmarks, %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate)));
    report.addNote(QStringLiteral("build type %1, Qt %2, %3, %4 CPUs, platform %5")
                       .arg(buildType.isEmpty() ? QStringLiteral("unknown") : buildType,
                            QString::fromLatin1(qVersion()), QSysInfo::prettyProductName())
                       .arg(QThread::idealThreadCount())
                       .arg(hasDisplay() ? QStringLiteral("xcb on DISPLAY=%1").arg(qEnvironmentVariable("DISPLAY"))
                                         : QStringLiteral("offscreen")));
    if (buildType != QLatin1String("Release") && buildType != QLatin1String("RelWithDebInfo"))
        report.addNote(QStringLiteral("WARNING: not an optimised build; budgets are meant for Release builds"));
    report.addNote(QStringLiteral("load average (1, 5, 15 min) at start: %1").arg(loadAverage()));
    if (quick > 1)
        report.addNote(QStringLiteral("--quick: fewer runs of everything; numbers are rougher"));

    QList<Database> databases{
        {QStringLiteral("default"), defaultDb, false, QStringLiteral("the default content database")}};
    if (!fullDb.isEmpty() && QFileInfo::exists(fullDb)) {
        databases.append({QStringLiteral("full"), fullDb, true, QStringLiteral("every O*NET occupation")});
    } else {
        report.addNote(
            QStringLiteral("NOT MEASURED: the full database with every O*NET occupation, which needs the full "
                           "O*NET 29.3 and BLS release files: configure with -DCG_OFFICIAL_DATA_DIR=<their "
                           "folder>"));
    }
    const Database& base = databases.constLast();
    const QString kept = parser.value(QStringLiteral("keep-scaled"));
    const QString scaledPath =
        kept.isEmpty() ? work.filePath(QStringLiteral("careerguide-content-scaled.sqlite")) : kept;
    if (!kept.isEmpty())
        QFile::remove(kept);
    cg::bench::ScaledContentDatabase::Counts scaledCounts;
    QString error;
    progress(QStringLiteral("building the scaled database from the %1 one").arg(base.label));
    if (cg::bench::ScaledContentDatabase::build(base.path, scaledPath, &scaledCounts, &error)) {
        databases.append({QStringLiteral("scaled"), scaledPath, true,
                          QStringLiteral("the %1 database plus %2 synthetic roles and %3 synthetic skills")
                              .arg(base.label)
                              .arg(scaledCounts.syntheticRoles)
                              .arg(scaledCounts.syntheticSkills)});
    } else {
        report.addNote(QStringLiteral("NOT MEASURED: the scaled database could not be built: %1").arg(error));
    }
    for (const Database& database : std::as_const(databases)) {
        cg::bench::ScaledContentDatabase::Counts counts;
        if (cg::bench::ScaledContentDatabase::count(database.path, &counts, &error))
            addScale(database, counts, report);
    }

    cg::bench::StartupBenchmark::Config config;
    config.appPath = app;
    config.emptyWindowPath = empty;
    config.spawnTimerPath = spawnTimer;
    config.workDir = work.path();
    config.environment = childEnvironment();
    config.runs = 15 / quick;
    const cg::bench::StartupBenchmark startup(config);
    for (const Database& database : std::as_const(databases)) {
        progress(QStringLiteral("start-up, %1 database, %2 runs each (load %3)")
                     .arg(database.label)
                     .arg(config.runs)
                     .arg(loadAverage()));
        if (!startup.run(database.label, database.path, MemoryLimitMiB, report, &error))
            report.addNote(
                QStringLiteral("NOT MEASURED: start-up with the %1 database: %2").arg(database.label, error));
        // Keep the logs of the last runs, so a failure can be read after the temporary folder is gone.
        for (const QString& name : QDir(work.path()).entryList({QStringLiteral("*.log")}, QDir::Files)) {
            QFile::remove(QDir(logDir).filePath(name));
            QFile::copy(QDir(work.path()).filePath(name), QDir(logDir).filePath(name));
        }
    }
    report.addNote(QStringLiteral("load average after start-up runs: %1").arg(loadAverage()));

    for (const Database& database : std::as_const(databases)) {
        progress(QStringLiteral("in-process measures, %1 database (load %2)").arg(database.label, loadAverage()));
        runMeasureChild(database, database.label == QLatin1String("default"), quick,
                        QDir(logDir).filePath(QStringLiteral("measure-%1.log").arg(database.label)), report);
    }
    report.addNote(QStringLiteral("load average at end: %1").arg(loadAverage()));

    report.sortBySection({QStringLiteral("scale"), QStringLiteral("startup"), QStringLiteral("memory"),
                          QStringLiteral("search"), QStringLiteral("tab"), QStringLiteral("catalogue"),
                          QStringLiteral("comparison"), QStringLiteral("replan"), QStringLiteral("fit"),
                          QStringLiteral("pdf")});
    QString text;
    for (const QString& note : report.notes())
        text += note + u'\n';
    text += u'\n' + report.table() + u'\n' + report.lines();
    std::fputs(qUtf8Printable(text), stdout);
    if (!output.isEmpty()) {
        if (!report.write(output, &error)) {
            std::fprintf(stderr, "bench: cannot write %s: %s\n", qUtf8Printable(output), qUtf8Printable(error));
            return 2;
        }
        std::printf("\nWritten to %s\n", qUtf8Printable(QDir::toNativeSeparators(output)));
    }
    // Budgets missed are a finding, not a failure to run: the table says which.
    return parser.isSet(QStringLiteral("fail-on-miss")) && report.missedCount() > 0 ? 1 : 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // The measuring child needs widgets; the runner only starts processes and must not need a display.
    bool measuring = false;
    for (int i = 1; i < argc; ++i)
        measuring = measuring || qstrcmp(argv[i], "--measure") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (measuring)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("careerguide-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Career Guide against its performance budgets."));
    parser.addHelpOption();
    const auto option = [&parser](const QString& name, const QString& help, const QString& value = QString()) {
        parser.addOption(QCommandLineOption(name, help, value));
    };
    option(QStringLiteral("careerguide"), QStringLiteral("The careerguide executable."), QStringLiteral("PATH"));
    option(QStringLiteral("empty-window"), QStringLiteral("The empty-window yardstick."), QStringLiteral("PATH"));
    option(QStringLiteral("spawn-timer"), QStringLiteral("bench_spawn_timer, which times each start-up."),
           QStringLiteral("PATH"));
    option(QStringLiteral("content-db"), QStringLiteral("The default content database."), QStringLiteral("PATH"));
    option(QStringLiteral("content-db-full"), QStringLiteral("The database with every occupation."),
           QStringLiteral("PATH"));
    option(QStringLiteral("output"), QStringLiteral("Also write the report here."), QStringLiteral("PATH"));
    option(QStringLiteral("build-type"), QStringLiteral("CMAKE_BUILD_TYPE, for the report."), QStringLiteral("TYPE"));
    option(QStringLiteral("keep-scaled"),
           QStringLiteral("Build the scaled database here and keep it (to profile against it)."),
           QStringLiteral("PATH"));
    option(QStringLiteral("quick"), QStringLiteral("A third of the runs: a rough look in less time."));
    option(QStringLiteral("fail-on-miss"), QStringLiteral("Exit with status 1 when a budget is missed."));
    option(QStringLiteral("measure"), QStringLiteral("(internal) Run the in-process measures."),
           QStringLiteral("LABEL"));
    option(QStringLiteral("full-scale"), QStringLiteral("(internal) The database is at full scale."));
    option(QStringLiteral("pdf"), QStringLiteral("(internal) Also measure the study-plan PDF."));
    option(QStringLiteral("only"),
           QStringLiteral(
               "With --measure: run only this one of search, catalogue, comparison, states, replan, fit, pdf, tabs "
               "(repeatable), e.g. under a profiler."),
           QStringLiteral("NAME"));
    parser.process(*app);

    const int quick = parser.isSet(QStringLiteral("quick")) ? 3 : 1;
    return measuring ? measure(parser, quick) : runAll(parser, quick);
}
