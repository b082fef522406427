// The real main window, offscreen: four populated tabs, shortcuts, remembered state, and a picture of each tab.
#include "LazyTabPage.h"
#include "LearningPathTab.h"
#include "MainWindow.h"
#include "RolesTab.h"
#include "SalariesTab.h"
#include "SkillsTab.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "database/ContentDatabase.h"
#include "database/UserDatabase.h"
#include "settings/Settings.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using cg::test::save;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    cg::ContentDatabase m_content;
    cg::UserDatabase m_user;

    std::unique_ptr<cg::Settings> settings()
    {
        return std::make_unique<cg::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }


private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
        QVERIFY2(m_user.open(m_dir.filePath(QStringLiteral("user.sqlite"))), qPrintable(m_user.errorString()));
    }

    void visitsAllFourTabs()
    {
        auto store = settings();
        cg::MainWindow window(m_content, m_user, *store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 4);
        const QStringList names{QStringLiteral("roles"), QStringLiteral("skills"), QStringLiteral("salaries"),
                                QStringLiteral("learning-path")};
        for (int i = 0; i < tabs->count(); ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(tabs->currentIndex(), i);
            QTest::qWait(50);
            // Every tab shows real rows in its main view.
            const QList<QAbstractItemView*> views = tabs->currentWidget()->findChildren<QAbstractItemView*>();
            QVERIFY(!views.isEmpty());
            int rows = 0;
            for (QAbstractItemView* view : views)
                rows += view->model() ? view->model()->rowCount() : 0;
            QVERIFY2(rows > 0, qPrintable(names.at(i)));
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
            named = named || label->text().contains(m_content.contentVersion());
        QVERIFY(named);
    }

    // Only the first page is built at start-up; another is built when first shown, or when asked for.
    void otherTabsAreBuiltWhenFirstShown()
    {
        cg::Settings store(m_dir.filePath(QStringLiteral("lazy.ini")));
        cg::MainWindow window(m_content, m_user, store);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QCOMPARE(window.currentTab(), cg::MainWindow::RolesIndex);
        const auto page = [tabs](cg::MainWindow::Tab tab) { return qobject_cast<cg::LazyTabPage*>(tabs->widget(tab)); };
        for (const auto tab : {cg::MainWindow::SkillsIndex, cg::MainWindow::SalariesIndex,
                               cg::MainWindow::LearningPathIndex}) {
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
            auto store = settings();
            cg::MainWindow window(m_content, m_user, *store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1100, 700);
            window.showTab(cg::MainWindow::SalariesIndex);
            window.close();
        }
        auto store = settings();
        cg::MainWindow window(m_content, m_user, *store);
        QCOMPARE(window.currentTab(), cg::MainWindow::SalariesIndex);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1100, 700));
    }

    void firstPaintIsSignalled()
    {
        auto store = settings();
        cg::MainWindow window(m_content, m_user, *store);
        QSignalSpy painted(&window, &cg::MainWindow::firstPaint);
        window.show();
        QVERIFY(painted.wait(5000));
        window.update();
        QTest::qWait(50);
        QCOMPARE(painted.count(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
