// The Roles tab in the real main window, offscreen: browse, filter and sort the career catalogue, read a role or an
// occupation, compare two careers, follow links. Expected values come from the repositories, never from guesses.
#include "EmptyFilterNotice.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MnemonicCheck.h"
#include "RolesTab.h"
#include "SkillsTab.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "compare/RoleComparison.h"
#include "content/AnnualPay.h"
#include "content/OfficialFigure.h"
#include "models/CatalogueFilterProxyModel.h"
#include "models/CatalogueListModel.h"
#include "repositories/CatalogueRepository.h"
#include "repositories/OccupationRepository.h"
#include "repositories/RoleRepository.h"
#include "settings/Settings.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCompleter>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

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
        auto* list = child<QTreeView>("careerList");
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
        auto* growth = child<QComboBox>("growthCombo");
        auto* education = child<QComboBox>("educationCombo");
        auto* count = child<QLabel>("countLabel");
        const int all = tab()->visibleRoleCount();
        const QList<cg::CatalogueEntry> entries = cg::CatalogueRepository(m_app.content().database()).all();
        QCOMPARE(all, entries.size());
        QCOMPARE(count->text(), QStringLiteral("Showing %1 of %1").arg(tab()->locale().toString(all)));
        QTest::keyClicks(filter, QStringLiteral("server-side"));
        QCOMPARE(tab()->visibleRoleCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("Showing 1 of %1").arg(tab()->locale().toString(all)));
        filter->clear();

        // The growth filter in the Handbook's words: every role in the guide grows, so none declines.
        const auto growthRows = [&](cg::GrowthCategory category) {
            return int(std::count_if(entries.cbegin(), entries.cend(),
                                     [category](const cg::CatalogueEntry& e) { return e.growth == category; }));
        };
        growth->setCurrentIndex(growth->findData(int(cg::GrowthCategory::Declining)));
        QCOMPARE(tab()->visibleRoleCount(), growthRows(cg::GrowthCategory::Declining));
        auto* list = child<QTreeView>("careerList");
        for (int row = 0; row < list->model()->rowCount(); ++row)
            QCOMPARE(list->model()->index(row, cg::CatalogueListModel::KindColumn).data().toString(),
                     QStringLiteral("O*NET"));
        growth->setCurrentIndex(growth->findData(int(cg::GrowthCategory::MuchFasterThanAverage)));
        QVERIFY(tab()->visibleRoleCount() > 0);
        QCOMPARE(tab()->visibleRoleCount(), growthRows(cg::GrowthCategory::MuchFasterThanAverage));
        QCOMPARE(growth->currentText(), QStringLiteral("Much faster than average"));
        growth->setCurrentIndex(0);
        QCOMPARE(tab()->visibleRoleCount(), all);

        QVERIFY(education->count() >= 2);
        education->setCurrentIndex(1);
        QVERIFY(tab()->visibleRoleCount() > 0);
        // Selecting a role the filters hide clears them.
        education->setCurrentIndex(education->count() - 1);
        QTest::keyClicks(filter, QStringLiteral("zzzz"));
        QCOMPARE(tab()->visibleRoleCount(), 0);
        QCOMPARE(count->text(), QStringLiteral("Showing 0 of %1").arg(tab()->locale().toString(all)));
        tab()->selectRole(QStringLiteral("devops-engineer"));
        QCOMPARE(tab()->currentRoleSlug(), QStringLiteral("devops-engineer"));
        QCOMPARE(tab()->visibleRoleCount(), all);
        QCOMPARE(education->currentIndex(), 0);
        QVERIFY(filter->text().isEmpty());
    }

    void aFilterThatMatchesNothingSaysSoAndClearsItself()
    {
        // Two filters that together match nothing: the list says why and offers to clear them.
        auto* filter = child<QLineEdit>("filterEdit");
        auto* growth = child<QComboBox>("growthCombo");
        auto* view = child<QTextBrowser>("detailView");
        auto* list = child<QTreeView>("careerList");
        const int all = tab()->visibleRoleCount();
        QVERIFY(all > 1000);
        growth->setCurrentIndex(growth->findData(int(cg::GrowthCategory::Declining)));
        QTest::keyClicks(filter, QStringLiteral("zzzz"));
        QCOMPARE(tab()->visibleRoleCount(), 0);
        auto* notice = tab()->findChild<cg::EmptyFilterNotice*>();
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QVERIFY(notice->message().contains(QStringLiteral("No careers match")));
        QTRY_VERIFY2(view->toPlainText().contains(QStringLiteral("No careers match")), qPrintable(view->toPlainText()));
        QVERIFY(cg::test::waitForRepaint(&m_app.window()));
        save(&m_app.window(), QStringLiteral("empty-filter.png"));

        // From the keyboard: its button clears every filter, and the pane shows a career again.
        notice->clearButton()->setFocus();
        QTest::keyClick(notice->clearButton(), Qt::Key_Space);
        QCOMPARE(tab()->visibleRoleCount(), all);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(growth->currentIndex(), 0);
        QVERIFY(!notice->isVisible());
        QTRY_VERIFY(list->currentIndex().isValid());
        QTRY_VERIFY(!view->toPlainText().trimmed().isEmpty());
        QVERIFY(!view->toPlainText().contains(QStringLiteral("No careers match")));

        // Clearing the text by hand after the list emptied also leaves a career shown, never a blank pane.
        QTest::keyClicks(filter, QStringLiteral("zzzz"));
        QCOMPARE(tab()->visibleRoleCount(), 0);
        filter->clear();
        QCOMPARE(tab()->visibleRoleCount(), all);
        QTRY_VERIFY(list->currentIndex().isValid());
        QTRY_VERIFY(!view->toPlainText().trimmed().isEmpty());
    }

    // A family outside computing shows only its own codes, and the count says how many.
    void filterByJobFamily()
    {
        const QString family = QStringLiteral("29-0000");
        const QList<cg::CatalogueEntry> entries = cg::CatalogueRepository(m_app.content().database()).all();
        const int expected =
            int(std::count_if(entries.cbegin(), entries.cend(),
                              [&family](const cg::CatalogueEntry& e) { return e.familyCode == family; }));
        QVERIFY(expected > 50);
        auto* families = child<QComboBox>("familyCombo");
        const int index = families->findData(family);
        QVERIFY(index > 0);
        QVERIFY(families->itemText(index).startsWith(QStringLiteral("Healthcare Practitioners and Technical")));
        families->setFocus();
        families->setCurrentIndex(index);
        QCOMPARE(tab()->visibleRoleCount(), expected);
        QCOMPARE(child<QLabel>("countLabel")->text(),
                 QStringLiteral("Showing %1 of %2")
                     .arg(tab()->locale().toString(expected), tab()->locale().toString(entries.size())));
        auto* list = child<QTreeView>("careerList");
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QString key = list->model()->index(row, 0).data(cg::CatalogueListModel::KeyRole).toString();
            QVERIFY2(key.startsWith(QStringLiteral("29-")), qPrintable(key));
        }
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(tab()->shownOccupation().startsWith(QStringLiteral("29-")));
        QVERIFY(cg::test::waitForRepaint(&m_app.window()));
        save(&m_app.window(), QStringLiteral("catalogue-job-family.png"));
    }

    // Sorting by median pay puts the highest first: BLS's top code, then the highest published wage.
    void sortByMedianPay()
    {
        auto* sort = child<QComboBox>("sortCombo");
        sort->setCurrentIndex(sort->findData(int(cg::CatalogueFilterProxyModel::Sort::MedianPay)));

        // The highest wage read straight from the database.
        QSqlQuery query(m_app.content().database());
        QVERIFY(query.exec(
            QStringLiteral("SELECT o.soc_code, w.annual_median FROM occupation o JOIN occupation_wage w "
                           "ON w.occ_code = substr(o.soc_code, 1, 7) AND w.o_group IN ('detailed', 'broad')")));
        int topCoded = 0;
        qint64 highest = -1;
        while (query.next()) {
            const QString median = query.value(1).toString();
            if (median == QLatin1String("#"))
                ++topCoded;
            else if (cg::AnnualPay::parse(median).kind() == cg::AnnualPay::Kind::Exact)
                highest = std::max(highest, cg::AnnualPay::parse(median).dollars());
        }
        QVERIFY(topCoded > 0 && highest > 0);

        auto* list = child<QTreeView>("careerList");
        const auto payAt = [list](int row) {
            return list->model()->index(row, cg::CatalogueListModel::PayColumn).data().toString();
        };
        QCOMPARE(payAt(0), QStringLiteral("\u2265 $239,200"));
        int row = 0;
        while (row < list->model()->rowCount() && payAt(row) == QStringLiteral("\u2265 $239,200"))
            ++row;
        QVERIFY(row >= topCoded);
        QCOMPARE(payAt(row), QStringLiteral("$%1").arg(QLocale(QLocale::English).toString(highest)));
        list->scrollToTop();
        QVERIFY(cg::test::waitForRepaint(&m_app.window()));
        save(&m_app.window(), QStringLiteral("catalogue-sorted-by-pay.png"));

        // The order is remembered for the next window.
        QString error;
        QVERIFY2(m_app.showWindow(&error, cg::MainWindow::RolesIndex), qPrintable(error));
        QCOMPARE(m_app.settings().catalogueSort(), int(cg::CatalogueFilterProxyModel::Sort::MedianPay));
        QCOMPARE(child<QComboBox>("sortCombo")->currentData().toInt(),
                 int(cg::CatalogueFilterProxyModel::Sort::MedianPay));
        QCOMPARE(child<QTreeView>("careerList")->model()->index(0, cg::CatalogueListModel::PayColumn).data().toString(),
                 QStringLiteral("\u2265 $239,200"));
    }

    // An occupation outside computing has a page of its own: tasks, wages, outlook and related occupations.
    void registeredNursesPage()
    {
        const QString code = QStringLiteral("29-1141.00");
        m_app.window().jumpTo(QStringLiteral("occupation"), code);
        QCOMPARE(tab()->shownOccupation(), code);
        QCOMPARE(tab()->currentRoleSlug(), QString());
        auto* list = child<QTreeView>("careerList");
        QCOMPARE(list->currentIndex().data(cg::CatalogueListModel::KeyRole).toString(), code);

        const cg::OccupationRepository occupations(m_app.content().database());
        const cg::Occupation nurses = occupations.occupation(code);
        QVERIFY(nurses.isValid());
        QVERIFY(nurses.tasks.size() >= 5);
        QVERIFY(!nurses.related.isEmpty());
        const QString text = tab()->detailText();
        QVERIFY(text.contains(nurses.title));
        for (const cg::OccupationTask& task : nurses.tasks.mid(0, 5))
            QVERIFY2(text.contains(task.text), qPrintable(task.text));
        QVERIFY(text.contains(cg::OfficialFigure::annualWage(nurses.wage.annualMedian, tab()->locale())));
        QVERIFY(text.contains(cg::OfficialFigure::signedPercent(nurses.projection.changePercent, tab()->locale())));
        QVERIFY(text.contains(nurses.related.first().title));
        QVERIFY(text.contains(QStringLiteral("Occupational Employment and Wage Statistics")));
        QVERIFY(text.contains(QStringLiteral("Employment Projections 2024")));
        QVERIFY(cg::test::waitForRepaint(&m_app.window()));
        save(&m_app.window(), QStringLiteral("occupation-page-registered-nurses.png"));
    }

    // A curated role beside an occupation: the picker finds the occupation by typing, and both titles show.
    void compareRoleWithOccupation()
    {
        tab()->selectRole(QStringLiteral("backend-developer"));
        auto* compare = child<QComboBox>("compareCombo");
        QVERIFY(compare->isEditable());
        compare->setFocus();
        compare->lineEdit()->selectAll();
        QTest::keyClicks(compare->lineEdit(), QStringLiteral("registered nur"));
        QCompleter* completer = compare->completer();
        QVERIFY(completer->completionCount() >= 1);
        QVERIFY(completer->currentCompletion().contains(QStringLiteral("Registered Nurses")));

        const QString code = QStringLiteral("29-1141.00");
        tab()->compareWith(code);
        QVERIFY(tab()->isComparing());
        QCOMPARE(tab()->currentRoleSlug(), QStringLiteral("backend-developer"));
        const QString text = tab()->detailText();
        QVERIFY(text.contains(QStringLiteral("Back-end developer")));
        QVERIFY(text.contains(cg::OccupationRepository(m_app.content().database()).title(code)));
        QVERIFY(cg::test::waitForRepaint(&m_app.window()));
        save(&m_app.window(), QStringLiteral("compare-role-with-occupation.png"));

        // Two occupations side by side.
        const QString developers = QStringLiteral("15-1252.00");
        tab()->showOccupation(QStringLiteral("11-3021.00"));
        tab()->compareWith(developers);
        QVERIFY(tab()->isComparing());
        QVERIFY(tab()->detailText().contains(QStringLiteral("Computer and Information Systems Managers")));
        QVERIFY(tab()->detailText().contains(cg::OccupationRepository(m_app.content().database()).title(developers)));
        tab()->compareWith(QString());
        QVERIFY(!tab()->isComparing());
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
        // Its row in the catalogue is the one selected.
        QCOMPARE(child<QTreeView>("careerList")->currentIndex().data(cg::CatalogueListModel::KeyRole).toString(),
                 QStringLiteral("11-3021.00"));
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
