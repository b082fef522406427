// The real main window, offscreen: four populated tabs, shortcuts, remembered state, and a picture of each tab.
#include "LazyTabPage.h"
#include "LearningPathTab.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "RolesTab.h"
#include "SalariesTab.h"
#include "SkillsTab.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "settings/Settings.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using cg::test::save;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    cg::test::MainWindowFixture m_app;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_app.open(&error), qPrintable(error));
    }

    void cleanup() { m_app.forgetSettings(); }

    void visitsAllFourTabs()
    {
        QString error;
        QVERIFY2(m_app.showWindow(&error), qPrintable(error));
        cg::MainWindow& window = m_app.window();

        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 4);
        const QStringList names{QStringLiteral("roles"), QStringLiteral("skills"), QStringLiteral("salaries"),
                                QStringLiteral("learning-path")};
        for (int i = 0; i < tabs->count(); ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(tabs->currentIndex(), i);
            // Every tab shows real rows in its main view.
            QVERIFY(!tabs->currentWidget()->findChildren<QAbstractItemView*>().isEmpty());
            QTRY_VERIFY2(cg::test::shownRows(tabs->currentWidget()) > 0, qPrintable(names.at(i)));
            save(&window, QStringLiteral("tab-%1.png").arg(names.at(i)));
        }
        QVERIFY(window.rolesTab()->detailText().contains(QStringLiteral("Back-end developer")));
        QVERIFY(window.skillsTab()->visibleSkillCount() > 50);
        QVERIFY(window.salariesTab()->visibleFigureCount() > 20);
        QVERIFY(window.learningPathTab()->stepCount() >= 5);

        // The status bar names the content version.
        const auto labels = window.statusBar()->findChildren<QLabel*>();
        bool named = false;
        for (const QLabel* label : labels)
            named = named || label->text().contains(m_app.content().contentVersion());
        QVERIFY(named);
    }

    // Only the first page is built at start-up; another is built when first shown, or when asked for.
    void otherTabsAreBuiltWhenFirstShown()
    {
        QString error;
        QVERIFY2(m_app.showWindow(&error), qPrintable(error));
        cg::MainWindow& window = m_app.window();
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QCOMPARE(window.currentTab(), cg::MainWindow::RolesIndex);
        const auto page = [tabs](cg::MainWindow::Tab tab) { return qobject_cast<cg::LazyTabPage*>(tabs->widget(tab)); };
        for (const auto tab :
             {cg::MainWindow::SkillsIndex, cg::MainWindow::SalariesIndex, cg::MainWindow::LearningPathIndex}) {
            QVERIFY(page(tab));
            QVERIFY(!page(tab)->isBuilt());
        }
        QVERIFY(window.findChildren<cg::SkillsTab*>().isEmpty());

        window.showTab(cg::MainWindow::SkillsIndex);
        QVERIFY(page(cg::MainWindow::SkillsIndex)->isBuilt());
        QCOMPARE(window.findChildren<cg::SkillsTab*>().size(), 1);
        QCOMPARE(window.findChild<cg::SkillsTab*>(), window.skillsTab());
        QVERIFY(window.skillsTab()->isVisible());
        QVERIFY(!page(cg::MainWindow::SalariesIndex)->isBuilt());

        // Asking for a tab builds it without showing it; asking again gives the same one.
        cg::LearningPathTab* learning = window.learningPathTab();
        QVERIFY(page(cg::MainWindow::LearningPathIndex)->isBuilt());
        QCOMPARE(window.learningPathTab(), learning);
        QCOMPARE(window.currentTab(), cg::MainWindow::SkillsIndex);
        // A link on the Skills tab still leads to the Roles tab, through connections made when it was built.
        window.jumpTo(QStringLiteral("role"), QStringLiteral("frontend-developer"));
        QCOMPARE(window.currentTab(), cg::MainWindow::RolesIndex);
    }

    void remembersLastTabAndGeometry()
    {
        {
            cg::MainWindow window(m_app.content(), m_app.user(), m_app.settings());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1100, 700);
            window.showTab(cg::MainWindow::SalariesIndex);
            window.close();
        }
        m_app.closeWindow(); // settings are read again, as on the next start
        cg::MainWindow window(m_app.content(), m_app.user(), m_app.settings());
        QCOMPARE(window.currentTab(), cg::MainWindow::SalariesIndex);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1100, 700));
    }

    void firstPaintIsSignalled()
    {
        cg::MainWindow window(m_app.content(), m_app.user(), m_app.settings());
        QSignalSpy painted(&window, &cg::MainWindow::firstPaint);
        window.show();
        QVERIFY(painted.wait(5000));
        window.repaint(); // painted now, not later
        QCOMPARE(painted.count(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
