#include "ReplanBenchmark.h"

#include "LearningPathTab.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PaintProbe.h"
#include "Report.h"
#include "Samples.h"
#include "Stopwatch.h"
#include "plan/StudyPlanRequestBuilder.h"
#include "repositories/LearningRepository.h"
#include "user/OwnPathStore.h"
#include "user/TopicProgressStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace cg::bench {

namespace {
const QString Backend = QStringLiteral("backend-developer");
const QString SelfTaught = QStringLiteral("self-taught");

template <typename T> T* named(const QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}
} // namespace

bool ReplanBenchmark::run(const QString& label, test::MainWindowFixture& session, double limitMs, Report& report,
                          QString* error) const
{
    MainWindow& window = session.window();
    PaintProbe probe;
    window.showTab(MainWindow::LearningPathIndex);
    LearningPathTab* tab = window.learningPathTab();
    tab->showPage(LearningPathTab::PlanPage);
    probe.settle();

    auto* target = named<QComboBox>(tab, "targetCombo");
    auto* route = named<QComboBox>(tab, "routeCombo");
    auto* name = named<QLineEdit>(tab, "nameEdit");
    auto* hours = named<QSpinBox>(tab, "hoursSpin");
    auto* generate = named<QPushButton>(tab, "generateButton");
    if (!target || !route || !name || !hours || !generate) {
        *error = QStringLiteral("the study plan form is not there");
        return false;
    }
    target->setCurrentIndex(target->findData(Backend));
    route->setCurrentIndex(route->findData(SelfTaught));
    name->setText(QStringLiteral("Re-plan benchmark"));
    hours->setValue(10);
    generate->click();
    probe.settle();
    const qint64 planId = tab->currentSavedPlan().id;
    if (planId <= 0) {
        *error = QStringLiteral("the plan was not saved");
        return false;
    }

    // Every fifth topic ticked off, an own topic and a hidden one, straight into the user database.
    const LearningPath path =
        StudyPlanRequestBuilder::forRoute(LearningRepository(session.content().database()).path(Backend), SelfTaught);
    TopicProgressStore progress(session.user().database());
    OwnPathStore own(session.user().database());
    int topics = 0;
    int ticked = 0;
    for (const LearningStep& step : path.steps) {
        for (const Topic& topic : step.topics) {
            if (topics++ % 5 == 0) {
                if (!progress.changeDone(planId, topic.slug, false, true).ok()) {
                    *error = QStringLiteral("cannot tick %1 off").arg(topic.slug);
                    return false;
                }
                ++ticked;
            }
        }
    }
    OwnTopic added;
    added.pathSlug = Backend;
    added.stepSlug = path.steps.at(1).slug;
    added.title = QStringLiteral("An own topic");
    added.url = QStringLiteral("https://example.org/");
    added.hours = 5;
    if (own.addTopic(added, error) <= 0 || !own.setHidden(Backend, path.steps.at(2).topics.value(0).slug, true).ok())
        return false;
    tab->reloadUserData();
    probe.settle();

    Samples painted;
    Samples cpu;
    const int paces[] = {12, 8, 15, 10, 20, 6};
    for (int round = -1; round < m_rounds; ++round) {
        hours->setValue(paces[(round + 1) % 6]);
        probe.arm(tab);
        const Stopwatch watch;
        generate->click();
        if (!probe.waitForPaint()) {
            *error = QStringLiteral("the re-planned plan was never painted");
            return false;
        }
        if (round >= 0) {
            painted.add(watch.wallMs());
            cpu.add(watch.cpuMs());
        }
        probe.settle();
        if (tab->currentPlan().hoursPerWeek != paces[(round + 1) % 6]) {
            *error = QStringLiteral("the pace did not change");
            return false;
        }
    }

    const QString prefix = QStringLiteral("replan.%1.").arg(label);
    const std::optional<double> limit = limitMs < 0 ? std::nullopt : std::optional<double>(limitMs);
    report.add({prefix + QStringLiteral("pace_p95"), painted.p95(), QStringLiteral("ms"), limit,
                QStringLiteral("change the pace and generate again (%1 of %2 topics done) to painted, p95 of %3 "
                               "(median %4 ms)")
                    .arg(ticked)
                    .arg(topics)
                    .arg(painted.count())
                    .arg(painted.median(), 0, 'f', 2)});
    report.add({prefix + QStringLiteral("pace_cpu_p95"), cpu.p95(), QStringLiteral("ms"), std::nullopt,
                QStringLiteral("CPU time of the same re-plans, p95 (median %1 ms)").arg(cpu.median(), 0, 'f', 2)});
    return true;
}

} // namespace cg::bench
