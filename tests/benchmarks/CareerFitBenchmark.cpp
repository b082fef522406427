#include "CareerFitBenchmark.h"

#include "CareerFitPage.h"
#include "LearningPathTab.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PaintProbe.h"
#include "Report.h"
#include "Samples.h"
#include "Stopwatch.h"
#include "database/UserDatabase.h"
#include "user/SkillAssessmentStore.h"

#include <QTableView>

namespace cg::bench {

bool CareerFitBenchmark::run(const QString& label, test::MainWindowFixture& session, double limitMs, Report& report,
                             QString* error) const
{
    MainWindow& window = session.window();
    PaintProbe probe;
    window.showTab(MainWindow::LearningPathIndex);
    probe.settle();
    LearningPathTab* tab = window.learningPathTab();
    auto* page = tab->findChild<CareerFitPage*>();
    if (!page) {
        *error = QStringLiteral("no Careers that fit me page");
        return false;
    }
    // The first computation reads the content: timed for context, not against the budget.
    const Stopwatch first;
    tab->showPage(LearningPathTab::FitPage);
    probe.arm(page);
    if (!probe.waitForPaint()) {
        *error = QStringLiteral("the fit page was never painted");
        return false;
    }
    const double firstMs = first.wallMs();
    probe.settle();
    auto* table = page->findChild<QTableView*>(QStringLiteral("fitTable"));

    // Skills of several roles, marked known and unknown in turn, so the order changes round by round.
    const QStringList slugs{QStringLiteral("python"), QStringLiteral("java"),       QStringLiteral("programming"),
                            QStringLiteral("php"),    QStringLiteral("javascript"), QStringLiteral("web-security"),
                            QStringLiteral("sql"),    QStringLiteral("html")};
    SkillAssessmentStore store(session.user().database());
    // One mark that stays, so the ranking is never the empty state.
    QString failure;
    if (!store.setStatus(QStringLiteral("collaboration"), SkillAssessmentStore::Status::Know, &failure)) {
        *error = failure;
        return false;
    }
    Samples painted;
    Samples cpu;
    for (int round = -1; round < m_rounds; ++round) {
        const QString slug = slugs.at((round + 1) % slugs.size());
        const bool know = store.status(slug) != SkillAssessmentStore::Status::Know;
        // The mark is saved as the Skills tab saves it, before the clock starts: what is timed is the ranking.
        if (!store.setStatus(slug, know ? SkillAssessmentStore::Status::Know : SkillAssessmentStore::Status::Unknown,
                             &failure)) {
            *error = failure;
            return false;
        }
        probe.arm(table ? static_cast<const QWidget*>(table) : page);
        const Stopwatch watch;
        page->refresh();
        if (!probe.waitForPaint()) {
            *error = QStringLiteral("the ranking was never repainted");
            return false;
        }
        if (round >= 0) {
            painted.add(watch.wallMs());
            cpu.add(watch.cpuMs());
        }
        probe.settle();
    }

    const QString prefix = QStringLiteral("fit.%1.").arg(label);
    const std::optional<double> limit = limitMs < 0 ? std::nullopt : std::optional<double>(limitMs);
    report.add({prefix + QStringLiteral("rank_p95"), painted.p95(), QStringLiteral("ms"), limit,
                QStringLiteral("one mark changed, every career ranked again, to painted, p95 of %1 (median %2 ms)")
                    .arg(painted.count())
                    .arg(painted.median(), 0, 'f', 2)});
    report.add({prefix + QStringLiteral("rank_cpu_p95"), cpu.p95(), QStringLiteral("ms"), std::nullopt,
                QStringLiteral("CPU time of the same, p95 (median %1 ms)").arg(cpu.median(), 0, 'f', 2)});
    report.add({prefix + QStringLiteral("first"), firstMs, QStringLiteral("ms"), std::nullopt,
                QStringLiteral("first showing: the content read once and every career ranked, to painted")});
    return true;
}

} // namespace cg::bench
