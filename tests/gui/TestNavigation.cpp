// Back and Forward in the real main window, offscreen: list selections, links followed in pages, jumps and tab
// switches are recorded; Alt+Left / Alt+Right, the toolbar buttons and the mouse's back and forward buttons walk
// through them without recording anything new.
#include "LearningPathTab.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MessageBoxes.h"
#include "RolesTab.h"
#include "SkillsTab.h"
#include "WidgetTestSupport.h"
#include "database/ContentDatabase.h"
#include "models/CatalogueListModel.h"
#include "repositories/SkillRepository.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>

using cg::MainWindow;
using cg::test::child;

class TestNavigation : public QObject
{
    Q_OBJECT

private:
    cg::test::MainWindowFixture m_app;

    MainWindow& window() const { return m_app.window(); }
    QAction* action(const char* name) const { return window().findChild<QAction*>(QLatin1String(name)); }
    QToolButton* button(const char* actionName) const
    {
        auto* toolBar = child<QToolBar>(&window(), "navigationToolBar");
        return qobject_cast<QToolButton*>(toolBar->widgetForAction(action(actionName)));
    }
    QString stepShown() const { return window().learningPathTab()->currentLocation().ref; }

    void back() { QTest::keyClick(&window(), Qt::Key_Left, Qt::AltModifier); }
    void forward() { QTest::keyClick(&window(), Qt::Key_Right, Qt::AltModifier); }

    void checkButtons(bool canGoBack, bool canGoForward)
    {
        QCOMPARE(action("actionBack")->isEnabled(), canGoBack);
        QCOMPARE(action("actionForward")->isEnabled(), canGoForward);
        QCOMPARE(button("actionBack")->isEnabled(), canGoBack);
        QCOMPARE(button("actionForward")->isEnabled(), canGoForward);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_app.open(&error), qPrintable(error));
    }

    void init()
    {
        m_app.forgetSettings();
        QString error;
        QVERIFY2(m_app.showWindowAtRest(&error, MainWindow::RolesIndex), qPrintable(error));
        window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window()));
    }

    void cleanup() { m_app.closeWindow(); }

    void actionsAreNamedAndBoundToTheKeys()
    {
        QAction* backAction = action("actionBack");
        QAction* forwardAction = action("actionForward");
        QVERIFY(backAction && forwardAction);
        QVERIFY(backAction->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Left)));
        QVERIFY(forwardAction->shortcuts().contains(QKeySequence(Qt::ALT | Qt::Key_Right)));
        for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Back)) {
            if (key != QKeySequence(Qt::Key_Backspace))
                QVERIFY2(backAction->shortcuts().contains(key), qPrintable(key.toString()));
        }
        for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Forward))
            QVERIFY2(forwardAction->shortcuts().contains(key), qPrintable(key.toString()));
        QVERIFY(!backAction->shortcuts().contains(QKeySequence(Qt::Key_Backspace)));
        QVERIFY(!backAction->icon().isNull());
        QVERIFY(!forwardAction->icon().isNull());
        QVERIFY(backAction->toolTip().contains(backAction->shortcut().toString(QKeySequence::NativeText)));
        QVERIFY(forwardAction->toolTip().contains(forwardAction->shortcut().toString(QKeySequence::NativeText)));
        QVERIFY(button("actionBack")->isVisible());
        QVERIFY(!button("actionBack")->accessibleName().isEmpty());
        QVERIFY(!button("actionForward")->accessibleName().isEmpty());
        QVERIFY(!button("actionBack")->accessibleDescription().isEmpty());
    }

    void shortcutsHelpNamesThem()
    {
        QString shown;
        cg::MessageBoxes::setHandler(
            [&shown](cg::MessageBoxes::Kind, const QString&, const QString& text) { shown = text; });
        action("actionShortcuts")->trigger();
        cg::MessageBoxes::setHandler({});
        QVERIFY2(shown.contains(QKeySequence(Qt::ALT | Qt::Key_Left).toString(QKeySequence::NativeText)),
                 qPrintable(shown));
        QVERIFY(shown.contains(QKeySequence(Qt::ALT | Qt::Key_Right).toString(QKeySequence::NativeText)));
        QVERIFY(shown.contains(QStringLiteral("Back")));
        QVERIFY(shown.contains(QStringLiteral("Forward")));
        QVERIFY(shown.contains(QStringLiteral("Mouse back / forward button")));
    }

    void backAndForwardWalkThroughWhatWasShown()
    {
        cg::RolesTab* roles = window().rolesTab();
        // The first role the list selects on loading is the first place, recorded once.
        const QString first = roles->currentRoleSlug();
        QVERIFY(!first.isEmpty());
        QCOMPARE(window().history().size(), 1);
        checkButtons(false, false);

        // Back with nowhere to go does nothing.
        back();
        QCOMPARE(window().currentTab(), MainWindow::RolesIndex);
        QCOMPARE(roles->currentRoleSlug(), first);
        QCOMPARE(window().history().size(), 1);

        // A role picked in the list.
        const QString other = first == QLatin1String("backend-developer") ? QStringLiteral("frontend-developer")
                                                                          : QStringLiteral("backend-developer");
        auto* list = child<QTreeView>(roles, "careerList");
        const QModelIndexList matches = list->model()->match(
            list->model()->index(0, 0), cg::CatalogueListModel::KeyRole, other, 1, Qt::MatchExactly);
        QCOMPARE(matches.size(), 1);
        list->setCurrentIndex(matches.first());
        QCOMPARE(roles->currentRoleSlug(), other);
        checkButtons(true, false);

        // A link in its page, to a skill: the Skills tab is built on the way, and only the skill is recorded.
        emit child<QTextBrowser>(roles, "detailView")->anchorClicked(QUrl(QStringLiteral("skill:sql")));
        QCOMPARE(window().currentTab(), MainWindow::SkillsIndex);
        QCOMPARE(window().skillsTab()->currentSkillSlug(), QStringLiteral("sql"));
        QCOMPARE(window().history().size(), 3);

        // A tab without a selection.
        QTest::keyClick(&window(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window().currentTab(), MainWindow::SalariesIndex);
        QCOMPARE(window().history().size(), 4);

        // Another tab, whose first step is selected as it loads, then another step picked in its list.
        window().showTab(MainWindow::LearningPathIndex);
        QTRY_VERIFY(!stepShown().isEmpty());
        const QString firstStep = stepShown();
        auto* steps = child<QTableView>(window().learningPathTab(), "stepTable");
        QVERIFY(steps->model()->rowCount() > 1);
        steps->setCurrentIndex(steps->model()->index(1, 0));
        const QString secondStep = stepShown();
        QVERIFY(secondStep != firstStep);
        QCOMPARE(window().history().size(), 6);
        checkButtons(true, false);
        QVERIFY(cg::test::waitForRepaint(&window()));
        cg::test::save(&window(), QStringLiteral("navigation-toolbar.png"));

        // Alt+Left steps back through each place, recording nothing.
        back();
        QCOMPARE(window().currentTab(), MainWindow::LearningPathIndex);
        QCOMPARE(stepShown(), firstStep);
        checkButtons(true, true);
        back();
        QCOMPARE(window().currentTab(), MainWindow::SalariesIndex);
        back();
        QCOMPARE(window().currentTab(), MainWindow::SkillsIndex);
        QCOMPARE(window().skillsTab()->currentSkillSlug(), QStringLiteral("sql"));
        back();
        QCOMPARE(window().currentTab(), MainWindow::RolesIndex);
        QCOMPARE(roles->currentRoleSlug(), other);
        back();
        QCOMPARE(roles->currentRoleSlug(), first);
        checkButtons(false, true);
        back();
        QCOMPARE(window().currentTab(), MainWindow::RolesIndex);
        QCOMPARE(roles->currentRoleSlug(), first);
        QCOMPARE(window().history().size(), 6);
        QCOMPARE(window().history().currentIndex(), 0);

        // Alt+Right goes forward again, also from a widget that has the keyboard focus.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(roles->currentRoleSlug(), other);
        forward();
        QCOMPARE(window().currentTab(), MainWindow::SkillsIndex);
        QCOMPARE(window().skillsTab()->currentSkillSlug(), QStringLiteral("sql"));
        QCOMPARE(window().history().size(), 6);

        // The toolbar buttons do the same.
        QTest::mouseClick(button("actionForward"), Qt::LeftButton);
        QCOMPARE(window().currentTab(), MainWindow::SalariesIndex);
        QTest::mouseClick(button("actionBack"), Qt::LeftButton);
        QCOMPARE(window().currentTab(), MainWindow::SkillsIndex);

        // The mouse's back and forward buttons, over the window's central widget or over a page.
        QTest::mousePress(window().centralWidget(), Qt::BackButton);
        QCOMPARE(window().currentTab(), MainWindow::RolesIndex);
        QCOMPARE(roles->currentRoleSlug(), other);
        QTest::mousePress(child<QTextBrowser>(roles, "detailView")->viewport(), Qt::ForwardButton);
        QCOMPARE(window().currentTab(), MainWindow::SkillsIndex);
        QTest::mousePress(window().centralWidget(), Qt::BackButton);
        QCOMPARE(roles->currentRoleSlug(), other);
        QCOMPARE(window().history().size(), 6);

        // Somewhere new after going back: what lay ahead is dropped.
        roles->selectRole(first);
        QCOMPARE(window().history().size(), 3);
        checkButtons(true, false);
        forward();
        QCOMPARE(roles->currentRoleSlug(), first);
    }

    void jumpsToEveryKindComeBack()
    {
        cg::RolesTab* roles = window().rolesTab();
        const QString first = roles->currentRoleSlug();
        const cg::SkillRepository skills(m_app.content().database());
        const QList<cg::OnetElement> elements = skills.onetElements();
        QVERIFY(elements.size() > 2);
        const QList<cg::TechnologyExample> technologies = skills.technologyPage({}, 5, 1);
        QCOMPARE(technologies.size(), 1);

        window().jumpTo(QStringLiteral("onet"), elements.at(2).elementId);
        QCOMPARE(window().skillsTab()->currentList(), cg::SkillsTab::OnetList);
        window().jumpTo(QStringLiteral("technology"), technologies.first().name);
        QCOMPARE(window().skillsTab()->currentList(), cg::SkillsTab::TechnologyList);
        // An occupation selected itself, though a role is filed under it.
        window().jumpTo(QStringLiteral("occupation"), QStringLiteral("11-3021.00"));
        const QString developers = QStringLiteral("15-1252.00");
        roles->selectOccupation(developers);
        QCOMPARE(roles->shownOccupation(), developers);
        window().jumpTo(QStringLiteral("role"), QStringLiteral("backend-developer"));
        QCOMPARE(window().history().size(), 6);

        back();
        QCOMPARE(roles->shownOccupation(), developers);
        QCOMPARE(roles->currentRoleSlug(), QString());
        back();
        QCOMPARE(roles->shownOccupation(), QStringLiteral("11-3021.00"));
        back();
        QCOMPARE(window().currentTab(), MainWindow::SkillsIndex);
        QCOMPARE(window().skillsTab()->currentList(), cg::SkillsTab::TechnologyList);
        QCOMPARE(window().skillsTab()->currentLocation().ref, technologies.first().name);
        back();
        QCOMPARE(window().skillsTab()->currentList(), cg::SkillsTab::OnetList);
        QCOMPARE(window().skillsTab()->currentLocation().ref, elements.at(2).elementId);
        back();
        QCOMPARE(window().currentTab(), MainWindow::RolesIndex);
        QCOMPARE(roles->currentRoleSlug(), first);
        QCOMPARE(window().history().size(), 6);
    }
    void typingInAFilterRecordsNothing()
    {
        // A filter that hides the selected item moves the selection by itself, keystroke by keystroke: none of
        // those moves is the person's choice, so none is recorded, on either list.
        cg::RolesTab* roles = window().rolesTab();
        QTRY_VERIFY(!roles->currentRoleSlug().isEmpty());
        const int before = window().history().size();
        auto* roleFilter = child<QLineEdit>(roles, "filterEdit");
        roleFilter->setFocus();
        QTest::keyClicks(roleFilter, QStringLiteral("front"));
        QVERIFY(roles->currentRoleSlug() != QLatin1String("backend-developer"));
        QVERIFY(!roles->currentRoleSlug().isEmpty());
        QCOMPARE(window().history().size(), before);
        QTest::keyClicks(roleFilter, QStringLiteral("zzzz")); // nothing matches
        QCOMPARE(window().history().size(), before);
        roleFilter->clear();
        QCOMPARE(window().history().size(), before);

        window().showTab(cg::MainWindow::SkillsIndex);
        cg::SkillsTab* skills = window().skillsTab();
        skills->selectSkill(QStringLiteral("sql"));
        QCOMPARE(skills->currentSkillSlug(), QStringLiteral("sql"));
        const int withSkill = window().history().size();
        QCOMPARE(window().history().current()->ref, QStringLiteral("sql"));
        auto* skillFilter = child<QLineEdit>(skills, "filterEdit");
        skillFilter->setFocus();
        QTest::keyClicks(skillFilter, QStringLiteral("python"));
        QVERIFY(skills->currentSkillSlug() != QLatin1String("sql"));
        QTest::keyClicks(skillFilter, QStringLiteral("zzzz"));
        skillFilter->clear();
        QCOMPARE(window().history().size(), withSkill);

        // What the person then picks is recorded, and Back returns to the skill shown before the typing.
        skills->selectSkill(QStringLiteral("git"));
        QCOMPARE(window().history().size(), withSkill + 1);
        back();
        QCOMPARE(skills->currentSkillSlug(), QStringLiteral("sql"));
    }
};

QTEST_MAIN(TestNavigation)
#include "TestNavigation.moc"
