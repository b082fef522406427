// The global search (Edit → Find, Ctrl+K) in the real main window, offscreen: typing finds items, Enter jumps to them,
// and no text at all can make it fail.
#include "LearningPathTab.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "RolesTab.h"
#include "SalariesTab.h"
#include "SearchDialog.h"
#include "SkillsTab.h"
#include "StateTileMapView.h"
#include "StateWagesPage.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "models/SearchResultModel.h"
#include "models/StepTableModel.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTreeView>

class TestSearch : public QObject
{
    Q_OBJECT

private:
    cg::test::MainWindowFixture m_app;

    cg::SearchDialog* dialog() const { return m_app.window().searchDialog(); }
    QLineEdit* field() const { return dialog()->findChild<QLineEdit*>(QStringLiteral("searchEdit")); }

    void open()
    {
        m_app.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_app.window()));
        QTest::keyClick(&m_app.window(), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(dialog());
        QVERIFY(dialog()->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(dialog()));
    }

    void type(const QString& text)
    {
        field()->clear();
        QTest::keyClicks(field(), text);
        QCOMPARE(dialog()->query(), text);
    }

    QStringList refs(cg::SearchHit::Kind kind) const
    {
        QStringList result;
        const cg::SearchResultModel* model = dialog()->results();
        for (int group = 0; group < model->rowCount(); ++group) {
            const QModelIndex parent = model->index(group, 0);
            if (parent.data(cg::SearchResultModel::KindRole).toInt() != int(kind))
                continue;
            for (int row = 0; row < model->rowCount(parent); ++row)
                result.append(model->index(row, 0, parent).data(cg::SearchResultModel::RefRole).toString());
        }
        return result;
    }

    // The window with the search over it, as it appears on screen, in test-artifacts/.
    void savePicture(const QString& fileName)
    {
        QVERIFY(cg::test::waitForRepaint(dialog()));
        QImage picture = m_app.window().grab().toImage();
        {
            QPainter painter(&picture);
            const QPoint at = dialog()->geometry().topLeft() - m_app.window().geometry().topLeft();
            painter.drawPixmap(at, dialog()->grab());
            painter.setPen(dialog()->palette().color(QPalette::Mid));
            painter.drawRect(QRect(at, dialog()->size()).adjusted(0, 0, -1, -1));
        }
        QVERIFY(picture.save(cg::test::artifactPath(fileName)));
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
        QVERIFY2(m_app.showWindow(&error), qPrintable(error));
    }

    void cleanup() { m_app.closeWindow(); }

    void postFindsPostgreSql()
    {
        open();
        QVERIFY(field()->hasFocus());
        type(QStringLiteral("post"));
        const QStringList skills = refs(cg::SearchHit::Kind::Skill);
        QVERIFY(!skills.isEmpty());
        QCOMPARE(skills.first(), QStringLiteral("postgresql"));
        QVERIFY(dialog()->statusText().contains(QStringLiteral("matches")));

        // Down to the skill, Enter: the Skills tab shows it and the search closes.
        const int firstSkill = int(refs(cg::SearchHit::Kind::Role).size());
        for (int i = 0; i < firstSkill; ++i)
            QTest::keyClick(field(), Qt::Key_Down);
        QCOMPARE(dialog()->currentRef(), QStringLiteral("postgresql"));
        QTest::keyClick(field(), Qt::Key_Return);
        QVERIFY(!dialog()->isVisible());
        QCOMPARE(m_app.window().currentTab(), cg::MainWindow::SkillsIndex);
        QCOMPARE(m_app.window().skillsTab()->currentSkillSlug(), QStringLiteral("postgresql"));
    }

    void enterOpensTheFirstHit()
    {
        open();
        type(QStringLiteral("front-end dev"));
        QCOMPARE(refs(cg::SearchHit::Kind::Role).value(0), QStringLiteral("frontend-developer"));
        QTest::keyClick(field(), Qt::Key_Enter);
        QCOMPARE(m_app.window().currentTab(), cg::MainWindow::RolesIndex);
        QCOMPARE(m_app.window().rolesTab()->currentRoleSlug(), QStringLiteral("frontend-developer"));

        // Searching again starts from the last text, selected, so typing replaces it.
        open();
        QCOMPARE(field()->selectedText(), QStringLiteral("front-end dev"));
    }

    void upAndDownSkipHeadings()
    {
        open();
        type(QStringLiteral("developer"));
        QVERIFY(dialog()->results()->rowCount() >= 4);

        // A picture of the window with the search over it, as it appears on screen.
        QTest::keyClick(field(), Qt::Key_Down);
        savePicture(QStringLiteral("search.png"));
        QTest::keyClick(field(), Qt::Key_Up);

        QStringList seen{dialog()->currentRef()};
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(field(), Qt::Key_Down);
            if (seen.last() != dialog()->currentRef())
                seen.append(dialog()->currentRef());
        }
        QCOMPARE(seen.size(), dialog()->results()->hitCount());
        QVERIFY(!seen.contains(QString()));
        QTest::keyClick(field(), Qt::Key_PageUp);
        QTest::keyClick(field(), Qt::Key_Up);
        QVERIFY(!dialog()->currentRef().isEmpty());
    }

    void occupationJumpsToItsRole()
    {
        open();
        type(QStringLiteral("web developers"));
        QVERIFY(refs(cg::SearchHit::Kind::Occupation).contains(QStringLiteral("15-1254.00")));
        dialog()->hitActivated(QStringLiteral("occupation"), QStringLiteral("15-1254.00"));
        QCOMPARE(m_app.window().currentTab(), cg::MainWindow::RolesIndex);
        QCOMPARE(m_app.window().rolesTab()->currentRoleSlug(), QStringLiteral("frontend-developer"));
    }

    void stepsAndResourcesOpenTheLearningPath()
    {
        open();
        type(QStringLiteral("data structures"));
        const QStringList steps = refs(cg::SearchHit::Kind::Step);
        QVERIFY(!steps.isEmpty());
        dialog()->hitActivated(QStringLiteral("step"), steps.first());
        QCOMPARE(m_app.window().currentTab(), cg::MainWindow::LearningPathIndex);
        auto* stepTable = m_app.window().learningPathTab()->findChild<QTableView*>(QStringLiteral("stepTable"));
        QVERIFY(stepTable);
        const auto currentStep = [stepTable] {
            return stepTable->currentIndex().siblingAtColumn(0).data(cg::StepTableModel::SlugRole).toString();
        };
        QCOMPARE(currentStep(), steps.first().section(u'/', 1));

        // A resource opens the first step that uses it.
        m_app.window().showTab(cg::MainWindow::RolesIndex);
        m_app.window().jumpTo(QStringLiteral("resource"), QStringLiteral("backend-master-class"));
        QCOMPARE(m_app.window().currentTab(), cg::MainWindow::LearningPathIndex);
        QSqlQuery query(m_app.content().database());
        QVERIFY(query.exec(
            QStringLiteral("SELECT s.slug FROM step_resource sr JOIN learning_step s ON s.id = sr.step_id "
                           "JOIN learning_resource r ON r.id = sr.resource_id WHERE r.slug = 'backend-master-class' "
                           "ORDER BY s.path_id, s.position LIMIT 1")));
        QVERIFY(query.next());
        QCOMPARE(currentStep(), query.value(0).toString());
    }

    void escapeCloses()
    {
        open();
        type(QStringLiteral("sql"));
        QTest::keyClick(field(), Qt::Key_Escape);
        QVERIFY(!dialog()->isVisible());
    }

    void hostileText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote") << "\"";
        QTest::newRow("unbalanced phrase") << "\"back end";
        QTest::newRow("star") << "*";
        QTest::newRow("prefix star") << "sq*";
        QTest::newRow("minus") << "-sql";
        QTest::newRow("NEAR") << "NEAR(sql python)";
        QTest::newRow("booleans") << "sql AND OR NOT";
        QTest::newRow("caret") << "^sql";
        QTest::newRow("column") << "title:sql";
        QTest::newRow("brackets") << "((sql";
        QTest::newRow("braces") << "{title body}:";
        QTest::newRow("injection") << "'); DROP TABLE search_index; --";
        QTest::newRow("emoji") << "\U0001F9D1\u200D\U0001F4BB developer";
        QTest::newRow("long") << QString(10000, u'x');
        QTest::newRow("long words") << QString(2000, u' ').replace(u' ', QStringLiteral("sql \" * - "));
    }

    void hostileText()
    {
        QFETCH(QString, text);
        open();
        QElapsedTimer timer;
        timer.start();
        dialog()->setQuery(text);
        const QString status = dialog()->statusText();
        QVERIFY2(status.contains(QStringLiteral("matches")) || status.startsWith(QStringLiteral("No matches")) ||
                     status.startsWith(QStringLiteral("Type a few letters")),
                 qPrintable(status.left(120)));
        QVERIFY(!status.contains(QStringLiteral("not available")));
        // The status quotes at most a short piece of what was typed.
        QVERIFY(status.size() < 200);
        QTest::keyClick(field(), Qt::Key_Return);
        QVERIFY(timer.elapsed() < 5000);
    }

    void controlCharacters()
    {
        open();
        for (const QString& text : {QStringLiteral("post") + QChar(0) + QStringLiteral("gres"), QString(QChar(0xDC00)),
                                    QString(QChar(0x1B)) + QStringLiteral("[2J")}) {
            dialog()->setQuery(text);
            QVERIFY(!dialog()->statusText().contains(QStringLiteral("not available")));
        }
        // A control character separates words, and what is left still searches.
        dialog()->setQuery(QChar(0) + QStringLiteral("postg") + QChar(0));
        QVERIFY(refs(cg::SearchHit::Kind::Skill).contains(QStringLiteral("postgresql")));
    }

    // "c++" finds what is about C++ (the occupations listing it), not everything starting with "c".
    void cPlusPlusAsTyped()
    {
        open();
        type(QStringLiteral("c++"));
        const QStringList occupations = refs(cg::SearchHit::Kind::Occupation);
        QVERIFY(!occupations.isEmpty());
        QSqlQuery query(m_app.content().database());
        QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM occupation_technology "
                                             "WHERE soc_code = ? AND example LIKE '%C++%'")));
        for (const QString& code : occupations) {
            query.addBindValue(code);
            QVERIFY(query.exec() && query.next());
            QVERIFY2(query.value(0).toInt() > 0, qPrintable(code));
        }
        QVERIFY(!refs(cg::SearchHit::Kind::Skill).contains(QStringLiteral("csharp")));
        const int all = dialog()->results()->rowCount();
        QVERIFY(all > 0);
        savePicture(QStringLiteral("search-cpp.png"));
    }

    void backEndSpelledAnyWayFindsTheSame()
    {
        open();
        type(QStringLiteral("backend"));
        const QStringList roles = refs(cg::SearchHit::Kind::Role);
        const QStringList occupations = refs(cg::SearchHit::Kind::Occupation);
        QVERIFY(roles.contains(QStringLiteral("backend-developer")));
        for (const QString& text : {QStringLiteral("back-end"), QStringLiteral("back end")}) {
            type(text);
            QCOMPARE(refs(cg::SearchHit::Kind::Role), roles);
            QCOMPARE(refs(cg::SearchHit::Kind::Occupation), occupations);
        }
    }

    // Nothing found: the nearest titles are offered as buttons Tab reaches, and choosing one searches for it.
    void nothingFoundOffersTheNearestTitles()
    {
        open();
        type(QStringLiteral("kubernets"));
        QCOMPARE(dialog()->results()->hitCount(), 0);
        QCOMPARE(dialog()->statusText(), QStringLiteral("No matches for \u201Ckubernets\u201D."));
        QVERIFY(!dialog()->suggestions().isEmpty());
        QCOMPARE(dialog()->suggestions().first(), QStringLiteral("Kubernetes"));
        auto* bar = dialog()->findChild<QWidget*>(QStringLiteral("suggestionBar"));
        QVERIFY(bar && bar->isVisible());
        const QList<QPushButton*> buttons = bar->findChildren<QPushButton*>();
        QCOMPARE(buttons.size(), dialog()->suggestions().size());
        for (const QPushButton* button : buttons) {
            QVERIFY(button->accessibleName().startsWith(QStringLiteral("Search for ")));
            QVERIFY(button->focusPolicy() & Qt::TabFocus);
        }
        savePicture(QStringLiteral("search-suggestions.png"));

        // Tab from the field reaches the first suggestion; Space chooses it and searches for it.
        QTest::keyClick(field(), Qt::Key_Tab);
        QTRY_VERIFY(buttons.contains(qobject_cast<QPushButton*>(QApplication::focusWidget())));
        QCOMPARE(QApplication::focusWidget(), buttons.first());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(dialog()->query(), QStringLiteral("Kubernetes"));
        QVERIFY(dialog()->results()->hitCount() > 0);
        QVERIFY(field()->hasFocus());
        QVERIFY(!bar->isVisible());
        QVERIFY(dialog()->suggestions().isEmpty());
    }

    void salaryFigureOpensTheSalariesTab()
    {
        open();
        type(QStringLiteral("salary india"));
        const QStringList figures = refs(cg::SearchHit::Kind::Salary);
        QVERIFY(!figures.isEmpty());
        QVERIFY(dialog()->statusText().contains(QStringLiteral("matches")));
        dialog()->hitActivated(QStringLiteral("salary"), figures.first());
        QCOMPARE(m_app.window().currentTab(), cg::MainWindow::SalariesIndex);
        QSqlQuery query(m_app.content().database());
        QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM salary_figure f JOIN role r ON r.id = f.role_id "
                                             "WHERE r.slug = ? AND f.country = 'IN'")));
        query.addBindValue(figures.first().section(u'/', 0, 0));
        QVERIFY(query.exec() && query.next());
        QCOMPARE(m_app.window().salariesTab()->visibleFigureCount(), query.value(0).toInt());
    }

    void stateOpensPayByState()
    {
        open();
        type(QStringLiteral("texas software developer"));
        QCOMPARE(refs(cg::SearchHit::Kind::State), QStringList{QStringLiteral("TX")});
        QVERIFY(refs(cg::SearchHit::Kind::Occupation).contains(QStringLiteral("15-1252.00")));
        dialog()->hitActivated(QStringLiteral("state"), QStringLiteral("TX"));
        QCOMPARE(m_app.window().currentTab(), cg::MainWindow::SalariesIndex);
        cg::StateWagesPage* page = m_app.window().salariesTab()->statePage();
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->map()->currentState(), QStringLiteral("TX"));
    }

    void noMatchesSaysSo()
    {
        open();
        type(QStringLiteral("zzqqxxnothing"));
        QCOMPARE(dialog()->results()->hitCount(), 0);
        QCOMPARE(dialog()->statusText(), QStringLiteral("No matches for \u201Czzqqxxnothing\u201D."));
        QTest::keyClick(field(), Qt::Key_Return);
        QVERIFY(dialog()->isVisible()); // nothing to open, nothing happens
    }
};

QTEST_MAIN(TestSearch)
#include "TestSearch.moc"
