// The Learning Path tab in the real main window, offscreen: generate a study plan, tick steps off, restart, and print,
// export PDF and calendar through the File menu, with the file dialogs and message boxes answered by the test.
#include "FileDialogs.h"
#include "LearningPathTab.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MessageBoxes.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "database/UserDatabase.h"
#include "documents/StudyPlanDocument.h"
#include "models/PlanWeekModel.h"
#include "models/StepProgressModel.h"
#include "plan/PlanDates.h"
#include "plan/StudyPlanRequestBuilder.h"
#include "plan/StudyPlanScheduler.h"
#include "repositories/LearningRepository.h"
#include "user/SkillAssessmentStore.h"
#include "user/StudyPlanStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>
#include <cmath>
#include <limits>

using cg::LearningPathTab;
using cg::MainWindow;
using cg::StepProgress;
using cg::StepProgressModel;
using Status = cg::StepProgress::Status;
using cg::test::child;
using cg::test::save;

namespace {

const QString PlanName = QStringLiteral("Road to back-end developer");
const QDate StartDate(2026, 1, 5);
const QString ScenarioNote = QStringLiteral("Did the CS50 lectures; skip the exercises I know");

struct Message
{
    cg::MessageBoxes::Kind kind;
    QString title;
    QString text;
};

QString runTool(const QString& program, const QStringList& arguments, bool* ok)
{
    QProcess process;
    process.start(program, arguments);
    *ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestLearningPathTab final : public QObject
{
    Q_OBJECT

private:
    cg::test::MainWindowFixture m_app;
    QList<Message> m_messages;
    QStringList m_questions;
    bool m_answerYes = true;
    QString m_saveAnswer;
    QStringList m_saveSuggestions;
    // What the scenario's steps hand on to the next (its window is the fixture's).
    int m_weeks = 0;
    QString m_firstTitle;

    // The user database of this file name in the fixture's folder, new unless a test before used it; any window
    // goes first.
    bool openUser(const QString& fileName, QString* error)
    {
        if (!m_app.openUserDatabase(error, fileName))
            return false;
        if (!m_app.user().isWritable()) {
            *error = fileName + QStringLiteral(" opened read-only");
            return false;
        }
        return true;
    }

    // A new window (any earlier one goes first) on the Learning Path tab's plan page, as after a start.
    bool openWindow(QString* error)
    {
        if (!m_app.showWindow(error, MainWindow::LearningPathIndex))
            return false;
        m_app.window().learningPathTab()->showPage(LearningPathTab::PlanPage);
        QApplication::processEvents();
        return true;
    }

    static QAction* action(MainWindow* window, const char* name)
    {
        auto* found = window->findChild<QAction*>(QLatin1String(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }

    // Fills in the generator form as a person would and presses Generate.
    static void generate(LearningPathTab* tab, const QString& name, int hours, const QString& route = {})
    {
        auto* target = child<QComboBox>(tab, "targetCombo");
        target->setCurrentIndex(target->findData(QStringLiteral("backend-developer")));
        if (!route.isEmpty()) {
            auto* routes = child<QComboBox>(tab, "routeCombo");
            routes->setCurrentIndex(routes->findData(route));
        }
        auto* nameEdit = child<QLineEdit>(tab, "nameEdit");
        nameEdit->clear();
        QTest::keyClicks(nameEdit, name);
        child<QDateEdit>(tab, "startDateEdit")->setDate(StartDate);
        child<QSpinBox>(tab, "hoursSpin")->setValue(hours);
        QTest::mouseClick(child<QPushButton>(tab, "generateButton"), Qt::LeftButton);
    }

    static StepProgressModel* progressModel(LearningPathTab* tab)
    {
        return qobject_cast<StepProgressModel*>(child<QTableView>(tab, "progressTable")->model());
    }

    // The back-end path's steps that belong to a route (degree steps belong to degree routes only), as the
    // content has them.
    QList<cg::LearningStep> backendSteps(const QString& route)
    {
        const cg::LearningPath path =
            cg::LearningRepository(m_app.content().database()).path(QStringLiteral("backend-developer"));
        return route.isEmpty() ? path.steps : cg::StudyPlanRequestBuilder::forRoute(path, route).steps;
    }

    int backendPathHours(const QString& route)
    {
        int hours = 0;
        for (const cg::LearningStep& step : backendSteps(route))
            hours += step.hours;
        return hours;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_app.open(&error), qPrintable(error));
        cg::MessageBoxes::setHandler([this](cg::MessageBoxes::Kind kind, const QString& title, const QString& text) {
            m_messages.append({kind, title, text});
        });
        cg::MessageBoxes::setQuestionHandler([this](const QString&, const QString& text) {
            m_questions.append(text);
            return m_answerYes;
        });
        cg::FileDialogs::setSaveHandler([this](const QString&, const QString& suggested, const QString&) {
            m_saveSuggestions.append(suggested);
            return m_saveAnswer;
        });
    }

    void cleanupTestCase()
    {
        m_app.closeWindow();
        cg::MessageBoxes::setHandler({});
        cg::MessageBoxes::setQuestionHandler({});
        cg::FileDialogs::setSaveHandler({});
    }

    void init()
    {
        m_messages.clear();
        m_questions.clear();
        m_saveSuggestions.clear();
        m_answerYes = true;
        m_saveAnswer.clear();
    }

    // A test's window goes with it, except the scenario's, whose steps share one.
    void cleanup()
    {
        if (!QByteArray(QTest::currentTestFunction()).startsWith("scenario"))
            m_app.closeWindow();
    }

    // The acceptance scenario of the study plan, in steps that run in this order over one user database and share
    // one window: generate, tick off, skip a step, print; restart; export PDF and calendar, and read them back.

    void scenarioGeneratesAndSavesAPlan()
    {
        QString error;
        QVERIFY2(openUser(QStringLiteral("plan.sqlite"), &error), qPrintable(error));
        QVERIFY2(openWindow(&error), qPrintable(error));
        LearningPathTab* tab = m_app.window().learningPathTab();
        auto* hours = child<QSpinBox>(tab, "hoursSpin");
        QCOMPARE(hours->minimum(), cg::StudyPlanScheduler::MinHoursPerWeek);
        QCOMPARE(hours->maximum(), cg::StudyPlanScheduler::MaxHoursPerWeek);

        generate(tab, PlanName, 10, QStringLiteral("self-taught"));
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
        const cg::StudyPlan& plan = tab->currentPlan();
        QVERIFY(tab->currentSavedPlan().id > 0);
        QCOMPARE(plan.title, PlanName);
        QCOMPARE(plan.startDate, StartDate);
        QCOMPARE(plan.weeks.first().startDate, StartDate);
        // Nothing is marked known yet, so every hour of the path is planned, 10 a week.
        // A self-taught plan leaves out the degree steps: 10 of the path's 12 steps.
        QVERIFY(backendPathHours(QStringLiteral("self-taught")) < backendPathHours(QString()));
        QCOMPARE(plan.totalHours, backendPathHours(QStringLiteral("self-taught")));
        QCOMPARE(plan.weekCount(), int(std::ceil(backendPathHours(QStringLiteral("self-taught")) / 10.0)));
        m_weeks = plan.weekCount();
        m_firstTitle = plan.weeks.first().blocks.first().title;

        auto* plans = child<QComboBox>(tab, "planCombo");
        QCOMPARE(plans->count(), 1);
        QCOMPARE(plans->currentText(), PlanName);
        auto* weekTable = child<QTableView>(tab, "weekTable");
        QCOMPARE(weekTable->model()->rowCount(), m_weeks);
        QCOMPARE(weekTable->model()->index(0, cg::PlanWeekModel::DatesColumn).data().toString(),
                 QStringLiteral("5 Jan 2026 \u2013 11 Jan 2026"));
        QVERIFY(child<QLabel>(tab, "summaryLabel")->text().contains(PlanName));
        QVERIFY(child<QLabel>(tab, "summaryLabel")
                    ->text()
                    .contains(
                        QStringLiteral("Steps done: 0 of %1").arg(backendSteps(QStringLiteral("self-taught")).size())));
    }

    void scenarioTicksStepsOffWithTheKeyboard()
    {
        QVERIFY2(m_app.hasWindow(), "an earlier step of the scenario failed");
        LearningPathTab* tab = m_app.window().learningPathTab();

        // Step 1 done with the keyboard: Space on its box.
        auto* progressTable = child<QTableView>(tab, "progressTable");
        StepProgressModel* model = progressModel(tab);
        QCOMPARE(model->rowCount(), backendSteps(QStringLiteral("self-taught")).size());
        progressTable->setFocus();
        progressTable->setCurrentIndex(model->index(0, StepProgressModel::DoneColumn));
        QTest::keyClick(progressTable, Qt::Key_Space);
        QCOMPARE(model->index(0, StepProgressModel::DoneColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // Step 2 through the status editor: F2 opens it, each arrow key picks and saves at once.
        progressTable->setCurrentIndex(model->index(1, StepProgressModel::StatusColumn));
        QTest::keyClick(progressTable, Qt::Key_F2);
        auto* editor = progressTable->findChild<QComboBox*>();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Down);
        QCOMPARE(model->index(1, 0).data(StepProgressModel::StatusRole).toInt(), int(Status::InProgress));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed editor
        QVERIFY(!progressTable->findChild<QComboBox*>());
        QTest::keyClick(progressTable, Qt::Key_F2);
        editor = progressTable->findChild<QComboBox*>();
        QVERIFY(editor && editor->isVisible());
        QTest::keyClick(editor, Qt::Key_Down);
        QCOMPARE(model->index(1, 0).data(StepProgressModel::StatusRole).toInt(), int(Status::Done));

        // A note on step 1, typed into the table.
        progressTable->setCurrentIndex(model->index(0, StepProgressModel::NoteColumn));
        QTest::keyClick(progressTable, Qt::Key_F2);
        auto* noteEditor = progressTable->findChild<QLineEdit*>();
        QVERIFY(noteEditor);
        QTest::keyClicks(noteEditor, ScenarioNote);
        QTest::keyClick(noteEditor, Qt::Key_Return); // the view commits on its next turn of the event loop
        QTRY_COMPARE(model->progress().value(model->slugAt(0)).note, ScenarioNote);
        const auto selfTaughtSteps = backendSteps(QStringLiteral("self-taught")).size();
        QTRY_VERIFY(child<QLabel>(tab, "summaryLabel")
                        ->text()
                        .contains(QStringLiteral("Steps done: 2 of %1").arg(selfTaughtSteps)));

        // The week table ticks the steps done.
        auto* weekTable = child<QTableView>(tab, "weekTable");
        QVERIFY(
            weekTable->model()->index(0, cg::PlanWeekModel::StepsColumn).data().toString().startsWith(QChar(0x2611)));
    }

    void scenarioSkipsAStepAndPlansWithoutIt()
    {
        QVERIFY2(m_app.hasWindow(), "an earlier step of the scenario failed");
        LearningPathTab* tab = m_app.window().learningPathTab();
        auto* progressTable = child<QTableView>(tab, "progressTable");
        auto* weekTable = child<QTableView>(tab, "weekTable");
        StepProgressModel* model = progressModel(tab);

        // Skipping a step (joining a professional body) re-plans without it.
        QCOMPARE(model->rowOf(QStringLiteral("consider-a-masters-degree")), -1);
        const int skippedRow = model->rowOf(QStringLiteral("join-a-professional-body"));
        QVERIFY(skippedRow >= 0);
        const int skippedHours = model->index(skippedRow, StepProgressModel::HoursColumn).data().toInt();
        QVERIFY(model->setData(model->index(skippedRow, StepProgressModel::StatusColumn), int(Status::Skipped)));
        QTRY_COMPARE(tab->currentPlan().totalHours, backendPathHours(QStringLiteral("self-taught")) - skippedHours);
        m_weeks = tab->currentPlan().weekCount();
        QCOMPARE(m_weeks, int(std::ceil((backendPathHours(QStringLiteral("self-taught")) - skippedHours) / 10.0)));
        QCOMPARE(weekTable->model()->rowCount(), m_weeks);
        QCOMPARE(progressModel(tab)->index(skippedRow, StepProgressModel::WeeksColumn).data().toString(),
                 QStringLiteral("Left out"));
        QVERIFY(m_messages.isEmpty());

        progressTable->setCurrentIndex(model->index(2, StepProgressModel::DoneColumn));
        weekTable->scrollToTop();
        save(&m_app.window(), QStringLiteral("learning-path-plan.png"));
    }

    void scenarioPrintsThroughTheFileMenu()
    {
        QVERIFY2(m_app.hasWindow(), "an earlier step of the scenario failed");
        MainWindow* window = &m_app.window();

        // File → Print study plan… opens a preview with the plan's pages.
        action(window, "actionPrintStudyPlan")->trigger();
        QPrintPreviewDialog* preview = nullptr;
        QTRY_VERIFY((preview = window->findChild<QPrintPreviewDialog*>()) != nullptr);
        auto* previewWidget = preview->findChild<QPrintPreviewWidget*>();
        QVERIFY(previewWidget);
        QTRY_VERIFY(previewWidget->pageCount() > 1);
        preview->resize(1000, 760);
        QVERIFY(cg::test::waitForRepaint(preview));
        save(preview, QStringLiteral("study-plan-preview.png"));
        preview->close();
        QTRY_VERIFY(!window->findChild<QPrintPreviewDialog*>());
        QVERIFY(m_messages.isEmpty());
        window->close();
        m_app.closeWindow();
    }

    void scenarioPlanSurvivesRestart()
    {
        QVERIFY2(m_weeks > 0, "an earlier step of the scenario failed");
        // Restart over the same user database file.
        QString error;
        QVERIFY2(openUser(QStringLiteral("plan.sqlite"), &error), qPrintable(error));
        QVERIFY2(openWindow(&error), qPrintable(error));
        LearningPathTab* tab = m_app.window().learningPathTab();
        QCOMPARE(child<QComboBox>(tab, "planCombo")->currentText(), PlanName);
        QCOMPARE(child<QLineEdit>(tab, "nameEdit")->text(), PlanName);
        QCOMPARE(child<QDateEdit>(tab, "startDateEdit")->date(), StartDate);
        QCOMPARE(child<QSpinBox>(tab, "hoursSpin")->value(), 10);
        QCOMPARE(child<QComboBox>(tab, "routeCombo")->currentData().toString(), QStringLiteral("self-taught"));
        StepProgressModel* model = progressModel(tab);
        QCOMPARE(model->index(0, 0).data(StepProgressModel::StatusRole).toInt(), int(Status::Done));
        QCOMPARE(model->index(1, 0).data(StepProgressModel::StatusRole).toInt(), int(Status::Done));
        QCOMPARE(model->index(2, 0).data(StepProgressModel::StatusRole).toInt(), int(Status::NotStarted));
        QCOMPARE(model->index(0, StepProgressModel::NoteColumn).data(Qt::EditRole).toString(), ScenarioNote);
        QCOMPARE(model->doneCount(), 2);
        // The self-taught steps, one of them skipped.
        QCOMPARE(tab->currentPlan().weekCount(), m_weeks);
        const qsizetype scheduled = backendSteps(QStringLiteral("self-taught")).size() - 1;
        QVERIFY(
            child<QLabel>(tab, "summaryLabel")->text().contains(QStringLiteral("Steps done: 2 of %1").arg(scheduled)));
    }

    void scenarioExportsPdfThroughTheFileMenu()
    {
        QVERIFY2(m_app.hasWindow(), "an earlier step of the scenario failed");
        // File → Export PDF… through the file dialog seam.
        const QString pdfPath = cg::test::artifactPath(QStringLiteral("study-plan.pdf"));
        QFile::remove(pdfPath);
        m_saveAnswer = pdfPath;
        action(&m_app.window(), "actionExportPdf")->trigger();
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
        QCOMPARE(m_saveSuggestions.size(), 1);
        QVERIFY2(m_saveSuggestions.first().endsWith(PlanName + QStringLiteral(".pdf")),
                 qPrintable(m_saveSuggestions.first()));
        QVERIFY(QFile::exists(pdfPath));
        QVERIFY(m_app.window().statusBar()->currentMessage().contains(QDir::toNativeSeparators(pdfPath)));
    }

    void scenarioExportsCalendarThroughTheFileMenu()
    {
        QVERIFY2(m_app.hasWindow(), "an earlier step of the scenario failed");
        // File → Export Calendar… writes one event per step; the two steps done are left out (never exported).
        LearningPathTab* tab = m_app.window().learningPathTab();
        const cg::StudyPlan plan = tab->currentPlan();
        StepProgressModel* model = progressModel(tab);
        QSet<QString> done;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(StepProgressModel::StatusRole).toInt() == int(Status::Done))
                done.insert(model->slugAt(row));
        }
        QCOMPARE(done.size(), 2);
        QList<QByteArray> expectedStarts;
        QString firstLiveTitle;
        for (const QString& slug : plan.orderedSlugs) {
            if (done.contains(slug))
                continue;
            for (const cg::StudyPlanWeek& week : plan.weeks) {
                const auto block = std::find_if(week.blocks.cbegin(), week.blocks.cend(),
                                                [&](const cg::StudyPlanBlock& b) { return b.stepSlug == slug; });
                if (block == week.blocks.cend())
                    continue;
                expectedStarts.append(week.startDate.toString(QStringLiteral("yyyyMMdd")).toLatin1());
                if (firstLiveTitle.isEmpty())
                    firstLiveTitle = block->title;
                break;
            }
        }

        const QString icsPath = cg::test::artifactPath(QStringLiteral("study-plan.ics"));
        QFile::remove(icsPath);
        m_saveAnswer = icsPath;
        action(&m_app.window(), "actionExportCalendar")->trigger();
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
        QFile ics(icsPath);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray calendar = ics.readAll();
        QVERIFY(calendar.endsWith("\r\n"));
        QList<QByteArray> lines = calendar.split('\n');
        QVERIFY(lines.takeLast().isEmpty()); // after the final CRLF
        int events = 0;
        QList<QByteArray> starts;
        for (const QByteArray& line : lines) {
            QVERIFY2(line.endsWith('\r'), line.constData());
            const QByteArray content = line.chopped(1);
            QVERIFY2(content.size() <= 75, content.constData());
            events += content == "BEGIN:VEVENT" ? 1 : 0;
            if (content.startsWith("DTSTART"))
                starts.append(content.mid(content.indexOf(':') + 1));
        }
        QCOMPARE(events, int(plan.orderedSlugs.size()) - 2);
        QCOMPARE(starts, expectedStarts);
        const QString unfolded = QString::fromUtf8(calendar).replace(QStringLiteral("\r\n "), QString());
        QVERIFY(unfolded.contains(QStringLiteral("SUMMARY:") + firstLiveTitle));
        QVERIFY(!unfolded.contains(QStringLiteral("STATUS:CANCELLED")));
        QVERIFY(!unfolded.contains(QStringLiteral("BEGIN:VALARM"))); // no reminder unless one is chosen

        // A reminder is chosen from the keyboard next to the button; exported again, every event is updated (its
        // SEQUENCE raised) with an alarm, and nothing is added.
        auto* reminder = child<QComboBox>(tab, "reminderCombo");
        QVERIFY(!reminder->accessibleName().isEmpty());
        QVERIFY(reminder->focusPolicy() & Qt::TabFocus);
        reminder->setFocus();
        QTest::keyClick(reminder, Qt::Key_Down);
        QTest::keyClick(reminder, Qt::Key_Down);
        QCOMPARE(reminder->currentIndex(), 2);
        action(&m_app.window(), "actionExportCalendar")->trigger();
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
        QFile again(icsPath);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const QByteArray reminded = again.readAll();
        QCOMPARE(int(reminded.count("BEGIN:VEVENT")), events);
        QCOMPARE(int(reminded.count("TRIGGER:-PT15H")), events);
        QCOMPARE(int(reminded.count("SEQUENCE:1\r\n")), events);
    }

    void scenarioPdfReadsBack()
    {
        QVERIFY2(m_app.hasWindow(), "an earlier step of the scenario failed");
        const QString pdfPath = cg::test::artifactPath(QStringLiteral("study-plan.pdf"));
        QVERIFY(QFile::exists(pdfPath));
        // The PDF reads back with the plan's title, its weeks, the first step and the dates.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; the PDF was written but not read back");
        bool ok = false;
        const QString text =
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")}, &ok)
                .simplified();
        QVERIFY(ok);
        QVERIFY(text.contains(PlanName));
        QVERIFY(text.contains(QStringLiteral("Week 1 ")));
        QVERIFY(text.contains(QStringLiteral("Week %1").arg(m_weeks)));
        QVERIFY2(text.contains(m_firstTitle), qPrintable(m_firstTitle));
        const cg::StudyPlan& plan = m_app.window().learningPathTab()->currentPlan();
        QVERIFY(text.contains(cg::PlanDates::formatRange(plan.startDate, plan.endDate)));
        QVERIFY(text.contains(QStringLiteral("5 Jan 2026 \u2013 11 Jan 2026")));
        QVERIFY(text.contains(QStringLiteral("Back-end developer")));
        QVERIFY(text.contains(QStringLiteral("Self-teaching and job simulations")));
        // One step of the self-taught route was skipped before the export.
        const auto plannedSteps = backendSteps(QStringLiteral("self-taught")).size() - 1;
        QVERIFY(text.contains(QStringLiteral("2 of %1 steps done").arg(plannedSteps)));
        QVERIFY(text.contains(ScenarioNote));
        QVERIFY(text.contains(QStringLiteral("Left out")));
    }

    void scenarioPicturesThePdfPages()
    {
        // The last step of the scenario: its window goes, whatever happens here.
        m_app.closeWindow();
        const QString pdfPath = cg::test::artifactPath(QStringLiteral("study-plan.pdf"));
        QVERIFY2(QFile::exists(pdfPath), "an earlier step of the scenario failed");
        // Pictures of the pages, to look at.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed; no pictures of the PDF pages");
        QDir artifacts(cg::test::artifactsDir());
        for (const QString& old : artifacts.entryList({QStringLiteral("study-plan-page-*.png")}))
            artifacts.remove(old);
        QTemporaryDir pages;
        bool ok = false;
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-l"),
                 QStringLiteral("4"), pdfPath, pages.filePath(QStringLiteral("page"))},
                &ok);
        QVERIFY(ok);
        const QStringList rendered =
            QDir(pages.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
        QVERIFY(!rendered.isEmpty());
        for (const QString& file : rendered) {
            const int number = QRegularExpression(QStringLiteral("(\\d+)")).match(file).captured(1).toInt();
            QVERIFY(QFile::copy(pages.filePath(file),
                                artifacts.filePath(QStringLiteral("study-plan-page-%1.png").arg(number))));
        }
    }

    // Closing the window (or the app quitting) while a note is being typed keeps the note.
    void noteBeingTypedIsKeptOnClose()
    {
        QString error;
        QVERIFY2(openUser(QStringLiteral("typing.sqlite"), &error), qPrintable(error));
        const QString note = QStringLiteral("half-way through chapter 3");
        {
            QVERIFY2(openWindow(&error), qPrintable(error));
            MainWindow* window = &m_app.window();
            LearningPathTab* tab = window->learningPathTab();
            generate(tab, QStringLiteral("Typing"), 10);
            QVERIFY(m_messages.isEmpty());
            auto* progressTable = child<QTableView>(tab, "progressTable");
            progressTable->setFocus();
            progressTable->setCurrentIndex(progressModel(tab)->index(2, StepProgressModel::NoteColumn));
            QTest::keyClick(progressTable, Qt::Key_F2);
            auto* editor = progressTable->findChild<QLineEdit*>();
            QVERIFY(editor);
            QTest::keyClicks(editor, note);
            // The window is closed with the editor still open.
            window->close();
        }
        QVERIFY2(openUser(QStringLiteral("typing.sqlite"), &error), qPrintable(error));
        QVERIFY2(openWindow(&error), qPrintable(error));
        MainWindow* window = &m_app.window();
        auto* progressTable = child<QTableView>(window->learningPathTab(), "progressTable");
        StepProgressModel* model = progressModel(window->learningPathTab());
        QCOMPARE(model->index(2, StepProgressModel::NoteColumn).data(Qt::EditRole).toString(), note);
        QVERIFY(m_messages.isEmpty());

        // Destroyed outright, with an edit about to be committed: the tabs go before the stores they write to.
        progressTable->setFocus();
        progressTable->setCurrentIndex(model->index(3, StepProgressModel::NoteColumn));
        QTest::keyClick(progressTable, Qt::Key_F2);
        auto* editor = progressTable->findChild<QLineEdit*>();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("gone"));
        QTest::keyClick(editor, Qt::Key_Return);
        m_app.closeWindow();
        QCoreApplication::processEvents();
    }

    // A data file from a newer version opens read-only: a plan can still be made and printed, but nothing pretends
    // to be saved.
    void readOnlyUserData()
    {
        QString error;
        QVERIFY2(openUser(QStringLiteral("newer.sqlite"), &error), qPrintable(error));
        {
            QSqlQuery query(m_app.user().database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(cg::UserDatabase::latestVersion() + 5)));
        }
        QVERIFY2(m_app.reopenUserDatabase(&error), qPrintable(error));
        QCOMPARE(m_app.user().mode(), cg::UserDatabase::Mode::ReadOnly);

        QVERIFY2(openWindow(&error), qPrintable(error));
        MainWindow* window = &m_app.window();
        LearningPathTab* tab = window->learningPathTab();
        generate(tab, QStringLiteral("Look only"), 12);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.value(0).text));
        QVERIFY(tab->currentPlan().weekCount() > 0);
        QCOMPARE(tab->currentSavedPlan().id, 0);
        QCOMPARE(child<QComboBox>(tab, "planCombo")->count(), 0);
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("read-only")));
        QVERIFY(!child<QPushButton>(tab, "deletePlanButton")->isEnabled());
        StepProgressModel* model = progressModel(tab);
        QVERIFY(!model->isEditable());
        QVERIFY(!(model->flags(model->index(0, StepProgressModel::DoneColumn)) & Qt::ItemIsUserCheckable));

        const QString pdfPath = m_app.scratchPath(QStringLiteral("look-only.pdf"));
        m_saveAnswer = pdfPath;
        action(window, "actionExportPdf")->trigger();
        QVERIFY(QFile::exists(pdfPath));
        QVERIFY(m_messages.isEmpty());
    }

    void routesAndStepsPage()
    {
        QString error;
        QVERIFY2(openUser(QStringLiteral("routes.sqlite"), &error), qPrintable(error));
        QVERIFY2(openWindow(&error), qPrintable(error));
        MainWindow* window = &m_app.window();
        LearningPathTab* tab = window->learningPathTab();
        tab->showPage(LearningPathTab::RoutesPage);
        QCOMPARE(tab->stepCount(), backendSteps(QString()).size());
        auto* routes = child<QTableView>(tab, "routeTable");
        QCOMPARE(routes->model()->rowCount(), cg::LearningRepository(m_app.content().database()).routes().size());
        auto* detail = child<QTextBrowser>(tab, "detailView");

        // A route shows where its description comes from.
        routes->setCurrentIndex(routes->model()->index(0, 0));
        const QString route = detail->toPlainText();
        QVERIFY(route.contains(QStringLiteral("Bachelor's degree")));
        QVERIFY(route.contains(QStringLiteral("Sources")));
        QVERIFY(route.contains(QStringLiteral("as of")));

        // A step: description, our estimate with its basis, prerequisites, skills by name, resources with source.
        auto* steps = child<QTableView>(tab, "stepTable");
        const int row = 1; // earn-a-relevant-qualification: resources and a prerequisite
        steps->setCurrentIndex(steps->model()->index(row, 1));
        const QString step = detail->toPlainText();
        QVERIFY(step.contains(QStringLiteral("our estimate")));
        QVERIFY(step.contains(QStringLiteral("Comes after: Get comfortable with computers")));
        QVERIFY(step.contains(QStringLiteral("Skills it teaches")));
        QVERIFY(!step.contains(QStringLiteral("web-development-lifecycle"))); // names, not slugs
        QVERIFY(step.contains(QStringLiteral("Meta Back-End Developer Professional Certificate")));
        QVERIFY(step.contains(QStringLiteral("rated")));
        QVERIFY(step.contains(QStringLiteral("Source: ")));
        QVERIFY(step.contains(QStringLiteral("as of 2023-08")));
        save(window, QStringLiteral("learning-path.png"));
    }

    void badInputIsAMessageNotACrash()
    {
        QString error;
        QVERIFY2(openUser(QStringLiteral("errors.sqlite"), &error), qPrintable(error));
        QVERIFY2(openWindow(&error), qPrintable(error));
        MainWindow* window = &m_app.window();
        LearningPathTab* tab = window->learningPathTab();

        // No plan yet: the File menu commands explain instead of asking for a file.
        action(window, "actionExportPdf")->trigger();
        QCOMPARE(m_messages.size(), 1);
        QCOMPARE(m_messages.last().kind, cg::MessageBoxes::Kind::Information);
        QVERIFY(m_saveSuggestions.isEmpty());
        action(window, "actionExportCalendar")->trigger();
        action(window, "actionPrintStudyPlan")->trigger();
        QCOMPARE(m_messages.size(), 3);
        QVERIFY(!window->findChild<QPrintPreviewDialog*>());
        QCOMPARE(window->currentTab(), MainWindow::LearningPathIndex);

        // The pace cannot be typed out of bounds.
        auto* hours = child<QSpinBox>(tab, "hoursSpin");
        hours->setValue(0);
        QCOMPARE(hours->value(), cg::StudyPlanScheduler::MinHoursPerWeek);
        hours->setValue(1000);
        QCOMPARE(hours->value(), cg::StudyPlanScheduler::MaxHoursPerWeek);

        // One hour a week on the whole path is more than a plan may span: a warning, nothing saved.
        m_messages.clear();
        generate(tab, QStringLiteral("Too slow"), 1);
        QCOMPARE(m_messages.size(), 1);
        QCOMPARE(m_messages.last().kind, cg::MessageBoxes::Kind::Warning);
        QVERIFY2(m_messages.last().text.contains(QStringLiteral("weeks")), qPrintable(m_messages.last().text));
        QCOMPARE(child<QComboBox>(tab, "planCombo")->count(), 0);
        QVERIFY(tab->currentPlan().weeks.isEmpty());

        // A plan needs a name.
        m_messages.clear();
        generate(tab, QString(), 10);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY(m_messages.last().text.contains(QStringLiteral("name")));
        QCOMPARE(child<QComboBox>(tab, "planCombo")->count(), 0);

        // A cancelled file dialog writes nothing and says nothing.
        m_messages.clear();
        generate(tab, QStringLiteral("Fine"), 20);
        QVERIFY(m_messages.isEmpty());
        m_saveAnswer.clear();
        action(window, "actionExportPdf")->trigger();
        QCOMPARE(m_saveSuggestions.size(), 1);
        QVERIFY(m_messages.isEmpty());

        // A folder that does not exist is reported.
        m_saveAnswer = m_app.scratchPath(QStringLiteral("no/such/folder/plan.pdf"));
        action(window, "actionExportPdf")->trigger();
        QCOMPARE(m_messages.size(), 1);
        QCOMPARE(m_messages.last().kind, cg::MessageBoxes::Kind::Warning);
        m_saveAnswer = m_app.scratchPath(QStringLiteral("no/such/folder/plan.ics"));
        action(window, "actionExportCalendar")->trigger();
        QCOMPARE(m_messages.size(), 2);
    }

    void severalNamedPlans()
    {
        QString error;
        QVERIFY2(openUser(QStringLiteral("several.sqlite"), &error), qPrintable(error));
        QVERIFY2(openWindow(&error), qPrintable(error));
        MainWindow* window = &m_app.window();
        LearningPathTab* tab = window->learningPathTab();
        auto* plans = child<QComboBox>(tab, "planCombo");

        generate(tab, QStringLiteral("Evenings"), 8);
        QVERIFY(m_messages.isEmpty());
        QVERIFY(progressModel(tab)->setData(progressModel(tab)->index(0, StepProgressModel::DoneColumn), Qt::Checked,
                                            Qt::CheckStateRole));

        // New starts a separate plan with a free name; generating it keeps the first.
        QTest::mouseClick(child<QPushButton>(tab, "newPlanButton"), Qt::LeftButton);
        QCOMPARE(plans->currentIndex(), -1);
        QVERIFY(tab->currentPlan().weeks.isEmpty());
        QCOMPARE(child<QLineEdit>(tab, "nameEdit")->text(), QStringLiteral("My study plan"));
        generate(tab, QStringLiteral("Full time"), 40);
        QVERIFY(m_messages.isEmpty());
        QCOMPARE(plans->count(), 2);
        QCOMPARE(plans->currentText(), QStringLiteral("Full time"));
        QCOMPARE(progressModel(tab)->doneCount(), 0);

        // A second plan of the same name is refused.
        QTest::mouseClick(child<QPushButton>(tab, "newPlanButton"), Qt::LeftButton);
        generate(tab, QStringLiteral("Evenings"), 5);
        QCOMPARE(m_messages.size(), 1);
        QVERIFY(m_messages.last().text.contains(QStringLiteral("already")));
        QCOMPARE(plans->count(), 2);
        m_messages.clear();

        // The plan last shown comes back on the next start, though the other sorts first.
        QVERIFY2(openWindow(&error), qPrintable(error));
        window = &m_app.window();
        tab = window->learningPathTab();
        plans = child<QComboBox>(tab, "planCombo");
        QCOMPARE(plans->currentText(), QStringLiteral("Full time"));
        QCOMPARE(child<QSpinBox>(tab, "hoursSpin")->value(), 40);

        // Switching with the keyboard brings back the first plan's settings and progress.
        plans->setFocus();
        plans->setCurrentIndex(plans->findText(QStringLiteral("Full time")));
        QTest::keyClick(plans, Qt::Key_Up); // "Evenings" sorts first
        QCOMPARE(plans->currentText(), QStringLiteral("Evenings"));
        QCOMPARE(child<QSpinBox>(tab, "hoursSpin")->value(), 8);
        QCOMPARE(progressModel(tab)->doneCount(), 1);

        // Delete asks first; "no" keeps the plan.
        m_answerYes = false;
        QTest::mouseClick(child<QPushButton>(tab, "deletePlanButton"), Qt::LeftButton);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.last().contains(QStringLiteral("Evenings")));
        QCOMPARE(plans->count(), 2);
        m_answerYes = true;
        QTest::mouseClick(child<QPushButton>(tab, "deletePlanButton"), Qt::LeftButton);
        QCOMPARE(plans->count(), 1);
        QCOMPARE(plans->currentText(), QStringLiteral("Full time"));
        QVERIFY(m_messages.isEmpty());
    }

    void skipsWhatTheSelfAssessmentKnows()
    {
        QString error;
        QVERIFY2(openUser(QStringLiteral("known.sqlite"), &error), qPrintable(error));
        const cg::LearningPath path =
            cg::LearningRepository(m_app.content().database()).path(QStringLiteral("backend-developer"));
        cg::SkillAssessmentStore assessment(m_app.user().database());
        for (const QString& skill : path.steps.first().skills)
            QVERIFY2(assessment.setStatus(skill, cg::SkillAssessmentStore::Status::Know, &error), qPrintable(error));

        QVERIFY2(openWindow(&error), qPrintable(error));
        MainWindow* window = &m_app.window();
        LearningPathTab* tab = window->learningPathTab();
        QVERIFY(child<QLabel>(tab, "knownLabel")->text().contains(QStringLiteral("Skipping what you already know: ")));
        generate(tab, QStringLiteral("Known first step"), 10);
        QVERIFY(m_messages.isEmpty());
        QVERIFY(tab->currentPlan().skippedSlugs.contains(path.steps.first().slug));
        QCOMPARE(progressModel(tab)->index(0, StepProgressModel::WeeksColumn).data().toString(),
                 QStringLiteral("Already known"));
        const QString route = tab->currentSavedPlan().routeSlug;
        QCOMPARE(tab->currentPlan().totalHours, backendPathHours(route) - path.steps.first().hours);

        // Unticking "skip what I already know" plans it again.
        child<QCheckBox>(tab, "skipKnownCheck")->setChecked(false);
        QTest::mouseClick(child<QPushButton>(tab, "generateButton"), Qt::LeftButton);
        QVERIFY(tab->currentPlan().skippedSlugs.isEmpty());
        QCOMPARE(tab->currentPlan().totalHours, backendPathHours(route));
        QVERIFY(progressModel(tab)
                    ->index(0, StepProgressModel::WeeksColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Weeks 1\u2013")));
    }

    // Values crafted in the user database are shown as stored: a start date in the year 9999 is not clamped to
    // another year, and a pace beyond int is named as it is, not as what a cast makes of it.
    void craftedPlanValuesAreShownAsStored()
    {
        QString error;
        QVERIFY2(openUser(QStringLiteral("crafted.sqlite"), &error), qPrintable(error));
        {
            cg::StudyPlanStore store(m_app.user().database());
            cg::SavedStudyPlan plan;
            plan.name = QStringLiteral("Far future");
            plan.roleSlug = plan.pathSlug = QStringLiteral("backend-developer");
            plan.startDate = QDate(9999, 6, 7);
            plan.hoursPerWeek = 10;
            QVERIFY2(store.createPlan(plan, &error) > 0, qPrintable(error));
            plan.name = QStringLiteral("Huge pace");
            plan.startDate = StartDate;
            const qint64 id = store.createPlan(plan, &error);
            QVERIFY2(id > 0, qPrintable(error));
            QSqlQuery query(m_app.user().database());
            QVERIFY(query.prepare(QStringLiteral("UPDATE study_plan SET hours_per_week = ? WHERE id = ?")));
            query.addBindValue(std::numeric_limits<qint64>::max());
            query.addBindValue(id);
            QVERIFY(query.exec());
        }
        QVERIFY2(openWindow(&error), qPrintable(error));
        MainWindow* window = &m_app.window();
        LearningPathTab* tab = window->learningPathTab();
        auto* plans = child<QComboBox>(tab, "planCombo");
        QCOMPARE(plans->count(), 2);

        plans->setCurrentIndex(plans->findText(QStringLiteral("Far future")));
        emit plans->activated(plans->currentIndex());
        QCOMPARE(tab->currentSavedPlan().startDate, QDate(9999, 6, 7));
        QCOMPARE(child<QDateEdit>(tab, "startDateEdit")->date(), QDate(9999, 6, 7));
        // Scheduled, dated as stored, when it ends by 9999-12-31; otherwise refused with that reason.
        const int weeks = int(std::ceil(backendPathHours(QString()) / 10.0));
        if (QDate(9999, 6, 7).addDays(7 * weeks - 1) <= QDate(9999, 12, 31)) {
            QVERIFY2(tab->hasPlan(), qPrintable(child<QLabel>(tab, "summaryLabel")->text()));
            QCOMPARE(tab->currentPlan().startDate, QDate(9999, 6, 7));
        } else {
            QVERIFY(!tab->hasPlan());
            QVERIFY(child<QLabel>(tab, "summaryLabel")->text().contains(QStringLiteral("9999-12-31")));
        }

        plans->setCurrentIndex(plans->findText(QStringLiteral("Huge pace")));
        emit plans->activated(plans->currentIndex());
        QCOMPARE(tab->currentSavedPlan().hoursPerWeek, std::numeric_limits<qint64>::max());
        QVERIFY(!tab->currentPlan().weeks.size());
        const QString summary = child<QLabel>(tab, "summaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("9223372036854775807 is not possible")), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("-1 is not")), qPrintable(summary));
        QCOMPARE(child<QSpinBox>(tab, "hoursSpin")->value(), cg::StudyPlanScheduler::MaxHoursPerWeek);
        QVERIFY(m_messages.isEmpty());
    }
};

QTEST_MAIN(TestLearningPathTab)
#include "TestLearningPathTab.moc"
