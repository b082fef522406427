// The personal loop on the Learning Path tab, in the real main window offscreen: six skills marked known shorten the
// self-taught plan by exactly the hours TopicPlanner::shortening gives; topics ticked off in the topics pane stay
// done, with their hours out, through a change of pace and a restart; an own topic (its link checked in the dialog),
// a hidden topic and a new order are kept across a restart and carried into the PDF and the calendar.
#include "FileDialogs.h"
#include "LearningPathTab.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MessageBoxes.h"
#include "OwnTopicDialog.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "models/StepProgressModel.h"
#include "models/StepTopicModel.h"
#include "plan/StudyPlanRequestBuilder.h"
#include "plan/TopicPlanner.h"
#include "repositories/LearningRepository.h"
#include "user/SkillAssessmentStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using cg::LearningPathTab;
using cg::MainWindow;
using cg::StepTopicModel;
using cg::test::child;

namespace {

const QString Backend = QStringLiteral("backend-developer");
const QString SelfTaught = QStringLiteral("self-taught");
const QString PlanName = QStringLiteral("My own road");
const QString OwnTitle = QStringLiteral("Work through the PostgreSQL tutorial");
const QString OwnUrl = QStringLiteral("https://www.postgresql.org/docs/current/tutorial.html");
constexpr int OwnHours = 6;
const QStringList KnownSkills{QStringLiteral("python"),     QStringLiteral("java"), QStringLiteral("sql"),
                              QStringLiteral("postgresql"), QStringLiteral("git"),  QStringLiteral("api-development")};

} // namespace

class TestStudyPlanTopics final : public QObject
{
    Q_OBJECT

private:
    cg::test::MainWindowFixture m_app;
    QStringList m_messages;
    QString m_saveAnswer;
    // What the scenario's steps hand on to the next.
    int m_hoursLeft = 0; // planned after the ticks
    QString m_step;      // the step whose topics are changed
    QStringList m_ticked;
    QString m_hidden;
    QStringList m_order; // the step's topic keys after the move

    bool openWindow(QString* error)
    {
        QString userError;
        if (!m_app.openUserDatabase(&userError, QStringLiteral("topics.sqlite"))) {
            *error = userError;
            return false;
        }
        if (!m_app.showWindow(error, MainWindow::LearningPathIndex, QSize(1024, 768)))
            return false;
        m_app.window().learningPathTab()->showPage(LearningPathTab::PlanPage);
        QApplication::processEvents();
        return true;
    }

    LearningPathTab* tab() { return m_app.window().learningPathTab(); }
    QTableView* topicTable() { return child<QTableView>(tab(), "topicTable"); }
    StepTopicModel* topicModel() { return qobject_cast<StepTopicModel*>(topicTable()->model()); }

    cg::LearningPath selfTaughtPath()
    {
        return cg::StudyPlanRequestBuilder::forRoute(cg::LearningRepository(m_app.content().database()).path(Backend),
                                                     SelfTaught);
    }

    void generate(int hours, bool skipKnown)
    {
        auto* target = child<QComboBox>(tab(), "targetCombo");
        target->setCurrentIndex(target->findData(Backend));
        auto* routes = child<QComboBox>(tab(), "routeCombo");
        routes->setCurrentIndex(routes->findData(SelfTaught));
        auto* name = child<QLineEdit>(tab(), "nameEdit");
        name->setText(PlanName);
        child<QDateEdit>(tab(), "startDateEdit")->setDate(QDate(2026, 1, 5));
        child<QSpinBox>(tab(), "hoursSpin")->setValue(hours);
        child<QCheckBox>(tab(), "skipKnownCheck")->setChecked(skipKnown);
        QTest::mouseClick(child<QPushButton>(tab(), "generateButton"), Qt::LeftButton);
    }

    void selectTopic(const QString& key, int column = StepTopicModel::TopicColumn)
    {
        const int row = topicModel()->rowOf(key);
        QVERIFY2(row >= 0, qPrintable(key));
        topicTable()->setFocus();
        topicTable()->setCurrentIndex(topicModel()->index(row, column));
    }

    QStringList listedKeys()
    {
        QStringList keys;
        for (int row = 0; row < topicModel()->rowCount(); ++row)
            keys.append(topicModel()->keyAt(row));
        return keys;
    }

    static QString runTool(const QString& program, const QStringList& arguments, bool* ok)
    {
        QProcess process;
        process.start(program, arguments);
        *ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_app.open(&error), qPrintable(error));
        cg::MessageBoxes::setHandler(
            [this](cg::MessageBoxes::Kind, const QString&, const QString& text) { m_messages.append(text); });
        cg::MessageBoxes::setQuestionHandler([](const QString&, const QString&) { return true; });
        cg::FileDialogs::setSaveHandler(
            [this](const QString&, const QString&, const QString&) { return m_saveAnswer; });
    }

    void cleanupTestCase()
    {
        m_app.closeWindow();
        cg::MessageBoxes::setHandler({});
        cg::MessageBoxes::setQuestionHandler({});
        cg::FileDialogs::setSaveHandler({});
    }

    void init() { m_messages.clear(); }

    void scenarioSixKnownSkillsShortenThePlanByTheirHours()
    {
        QString error;
        QVERIFY2(m_app.openUserDatabase(&error, QStringLiteral("topics.sqlite")), qPrintable(error));
        {
            cg::SkillAssessmentStore assessment(m_app.user().database());
            for (const QString& skill : KnownSkills)
                QVERIFY2(assessment.setStatus(skill, cg::SkillAssessmentStore::Status::Know, &error),
                         qPrintable(error));
        } // the store's handle on the connection goes before the window reopens the file
        QVERIFY2(openWindow(&error), qPrintable(error));

        const QSet<QString> known(KnownSkills.cbegin(), KnownSkills.cend());
        const cg::PlanShortening expected =
            cg::TopicPlanner::shortening(selfTaughtPath(), cg::TopicCoverage({}, known), 10);
        QVERIFY(expected.hoursSaved() > 0);

        generate(10, false);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
        QCOMPARE(tab()->currentPlan().totalHours, expected.hoursBefore);
        generate(10, true);
        QCOMPARE(tab()->currentPlan().totalHours, expected.hoursAfter);
        QCOMPARE(tab()->currentPlan().weekCount(), expected.weeksAfter);
        QVERIFY(child<QLabel>(tab(), "knownLabel")
                    ->text()
                    .contains(QStringLiteral("%1 \u2192 %2 weeks").arg(expected.weeksBefore).arg(expected.weeksAfter)));
        QVERIFY(m_messages.isEmpty());
    }

    void scenarioTopicsTickedOffStayDone()
    {
        QVERIFY2(m_app.hasWindow(), "an earlier step of the scenario failed");
        const int before = tab()->currentPlan().totalHours;
        // The topics pane follows the step picked in the steps table; pick a step with topics not known yet.
        auto* steps = child<QComboBox>(tab(), "stepCombo");
        QVERIFY(steps->count() > 0);
        QVERIFY(!steps->accessibleName().isEmpty());
        for (int i = 0; i < steps->count() && m_step.isEmpty(); ++i) {
            steps->setCurrentIndex(i);
            int open = 0;
            for (int row = 0; row < topicModel()->rowCount(); ++row) {
                const QString state = topicModel()->index(row, StepTopicModel::StateColumn).data().toString();
                open += state.isEmpty() ? 1 : 0;
            }
            if (open >= 4)
                m_step = steps->currentData().toString();
        }
        QVERIFY(!m_step.isEmpty());

        // Tick two topics off from the keyboard: Space on the box.
        int tickedHours = 0;
        for (int row = 0; m_ticked.size() < 2 && row < topicModel()->rowCount(); ++row) {
            if (!topicModel()->index(row, StepTopicModel::StateColumn).data().toString().isEmpty())
                continue;
            const QString key = topicModel()->keyAt(row);
            selectTopic(key, StepTopicModel::DoneColumn);
            QTest::keyClick(topicTable(), Qt::Key_Space);
            QTRY_COMPARE(topicModel()
                             ->index(topicModel()->rowOf(key), StepTopicModel::DoneColumn)
                             .data(Qt::CheckStateRole)
                             .toInt(),
                         int(Qt::Checked));
            m_ticked.append(key);
            tickedHours += topicModel()->index(topicModel()->rowOf(key), StepTopicModel::HoursColumn).data().toInt();
        }
        QCOMPARE(m_ticked.size(), 2);
        QTRY_COMPARE(tab()->currentPlan().totalHours, before - tickedHours);
        QVERIFY(child<QLabel>(tab(), "summaryLabel")->text().contains(QStringLiteral("topics done: 2 of ")));
        // The step's status rolls up from its topics.
        auto* progress = qobject_cast<cg::StepProgressModel*>(child<QTableView>(tab(), "progressTable")->model());
        QVERIFY(progress->index(progress->rowOf(m_step), cg::StepProgressModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("topics 2 of ")));

        // A change of pace keeps them done, and their hours out.
        generate(20, true);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
        QCOMPARE(tab()->currentPlan().hoursPerWeek, 20);
        QCOMPARE(tab()->currentPlan().totalHours, before - tickedHours);
        child<QComboBox>(tab(), "stepCombo")->setCurrentIndex(steps->findData(m_step));
        for (const QString& key : std::as_const(m_ticked))
            QCOMPARE(topicModel()
                         ->index(topicModel()->rowOf(key), StepTopicModel::DoneColumn)
                         .data(Qt::CheckStateRole)
                         .toInt(),
                     int(Qt::Checked));
        m_hoursLeft = before - tickedHours;
    }

    void scenarioOwnTopicHiddenTopicAndOrder()
    {
        QVERIFY2(m_hoursLeft > 0, "an earlier step of the scenario failed");
        auto* steps = child<QComboBox>(tab(), "stepCombo");
        steps->setCurrentIndex(steps->findData(m_step));

        // Add Topic…: a link that is no web address is refused in the dialog, with a reason, and the dialog stays.
        auto* add = child<QPushButton>(tab(), "addButton");
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        cg::OwnTopicDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_app.window().findChild<cg::OwnTopicDialog*>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), OwnTitle);
        QTest::keyClicks(child<QLineEdit>(dialog, "urlEdit"), QStringLiteral("javascript:alert(1)"));
        child<QSpinBox>(dialog, "hoursSpin")->setValue(OwnHours);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "noteEdit"), QStringLiteral("Chapters 1 to 3"));
        auto* buttons = child<QDialogButtonBox>(dialog, "buttonBox");
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->problem().contains(QStringLiteral("https://")));
        cg::test::save(dialog, QStringLiteral("study-plan-own-topic.png"));
        child<QLineEdit>(dialog, "urlEdit")->setText(OwnUrl);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!m_app.window().findChild<cg::OwnTopicDialog*>());
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
        QTRY_COMPARE(tab()->currentPlan().totalHours, m_hoursLeft + OwnHours);
        const QString ownKey = listedKeys().last();
        QVERIFY(cg::OwnTopic::isOwnKey(ownKey));
        QCOMPARE(topicModel()->index(topicModel()->rowOf(ownKey), StepTopicModel::TopicColumn).data().toString(),
                 OwnTitle);

        // Hide a topic not done: it leaves the list and the plan; "show hidden" lists it greyed.
        int hiddenHours = 0;
        for (int row = 0; row < topicModel()->rowCount() && m_hidden.isEmpty(); ++row) {
            const QString key = topicModel()->keyAt(row);
            const QString state = topicModel()->index(row, StepTopicModel::StateColumn).data().toString();
            if (!m_ticked.contains(key) && key != ownKey && state.isEmpty()) {
                m_hidden = key;
                hiddenHours = topicModel()->index(row, StepTopicModel::HoursColumn).data().toInt();
            }
        }
        QVERIFY(!m_hidden.isEmpty());
        selectTopic(m_hidden);
        QTest::mouseClick(child<QPushButton>(tab(), "hideButton"), Qt::LeftButton);
        QCOMPARE(topicModel()->rowOf(m_hidden), -1);
        QCOMPARE(tab()->currentPlan().totalHours, m_hoursLeft + OwnHours - hiddenHours);
        child<QCheckBox>(tab(), "showHiddenCheck")->setChecked(true);
        const int hiddenRow = topicModel()->rowOf(m_hidden);
        QVERIFY(hiddenRow >= 0);
        QVERIFY(topicModel()
                    ->index(hiddenRow, StepTopicModel::StateColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("hidden")));
        m_hoursLeft = m_hoursLeft + OwnHours - hiddenHours;

        // Move the own topic up twice (Ctrl+Up, then the button): the order is kept.
        selectTopic(ownKey);
        const QStringList before = listedKeys();
        // Through the window, as a key press arrives, so the shortcut map sees it first.
        m_app.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_app.window()));
        QTest::keyClick(m_app.window().windowHandle(), Qt::Key_Up, Qt::ControlModifier);
        QTRY_COMPARE(listedKeys().indexOf(ownKey), before.indexOf(ownKey) - 1);
        QTest::mouseClick(child<QPushButton>(tab(), "upButton"), Qt::LeftButton);
        m_order = listedKeys();
        QCOMPARE(m_order.size(), before.size());
        QCOMPARE(m_order.indexOf(ownKey), before.indexOf(ownKey) - 2);
        QCOMPARE(topicTable()->currentIndex().row(), m_order.indexOf(ownKey));
        QVERIFY(m_messages.isEmpty());

        QVERIFY(cg::test::waitForRepaint(&m_app.window()));
        cg::test::save(&m_app.window(), QStringLiteral("study-plan-topics.png"));
    }

    void scenarioAllIsKeptAcrossARestart()
    {
        QVERIFY2(!m_order.isEmpty(), "an earlier step of the scenario failed");
        QString error;
        QVERIFY2(openWindow(&error), qPrintable(error));
        QCOMPARE(tab()->currentPlan().totalHours, m_hoursLeft);
        QCOMPARE(tab()->currentPlan().hoursPerWeek, 20);
        auto* steps = child<QComboBox>(tab(), "stepCombo");
        steps->setCurrentIndex(steps->findData(m_step));
        QCOMPARE(topicModel()->rowOf(m_hidden), -1); // hidden, and "show hidden" starts off
        QStringList shown = m_order;
        shown.removeAll(m_hidden);
        QCOMPARE(listedKeys(), shown);
        for (const QString& key : std::as_const(m_ticked))
            QCOMPARE(topicModel()
                         ->index(topicModel()->rowOf(key), StepTopicModel::DoneColumn)
                         .data(Qt::CheckStateRole)
                         .toInt(),
                     int(Qt::Checked));
    }

    void scenarioPdfAndCalendarCarryTheOwnTopic()
    {
        QVERIFY2(m_app.hasWindow(), "an earlier step of the scenario failed");
        const QString icsPath = cg::test::artifactPath(QStringLiteral("study-plan-topics.ics"));
        QFile::remove(icsPath);
        m_saveAnswer = icsPath;
        m_app.window().findChild<QAction*>(QStringLiteral("actionExportCalendar"))->trigger();
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
        QFile ics(icsPath);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QString calendar = QString::fromUtf8(ics.readAll()).remove(QStringLiteral("\r\n "));
        QVERIFY(calendar.contains(QStringLiteral("- %1 (%2 h\\, %3)").arg(OwnTitle).arg(OwnHours).arg(OwnUrl)));

        const QString pdfPath = cg::test::artifactPath(QStringLiteral("study-plan-topics.pdf"));
        QFile::remove(pdfPath);
        m_saveAnswer = pdfPath;
        m_app.window().findChild<QAction*>(QStringLiteral("actionExportPdf"))->trigger();
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
        QVERIFY(QFile::exists(pdfPath));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; the PDF was written but not read back");
        bool ok = false;
        const QString text =
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")}, &ok)
                .simplified();
        QVERIFY(ok);
        QVERIFY2(text.contains(OwnTitle), qPrintable(text.left(2000)));
        // A long link may be broken over two lines in a table cell; its host is on one.
        QVERIFY(text.contains(QStringLiteral("www.postgresql.org")));
        m_app.closeWindow();
    }
};

QTEST_MAIN(TestStudyPlanTopics)
#include "TestStudyPlanTopics.moc"
