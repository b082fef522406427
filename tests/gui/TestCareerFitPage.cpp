// Learning Path → Careers that fit me, in the real main window offscreen: mark skills known, see every career ranked
// with a score checked by hand, keep only the curated roles, then the career moves from the back-end developer role
// with a pay change checked against the published medians. Saves fit-ranking.png and career-moves.png.
#include "LearningPathTab.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MessageBoxes.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "content/AnnualPay.h"
#include "models/CareerFitModel.h"
#include "models/CareerMoveModel.h"
#include "repositories/OccupationRepository.h"
#include "user/SkillAssessmentStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using cg::LearningPathTab;
using cg::MainWindow;
using cg::test::child;
using Status = cg::SkillAssessmentStore::Status;

class TestCareerFitPage final : public QObject
{
    Q_OBJECT

private:
    cg::test::MainWindowFixture m_app;

    QWidget* openFitPage()
    {
        QString error;
        if (!m_app.showWindow(&error, MainWindow::LearningPathIndex, QSize(1024, 768)))
            qFatal("%s", qPrintable(error));
        LearningPathTab* tab = m_app.window().learningPathTab();
        tab->showPage(LearningPathTab::FitPage);
        QApplication::processEvents();
        return child<QTabWidget>(tab, "pages")->currentWidget();
    }

    static QString cell(QTableView* table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_app.open(&error), qPrintable(error));
    }

    void emptyStateUntilSomethingIsKnown()
    {
        QString error;
        QVERIFY2(m_app.forgetUserData(&error), qPrintable(error));
        QWidget* page = openFitPage();
        auto* stack = page->findChild<QStackedWidget*>();
        QVERIFY(stack);
        QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("fitEmptyState"));
        QVERIFY(child<QLabel>(page, "fitEmptyLabel")->text().contains(QStringLiteral("Skills tab")));
        // The button goes to the Skills tab.
        QTest::mouseClick(child<QPushButton>(page, "goToSkillsButton"), Qt::LeftButton);
        QTRY_COMPARE(child<QTabWidget>(&m_app.window(), "tabs")->currentIndex(), int(MainWindow::SkillsIndex));
    }

    void ranking()
    {
        // Five skills known. Back-end specialist lists PHP 5, Java 5, Python 5, Ruby 5, Programming 5,
        // Collaboration and teamwork 3 (28 in all); known: Java + Python + Programming + Collaboration
        // = 5 + 5 + 5 + 3 = 18, and 18/28 = 64.29% -> 64%, its gaps PHP and Ruby. The next best role, Software
        // developers, is Programming 5 of 12 = 42%; no occupation comes near, as Programming is one of dozens of
        // O*NET ratings there.
        cg::SkillAssessmentStore store(m_app.user().database());
        QString error;
        for (const char* slug : {"python", "java", "programming", "collaboration", "sql"})
            QVERIFY2(store.setStatus(QLatin1String(slug), Status::Know, &error), qPrintable(error));

        QWidget* page = openFitPage();
        auto* table = child<QTableView>(page, "fitTable");
        QTRY_VERIFY(table->isVisible());
        QTRY_VERIFY(table->model()->rowCount() > 1000);
        const int careers =
            cg::test::countOf(m_app.content().database(), QStringLiteral("SELECT (SELECT count(*) FROM role) + "
                                                                         "(SELECT count(*) FROM occupation)"));
        QCOMPARE(table->model()->rowCount(), careers);
        QCOMPARE(cell(table, 0, cg::CareerFitModel::NameColumn), QStringLiteral("Back-end specialist"));
        QCOMPARE(cell(table, 0, cg::CareerFitModel::FitColumn), QStringLiteral("64%"));
        QCOMPARE(cell(table, 0, cg::CareerFitModel::GapsColumn), QStringLiteral("PHP, Ruby"));
        QCOMPARE(cell(table, 0, cg::CareerFitModel::KindColumn), QStringLiteral("Role"));
        QCOMPARE(cell(table, 1, cg::CareerFitModel::FitColumn), QStringLiteral("42%"));
        // Pay with source and date: a role's is its first occupation's, and says so.
        const QString payNote =
            table->model()->index(0, cg::CareerFitModel::PayColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(payNote.contains(QStringLiteral("2024-05")) && payNote.contains(QStringLiteral("first occupation")),
                 qPrintable(payNote));
        QVERIFY(child<QLabel>(page, "fitPayNote")->text().contains(QStringLiteral("2024-05")));
        // Not rated last.
        QCOMPARE(cell(table, careers - 1, cg::CareerFitModel::FitColumn), QStringLiteral("not rated"));
        QVERIFY(cg::test::waitForRepaint(page));
        cg::test::save(child<QGroupBox>(page, "fitBox"), QStringLiteral("fit-ranking.png"));

        // Curated roles only.
        auto* rolesOnly = child<QCheckBox>(page, "rolesOnlyCheck");
        rolesOnly->setFocus();
        QTest::keyClick(rolesOnly, Qt::Key_Space);
        QVERIFY(rolesOnly->isChecked());
        QCOMPARE(table->model()->rowCount(),
                 cg::test::countOf(m_app.content().database(), QStringLiteral("SELECT count(*) FROM role")));
        QCOMPARE(cell(table, 0, cg::CareerFitModel::NameColumn), QStringLiteral("Back-end specialist"));
        QTest::keyClick(rolesOnly, Qt::Key_Space);
        QCOMPARE(table->model()->rowCount(), careers);

        // The filter finds by name.
        QTest::keyClicks(child<QLineEdit>(page, "fitFilterEdit"), QStringLiteral("software dev"));
        QVERIFY(table->model()->rowCount() >= 2);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(cell(table, row, 0).contains(QStringLiteral("software dev"), Qt::CaseInsensitive));
        child<QLineEdit>(page, "fitFilterEdit")->clear();

        // A change on the Skills tab is seen when the page shows again: PHP known lifts the specialist to
        // 23/28 = 82%.
        QVERIFY(store.setStatus(QStringLiteral("php"), Status::Know, &error));
        auto* tabs = child<QTabWidget>(&m_app.window(), "tabs");
        tabs->setCurrentIndex(MainWindow::SkillsIndex);
        tabs->setCurrentIndex(MainWindow::LearningPathIndex);
        QTRY_COMPARE(cell(table, 0, cg::CareerFitModel::FitColumn), QStringLiteral("82%"));
        QCOMPARE(cell(table, 0, cg::CareerFitModel::GapsColumn), QStringLiteral("Ruby"));
    }

    void moves()
    {
        QWidget* page = openFitPage();
        auto* fitTable = child<QTableView>(page, "fitTable");
        QTRY_VERIFY(fitTable->model()->rowCount() > 1000);
        // Select the back-end developer role and press Show Moves.
        child<QLineEdit>(page, "fitFilterEdit")->setText(QStringLiteral("back-end developer"));
        QTRY_COMPARE(fitTable->model()->rowCount(), 1);
        fitTable->setFocus();
        fitTable->setCurrentIndex(fitTable->model()->index(0, 0));
        auto* showMoves = child<QPushButton>(page, "showMovesButton");
        QVERIFY(showMoves->isEnabled());
        QTest::mouseClick(showMoves, Qt::LeftButton);

        auto* moveTable = child<QTableView>(page, "moveTable");
        QTRY_VERIFY(moveTable->model()->rowCount() > 0);
        QCOMPARE(child<QComboBox>(page, "moveOriginCombo")->currentData().toString(),
                 QStringLiteral("backend-developer"));
        QVERIFY(child<QLabel>(page, "movesNote")->text().contains(QStringLiteral("15-1252.00")));

        // The role moves from Software Developers, 15-1252.00. Its first related occupation, by O*NET, and that
        // one's pay change checked against both published medians.
        const QString code = moveTable->model()->index(0, 0).data(cg::CareerMoveModel::CodeRole).toString();
        const cg::OccupationRepository occupations(m_app.content().database());
        const cg::AnnualPay from = cg::AnnualPay::parse(occupations.wage(QStringLiteral("15-1252.00")).annualMedian);
        const cg::AnnualPay to = cg::AnnualPay::parse(occupations.wage(code).annualMedian);
        QCOMPARE(from.kind(), cg::AnnualPay::Kind::Exact);
        QCOMPARE(to.kind(), cg::AnnualPay::Kind::Exact);
        const qint64 change = to.dollars() - from.dollars();
        const QString text = cell(moveTable, 0, cg::CareerMoveModel::ChangeColumn);
        QVERIFY2(text.startsWith(change < 0 ? QStringLiteral("\u2212$") : QStringLiteral("+$")), qPrintable(text));
        QString digits = text;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        QCOMPARE(digits, QString::number(qAbs(change)));
        // Every move names its tier, fit and pay change (unknown, never $0, where a median is missing).
        for (int row = 0; row < moveTable->model()->rowCount(); ++row) {
            QVERIFY(!cell(moveTable, row, cg::CareerMoveModel::TierColumn).isEmpty());
            QVERIFY(!cell(moveTable, row, cg::CareerMoveModel::ChangeColumn).isEmpty());
        }

        // Plan This Move: no path of the guide leads to the first move, Computer Programmers, and the person is told
        // so; the page stays.
        LearningPathTab* tab = m_app.window().learningPathTab();
        QStringList messages;
        cg::MessageBoxes::setHandler(
            [&messages](cg::MessageBoxes::Kind, const QString&, const QString& text) { messages.append(text); });
        auto* planButton = child<QPushButton>(page, "planMoveButton");
        QVERIFY(!planButton->isEnabled());
        moveTable->setFocus();
        moveTable->setCurrentIndex(moveTable->model()->index(0, 0));
        QVERIFY(planButton->isEnabled());
        QVERIFY(cg::test::waitForRepaint(page));
        cg::test::save(child<QGroupBox>(page, "movesBox"), QStringLiteral("career-moves.png"));
        auto* pages = child<QTabWidget>(tab, "pages");
        auto* planCombo = child<QComboBox>(tab, "planCombo");
        const int plansBefore = planCombo->count();
        QTest::mouseClick(planButton, Qt::LeftButton);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(cell(moveTable, 0, cg::CareerMoveModel::OccupationColumn)),
                 qPrintable(messages.first()));
        QCOMPARE(pages->currentIndex(), int(LearningPathTab::FitPage));
        QCOMPARE(planCombo->count(), plansBefore);

        // The back-end path leads to Web Developers (the role is filed under 15-1254.00): one click saves a plan
        // named for the move on that path and shows it.
        int webRow = -1;
        for (int row = 0; row < moveTable->model()->rowCount(); ++row) {
            if (moveTable->model()->index(row, 0).data(cg::CareerMoveModel::CodeRole) == QStringLiteral("15-1254.00"))
                webRow = row;
        }
        QVERIFY(webRow >= 0);
        moveTable->setCurrentIndex(moveTable->model()->index(webRow, 0));
        QTest::mouseClick(planButton, Qt::LeftButton);
        cg::MessageBoxes::setHandler({});
        QCOMPARE(messages.size(), 1);
        QCOMPARE(pages->currentIndex(), int(LearningPathTab::PlanPage));
        QCOMPARE(planCombo->count(), plansBefore + 1);
        QCOMPARE(planCombo->currentText(), QStringLiteral("Move to Web Developers"));
        QCOMPARE(child<QLineEdit>(tab, "nameEdit")->text(), QStringLiteral("Move to Web Developers"));
        auto* target = child<QComboBox>(tab, "targetCombo");
        QVERIFY2(target->currentText().contains(QStringLiteral("Back-End"), Qt::CaseInsensitive),
                 qPrintable(target->currentText()));

        // Enter on a move opens its occupation page on the Roles tab.
        tab->showPage(LearningPathTab::FitPage);
        moveTable->setFocus();
        moveTable->setCurrentIndex(moveTable->model()->index(0, 0));
        QTest::keyClick(moveTable, Qt::Key_Return);
        QTRY_COMPARE(child<QTabWidget>(&m_app.window(), "tabs")->currentIndex(), int(MainWindow::RolesIndex));
    }
};

QTEST_MAIN(TestCareerFitPage)
#include "TestCareerFitPage.moc"
