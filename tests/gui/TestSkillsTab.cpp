// The Skills tab in the real main window, offscreen: the catalogue and its filters, O*NET flags, self-assessment that
// survives a restart, and the gap towards a target role.
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MnemonicCheck.h"
#include "RolesTab.h"
#include "SkillsTab.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "models/OnetElementTableModel.h"
#include "models/SkillTableModel.h"
#include "models/TechnologyTableModel.h"
#include "repositories/RoleRepository.h"
#include "settings/Settings.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using cg::test::save;

using Status = cg::SkillAssessmentStore::Status;

class TestSkillsTab : public QObject
{
    Q_OBJECT

private:
    cg::test::MainWindowFixture m_app;

    cg::SkillsTab* tab() const { return m_app.window().skillsTab(); }
    template <typename T> T* child(const char* name) const { return cg::test::child<T>(tab(), name); }

    // A new window over a freshly opened user database, as after restarting the app.
    void openWindow()
    {
        QString error;
        QVERIFY2(m_app.reopenUserDatabase(&error), qPrintable(error));
        QVERIFY(m_app.user().isWritable());
        QVERIFY2(m_app.showWindow(&error, cg::MainWindow::SkillsIndex), qPrintable(error));
    }

    // Marks the selected skill with the status combo, by keyboard, as a person would.
    void markCurrent(Status status)
    {
        auto* combo = child<QComboBox>("statusCombo");
        QVERIFY(combo->isEnabled());
        const int target = combo->findData(int(status));
        QVERIFY(target >= 0);
        combo->setFocus();
        // Counted up front: once the skill leaves a filtered table, the combo shows the next skill's status.
        const int steps = target - combo->currentIndex();
        for (int i = 0; i < std::abs(steps); ++i)
            QTest::keyClick(combo, steps > 0 ? Qt::Key_Down : Qt::Key_Up);
    }

    // The self-assessment as saved in the user database.
    cg::SkillAssessmentStore store() { return cg::SkillAssessmentStore(m_app.user().database()); }

    // What O*NET lists for a technology, read from the database: code -> title.
    QHash<QString, QString> occupationsListing(const QString& technology)
    {
        QHash<QString, QString> found;
        QSqlQuery query(m_app.content().database());
        if (!query.prepare(QStringLiteral("SELECT t.soc_code, o.title FROM occupation_technology t "
                                          "JOIN occupation o ON o.soc_code = t.soc_code WHERE t.example = ?")))
            return found;
        query.addBindValue(technology);
        if (!query.exec())
            return found;
        while (query.next())
            found.insert(query.value(0).toString(), query.value(1).toString());
        return found;
    }

    // Chooses the technology list by keyboard, types the name in the filter and selects the row, as a person would.
    void findTechnology(const QString& name)
    {
        auto* list = child<QComboBox>("listCombo");
        list->setFocus();
        while (list->currentData().toInt() != cg::SkillsTab::TechnologyList) {
            const int before = list->currentIndex();
            QTest::keyClick(list, Qt::Key_Down);
            QVERIFY(list->currentIndex() != before);
        }
        QCOMPARE(tab()->currentList(), cg::SkillsTab::TechnologyList);
        auto* filter = child<QLineEdit>("filterEdit");
        filter->clear();
        QTest::keyClicks(filter, name);
        auto* table = child<QTableView>("technologyTable");
        QVERIFY(table->isVisible());
        QVERIFY(table->model()->rowCount() > 0);
        int row = -1;
        for (int r = 0; r < table->model()->rowCount() && row < 0; ++r) {
            if (table->model()->index(r, 0).data().toString() == name)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(name));
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
        QVERIFY(tab()->detailText().contains(name));
    }

    // The detail lists every occupation O*NET lists for the technology, with its code.
    void checkTechnologyDetail(const QString& technology)
    {
        const QHash<QString, QString> expected = occupationsListing(technology);
        QVERIFY2(!expected.isEmpty(), qPrintable(technology));
        const QString text = tab()->detailText();
        QVERIFY(text.contains(QStringLiteral("Occupations that use it")));
        QVERIFY(text.contains(QStringLiteral("O*NET lists it for %1 occupations").arg(expected.size())));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(text.contains(it.key()), qPrintable(technology + QStringLiteral(": ") + it.key()));
            QVERIFY2(text.contains(it.value()), qPrintable(technology + QStringLiteral(": ") + it.value()));
        }
        QVERIFY(text.contains(QStringLiteral("Source: O*NET 29.3 Database")));
    }

    QString statusCell(const QString& slug) const
    {
        auto* table = child<QTableView>("skillTable");
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex name = table->model()->index(row, cg::SkillTableModel::NameColumn);
            if (name.data(cg::SkillTableModel::SlugRole).toString() == slug)
                return name.siblingAtColumn(cg::SkillTableModel::StatusColumn).data().toString();
        }
        return QStringLiteral("(not shown)");
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_app.open(&error), qPrintable(error));
    }

    void init()
    {
        QString error;
        QVERIFY2(m_app.forgetUserData(&error), qPrintable(error));
        openWindow();
    }

    void keyboardMnemonicsAreUnique() { cg::test::checkMnemonics(&m_app.window(), tab()); }

    void cleanup() { m_app.closeWindow(); }

    void filterByCategory()
    {
        auto* category = child<QComboBox>("categoryCombo");
        const int all = tab()->visibleSkillCount();
        QVERIFY(all > 50);
        category->setCurrentIndex(category->findData(QStringLiteral("database")));
        QSqlQuery query(m_app.content().database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM skill WHERE category = 'database'")));
        QVERIFY(query.next());
        QCOMPARE(tab()->visibleSkillCount(), query.value(0).toInt());
        QVERIFY(category->currentText().contains(QStringLiteral("(%1)").arg(query.value(0).toInt())));
        auto* table = child<QTableView>("skillTable");
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, 0).data(cg::SkillTableModel::CategoryKeyRole).toString(),
                     QStringLiteral("database"));

        // Kind and hot-technology filters narrow further; the catalogue comes back when they are cleared.
        auto* hot = child<QCheckBox>("hotCheck");
        hot->setChecked(true);
        QVERIFY(tab()->visibleSkillCount() > 0);
        QVERIFY(tab()->visibleSkillCount() < query.value(0).toInt());
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()->index(row, 0).data(cg::SkillTableModel::HotRole).toBool());
        hot->setChecked(false);
        category->setCurrentIndex(0);
        auto* kind = child<QComboBox>("kindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("soft")));
        QVERIFY(tab()->visibleSkillCount() > 5);
        kind->setCurrentIndex(0);
        QCOMPARE(tab()->visibleSkillCount(), all);
    }

    void catalogueIsGroupedAndFlagged()
    {
        // Grouped by category by default.
        auto* table = child<QTableView>("skillTable");
        QString previous;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString key = table->model()
                                    ->index(row, cg::SkillTableModel::CategoryColumn)
                                    .data(cg::SkillTableModel::SortRole)
                                    .toString();
            QVERIFY(previous.compare(key, Qt::CaseInsensitive) <= 0);
            previous = key;
        }
        tab()->selectSkill(QStringLiteral("postgresql"));
        const QString text = tab()->detailText();
        QVERIFY(text.contains(QStringLiteral("Hot Technology")));
        QVERIFY(text.contains(QStringLiteral("In demand in postings for")));
        QVERIFY(text.contains(QStringLiteral("O*NET 29.3 Database")));
        QVERIFY(text.contains(QStringLiteral("Back-end developer")));
        // SQL by the O*NET name mapped to it, which the page names; Express, only part of O*NET names, without flags.
        tab()->selectSkill(QStringLiteral("sql"));
        QVERIFY(tab()->detailText().contains(QStringLiteral("Structured query language SQL")));
        QVERIFY(tab()->detailText().contains(QStringLiteral("Hot Technology")));
        tab()->selectSkill(QStringLiteral("express"));
        QVERIFY(tab()->detailText().contains(QStringLiteral("no Hot Technology or In Demand flag")));
        // A premium, stated as its source states it, with the source.
        tab()->selectSkill(QStringLiteral("linux"));
        QVERIFY(tab()->detailText().contains(QStringLiteral("Pay premium")));
        QVERIFY(tab()->detailText().contains(QStringLiteral("Source:")));
        tab()->selectSkill(QStringLiteral("postgresql"));
        save(&m_app.window(), QStringLiteral("skills.png"));
    }

    void markKnownSurvivesRestartAndShrinksTheGap()
    {
        QCOMPARE(tab()->targetRole(), QStringLiteral("backend-developer"));
        const cg::RoleDetail backend =
            cg::RoleRepository(m_app.content().database()).detail(QStringLiteral("backend-developer"));
        const cg::SkillGap::Summary before = tab()->gap();
        QCOMPARE(before.total, int(backend.skills.size()));
        QCOMPARE(before.known, 0);
        QCOMPARE(tab()->gapText(),
                 QStringLiteral("Back-end developer: 0 of %1 skills known, %1 to go").arg(before.total));

        QSignalSpy gapChanged(tab(), &cg::SkillsTab::gapChanged);
        tab()->selectSkill(QStringLiteral("postgresql"));
        markCurrent(Status::Know);
        QCOMPARE(statusCell(QStringLiteral("postgresql")), cg::SkillAssessmentStore::displayName(Status::Know));
        const cg::SkillGap::Summary after = tab()->gap();
        QCOMPARE(after.toGo(), before.toGo() - 1);
        QCOMPARE(after.known, 1);
        QVERIFY(!after.missing.contains(QStringLiteral("postgresql")));
        // Each step of the combo is saved at once, each announcing the gap.
        QVERIFY(gapChanged.count() >= 1);
        QCOMPARE(gapChanged.last().at(0).toString(), QStringLiteral("backend-developer"));
        QCOMPARE(gapChanged.last().at(1).toStringList(), after.missing);
        QCOMPARE(
            tab()->gapText(),
            QStringLiteral("Back-end developer: 1 of %1 skills known, %2 to go").arg(after.total).arg(after.toGo()));

        // "Learning" is still part of the gap.
        tab()->selectSkill(QStringLiteral("python"));
        markCurrent(Status::Learning);
        QCOMPARE(tab()->gap().toGo(), after.toGo());

        // Restart: a new window over the reopened user database still knows.
        openWindow();
        QCOMPARE(statusCell(QStringLiteral("postgresql")), cg::SkillAssessmentStore::displayName(Status::Know));
        QCOMPARE(statusCell(QStringLiteral("python")), cg::SkillAssessmentStore::displayName(Status::Learning));
        QCOMPARE(tab()->gap().toGo(), after.toGo());
        tab()->selectSkill(QStringLiteral("postgresql"));
        QCOMPARE(child<QComboBox>("statusCombo")->currentData().toInt(), int(Status::Know));

        // Back to "not assessed": the gap grows again, and that too is saved.
        markCurrent(Status::Unknown);
        QCOMPARE(tab()->gap().toGo(), before.toGo());
        openWindow();
        QCOMPARE(statusCell(QStringLiteral("postgresql")), QString());
    }

    void gapForAnotherTargetIsRemembered()
    {
        for (const QString& slug : {QStringLiteral("javascript"), QStringLiteral("html"), QStringLiteral("git")}) {
            tab()->selectSkill(slug);
            markCurrent(Status::Know);
        }
        auto* target = child<QComboBox>("targetCombo");
        target->setCurrentIndex(target->findData(QStringLiteral("frontend-developer")));
        const cg::RoleDetail front =
            cg::RoleRepository(m_app.content().database()).detail(QStringLiteral("frontend-developer"));
        const cg::SkillGap::Summary gap = tab()->gap();
        QCOMPARE(gap.total, int(front.skills.size()));
        QCOMPARE(gap.known, 2); // git is not on the front-end list
        QVERIFY(tab()->gapText().startsWith(QStringLiteral("Front-end developer: 2 of ")));

        // Only what is still needed.
        child<QCheckBox>("gapCheck")->setChecked(true);
        QCOMPARE(tab()->visibleSkillCount(), gap.toGo());
        // Marking one known in this view takes it out of the list.
        tab()->selectSkill(gap.missing.first());
        markCurrent(Status::Know);
        QCOMPARE(tab()->visibleSkillCount(), gap.toGo() - 1);
        QVERIFY(!tab()->currentSkillSlug().isEmpty());
        // Learning and wanting keep a skill in the gap.
        tab()->selectSkill(QStringLiteral("react"));
        markCurrent(Status::Learning);
        tab()->selectSkill(QStringLiteral("vuejs"));
        markCurrent(Status::Want);
        QCOMPARE(tab()->visibleSkillCount(), gap.toGo() - 1);
        tab()->selectSkill(QStringLiteral("react"));
        save(&m_app.window(), QStringLiteral("skills-gap.png"));

        openWindow();
        QCOMPARE(tab()->targetRole(), QStringLiteral("frontend-developer"));
        QCOMPARE(tab()->gap().known, 3);
    }

    void technologyFindsItsOccupations()
    {
        // First visit reads no technology at all.
        QCOMPARE(child<QTableView>("technologyTable")->model()->rowCount(), 0);
        findTechnology(QStringLiteral("Kubernetes"));
        checkTechnologyDetail(QStringLiteral("Kubernetes"));
        QVERIFY(occupationsListing(QStringLiteral("Kubernetes")).contains(QStringLiteral("15-1252.00")));
        QVERIFY(tab()->detailText().contains(QStringLiteral("Software Developers")));
        QVERIFY(child<QLabel>("countLabel")->text().startsWith(QStringLiteral("Showing ")));
        QVERIFY(cg::test::waitForRepaint(&m_app.window()));
        save(&m_app.window(), QStringLiteral("technology-finds-occupations.png"));

        findTechnology(QStringLiteral("PostgreSQL"));
        checkTechnologyDetail(QStringLiteral("PostgreSQL"));

        // Excel is used far beyond computing: some of its occupations are outside SOC major group 15.
        findTechnology(QStringLiteral("Microsoft Excel"));
        checkTechnologyDetail(QStringLiteral("Microsoft Excel"));
        const QStringList codes = occupationsListing(QStringLiteral("Microsoft Excel")).keys();
        QVERIFY(std::any_of(codes.cbegin(), codes.cend(),
                            [](const QString& code) { return !code.startsWith(QLatin1String("15-")); }));

        // An occupation link leads to its page on the Roles tab.
        const QString outside = *std::find_if(
            codes.cbegin(), codes.cend(), [](const QString& code) { return !code.startsWith(QLatin1String("15-")); });
        emit child<QTextBrowser>("detailView")->anchorClicked(QUrl(QStringLiteral("occupation:") + outside));
        QCOMPARE(m_app.window().currentTab(), cg::MainWindow::RolesIndex);
        QCOMPARE(m_app.window().rolesTab()->shownOccupation(), outside);
    }

    void onetSkillListsItsOccupations()
    {
        tab()->showList(cg::SkillsTab::OnetList);
        QVERIFY(child<QTableView>("onetTable")->isVisible());
        QVERIFY(!child<QTableView>("skillTable")->isVisible());
        QVERIFY(!child<QComboBox>("categoryCombo")->isVisible());
        QSqlQuery count(m_app.content().database());
        QVERIFY(count.exec(QStringLiteral("SELECT count(DISTINCT element_id) FROM occupation_rating")));
        QVERIFY(count.next());
        QCOMPARE(tab()->visibleCount(), count.value(0).toInt());

        QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("programming"));
        QVERIFY(tab()->visibleCount() >= 1);
        QVERIFY(tab()->visibleCount() < count.value(0).toInt());
        QVERIFY(tab()->selectOnetElement(QStringLiteral("2.B.3.e")));
        const QString text = tab()->detailText();
        QVERIFY(text.contains(QStringLiteral("Writing computer programs")));
        QVERIFY(text.contains(QStringLiteral("Occupations where it matters most")));
        QVERIFY(text.contains(QStringLiteral("Source: O*NET 29.3 Database")));
        // The most important occupation, read from the database.
        QSqlQuery top(m_app.content().database());
        QVERIFY(top.exec(QStringLiteral("SELECT r.soc_code, o.title FROM occupation_rating r JOIN occupation o "
                                        "ON o.soc_code = r.soc_code WHERE r.element_id = '2.B.3.e' AND "
                                        "r.suppressed = 0 ORDER BY CAST(r.importance AS REAL) DESC, "
                                        "CAST(r.level AS REAL) DESC, o.title LIMIT 1")));
        QVERIFY(top.next());
        QVERIFY2(text.contains(top.value(0).toString()), qPrintable(text));
        QVERIFY(text.contains(top.value(1).toString()));
        QVERIFY(cg::test::waitForRepaint(&m_app.window()));
        save(&m_app.window(), QStringLiteral("onet-skill-occupations.png"));

        // A knowledge area too, and its status is its own.
        QVERIFY(tab()->selectOnetElement(QStringLiteral("2.C.3.a")));
        QVERIFY(tab()->detailText().contains(QStringLiteral("O*NET knowledge area")));
        markCurrent(Status::Want);
        QCOMPARE(store().status(cg::SkillAssessmentStore::onetKey(QStringLiteral("2.C.3.a"))), Status::Want);

        // Back to the guide's skills: filters and the gap as before.
        tab()->selectSkill(QStringLiteral("postgresql"));
        QCOMPARE(tab()->currentList(), cg::SkillsTab::CuratedList);
        QVERIFY(child<QComboBox>("categoryCombo")->isVisible());
        QCOMPARE(tab()->currentSkillSlug(), QStringLiteral("postgresql"));
    }

    void markingATechnologySurvivesReload()
    {
        const cg::SkillGap::Summary before = tab()->gap();
        QVERIFY(tab()->selectTechnology(QStringLiteral("Kubernetes")));
        markCurrent(Status::Know);
        const QString key = cg::SkillAssessmentStore::technologyKey(QStringLiteral("Kubernetes"));
        QCOMPARE(store().status(key), Status::Know);
        auto* table = child<QTableView>("technologyTable");
        QCOMPARE(table->currentIndex().siblingAtColumn(cg::TechnologyTableModel::StatusColumn).data().toString(),
                 cg::SkillAssessmentStore::displayName(Status::Know));
        // Curated skills and the gap are untouched.
        QCOMPARE(store().status(QStringLiteral("kubernetes")), Status::Unknown);
        QCOMPARE(tab()->gap().known, before.known);

        // A new window over the reopened user database shows it.
        openWindow();
        QVERIFY(tab()->selectTechnology(QStringLiteral("Kubernetes")));
        QCOMPARE(child<QComboBox>("statusCombo")->currentData().toInt(), int(Status::Know));
        table = child<QTableView>("technologyTable");
        QCOMPARE(table->currentIndex().siblingAtColumn(cg::TechnologyTableModel::StatusColumn).data().toString(),
                 cg::SkillAssessmentStore::displayName(Status::Know));
        QCOMPARE(tab()->gap().known, before.known);

        // Another program's change is picked up on reload.
        QVERIFY(store().setStatus(key, Status::Unknown, nullptr));
        tab()->reloadUserData();
        QCOMPARE(child<QComboBox>("statusCombo")->currentData().toInt(), int(Status::Unknown));
    }

    void linksLeadToRoles()
    {
        tab()->selectSkill(QStringLiteral("postgresql"));
        auto* view = child<QTextBrowser>("detailView");
        emit view->anchorClicked(QUrl(QStringLiteral("role:backend-developer")));
        QCOMPARE(m_app.window().currentTab(), cg::MainWindow::RolesIndex);
        QCOMPARE(m_app.window().rolesTab()->currentRoleSlug(), QStringLiteral("backend-developer"));
    }
};

QTEST_MAIN(TestSkillsTab)
#include "TestSkillsTab.moc"
