#include "TabSwitchBenchmark.h"

#include "LearningPathTab.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PaintProbe.h"
#include "Report.h"
#include "RolesTab.h"
#include "SalariesTab.h"
#include "Samples.h"
#include "SkillsTab.h"
#include "Stopwatch.h"

#include <QComboBox>
#include <QHash>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

namespace cg::bench {

namespace {
// The tab widget's own page: asking the window for a tab would build one not yet built before the switch.
QWidget* page(const MainWindow& window, MainWindow::Tab tab)
{
    const auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    return tabs ? tabs->widget(int(tab)) : nullptr;
}

QString tabName(MainWindow::Tab tab)
{
    switch (tab) {
    case MainWindow::RolesIndex:
        return QStringLiteral("Roles");
    case MainWindow::SkillsIndex:
        return QStringLiteral("Skills");
    case MainWindow::SalariesIndex:
        return QStringLiteral("Salaries");
    case MainWindow::LearningPathIndex:
        return QStringLiteral("Learning Path");
    }
    return {};
}

struct Switch
{
    double paintedMs = 0;
    double paintedCpuMs = 0;
    double settledMs = 0;
};

bool switchTo(MainWindow& window, MainWindow::Tab tab, PaintProbe& probe, Switch* result, QString* error)
{
    probe.arm(page(window, tab));
    const Stopwatch watch;
    window.showTab(tab);
    if (!probe.waitForPaint()) {
        *error = QStringLiteral("the %1 tab was never painted").arg(tabName(tab));
        return false;
    }
    result->paintedMs = watch.wallMs();
    result->paintedCpuMs = watch.cpuMs();
    probe.settle();
    result->settledMs = watch.wallMs();
    return true;
}
// Times on the Skills tab: choosing each O*NET list the first time (it is read then), and typing into the technology
// list's filter, each keystroke a query of the database.
struct SkillLists
{
    Samples firstChoice;
    Samples firstChoiceCpu;
    Samples keystroke;
    Samples keystrokeCpu;
};

bool measureSkillLists(MainWindow& window, PaintProbe& probe, SkillLists* result, QString* error)
{
    SkillsTab* tab = window.skillsTab();
    auto* lists = tab->findChild<QComboBox*>(QStringLiteral("listCombo"));
    auto* filter = tab->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    if (!lists || !filter) {
        *error = QStringLiteral("the Skills tab has no list choice or filter");
        return false;
    }
    for (const SkillsTab::List list : {SkillsTab::OnetList, SkillsTab::TechnologyList}) {
        probe.arm(tab);
        const Stopwatch watch;
        lists->setCurrentIndex(lists->findData(int(list)));
        if (!probe.waitForPaint()) {
            *error = QStringLiteral("the Skills tab was never painted after choosing a list");
            return false;
        }
        result->firstChoice.add(watch.wallMs());
        result->firstChoiceCpu.add(watch.cpuMs());
        probe.settle();
    }
    filter->setFocus();
    for (const QChar letter : QStringLiteral("kubernetes")) {
        probe.arm(tab);
        const Stopwatch watch;
        QTest::keyClick(filter, letter.toLatin1());
        if (!probe.waitForPaint()) {
            *error = QStringLiteral("the technology list was never painted after a keystroke");
            return false;
        }
        result->keystroke.add(watch.wallMs());
        result->keystrokeCpu.add(watch.cpuMs());
        probe.settle();
    }
    // Back as the person found it, so the warm switches show the same page as before.
    filter->clear();
    tab->showList(SkillsTab::CuratedList);
    probe.settle();
    return true;
}
} // namespace

bool TabSwitchBenchmark::run(const QString& label, const QString& contentDb, double limitMs, Report& report,
                             QString* error) const
{
    const QList<MainWindow::Tab> order{MainWindow::SkillsIndex, MainWindow::SalariesIndex,
                                       MainWindow::LearningPathIndex, MainWindow::RolesIndex};
    PaintProbe probe;
    Samples firstPainted;
    Samples firstCpu;
    Samples firstSettled;
    QHash<int, Samples> firstByTab;
    QHash<int, Samples> firstPaintedByTab;
    Samples warm;
    Samples warmCpu;
    SkillLists skillLists;
    for (int run = 0; run < m_freshWindows; ++run) {
        test::MainWindowFixture session;
        if (!session.open(error, contentDb) || !session.showWindowAtRest(error))
            return false;
        // The Roles tab is the first page and was shown at start-up; the others load on their first visit.
        for (const MainWindow::Tab tab : order) {
            Switch result;
            if (!switchTo(session.window(), tab, probe, &result, error))
                return false;
            if (tab == MainWindow::RolesIndex)
                continue;
            firstPainted.add(result.paintedMs);
            firstCpu.add(result.paintedCpuMs);
            firstSettled.add(result.settledMs);
            firstByTab[int(tab)].add(result.settledMs);
            firstPaintedByTab[int(tab)].add(result.paintedMs);
        }
        // The Skills tab's own lists, then back to the first page, where the warm switches start.
        Switch again;
        if (!switchTo(session.window(), MainWindow::SkillsIndex, probe, &again, error) ||
            !measureSkillLists(session.window(), probe, &skillLists, error) ||
            !switchTo(session.window(), MainWindow::RolesIndex, probe, &again, error))
            return false;
        if (run + 1 < m_freshWindows)
            continue;
        for (int round = 0; round < m_rounds; ++round) {
            for (const MainWindow::Tab tab : order) {
                Switch result;
                if (!switchTo(session.window(), tab, probe, &result, error))
                    return false;
                warm.add(result.paintedMs);
                warmCpu.add(result.paintedCpuMs);
            }
        }
    }

    QString slowest;
    double slowestMedian = -1;
    for (auto it = firstByTab.cbegin(); it != firstByTab.cend(); ++it) {
        if (it.value().median() > slowestMedian) {
            slowestMedian = it.value().median();
            slowest = tabName(MainWindow::Tab(it.key()));
        }
    }
    const QString prefix = QStringLiteral("tab.%1.").arg(label);
    const std::optional<double> limit = limitMs < 0 ? std::nullopt : std::optional<double>(limitMs);
    report.add(
        {prefix + QStringLiteral("switch_median"), warm.median(), QStringLiteral("ms"), std::nullopt,
         QStringLiteral("setCurrentIndex to painted page, median of %1 switches round all tabs").arg(warm.count())});
    report.add({prefix + QStringLiteral("switch_p95"), warm.p95(), QStringLiteral("ms"), limit,
                QStringLiteral("setCurrentIndex to painted page, p95 (max %1 ms)").arg(warm.max(), 0, 'f', 2)});
    report.add({prefix + QStringLiteral("switch_cpu_p95"), warmCpu.p95(), QStringLiteral("ms"), std::nullopt,
                QStringLiteral("CPU time of the same switches, p95 (median %1 ms)").arg(warmCpu.median(), 0, 'f', 2)});
    report.add({prefix + QStringLiteral("first_visit_p95"), firstPainted.p95(), QStringLiteral("ms"), limit,
                QStringLiteral("first visit of Skills, Salaries, Learning Path to painted page, p95 of %1 in %2 "
                               "fresh windows (median %3 ms)")
                    .arg(firstPainted.count())
                    .arg(m_freshWindows)
                    .arg(firstPainted.median(), 0, 'f', 2)});
    report.add(
        {prefix + QStringLiteral("first_visit_cpu_p95"), firstCpu.p95(), QStringLiteral("ms"), std::nullopt,
         QStringLiteral("CPU time of the same first visits, p95 (median %1 ms)").arg(firstCpu.median(), 0, 'f', 2)});
    for (const MainWindow::Tab tab : order) {
        if (!firstPaintedByTab.contains(int(tab)))
            continue;
        const Samples& painted = firstPaintedByTab[int(tab)];
        const Samples& settled = firstByTab[int(tab)];
        report.add({prefix + QStringLiteral("first_visit_%1_median").arg(tabName(tab).toLower().remove(u' ')),
                    painted.median(), QStringLiteral("ms"), std::nullopt,
                    QStringLiteral("first visit of %1 to painted page, median (max %2 ms; settled median %3 ms)")
                        .arg(tabName(tab))
                        .arg(painted.max(), 0, 'f', 2)
                        .arg(settled.median(), 0, 'f', 2)});
    }
    report.add({prefix + QStringLiteral("skills_list_first_p95"), skillLists.firstChoice.p95(), QStringLiteral("ms"),
                limit,
                QStringLiteral("Skills tab: choosing the O*NET skills or the technology list the first time, to "
                               "painted, p95 of %1 (median %2 ms, CPU p95 %3 ms)")
                    .arg(skillLists.firstChoice.count())
                    .arg(skillLists.firstChoice.median(), 0, 'f', 2)
                    .arg(skillLists.firstChoiceCpu.p95(), 0, 'f', 2)});
    report.add({prefix + QStringLiteral("technology_filter_p95"), skillLists.keystroke.p95(), QStringLiteral("ms"),
                limit,
                QStringLiteral("Skills tab: a keystroke in the technology filter (a LIKE query over every example) "
                               "to painted, p95 of %1 (median %2 ms, CPU p95 %3 ms)")
                    .arg(skillLists.keystroke.count())
                    .arg(skillLists.keystroke.median(), 0, 'f', 2)
                    .arg(skillLists.keystrokeCpu.p95(), 0, 'f', 2)});
    report.add({prefix + QStringLiteral("first_visit_settled_p95"), firstSettled.p95(), QStringLiteral("ms"), limit,
                QStringLiteral("first visit until the work it queued has run too, p95 (slowest: %1, median %2 ms)")
                    .arg(slowest)
                    .arg(slowestMedian, 0, 'f', 2)});
    return true;
}

} // namespace cg::bench
