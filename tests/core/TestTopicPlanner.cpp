// Planning by topic: "skip what I already know" shortens a plan by exactly the hours of what is known, and
// re-planning keeps done topics done and schedules only the rest from the new date, on the hand-built path
// (TopicFixture.h) and on the shipped back-end path.
#include "TestSupport.h"
#include "TopicFixture.h"
#include "database/ContentDatabase.h"
#include "plan/StudyPlanRequestBuilder.h"
#include "plan/StudyPlanScheduler.h"
#include "plan/TopicPlanner.h"
#include "repositories/LearningRepository.h"

#include <QTest>

#include <algorithm>

using cg::TopicCoverage;
using cg::TopicPlanner;
using cg::test::setOf;

namespace {

cg::StudyPlanRequest requestFor(const cg::LearningPath& path, int hoursPerWeek = 10)
{
    cg::StudyPlanRequest request;
    request.planTitle = QStringLiteral("Topics");
    request.path = path;
    request.startDate = QDate(2026, 1, 5);
    request.hoursPerWeek = hoursPerWeek;
    return request;
}

cg::StudyPlan scheduled(const cg::StudyPlanRequest& request)
{
    const cg::StudyPlanResult result = cg::StudyPlanScheduler().schedule(request);
    if (!result.ok())
        qWarning("%s", qPrintable(result.errorMessage));
    return result.plan;
}

int hoursOf(const cg::StudyPlan& plan, const QString& stepSlug)
{
    int hours = 0;
    for (const cg::StudyPlanWeek& week : plan.weeks) {
        for (const cg::StudyPlanBlock& block : week.blocks)
            hours += block.stepSlug == stepSlug ? block.hours : 0;
    }
    return hours;
}

} // namespace

class TestTopicPlanner final : public QObject
{
    Q_OBJECT

private:
    const cg::LearningPath m_path = cg::test::topicFixture();

private slots:
    void skipKnownShortensByExactlyTheKnownHours_data()
    {
        QTest::addColumn<QString>("known");
        QTest::addColumn<int>("knownHours"); // worked out by hand from the fixture's table
        QTest::newRow("nothing") << "" << 0;
        QTest::newRow("python and sql") << "python,sql" << 30 + 8 + 4;
        QTest::newRow("java: the group at its counted hours") << "java" << 30;
        QTest::newRow("git, sql, postgresql") << "git,sql,postgresql" << 12 + 8 + 4 + 6;
        QTest::newRow("half of docker's skills") << "cloud-computing" << 0;
        QTest::newRow("everything but ci")
            << "python,object-oriented-programming,sql,postgresql,mongodb,non-relational-databases,cloud-computing,"
               "linux,git"
            << cg::test::TopicFixtureHours - 7;
    }

    void skipKnownShortensByExactlyTheKnownHours()
    {
        QFETCH(QString, known);
        QFETCH(int, knownHours);
        const TopicCoverage coverage({}, setOf(known));

        const cg::PlanShortening shortening = TopicPlanner::shortening(m_path, coverage, 10);
        QCOMPARE(shortening.hoursBefore, cg::test::TopicFixtureHours);
        QCOMPARE(shortening.hoursAfter, cg::test::TopicFixtureHours - knownHours);
        QCOMPARE(shortening.hoursSaved(), knownHours);

        const cg::StudyPlan full = scheduled(TopicPlanner::leftToStudy(requestFor(m_path), coverage, false));
        const cg::StudyPlan shorter = scheduled(TopicPlanner::leftToStudy(requestFor(m_path), coverage, true));
        QCOMPARE(full.totalHours, cg::test::TopicFixtureHours);
        QCOMPARE(shorter.totalHours, full.totalHours - knownHours);
        // The weeks the plan page states are the weeks the scheduler fills.
        QCOMPARE(full.weekCount(), shortening.weeksBefore);
        QCOMPARE(shorter.weekCount(), shortening.weeksAfter);
    }

    void aWhollyKnownStepIsLeftOutAndStillMeetsItsDependants()
    {
        const TopicCoverage coverage({}, setOf(QStringLiteral("java,object-oriented-programming")));
        const cg::StudyPlan plan = scheduled(TopicPlanner::leftToStudy(requestFor(m_path), coverage, true));
        QCOMPARE(plan.skippedSlugs, QStringList{QStringLiteral("lang")});
        QCOMPARE(plan.orderedSlugs.first(), QStringLiteral("db"));
        QCOMPARE(plan.totalHours, cg::test::TopicFixtureHours - 40);
    }

    void replanKeepsDoneTopicsDone()
    {
        // Week 1 went well: the language group (through Python), OOP and the SQL basics are done.
        const TopicCoverage coverage(setOf(QStringLiteral("python-deep,oop,sql-basics")), {});
        const QDate from(2026, 3, 2);
        const cg::StudyPlanRequest replanned = TopicPlanner::replan(requestFor(m_path), from, 5, coverage, false);
        QCOMPARE(replanned.startDate, from);
        QCOMPARE(replanned.hoursPerWeek, qint64(5));

        const cg::StudyPlan plan = scheduled(replanned);
        QCOMPARE(plan.startDate, from);
        QCOMPARE(plan.weeks.first().startDate, from);
        QCOMPARE(plan.totalHours, cg::test::TopicFixtureHours - 30 - 10 - 8);
        QVERIFY(!plan.orderedSlugs.contains(QStringLiteral("lang")));
        QCOMPARE(hoursOf(plan, QStringLiteral("db")), 23 - 8);
        QCOMPARE(plan.weekCount(), cg::PlanShortening::weeksFor(44, 5));

        // Another change of pace, and skipping what is known turned off: what is done stays done.
        const cg::StudyPlan again = scheduled(TopicPlanner::replan(replanned, from.addDays(7), 20, coverage, false));
        QCOMPARE(again.totalHours, plan.totalHours);
        QCOMPARE(again.startDate, from.addDays(7));
        QCOMPARE(hoursOf(again, QStringLiteral("db")), 23 - 8);
    }

    void replanAfterMoreProgressSchedulesOnlyTheRest()
    {
        const cg::StudyPlanRequest first =
            TopicPlanner::replan(requestFor(m_path), QDate(2026, 1, 5), 10, TopicCoverage(), true);
        QCOMPARE(scheduled(first).totalHours, cg::test::TopicFixtureHours);
        // Later progress, re-planned from the whole path: only the shipping step is left.
        const TopicCoverage later(setOf(QStringLiteral("java-deep,oop,sql-basics,indexes,pg,nosql")),
                                  setOf(QStringLiteral("git")));
        const cg::StudyPlan plan =
            scheduled(TopicPlanner::replan(requestFor(m_path), QDate(2026, 4, 6), 10, later, true));
        QCOMPARE(plan.orderedSlugs, QStringList{QStringLiteral("ship")});
        QCOMPARE(plan.totalHours, 17);
        QCOMPARE(plan.skippedSlugs,
                 (QStringList{QStringLiteral("lang"), QStringLiteral("db"), QStringLiteral("whole")}));
    }

    void knownStepsFollowTheTopics()
    {
        // Java covers the pick-one language, so with OOP the whole language step is known; the databases step is
        // not, as its document-store topic needs two skills the person does not have.
        QCOMPARE(cg::StudyPlanRequestBuilder::knownSteps(
                     m_path, setOf(QStringLiteral("java,object-oriented-programming,git,sql,postgresql"))),
                 (QStringList{QStringLiteral("lang"), QStringLiteral("whole")}));
    }

    void theBuilderLeavesDoneTopicsOut()
    {
        cg::SavedStudyPlan saved;
        saved.name = QStringLiteral("Builder");
        saved.startDate = QDate(2026, 1, 5);
        saved.hoursPerWeek = 10;
        saved.skipKnown = false;
        const cg::StudyPlanRequest request =
            cg::StudyPlanRequestBuilder::build(saved, m_path, QStringLiteral("Back-end developer"),
                                               setOf(QStringLiteral("sql")), {}, setOf(QStringLiteral("pg,whole")));
        QCOMPARE(scheduled(request).totalHours, cg::test::TopicFixtureHours - 6 - 12);
        saved.skipKnown = true;
        const cg::StudyPlanRequest skipping =
            cg::StudyPlanRequestBuilder::build(saved, m_path, QStringLiteral("Back-end developer"),
                                               setOf(QStringLiteral("sql")), {}, setOf(QStringLiteral("pg,whole")));
        QCOMPARE(scheduled(skipping).totalHours, cg::test::TopicFixtureHours - 6 - 12 - 8 - 4);
    }

    // Roll-up, pick-one groups and re-planning on the shipped self-taught path, with hours read from the content.
    void shippedPathRollsUpAndReplans()
    {
        cg::ContentDatabase content;
        QVERIFY2(content.open(cg::test::contentDatabasePath()), qPrintable(content.errorString()));
        const cg::LearningPath path = cg::StudyPlanRequestBuilder::forRoute(
            cg::LearningRepository(content.database()).path(QStringLiteral("backend-developer")),
            QStringLiteral("self-taught"));
        QVERIFY(path.steps.size() >= 3);
        const cg::LearningStep& basics = path.steps.at(0);
        const cg::LearningStep& algorithms = path.steps.at(1);
        const auto language = std::find_if(path.steps.cbegin(), path.steps.cend(), [](const cg::LearningStep& step) {
            return step.slug == QLatin1String("learn-a-server-side-language");
        });
        QVERIFY(language != path.steps.cend());
        const cg::Topic& python = language->topics.first();
        QCOMPARE(python.slug, QStringLiteral("python-in-depth"));

        // Java known: the language group is known, at the hours it counts (its first member's), once.
        const TopicCoverage java({}, setOf(QStringLiteral("java")));
        QCOMPARE(java.hours(*language).known, python.hours);
        QCOMPARE(java.state(*language), TopicCoverage::StepState::InProgress);

        // Every basics topic and one algorithms topic ticked off.
        QSet<QString> done;
        for (const cg::Topic& topic : basics.topics)
            done.insert(topic.slug);
        done.insert(algorithms.topics.first().slug);
        done.insert(python.slug);
        const TopicCoverage progress(done, {});
        QCOMPARE(progress.state(basics), TopicCoverage::StepState::Done);
        QCOMPARE(progress.state(algorithms), TopicCoverage::StepState::InProgress);
        QCOMPARE(progress.state(path.steps.last()), TopicCoverage::StepState::NotStarted);

        int pathHours = 0;
        for (const cg::LearningStep& step : path.steps)
            pathHours += step.hours;
        const int doneHours = basics.hours + algorithms.topics.first().hours + python.hours;
        const QDate from(2026, 6, 1);
        const cg::StudyPlanRequest replanned = TopicPlanner::replan(requestFor(path), from, 15, progress, true);
        const cg::StudyPlan plan = scheduled(replanned);
        QCOMPARE(plan.startDate, from);
        QCOMPARE(plan.totalHours, pathHours - doneHours);
        QVERIFY(plan.skippedSlugs.contains(basics.slug));
        QCOMPARE(hoursOf(plan, algorithms.slug), algorithms.hours - algorithms.topics.first().hours);
        QCOMPARE(hoursOf(plan, language->slug), language->hours - python.hours);
        QCOMPARE(plan.weekCount(), cg::PlanShortening::weeksFor(pathHours - doneHours, 15));

        // A slower pace later on: the same hours left, spread over more weeks from the new date.
        const cg::StudyPlan slower = scheduled(TopicPlanner::replan(replanned, from.addDays(28), 5, progress, true));
        QCOMPARE(slower.totalHours, plan.totalHours);
        QCOMPARE(slower.startDate, from.addDays(28));
        QCOMPARE(slower.weekCount(), cg::PlanShortening::weeksFor(pathHours - doneHours, 5));
    }

    // The case: Python, Java, SQL, PostgreSQL, Git and APIs marked known on the shipped self-taught path.
    void sixKnownSkillsShortenTheShippedPlan()
    {
        cg::ContentDatabase content;
        QVERIFY2(content.open(cg::test::contentDatabasePath()), qPrintable(content.errorString()));
        const cg::LearningPath path = cg::StudyPlanRequestBuilder::forRoute(
            cg::LearningRepository(content.database()).path(QStringLiteral("backend-developer")),
            QStringLiteral("self-taught"));
        QVERIFY(!path.steps.isEmpty());
        const QSet<QString> six = setOf(QStringLiteral("python,java,sql,postgresql,git,api-development"));

        // Every topic that teaches only these skills, listed by hand; the Python/Java pick counts once.
        const QStringList expected{QStringLiteral("python-in-depth"),
                                   QStringLiteral("java-in-depth"),
                                   QStringLiteral("sql-queries"),
                                   QStringLiteral("joins-and-aggregates"),
                                   QStringLiteral("indexes"),
                                   QStringLiteral("transactions-and-isolation"),
                                   QStringLiteral("postgresql-in-practice"),
                                   QStringLiteral("routing-and-handlers"),
                                   QStringLiteral("http-fundamentals"),
                                   QStringLiteral("rest-api-design"),
                                   QStringLiteral("json-and-data-formats"),
                                   QStringLiteral("graphql"),
                                   QStringLiteral("grpc"),
                                   QStringLiteral("api-errors-and-versioning"),
                                   QStringLiteral("git-basics"),
                                   QStringLiteral("git-branching-and-merging"),
                                   QStringLiteral("git-remotes-and-rebasing")};
        const TopicCoverage coverage({}, six);
        QStringList known;
        int knownHours = 0;
        QSet<QString> groupsCounted;
        for (const cg::LearningStep& step : path.steps) {
            for (const cg::Topic& topic : step.topics) {
                if (!coverage.isKnown(topic))
                    continue;
                known.append(topic.slug);
                if (!topic.oneOf.isEmpty()) {
                    if (groupsCounted.contains(topic.oneOf))
                        continue;
                    groupsCounted.insert(topic.oneOf);
                    // The group counts at its first member's hours, whichever member is known.
                    for (const cg::Topic& member : step.topics) {
                        if (member.oneOf == topic.oneOf) {
                            knownHours += member.hours;
                            break;
                        }
                    }
                    continue;
                }
                knownHours += topic.hours;
            }
        }
        QCOMPARE(known, expected);
        QVERIFY(knownHours >= 100);

        cg::SavedStudyPlan saved;
        saved.name = QStringLiteral("Six skills");
        saved.routeSlug = QStringLiteral("self-taught");
        saved.startDate = QDate(2026, 1, 5);
        saved.hoursPerWeek = 10;
        saved.skipKnown = false;
        const cg::StudyPlan full =
            scheduled(cg::StudyPlanRequestBuilder::build(saved, path, QStringLiteral("Back-end developer"), six, {}));
        saved.skipKnown = true;
        const cg::StudyPlan shorter =
            scheduled(cg::StudyPlanRequestBuilder::build(saved, path, QStringLiteral("Back-end developer"), six, {}));
        QCOMPARE(shorter.totalHours, full.totalHours - knownHours);

        const cg::PlanShortening shortening = TopicPlanner::shortening(path, coverage, 10);
        QCOMPARE(shortening.hoursBefore, full.totalHours);
        QCOMPARE(shortening.hoursAfter, shorter.totalHours);
        QCOMPARE(shortening.weeksBefore, full.weekCount());
        QCOMPARE(shortening.weeksAfter, shorter.weekCount());
        QVERIFY(shortening.weeksSaved() >= 10);
        qInfo("self-taught at 10 h/week with six skills known: %d -> %d weeks (%d -> %d hours)", shortening.weeksBefore,
              shortening.weeksAfter, shortening.hoursBefore, shortening.hoursAfter);
    }
};

QTEST_GUILESS_MAIN(TestTopicPlanner)
#include "TestTopicPlanner.moc"
