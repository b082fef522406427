// The Roles tab in the real main window, offscreen: browse and filter roles, read a role, compare two, follow links.
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MnemonicCheck.h"
#include "RolesTab.h"
#include "SkillsTab.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "compare/RoleComparison.h"
#include "content/OfficialFigure.h"
#include "models/RoleFilterProxyModel.h"
#include "repositories/OccupationRepository.h"
#include "repositories/RoleRepository.h"
#include "settings/Settings.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

// Counts the resizes of a text view's viewport that come after the view was given its text.
class ResizeCounter : public QObject
{
public:
    explicit ResizeCounter(QWidget* viewport) : m_viewport(viewport) { viewport->installEventFilter(this); }
    ~ResizeCounter() override { m_viewport->removeEventFilter(this); }
    int afterContent = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const auto* view = qobject_cast<QTextBrowser*>(m_viewport->parentWidget());
        if (watched == m_viewport && event->type() == QEvent::Resize && view && !view->document()->isEmpty())
            ++afterContent;
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_viewport;
};

using cg::test::save;

class TestRolesTab : public QObject
{
    Q_OBJECT

private:
    cg::test::MainWindowFixture m_app;

    cg::RolesTab* tab() const { return m_app.window().rolesTab(); }
    template <typename T> T* child(const char* name) const { return cg::test::child<T>(tab(), name); }

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
        QVERIFY2(m_app.showWindow(&error, cg::MainWindow::RolesIndex), qPrintable(error));
    }

    void keyboardMnemonicsAreUnique() { cg::test::checkMnemonics(&m_app.window(), tab()); }

    void cleanup() { m_app.closeWindow(); }

    // The first page is laid out once, at the width it is shown at: once it is set, the view does not change size
    // before the window's first paint, and at that paint the page is all there.
    void firstPageIsLaidOutOnceAtItsShownWidth()
    {
        m_app.forgetSettings();
        cg::MainWindow window(m_app.content(), m_app.user(), m_app.settings());
        window.resize(1280, 800);
        auto* view = window.rolesTab()->findChild<QTextBrowser*>(QStringLiteral("detailView"));
        QVERIFY(view);
        ResizeCounter resizes(view->viewport());
        bool checked = false;
        connect(&window, &cg::MainWindow::firstPaint, this, [&] {
            checked = true;
            QVERIFY(window.rolesTab()->detailText().contains(QStringLiteral("What they do")));
            QVERIFY(window.rolesTab()->detailText().contains(QStringLiteral("Sources")));
            QCOMPARE(resizes.afterContent, 0);
            QCOMPARE(qRound(view->document()->pageSize().width()), view->viewport()->width());
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(checked);
    }

    void selectRoleAndReadItsDuties()
    {
        auto* list = child<QListView>("roleList");
        QVERIFY(list);
        // Walk the list with the keyboard to the back-end developer.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        for (int i = 0; i < list->model()->rowCount() && tab()->currentRoleSlug() != QLatin1String("backend-developer");
             ++i)
            QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(tab()->currentRoleSlug(), QStringLiteral("backend-developer"));

        const cg::RoleDetail role =
            cg::RoleRepository(m_app.content().database()).detail(QStringLiteral("backend-developer"));
        const QString text = tab()->detailText();
        QVERIFY(text.contains(QStringLiteral("What they do")));
        QVERIFY(role.duties.size() >= 5);
        for (const cg::RoleDuty& duty : role.duties)
            QVERIFY2(text.contains(duty.text), qPrintable(duty.text));
        // Duties link to the skills they need.
        const QString html = tab()->detailHtml();
        for (const QString& slug : role.duties.first().skillSlugs)
            QVERIFY2(html.contains(QStringLiteral("href=\"skill:%1\"").arg(slug)), qPrintable(slug));

        // Official data, labelled with its source; Software Developers have no ratings in this O*NET release.
        const cg::OccupationRepository occupations(m_app.content().database());
        const cg::OccupationWage wage = occupations.wage(QStringLiteral("15-1252.00"));
        QVERIFY(text.contains(cg::OfficialFigure::annualWage(wage.annualMedian, tab()->locale())));
        QVERIFY(text.contains(QStringLiteral("not rated in this release")));
        QVERIFY(text.contains(QStringLiteral("O*NET 29.3 Database")));
        QVERIFY(text.contains(QStringLiteral("Occupational Employment and Wage Statistics")));
        QVERIFY(text.contains(QStringLiteral("Employment Projections 2024")));
        QVERIFY(text.contains(QStringLiteral("A typical day")));
        QVERIFY(text.contains(QStringLiteral("Who they work with")));
        QVERIFY(text.contains(QStringLiteral("Ways in the guide describes")));
        save(&m_app.window(), QStringLiteral("role-detail.png"));
    }

    void compareBackEndAndFrontEnd()
    {
        tab()->selectRole(QStringLiteral("backend-developer"));
        auto* compare = child<QComboBox>("compareCombo");
        QVERIFY(compare);
        compare->setCurrentIndex(compare->findData(QStringLiteral("frontend-developer")));
        QVERIFY(tab()->isComparing());

        const cg::RoleRepository roles(m_app.content().database());
        const cg::RoleDetail back = roles.detail(QStringLiteral("backend-developer"));
        const cg::RoleDetail front = roles.detail(QStringLiteral("frontend-developer"));
        const cg::RoleComparison comparison(back, front);
        const QString text = tab()->detailText();
        QVERIFY(text.contains(QStringLiteral("Back-end developer and Front-end developer side by side")));
        QVERIFY(text.contains(QStringLiteral("Both need %1 skills; %2 only Back-end developer needs; %3 only "
                                             "Front-end developer needs.")
                                  .arg(comparison.sharedCount())
                                  .arg(comparison.firstOnlyCount())
                                  .arg(comparison.secondOnlyCount())));
        for (const auto& row : comparison.skills())
            QVERIFY2(text.contains(row.name), qPrintable(row.name));
        // A skill only one role needs reads "not listed" under the other.
        QCOMPARE(text.count(QStringLiteral("not listed")), comparison.firstOnlyCount() + comparison.secondOnlyCount());
        QVERIFY(text.contains(front.duties.first().text));
        QVERIFY(text.contains(back.duties.first().text));
        // What differs is shaded.
        QVERIFY(tab()->detailHtml().contains(QStringLiteral("background-color:#")));
        save(&m_app.window(), QStringLiteral("role-compare.png"));

        compare->setCurrentIndex(0);
        QVERIFY(!tab()->isComparing());
        QVERIFY(tab()->detailText().contains(QStringLiteral("What they do")));
    }

    void filterTheList()
    {
        auto* filter = child<QLineEdit>("filterEdit");
        auto* outlook = child<QComboBox>("outlookCombo");
        auto* education = child<QComboBox>("educationCombo");
        auto* count = child<QLabel>("countLabel");
        const int all = tab()->visibleRoleCount();
        QVERIFY(all >= 8);
        QTest::keyClicks(filter, QStringLiteral("server-side"));
        QCOMPARE(tab()->visibleRoleCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("Showing 1 of %1 roles").arg(all));
        filter->clear();
        outlook->setCurrentIndex(outlook->findData(int(cg::RoleFilterProxyModel::Outlook::NotGrowing)));
        // Every role in the guide grows in the official projection.
        QCOMPARE(tab()->visibleRoleCount(), 0);
        outlook->setCurrentIndex(outlook->findData(int(cg::RoleFilterProxyModel::Outlook::FasterThanAverage)));
        QVERIFY(tab()->visibleRoleCount() > 0);
        QVERIFY(outlook->currentText().contains(QStringLiteral("%")));
        outlook->setCurrentIndex(0);
        QVERIFY(education->count() >= 2);
        education->setCurrentIndex(1);
        QVERIFY(tab()->visibleRoleCount() > 0);
        // Selecting a role the filters hide clears them.
        education->setCurrentIndex(education->count() - 1);
        QTest::keyClicks(filter, QStringLiteral("zzzz"));
        QCOMPARE(tab()->visibleRoleCount(), 0);
        tab()->selectRole(QStringLiteral("devops-engineer"));
        QCOMPARE(tab()->currentRoleSlug(), QStringLiteral("devops-engineer"));
        QCOMPARE(tab()->visibleRoleCount(), all);
    }

    void linksLeadToSkillsRolesAndOccupations()
    {
        tab()->selectRole(QStringLiteral("backend-developer"));
        auto* view = child<QTextBrowser>("detailView");
        emit view->anchorClicked(QUrl(QStringLiteral("skill:sql")));
        QCOMPARE(m_app.window().currentTab(), cg::MainWindow::SkillsIndex);
        QCOMPARE(m_app.window().skillsTab()->currentSkillSlug(), QStringLiteral("sql"));

        m_app.window().showTab(cg::MainWindow::RolesIndex);
        emit view->anchorClicked(QUrl(QStringLiteral("role:frontend-developer")));
        QCOMPARE(tab()->currentRoleSlug(), QStringLiteral("frontend-developer"));
    }

    void occupationWithoutARoleShowsOnItsOwn()
    {
        m_app.window().jumpTo(QStringLiteral("occupation"), QStringLiteral("11-3021.00"));
        QCOMPARE(m_app.window().currentTab(), cg::MainWindow::RolesIndex);
        QCOMPARE(tab()->currentRoleSlug(), QString());
        QCOMPARE(tab()->shownOccupation(), QStringLiteral("11-3021.00"));
        const QString text = tab()->detailText();
        QVERIFY(text.contains(QStringLiteral("Computer and Information Systems Managers")));
        QVERIFY(text.contains(QStringLiteral("No role in this guide is filed under this occupation")));
        // BLS's top code is shown as a bound, never as a number or a bare '#'.
        QVERIFY(text.contains(QStringLiteral("\u2265 $239,200")));
        QVERIFY(!text.contains(QStringLiteral(" # ")));
        // Estimates O*NET advises suppressing are named as left out, never ranked.
        QVERIFY(text.contains(QStringLiteral("ratings O*NET flags as too imprecise to use")));
        save(&m_app.window(), QStringLiteral("role-occupation.png"));

        // An occupation a role is filed under leads to that role.
        m_app.window().jumpTo(QStringLiteral("occupation"), QStringLiteral("15-1212.00"));
        QCOMPARE(tab()->currentRoleSlug(), QStringLiteral("security-engineer"));
        QVERIFY(tab()->shownOccupation().isEmpty());
    }
};

QTEST_MAIN(TestRolesTab)
#include "TestRolesTab.moc"
