// What a saved plan leaves out (known steps, skipped steps) and what reaches the scheduler, on a made-up path and on
// the real back-end developer path.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "plan/StudyPlanRequestBuilder.h"
#include "plan/StudyPlanScheduler.h"
#include "repositories/LearningRepository.h"

#include <QTest>

using cg::StepProgress;
using cg::StudyPlanRequestBuilder;

namespace {

// a (sql, git) → b (python) → c (no skills listed) → d (python, django)
cg::LearningPath toyPath()
{
    cg::LearningPath path;
    path.slug = QStringLiteral("toy");
    path.name = QStringLiteral("Toy path");
    const QList<QPair<QString, QStringList>> steps{
        {QStringLiteral("a"), {QStringLiteral("sql"), QStringLiteral("git")}},
        {QStringLiteral("b"), {QStringLiteral("python")}},
        {QStringLiteral("c"), {}},
        {QStringLiteral("d"), {QStringLiteral("python"), QStringLiteral("django")}},
    };
    for (int i = 0; i < steps.size(); ++i) {
        cg::LearningStep step;
        step.slug = steps.at(i).first;
        step.title = QStringLiteral("Step ") + step.slug.toUpper();
        step.position = i + 1;
        step.hours = 10 * (i + 1);
        step.skills = steps.at(i).second;
        if (i > 0)
            step.prerequisites = QStringList{steps.at(i - 1).first};
        path.steps.append(step);
    }
    return path;
}

QSet<QString> setOf(const QString& commaSeparated)
{
    const QStringList items = commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return QSet<QString>(items.cbegin(), items.cend());
}

QStringList listOf(const QString& commaSeparated)
{
    return commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

class TestStudyPlanRequestBuilder final : public QObject
{
    Q_OBJECT

private slots:
    void knownSteps_data()
    {
        QTest::addColumn<QString>("knownSkills");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nothing known") << ""
                                       << "";
        QTest::newRow("one of two skills") << "sql"
                                           << "";
        QTest::newRow("both skills of a") << "sql,git"
                                          << "a";
        QTest::newRow("python covers b only") << "python"
                                              << "b";
        QTest::newRow("python and django") << "python,django"
                                           << "b,d";
        QTest::newRow("everything listed") << "sql,git,python,django"
                                           << "a,b,d"; // c lists no skills
        QTest::newRow("unrelated skills") << "cobol,fortran"
                                          << "";
    }

    void knownSteps()
    {
        QFETCH(QString, knownSkills);
        QFETCH(QString, expected);
        QCOMPARE(StudyPlanRequestBuilder::knownSteps(toyPath(), setOf(knownSkills)), listOf(expected));
    }

    void build_data()
    {
        QTest::addColumn<bool>("skipKnown");
        QTest::addColumn<QString>("knownSkills");
        QTest::addColumn<QString>("skippedByChoice");
        QTest::addColumn<QString>("doneSteps");
        QTest::addColumn<QString>("expectedLeftOut");

        QTest::newRow("nothing left out") << true << ""
                                          << ""
                                          << ""
                                          << "";
        QTest::newRow("known, skipping on") << true << "python"
                                            << ""
                                            << ""
                                            << "b";
        QTest::newRow("known, skipping off") << false << "python"
                                             << ""
                                             << ""
                                             << "";
        QTest::newRow("skipped by choice") << false << ""
                                           << "c"
                                           << ""
                                           << "c";
        QTest::newRow("both") << true << "sql,git"
                              << "d"
                              << ""
                              << "a,d";
        QTest::newRow("done steps stay planned") << true << ""
                                                 << ""
                                                 << "a,b"
                                                 << "";
        QTest::newRow("skip of a retired step") << true << ""
                                                << "gone"
                                                << ""
                                                << "";
    }

    void build()
    {
        QFETCH(bool, skipKnown);
        QFETCH(QString, knownSkills);
        QFETCH(QString, skippedByChoice);
        QFETCH(QString, doneSteps);
        QFETCH(QString, expectedLeftOut);

        cg::SavedStudyPlan saved;
        saved.id = 7;
        saved.createdAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        saved.name = QStringLiteral(" Evenings ");
        saved.startDate = QDate(2026, 1, 5);
        saved.hoursPerWeek = 15;
        saved.skipKnown = skipKnown;
        QHash<QString, StepProgress> progress;
        for (const QString& slug : listOf(skippedByChoice))
            progress[slug].status = StepProgress::Status::Skipped;
        for (const QString& slug : listOf(doneSteps))
            progress[slug].status = StepProgress::Status::Done;

        const cg::LearningPath path = toyPath();
        const cg::StudyPlanRequest request = StudyPlanRequestBuilder::build(
            saved, path, QStringLiteral("Back-end developer"), setOf(knownSkills), progress);
        QCOMPARE(request.skippedSlugs, setOf(expectedLeftOut));
        QCOMPARE(request.planTitle, QStringLiteral("Evenings"));
        QCOMPARE(request.planId, saved.exportId());
        QCOMPARE(request.targetRole, QStringLiteral("Back-end developer"));
        QCOMPARE(request.startDate, saved.startDate);
        QCOMPARE(request.hoursPerWeek, 15);
        QCOMPARE(request.path.steps.size(), path.steps.size());

        // The scheduler then plans exactly the steps not left out.
        const cg::StudyPlanResult result = cg::StudyPlanScheduler().schedule(request);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QStringList planned;
        for (const cg::LearningStep& step : path.steps) {
            if (!request.skippedSlugs.contains(step.slug))
                planned.append(step.slug);
        }
        QCOMPARE(result.plan.orderedSlugs, planned);
    }

    void realPathSkipsWhatIsKnown()
    {
        cg::ContentDatabase content;
        QVERIFY2(content.open(cg::test::contentDatabasePath()), qPrintable(content.errorString()));
        const cg::LearningPath path =
            cg::LearningRepository(content.database()).path(QStringLiteral("backend-developer"));
        QVERIFY(path.steps.size() >= 5);
        const cg::LearningStep& first = path.steps.first();
        QVERIFY(!first.skills.isEmpty());

        cg::SavedStudyPlan saved;
        saved.name = QStringLiteral("Real");
        saved.startDate = QDate(2026, 1, 5);
        saved.hoursPerWeek = 10;
        const QSet<QString> known(first.skills.cbegin(), first.skills.cend());
        QCOMPARE(StudyPlanRequestBuilder::knownSteps(path, known).value(0), first.slug);

        const cg::StudyPlanResult result = cg::StudyPlanScheduler().schedule(
            StudyPlanRequestBuilder::build(saved, path, QStringLiteral("Back-end developer"), known, {}));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QVERIFY(result.plan.skippedSlugs.contains(first.slug));
        QVERIFY(!result.plan.orderedSlugs.contains(first.slug));
        QCOMPARE(result.plan.weeks.first().blocks.first().stepSlug, path.steps.at(1).slug);
    }

    // Degree steps belong to degree routes only: a self-taught plan is the skills alone.
    void realPathFollowsTheRoute_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<bool>("qualification");
        QTest::addColumn<bool>("masters");
        QTest::newRow("self-taught") << "self-taught" << false << false;
        QTest::newRow("bootcamp") << "bootcamp" << true << false;
        QTest::newRow("bachelor's") << "bachelors-degree" << true << false;
        QTest::newRow("master's") << "masters-degree" << true << true;
        QTest::newRow("no route chosen") << "" << true << true;
    }

    void realPathFollowsTheRoute()
    {
        QFETCH(QString, route);
        QFETCH(bool, qualification);
        QFETCH(bool, masters);
        cg::ContentDatabase content;
        QVERIFY2(content.open(cg::test::contentDatabasePath()), qPrintable(content.errorString()));
        const cg::LearningPath path =
            cg::LearningRepository(content.database()).path(QStringLiteral("backend-developer"));
        cg::SavedStudyPlan saved;
        saved.name = QStringLiteral("Route");
        saved.startDate = QDate(2026, 1, 5);
        saved.hoursPerWeek = 10;
        saved.routeSlug = route;
        saved.skipKnown = false;
        const cg::StudyPlanResult result = cg::StudyPlanScheduler().schedule(
            StudyPlanRequestBuilder::build(saved, path, QStringLiteral("Back-end developer"), {}, {}));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage));
        QCOMPARE(result.plan.orderedSlugs.contains(QStringLiteral("earn-a-relevant-qualification")), qualification);
        QCOMPARE(result.plan.orderedSlugs.contains(QStringLiteral("consider-a-masters-degree")), masters);
        int expectedHours = 0;
        for (const cg::LearningStep& step : path.steps) {
            if (result.plan.orderedSlugs.contains(step.slug))
                expectedHours += step.hours;
        }
        QCOMPARE(result.plan.totalHours, expectedHours);
        QCOMPARE(result.plan.weekCount(), (expectedHours + 9) / 10);
    }
};

QTEST_GUILESS_MAIN(TestStudyPlanRequestBuilder)
#include "TestStudyPlanRequestBuilder.moc"
