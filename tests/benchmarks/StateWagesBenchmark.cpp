#include "StateWagesBenchmark.h"

#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PaintProbe.h"
#include "Report.h"
#include "SalariesTab.h"
#include "Samples.h"
#include "StateWagesPage.h"
#include "Stopwatch.h"
#include "repositories/StateWageRepository.h"
#include "salary/StateWageFigures.h"

#include <QTabWidget>

#include <functional>

namespace cg::bench {

namespace {
struct Timing
{
    Samples painted;
    Samples cpu;
};

bool measure(PaintProbe& probe, const QWidget* scope, const std::function<bool()>& change, bool keep, Timing* timing)
{
    probe.arm(scope);
    const Stopwatch watch;
    if (!change() || !probe.waitForPaint())
        return false;
    if (keep) {
        timing->painted.add(watch.wallMs());
        timing->cpu.add(watch.cpuMs());
    }
    probe.settle();
    return true;
}

void addMeasures(Report& report, const QString& name, const QString& what, const Timing& timing,
                 const std::optional<double>& limit)
{
    report.add({name + QStringLiteral("_p95"), timing.painted.p95(), QStringLiteral("ms"), limit,
                QStringLiteral("%1 to painted, p95 of %2 (median %3 ms)")
                    .arg(what)
                    .arg(timing.painted.count())
                    .arg(timing.painted.median(), 0, 'f', 2)});
    report.add(
        {name + QStringLiteral("_cpu_p95"), timing.cpu.p95(), QStringLiteral("ms"), std::nullopt,
         QStringLiteral("CPU time of the same changes, p95 (median %1 ms)").arg(timing.cpu.median(), 0, 'f', 2)});
}
} // namespace

bool StateWagesBenchmark::run(const QString& label, test::MainWindowFixture& session, double limitMs, Report& report,
                              QString* error) const
{
    MainWindow& window = session.window();
    SalariesTab* tab = window.salariesTab();
    StateWagesPage* page = tab->statePage();
    PaintProbe probe;
    window.showTab(MainWindow::SalariesIndex);
    probe.settle();
    if (auto* pages = tab->findChild<QTabWidget*>(QStringLiteral("comparisonTabs")))
        pages->setCurrentWidget(page);
    probe.settle();

    // Occupations with state estimates, spread across the list so each switch changes every row.
    const StateWageRepository repository(session.content().database());
    const QList<QPair<QString, QString>> all = repository.occupations();
    if (all.size() < 10) {
        *error = QStringLiteral("fewer than 10 occupations have state estimates");
        return false;
    }
    QStringList codes;
    for (int i = 0; i < 20; ++i)
        codes.append(all.at(i * (all.size() - 1) / 19).first);

    Timing occupation;
    for (int round = -1; round < m_rounds; ++round) {
        const QString code = codes.at((round + 1) % codes.size());
        if (!measure(
                probe, page, [&] { return page->showOccupation(code); }, round >= 0, &occupation)) {
            *error = QStringLiteral("showing %1 failed or was never painted").arg(code);
            return false;
        }
    }

    const QList<StateWageFigures::Figure> figures = StateWageFigures::all();
    Timing figure;
    for (int round = -1; round < m_rounds; ++round) {
        const int next = int(figures.at((round + 2) % figures.size()));
        if (!measure(
                probe, page,
                [&] {
                    page->setFigure(next);
                    return true;
                },
                round >= 0, &figure)) {
            *error = QStringLiteral("showing figure %1 was never painted").arg(next);
            return false;
        }
    }

    const QString prefix = QStringLiteral("states.%1.").arg(label);
    const std::optional<double> limit = limitMs < 0 ? std::nullopt : std::optional<double>(limitMs);
    addMeasures(report, prefix + QStringLiteral("occupation"),
                QStringLiteral("switch the occupation (51-row table, map, ranking)"), occupation, limit);
    addMeasures(report, prefix + QStringLiteral("figure"), QStringLiteral("switch the figure the map and ranking show"),
                figure, limit);
    return true;
}

} // namespace cg::bench
