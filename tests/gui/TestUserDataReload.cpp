// The main window and another process on one user database: a later start's hand-over brings the window back from
// minimised, and when the window comes back into use after another connection wrote, every built tab shows what is
// saved now (skill statuses, a plan's progress, saved comparisons).
#include "LearningPathTab.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "SalariesTab.h"
#include "SkillsTab.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "database/UserDatabase.h"
#include "models/StepProgressModel.h"
#include "plan/SavedStudyPlan.h"
#include "user/SalaryComparisonStore.h"
#include "user/SkillAssessmentStore.h"
#include "user/StudyPlanStore.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using Mark = cg::SkillAssessmentStore::Status;

class TestUserDataReload : public QObject
{
    Q_OBJECT

private slots:
    void handOverBringsTheWindowBack()
    {
        cg::test::MainWindowFixture app;
        QString error;
        QVERIFY2(app.open(&error), qPrintable(error));
        // Built by hand: the fixture's window is shown normally, this one starts minimised.
        cg::MainWindow window(app.content(), app.user(), app.settings());
        window.showMinimized();
        QSignalSpy activated(&window, &cg::MainWindow::activatedFromAnotherStart);
        window.activateFromAnotherStart({QStringLiteral("--lang"), QStringLiteral("es")});
        QCOMPARE(activated.count(), 1);
        QVERIFY(!window.isMinimized());
        QVERIFY(window.isVisible());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("already open")));
    }

    void tabsReloadWhatAnotherConnectionSaved()
    {
        cg::test::MainWindowFixture app;
        QString error;
        QVERIFY2(app.open(&error), qPrintable(error));
        const QString path = app.userPath();
        cg::SavedStudyPlan plan;
        plan.name = QStringLiteral("Reloaded plan");
        plan.roleSlug = plan.pathSlug = QStringLiteral("backend-developer");
        plan.startDate = QDate(2026, 1, 5);
        const qint64 planId = cg::StudyPlanStore(app.user().database()).createPlan(plan, &error);
        QVERIFY2(planId > 0, qPrintable(error));

        QVERIFY2(app.showWindow(&error), qPrintable(error));
        cg::MainWindow& window = app.window();
        window.showTab(cg::MainWindow::SkillsIndex);
        window.skillsTab()->selectSkill(QStringLiteral("sql"));
        window.showTab(cg::MainWindow::SalariesIndex);
        window.showTab(cg::MainWindow::LearningPathIndex);
        cg::LearningPathTab* learning = window.learningPathTab();
        auto* model =
            qobject_cast<cg::StepProgressModel*>(cg::test::child<QTableView>(learning, "progressTable")->model());
        QVERIFY(model && model->rowCount() > 0);
        const QString slug = model->slugAt(0);
        QVERIFY(!window.reloadIfChangedElsewhere()); // nothing changed yet

        // Another window, through its own connection to the same file.
        {
            cg::UserDatabase other(QStringLiteral("other-window"));
            QVERIFY(other.open(path));
            QVERIFY(cg::SkillAssessmentStore(other.database())
                        .changeStatus(QStringLiteral("sql"), Mark::Unknown, Mark::Know)
                        .ok());
            cg::StepProgress done;
            done.status = cg::StepProgress::Status::Done;
            QVERIFY(cg::StudyPlanStore(other.database()).changeProgress(planId, slug, {}, done).ok());
            cg::SavedSalaryComparison comparison;
            comparison.name = QStringLiteral("Saved elsewhere");
            comparison.currency = QStringLiteral("USD");
            QVERIFY(cg::SalaryComparisonStore(other.database()).saveIfUnchanged(comparison).ok());
        }

        QVERIFY(window.reloadIfChangedElsewhere());
        auto* statusCombo = cg::test::child<QComboBox>(window.skillsTab(), "statusCombo");
        QCOMPARE(statusCombo->currentData().toInt(), int(Mark::Know));
        QCOMPARE(model->progress().value(slug).status, cg::StepProgress::Status::Done);
        QVERIFY(window.salariesTab()->savedComparisonNames().contains(QStringLiteral("Saved elsewhere")));
        auto* savedCombo = cg::test::child<QComboBox>(window.salariesTab(), "savedCombo");
        QVERIFY(savedCombo->findText(QStringLiteral("Saved elsewhere")) >= 0);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("another window")));
        QVERIFY(!window.reloadIfChangedElsewhere()); // once per change
    }
};

QTEST_MAIN(TestUserDataReload)
#include "TestUserDataReload.moc"
