// TopicProgressStore over a real user database file: topics ticked off per plan survive a reopen, a change made
// over a stale read is refused, ticking twice changes nothing, and removing a plan removes its topic progress.
#include "TestSupport.h"
#include "database/UserDatabase.h"
#include "user/StudyPlanStore.h"
#include "user/TopicProgressStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using cg::TopicProgressStore;

class TestTopicProgressStore final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cg::UserDatabase> m_user;
    std::unique_ptr<cg::StudyPlanStore> m_plans;
    std::unique_ptr<TopicProgressStore> m_store;

    void reopen()
    {
        m_store.reset();
        m_plans.reset();
        m_user.reset();
        m_user = std::make_unique<cg::UserDatabase>();
        QVERIFY2(m_user->open(m_dir->filePath(QStringLiteral("user.sqlite"))), qPrintable(m_user->errorString()));
        m_plans = std::make_unique<cg::StudyPlanStore>(m_user->database());
        m_store = std::make_unique<TopicProgressStore>(m_user->database());
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        reopen();
    }

    void cleanup()
    {
        m_store.reset();
        m_plans.reset();
        m_user.reset();
        m_dir.reset();
    }

    void tickedTopicsAreKeptPerPlan()
    {
        const qint64 first = cg::test::savePlan(*m_plans, QStringLiteral("One"));
        const qint64 second = cg::test::savePlan(*m_plans, QStringLiteral("Two"));
        QVERIFY(m_store->changeDone(first, QStringLiteral("http-basics"), false, true).ok());
        QVERIFY(m_store->changeDone(first, QStringLiteral("own:4"), false, true).ok());
        QVERIFY(m_store->changeDone(second, QStringLiteral("git-basics"), false, true).ok());
        reopen();
        QString error;
        QCOMPARE(m_store->doneTopics(first, &error),
                 (QSet<QString>{QStringLiteral("http-basics"), QStringLiteral("own:4")}));
        QVERIFY(error.isEmpty());
        QCOMPARE(m_store->doneTopics(second), QSet<QString>{QStringLiteral("git-basics")});
        QVERIFY(m_store->doneTopics(999).isEmpty());

        // Taken back: the row goes.
        QVERIFY(m_store->changeDone(first, QStringLiteral("own:4"), true, false).ok());
        QCOMPARE(m_store->doneTopics(first), QSet<QString>{QStringLiteral("http-basics")});
        // Nothing to change: saved, nothing written.
        QVERIFY(m_store->changeDone(first, QStringLiteral("http-basics"), true, true).ok());
        QCOMPARE(cg::test::countOf(m_user->database(), QStringLiteral("SELECT count(*) FROM topic_progress")), 2);
    }

    void aStaleChangeIsRefused()
    {
        const qint64 plan = cg::test::savePlan(*m_plans, QStringLiteral("One"));
        QVERIFY(m_store->changeDone(plan, QStringLiteral("sql-basics"), false, true).ok());
        // Another window still shows it as not done, and ticks it off again, or takes back what it never saw.
        const cg::SaveResult again = m_store->changeDone(plan, QStringLiteral("sql-basics"), false, true);
        QVERIFY(again.isStale());
        QVERIFY(!again.error.isEmpty());
        QVERIFY(m_store->changeDone(plan, QStringLiteral("git-basics"), true, false).isStale());
        QCOMPARE(m_store->doneTopics(plan), QSet<QString>{QStringLiteral("sql-basics")});
        // A plan removed elsewhere.
        QVERIFY(m_store->changeDone(12345, QStringLiteral("sql-basics"), false, true).isStale());
    }

    void removingAPlanRemovesItsTopicProgress()
    {
        const qint64 plan = cg::test::savePlan(*m_plans, QStringLiteral("One"));
        const qint64 kept = cg::test::savePlan(*m_plans, QStringLiteral("Two"));
        QVERIFY(m_store->changeDone(plan, QStringLiteral("sql-basics"), false, true).ok());
        QVERIFY(m_store->changeDone(kept, QStringLiteral("sql-basics"), false, true).ok());
        QString error;
        QVERIFY2(m_plans->removePlan(plan, &error), qPrintable(error));
        QCOMPARE(cg::test::countOf(m_user->database(), QStringLiteral("SELECT count(*) FROM topic_progress")), 1);
        QCOMPARE(m_store->doneTopics(kept).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTopicProgressStore)
#include "TestTopicProgressStore.moc"
