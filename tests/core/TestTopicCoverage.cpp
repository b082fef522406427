// Known means known, pick-one groups and the roll-up from topics to steps, on a hand-built path (TopicFixture.h).
#include "TopicFixture.h"
#include "plan/TopicCoverage.h"

#include <QTest>

using cg::TopicCoverage;
using cg::test::setOf;
using State = cg::TopicCoverage::StepState;

Q_DECLARE_METATYPE(cg::TopicCoverage::StepState)

namespace {
const cg::LearningStep& stepOf(const cg::LearningPath& path, const QString& slug)
{
    for (const cg::LearningStep& step : path.steps) {
        if (step.slug == slug)
            return step;
    }
    qFatal("no step %s in the fixture", qPrintable(slug));
}
} // namespace

class TestTopicCoverage final : public QObject
{
    Q_OBJECT

private:
    const cg::LearningPath m_path = cg::test::topicFixture();

private slots:
    void aTopicIsKnownWhenEverySkillItTeachesIs_data()
    {
        QTest::addColumn<QStringList>("skills");
        QTest::addColumn<QString>("known");
        QTest::addColumn<bool>("expected");
        QTest::newRow("its one skill") << QStringList{QStringLiteral("sql")} << "sql,git" << true;
        QTest::newRow("one of two") << QStringList{QStringLiteral("cloud-computing"), QStringLiteral("linux")}
                                    << "linux" << false;
        QTest::newRow("both") << QStringList{QStringLiteral("cloud-computing"), QStringLiteral("linux")}
                              << "linux,cloud-computing" << true;
        QTest::newRow("nothing known") << QStringList{QStringLiteral("sql")} << "" << false;
        // Nothing says what it teaches, so nothing can make it known.
        QTest::newRow("teaches no skill") << QStringList{} << "sql,git" << false;
    }

    void aTopicIsKnownWhenEverySkillItTeachesIs()
    {
        QFETCH(QStringList, skills);
        QFETCH(QString, known);
        QFETCH(bool, expected);
        const TopicCoverage coverage({}, setOf(known));
        QCOMPARE(coverage.isKnown(cg::test::fixtureTopic(QStringLiteral("t"), 1, skills)), expected);
    }

    void aPickOneGroupIsOneUnit()
    {
        const QList<cg::StudyUnit> units = TopicCoverage().units(stepOf(m_path, QStringLiteral("lang")));
        QCOMPARE(units.size(), 2);
        QCOMPARE(units.at(0).group, QStringLiteral("language"));
        QCOMPARE(units.at(0).topicSlugs, (QStringList{QStringLiteral("python-deep"), QStringLiteral("java-deep")}));
        QCOMPARE(units.at(0).hours, 30); // the first member's hours, not 30 + 40
        QCOMPARE(units.at(1).topicSlugs, QStringList{QStringLiteral("oop")});
        QCOMPARE(TopicCoverage().hours(stepOf(m_path, QStringLiteral("lang"))).needed, 40);
    }

    void oneOfSemantics_data()
    {
        QTest::addColumn<QString>("done");
        QTest::addColumn<QString>("known");
        QTest::addColumn<bool>("groupDone");
        QTest::addColumn<bool>("groupKnown");
        QTest::addColumn<int>("knownHours");
        QTest::newRow("nothing") << ""
                                 << "" << false << false << 0;
        QTest::newRow("the first member known") << ""
                                                << "python" << false << true << 30;
        // Knowing the other language is just as good, and saves the group's hours, once.
        QTest::newRow("another member known") << ""
                                              << "java" << false << true << 30;
        QTest::newRow("both known, counted once") << ""
                                                  << "java,python" << false << true << 30;
        QTest::newRow("another member done") << "java-deep"
                                             << "" << true << false << 0;
        QTest::newRow("done and known") << "python-deep"
                                        << "java" << true << true << 0;
        QTest::newRow("an unrelated skill") << ""
                                            << "sql" << false << false << 0;
    }

    void oneOfSemantics()
    {
        QFETCH(QString, done);
        QFETCH(QString, known);
        QFETCH(bool, groupDone);
        QFETCH(bool, groupKnown);
        QFETCH(int, knownHours);
        const TopicCoverage coverage(setOf(done), setOf(known));
        const cg::LearningStep& lang = stepOf(m_path, QStringLiteral("lang"));
        const cg::StudyUnit group = coverage.units(lang).first();
        QCOMPARE(group.done, groupDone);
        QCOMPARE(group.known, groupKnown);
        QCOMPARE(coverage.hours(lang).known, knownHours);
        QCOMPARE(coverage.hours(lang).done, groupDone ? 30 : 0);
    }

    void rollUp_data()
    {
        QTest::addColumn<QString>("done");
        QTest::addColumn<QString>("known");
        QTest::addColumn<QString>("step");
        QTest::addColumn<State>("state");
        QTest::addColumn<int>("doneHours");
        QTest::addColumn<int>("knownHours");
        QTest::newRow("nothing yet") << ""
                                     << ""
                                     << "db" << State::NotStarted << 0 << 0;
        QTest::newRow("one topic done") << "sql-basics"
                                        << ""
                                        << "db" << State::InProgress << 8 << 0;
        QTest::newRow("every topic done") << "sql-basics,indexes,pg,nosql"
                                          << ""
                                          << "db" << State::Done << 23 << 0;
        QTest::newRow("known and done together") << "nosql"
                                                 << "sql,postgresql"
                                                 << "db" << State::Done << 5 << 18;
        QTest::newRow("known only in part") << ""
                                            << "sql"
                                            << "db" << State::InProgress << 0 << 12;
        QTest::newRow("done wins over known") << "sql-basics"
                                              << "sql"
                                              << "db" << State::InProgress << 8 << 4;
        QTest::newRow("half of a topic's skills") << ""
                                                  << "linux"
                                                  << "ship" << State::NotStarted << 0 << 0;
        QTest::newRow("the group and the rest") << "java-deep,oop"
                                                << ""
                                                << "lang" << State::Done << 40 << 0;
        QTest::newRow("the group alone") << ""
                                         << "python"
                                         << "lang" << State::InProgress << 0 << 30;
        QTest::newRow("a step without topics, known") << ""
                                                      << "git"
                                                      << "whole" << State::Done << 0 << 12;
        QTest::newRow("a step without topics, done") << "whole"
                                                     << ""
                                                     << "whole" << State::Done << 12 << 0;
        QTest::newRow("slugs the path does not have") << "no-such-topic,lang"
                                                      << "no-such-skill"
                                                      << "lang" << State::NotStarted << 0 << 0;
    }

    void rollUp()
    {
        QFETCH(QString, done);
        QFETCH(QString, known);
        QFETCH(QString, step);
        QFETCH(State, state);
        QFETCH(int, doneHours);
        QFETCH(int, knownHours);
        const TopicCoverage coverage(setOf(done), setOf(known));
        const cg::LearningStep& picked = stepOf(m_path, step);
        QCOMPARE(coverage.state(picked), state);
        const cg::StepHours hours = coverage.hours(picked);
        QCOMPARE(hours.needed, picked.hours);
        QCOMPARE(hours.done, doneHours);
        QCOMPARE(hours.known, knownHours);
        QCOMPARE(hours.left(false), picked.hours - doneHours);
        QCOMPARE(hours.left(true), picked.hours - doneHours - knownHours);
    }

    void aStepIsKnownWhenEveryUnitIs()
    {
        QVERIFY(TopicCoverage({}, setOf(QStringLiteral("java,object-oriented-programming")))
                    .isStepKnown(stepOf(m_path, QStringLiteral("lang"))));
        QVERIFY(!TopicCoverage({}, setOf(QStringLiteral("java"))).isStepKnown(stepOf(m_path, QStringLiteral("lang"))));
        // Done is not known: the self-assessment alone decides.
        QVERIFY(!TopicCoverage(setOf(QStringLiteral("oop")), setOf(QStringLiteral("java")))
                     .isStepKnown(stepOf(m_path, QStringLiteral("lang"))));
        QVERIFY(TopicCoverage({}, setOf(QStringLiteral("git"))).isStepKnown(stepOf(m_path, QStringLiteral("whole"))));
    }
};

QTEST_GUILESS_MAIN(TestTopicCoverage)
#include "TestTopicCoverage.moc"
