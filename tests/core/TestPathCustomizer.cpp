// PathCustomizer on a hand-made path: own topics join their step with their hours, hidden topics leave it, the kept
// order wins and topics it does not name follow in the content's order, keys and steps the content no longer has are
// ignored, a step without topics stays whole until it is changed, and the planner sees exactly those hours.
#include "plan/PathCustomizer.h"
#include "plan/TopicPlanner.h"

#include <QTest>

using cg::LearningPath;
using cg::LearningStep;
using cg::OwnTopic;
using cg::PathCustomization;
using cg::PathCustomizer;
using cg::StepTopic;
using cg::Topic;

namespace {

Topic topic(const QString& slug, int hours, const QString& oneOf = {})
{
    Topic t;
    t.slug = slug;
    t.title = slug.toUpper();
    t.hours = hours;
    t.skills = {slug};
    t.oneOf = oneOf;
    return t;
}

LearningPath path()
{
    LearningStep first;
    first.slug = QStringLiteral("first");
    first.title = QStringLiteral("First");
    first.hours = 100;
    first.topics = {topic(QStringLiteral("a"), 10), topic(QStringLiteral("b"), 20),
                    topic(QStringLiteral("py"), 30, QStringLiteral("lang")),
                    topic(QStringLiteral("java"), 40, QStringLiteral("lang"))};
    LearningStep whole;
    whole.slug = QStringLiteral("whole");
    whole.title = QStringLiteral("Whole");
    whole.hours = 50;
    whole.skills = {QStringLiteral("w")};
    LearningPath path;
    path.slug = QStringLiteral("p");
    path.steps = {first, whole};
    return path;
}

OwnTopic own(qint64 id, const QString& step, int hours, const QString& url = {})
{
    OwnTopic o;
    o.id = id;
    o.pathSlug = QStringLiteral("p");
    o.stepSlug = step;
    o.title = QStringLiteral("Own %1").arg(id);
    o.url = url;
    o.hours = hours;
    return o;
}

QStringList keys(const QList<StepTopic>& topics)
{
    QStringList result;
    for (const StepTopic& entry : topics)
        result.append(entry.key());
    return result;
}

QStringList slugs(const QList<Topic>& topics)
{
    QStringList result;
    for (const Topic& entry : topics)
        result.append(entry.slug);
    return result;
}

} // namespace

class TestPathCustomizer final : public QObject
{
    Q_OBJECT

private slots:
    void nothingKeptChangesNothing()
    {
        const LearningPath personal = PathCustomizer::apply(path(), {});
        QCOMPARE(slugs(personal.steps.at(0).topics), slugs(path().steps.at(0).topics));
        QVERIFY(personal.steps.at(1).topics.isEmpty());
        QCOMPARE(keys(PathCustomizer::stepTopics(path().steps.at(1), {})), QStringList{QStringLiteral("whole")});
    }

    void ownTopicsJoinTheirStepWithTheirHours()
    {
        PathCustomization custom;
        custom.ownTopics = {own(1, QStringLiteral("first"), 7, QStringLiteral("https://example.org/")),
                            own(2, QStringLiteral("gone-step"), 5)};
        const LearningPath personal = PathCustomizer::apply(path(), custom);
        QCOMPARE(slugs(personal.steps.at(0).topics),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("py"), QStringLiteral("java"),
                              QStringLiteral("own:1")}));
        const Topic& added = personal.steps.at(0).topics.last();
        QCOMPARE(added.hours, 7);
        QCOMPARE(added.title, QStringLiteral("Own 1"));
        QCOMPARE(added.resources.size(), 1);
        QCOMPARE(added.resources.first().url, QStringLiteral("https://example.org/"));
        QVERIFY(added.skills.isEmpty()); // never "known": the self-assessment cannot say

        const cg::TopicCoverage none;
        // a 10 + b 20 + the language group once at 30 + own 7
        QCOMPARE(none.hours(personal.steps.at(0)).needed, 67);
        // The whole step is untouched: no topics, its own hours.
        QVERIFY(personal.steps.at(1).topics.isEmpty());
        QCOMPARE(none.hours(personal.steps.at(1)).needed, 50);
    }

    void anOwnTopicUnderAWholeStepKeepsTheStepsHours()
    {
        PathCustomization custom;
        custom.ownTopics = {own(3, QStringLiteral("whole"), 4)};
        const LearningPath personal = PathCustomizer::apply(path(), custom);
        QCOMPARE(slugs(personal.steps.at(1).topics), (QStringList{QStringLiteral("whole"), QStringLiteral("own:3")}));
        const cg::TopicCoverage knowsW({}, {QStringLiteral("w")});
        const cg::StepHours hours = knowsW.hours(personal.steps.at(1));
        QCOMPARE(hours.needed, 54);
        QCOMPARE(hours.known, 50); // the step's own part is known as before
        QCOMPARE(cg::TopicCoverage({QStringLiteral("whole")}, {}).hours(personal.steps.at(1)).done, 50);
    }

    void hiddenTopicsAreNeitherPlannedNorCounted()
    {
        PathCustomization custom;
        custom.hidden = {QStringLiteral("b"), QStringLiteral("py"), QStringLiteral("no-such-topic")};
        const LearningPath personal = PathCustomizer::apply(path(), custom);
        QCOMPARE(slugs(personal.steps.at(0).topics), (QStringList{QStringLiteral("a"), QStringLiteral("java")}));
        // The pick-one group now counts at its remaining member's hours.
        QCOMPARE(cg::TopicCoverage().hours(personal.steps.at(0)).needed, 50);
        const QList<StepTopic> listed = PathCustomizer::stepTopics(path().steps.at(0), custom);
        QCOMPARE(listed.size(), 4); // still listed, marked hidden
        QVERIFY(listed.at(1).hidden);
        QVERIFY(!listed.at(0).hidden);

        custom.hidden = {QStringLiteral("whole")};
        const LearningPath noWhole = PathCustomizer::apply(path(), custom);
        QVERIFY(noWhole.steps.at(1).topics.isEmpty());
        QCOMPARE(noWhole.steps.at(1).hours, 0);
        QStringList finished;
        cg::TopicPlanner::remaining(noWhole, cg::TopicCoverage(), false, &finished);
        QCOMPARE(finished, QStringList{QStringLiteral("whole")});
    }

    void keptOrderWinsAndNewTopicsFollow()
    {
        PathCustomization custom;
        custom.ownTopics = {own(1, QStringLiteral("first"), 7)};
        custom.order.insert(QStringLiteral("first"),
                            {QStringLiteral("own:1"), QStringLiteral("java"), QStringLiteral("gone"),
                             QStringLiteral("a"), QStringLiteral("a")});
        const QList<StepTopic> listed = PathCustomizer::stepTopics(path().steps.at(0), custom);
        QCOMPARE(keys(listed), (QStringList{QStringLiteral("own:1"), QStringLiteral("java"), QStringLiteral("a"),
                                            QStringLiteral("b"), QStringLiteral("py")}));
        const LearningPath personal = PathCustomizer::apply(path(), custom);
        QCOMPARE(slugs(personal.steps.at(0).topics), keys(listed));
        // The group is named where its first member now stands, at that member's hours.
        const QList<cg::StudyUnit> units = cg::TopicCoverage().units(personal.steps.at(0));
        QCOMPARE(units.size(), 4);
        QCOMPARE(units.at(1).topicSlugs, (QStringList{QStringLiteral("java"), QStringLiteral("py")}));
        QCOMPARE(units.at(1).hours, 40);
    }

    void movedGivesTheWholeNewOrder()
    {
        const QList<StepTopic> listed = PathCustomizer::stepTopics(path().steps.at(0), {});
        QCOMPARE(PathCustomizer::moved(listed, QStringLiteral("b"), -1),
                 (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("py"), QStringLiteral("java")}));
        QCOMPARE(PathCustomizer::moved(listed, QStringLiteral("b"), 1),
                 (QStringList{QStringLiteral("a"), QStringLiteral("py"), QStringLiteral("b"), QStringLiteral("java")}));
        QVERIFY(PathCustomizer::moved(listed, QStringLiteral("a"), -1).isEmpty());
        QVERIFY(PathCustomizer::moved(listed, QStringLiteral("java"), 1).isEmpty());
        QVERIFY(PathCustomizer::moved(listed, QStringLiteral("nope"), 1).isEmpty());
    }

    void ownTopicsAreChecked_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("hours");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "Docs"
                               << "" << 3 << true;
        QTest::newRow("https") << "Docs"
                               << "https://www.postgresql.org/docs/" << 3 << true;
        QTest::newRow("http") << "Docs"
                              << "http://example.org/a?b=c" << 3 << true;
        QTest::newRow("no title") << "  "
                                  << "" << 3 << false;
        QTest::newRow("no hours") << "Docs"
                                  << "" << 0 << false;
        QTest::newRow("too many hours") << "Docs"
                                        << "" << OwnTopic::MaxHours + 1 << false;
        QTest::newRow("script") << "Docs"
                                << "javascript:alert(1)" << 3 << false;
        QTest::newRow("file") << "Docs"
                              << "file:///etc/passwd" << 3 << false;
        QTest::newRow("no host") << "Docs"
                                 << "https://" << 3 << false;
        QTest::newRow("words") << "Docs"
                               << "see the manual" << 3 << false;
        QTest::newRow("padded") << "Docs"
                                << " https://example.org/" << 3 << false;
    }

    void ownTopicsAreChecked()
    {
        QFETCH(QString, title);
        QFETCH(QString, url);
        QFETCH(int, hours);
        QFETCH(bool, ok);
        OwnTopic topic;
        topic.title = title;
        topic.url = url;
        topic.hours = hours;
        QCOMPARE(topic.problem().isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestPathCustomizer)
#include "TestPathCustomizer.moc"
