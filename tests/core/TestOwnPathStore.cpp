// OwnPathStore over a real user database file: own topics are added only when valid, read back per path, changed
// over what was read (a stale read refused), and removed with their hiding, order and progress; hiding and order
// are kept per path and survive a reopen; keys of topics the content does not have are kept and harmless.
#include "TestSupport.h"
#include "database/UserDatabase.h"
#include "user/OwnPathStore.h"
#include "user/StudyPlanStore.h"
#include "user/TopicProgressStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using cg::OwnPathStore;
using cg::OwnTopic;

namespace {
const QString Path = QStringLiteral("backend-developer");
const QString Step = QStringLiteral("learn-a-server-side-language");

OwnTopic topic(const QString& title, int hours, const QString& url = {})
{
    OwnTopic t;
    t.pathSlug = Path;
    t.stepSlug = Step;
    t.title = title;
    t.url = url;
    t.hours = hours;
    t.note = QStringLiteral("Chapter 1–3; \"quotes\"\nsecond line");
    return t;
}
} // namespace

class TestOwnPathStore final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cg::UserDatabase> m_user;
    std::unique_ptr<OwnPathStore> m_store;

    void reopen()
    {
        m_store.reset();
        m_user.reset();
        m_user = std::make_unique<cg::UserDatabase>();
        QVERIFY2(m_user->open(m_dir->filePath(QStringLiteral("user.sqlite"))), qPrintable(m_user->errorString()));
        m_store = std::make_unique<OwnPathStore>(m_user->database());
    }

    int count(const QString& table)
    {
        QSqlQuery query(m_user->database());
        // The table name is the test's own.
        return query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next() ? query.value(0).toInt()
                                                                                                : -1;
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
        m_user.reset();
        m_dir.reset();
    }

    void ownTopicsAreSavedOnlyWhenValid()
    {
        QString error;
        QCOMPARE(m_store->addTopic(topic(QString(), 3), &error), 0);
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_store->addTopic(topic(QStringLiteral("Docs"), 3, QStringLiteral("ftp://example.org/")), &error), 0);
        QVERIFY(error.contains(QStringLiteral("http")));
        OwnTopic noStep = topic(QStringLiteral("Docs"), 3);
        noStep.stepSlug.clear();
        QCOMPARE(m_store->addTopic(noStep, &error), 0);
        QCOMPARE(count(QStringLiteral("own_topic")), 0);

        const qint64 id = m_store->addTopic(
            topic(QStringLiteral("  The Go tour  "), 6, QStringLiteral("https://go.dev/tour/")), &error);
        QVERIFY2(id > 0, qPrintable(error));
        OwnTopic other = topic(QStringLiteral("Elsewhere"), 2);
        other.pathSlug = QStringLiteral("data-engineer");
        QVERIFY2(m_store->addTopic(other, &error) > id, qPrintable(error));
        reopen();
        error.clear();
        const cg::PathCustomization custom = m_store->customization(Path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(custom.ownTopics.size(), 1);
        const OwnTopic& read = custom.ownTopics.first();
        QCOMPARE(read.id, id);
        QCOMPARE(read.title, QStringLiteral("The Go tour"));
        QCOMPARE(read.url, QStringLiteral("https://go.dev/tour/"));
        QCOMPARE(read.hours, 6);
        QCOMPARE(read.note, topic(QString(), 0).note);
        QCOMPARE(read.stepSlug, Step);
        QVERIFY(read.updatedAt.isValid());
    }

    void changesAreMadeOverWhatWasRead()
    {
        QString error;
        const qint64 id = m_store->addTopic(topic(QStringLiteral("Docs"), 3), &error);
        const OwnTopic read = m_store->customization(Path).ownTopics.first();
        OwnTopic edited = read;
        edited.hours = 8;
        edited.url = QStringLiteral("https://example.org/docs");
        QVERIFY(m_store->changeTopic(read, edited).ok());
        // Another window edits over the same, now stale, read.
        OwnTopic theirs = read;
        theirs.title = QStringLiteral("Theirs");
        QVERIFY(m_store->changeTopic(read, theirs).isStale());
        OwnTopic invalid = edited;
        invalid.hours = 0;
        QCOMPARE(m_store->changeTopic(edited, invalid).outcome, cg::SaveResult::Outcome::Failed);
        const OwnTopic now = m_store->customization(Path).ownTopics.first();
        QCOMPARE(now.hours, 8);
        QCOMPARE(now.title, QStringLiteral("Docs"));
        QVERIFY(m_store->removeTopic(id).ok());
        QVERIFY(m_store->changeTopic(now, edited).isStale()); // removed in the meantime
    }

    void hidingAndOrderAreKeptPerPath()
    {
        QVERIFY(m_store->setHidden(Path, QStringLiteral("http-basics"), true).ok());
        QVERIFY(m_store->setHidden(Path, QStringLiteral("http-basics"), true).ok()); // twice is once
        QVERIFY(m_store->setHidden(Path, QStringLiteral("no-longer-in-content"), true).ok());
        QVERIFY(m_store->setHidden(QStringLiteral("data-engineer"), QStringLiteral("sql-basics"), true).ok());
        QVERIFY(
            m_store->setOrder(Path, Step, {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("own:3")}).ok());
        QVERIFY(m_store->setOrder(Path, Step, {QStringLiteral("a"), QStringLiteral("b")}).ok()); // replaces
        QVERIFY(m_store->setOrder(Path, QStringLiteral("other-step"), {QStringLiteral("c")}).ok());
        reopen();
        cg::PathCustomization custom = m_store->customization(Path);
        QCOMPARE(custom.hidden, (QSet<QString>{QStringLiteral("http-basics"), QStringLiteral("no-longer-in-content")}));
        QCOMPARE(custom.order.value(Step), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(custom.order.value(QStringLiteral("other-step")), QStringList{QStringLiteral("c")});
        QVERIFY(m_store->setHidden(Path, QStringLiteral("http-basics"), false).ok());
        QVERIFY(m_store->setOrder(Path, Step, {}).ok());
        custom = m_store->customization(Path);
        QCOMPARE(custom.hidden, QSet<QString>{QStringLiteral("no-longer-in-content")});
        QVERIFY(!custom.order.contains(Step));
    }

    void removingAnOwnTopicRemovesEverythingAboutIt()
    {
        QString error;
        const qint64 id = m_store->addTopic(topic(QStringLiteral("Docs"), 3), &error);
        const qint64 kept = m_store->addTopic(topic(QStringLiteral("Kept"), 3), &error);
        const QString key = OwnTopic::keyFor(id);
        QVERIFY(m_store->setHidden(Path, key, true).ok());
        QVERIFY(m_store->setHidden(Path, OwnTopic::keyFor(kept), true).ok());
        QVERIFY(m_store->setOrder(Path, Step, {key, OwnTopic::keyFor(kept)}).ok());
        cg::StudyPlanStore plans(m_user->database());
        const qint64 planId = cg::test::savePlan(plans, QStringLiteral("P"));
        cg::TopicProgressStore progress(m_user->database());
        QVERIFY(progress.changeDone(planId, key, false, true).ok());

        QVERIFY(m_store->removeTopic(id).ok());
        const cg::PathCustomization custom = m_store->customization(Path);
        QCOMPARE(custom.ownTopics.size(), 1);
        QCOMPARE(custom.ownTopics.first().id, kept);
        QCOMPARE(custom.hidden, QSet<QString>{OwnTopic::keyFor(kept)});
        QCOMPARE(custom.order.value(Step), QStringList{OwnTopic::keyFor(kept)});
        QVERIFY(progress.doneTopics(planId).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOwnPathStore)
#include "TestOwnPathStore.moc"
