// The shipped topics: enough of them, each complete (skills, an official https resource, hours with a basis), every
// step with topics and a practice project, pick-one groups that make sense, and step hours that are the sum of their
// topics. Counts come from the data; only the floors the content promises are written here.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "plan/PlanShortening.h"
#include "plan/StudyPlanRequestBuilder.h"
#include "plan/TopicCoverage.h"
#include "repositories/LearningRepository.h"

#include <QHash>
#include <QSet>
#include <QTest>

class TestTopicContent : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;
    cg::LearningPath m_path;

    int count(const QString& sql) { return cg::test::countOf(m_content.database(), sql); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
        QString error;
        m_path = cg::LearningRepository(m_content.database()).path(QStringLiteral("backend-developer"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!m_path.steps.isEmpty());
    }

    void atLeastAHundredTopics()
    {
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM topic")) >= 100);
        // The repository reads every one of them, with its resources.
        qsizetype topics = 0, resources = 0;
        for (const cg::LearningStep& step : std::as_const(m_path.steps)) {
            topics += step.topics.size();
            for (const cg::Topic& topic : step.topics)
                resources += topic.resources.size();
        }
        QCOMPARE(topics, qsizetype(count(QStringLiteral("SELECT count(*) FROM topic"))));
        QCOMPARE(resources, qsizetype(count(QStringLiteral("SELECT count(*) FROM topic_resource"))));
    }

    void everyStepHasTopicsAndAProject()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM learning_step s WHERE NOT EXISTS "
                                      "(SELECT 1 FROM topic t WHERE t.step_id = s.id)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM learning_step s WHERE NOT EXISTS "
                                      "(SELECT 1 FROM step_project p WHERE p.step_id = s.id "
                                      " AND trim(p.title) <> '' AND length(p.brief) > 100)")),
                 0);
        for (const cg::LearningStep& step : std::as_const(m_path.steps)) {
            QVERIFY2(!step.topics.isEmpty(), qPrintable(step.slug));
            QVERIFY2(!step.project.isEmpty(), qPrintable(step.slug));
        }
    }

    void everyTopicIsComplete()
    {
        for (const cg::LearningStep& step : std::as_const(m_path.steps)) {
            for (const cg::Topic& topic : step.topics) {
                const QByteArray slugText = topic.slug.toUtf8();
                const char* slug = slugText.constData();
                QVERIFY2(topic.hours > 0, slug);
                QVERIFY2(!topic.hoursBasis.trimmed().isEmpty(), slug);
                QVERIFY2(topic.what.size() > 40 && topic.why.size() > 40, slug);
                QVERIFY2(!topic.skills.isEmpty(), slug);
                bool official = false;
                for (const cg::TopicResource& resource : topic.resources) {
                    QVERIFY2(resource.url.startsWith(QLatin1String("https://")), qPrintable(resource.url));
                    QVERIFY2(!resource.title.trimmed().isEmpty(), qPrintable(resource.url));
                    official = official || resource.kind == QLatin1String("official documentation");
                }
                QVERIFY2(official, slug);
                // The step's own skill list covers what its topics teach, so a step known by its skills is known
                // by its topics too.
                for (const QString& skill : topic.skills)
                    QVERIFY2(step.skills.contains(skill), qPrintable(topic.slug + u' ' + skill));
            }
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM topic_resource WHERE url NOT LIKE 'https://%'")), 0);
    }

    void pickOneGroupsHaveTwoOrMoreMembersInOneStep()
    {
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM topic_group")) >= 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM topic_group g WHERE "
                                      "(SELECT count(*) FROM topic t WHERE t.one_of = g.slug) < 2")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM topic_group g WHERE "
                                      "(SELECT count(DISTINCT t.step_id) FROM topic t WHERE t.one_of = g.slug) <> 1")),
                 0);
        // The issue's own examples: one language, one framework.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM topic WHERE one_of = 'server-side-language' AND slug IN "
                                      "('python-in-depth', 'java-in-depth', 'csharp-in-depth', "
                                      "'javascript-nodejs-in-depth')")),
                 4);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM topic WHERE one_of = 'web-framework'")) >= 2);
    }

    void namedTechnologiesExist()
    {
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM topic_technology")) >= 20);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM topic_technology t WHERE NOT EXISTS "
                                      "(SELECT 1 FROM technology_example e WHERE e.example = t.technology)")),
                 0);
    }

    void stepHoursAreTheSumOfTheirTopics()
    {
        // A pick-one group counts once, at its first member's hours (the suggested pick).
        const cg::TopicCoverage nothing;
        for (const cg::LearningStep& step : std::as_const(m_path.steps)) {
            int sum = 0;
            QSet<QString> groups;
            for (const cg::Topic& topic : step.topics) {
                if (!topic.oneOf.isEmpty() && groups.contains(topic.oneOf))
                    continue;
                groups.insert(topic.oneOf);
                sum += topic.hours;
            }
            QCOMPARE(step.hours, sum);
            QCOMPARE(nothing.hours(step).needed, sum);
        }
    }

    void theSelfTaughtPathKeepsItsSize()
    {
        // Before topics, the self-taught route's steps added up to 740 hours, 74 weeks at 10 h a week. Estimating
        // topic by topic may move that a little, never a lot: within a tenth either way.
        const cg::LearningPath selfTaught =
            cg::StudyPlanRequestBuilder::forRoute(m_path, QStringLiteral("self-taught"));
        int hours = 0;
        for (const cg::LearningStep& step : selfTaught.steps)
            hours += step.hours;
        QVERIFY2(hours >= 666 && hours <= 814, qPrintable(QString::number(hours)));
        const int weeks = cg::PlanShortening::weeksFor(hours, 10);
        QVERIFY2(weeks >= 67 && weeks <= 82, qPrintable(QString::number(weeks)));
    }
};

QTEST_GUILESS_MAIN(TestTopicContent)
#include "TestTopicContent.moc"
