// Two windows on one user database, as two connections to one file: every write changes only the field edited, a
// write over a change the other saved since it read is refused as stale (never applied), a write that finds the
// other holding the write lock reports "busy" at once instead of waiting, and each side notices the other's commits.
#include "database/UserDataWatcher.h"
#include "database/UserDatabase.h"
#include "user/SalaryComparisonStore.h"
#include "user/SkillAssessmentStore.h"
#include "user/StudyPlanStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using cg::SavedStudyPlan;
using cg::SaveResult;
using cg::StepProgress;
using Status = cg::StepProgress::Status;
using Mark = cg::SkillAssessmentStore::Status;

namespace {
SavedStudyPlan samplePlan()
{
    SavedStudyPlan plan;
    plan.name = QStringLiteral("Evenings");
    plan.roleSlug = QStringLiteral("backend-developer");
    plan.pathSlug = QStringLiteral("backend-developer");
    plan.routeSlug = QStringLiteral("self-taught");
    plan.startDate = QDate(2026, 1, 5);
    plan.hoursPerWeek = 10;
    return plan;
}

const QString Step = QStringLiteral("learn-sql");
} // namespace

class TestConcurrentWrites final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cg::UserDatabase> m_a; // window A
    std::unique_ptr<cg::UserDatabase> m_b; // window B, on the same file

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString path = m_dir->filePath(QStringLiteral("user.sqlite"));
        m_a = std::make_unique<cg::UserDatabase>(QStringLiteral("window-a"));
        QVERIFY2(m_a->open(path), qPrintable(m_a->errorString()));
        m_b = std::make_unique<cg::UserDatabase>(QStringLiteral("window-b"));
        QVERIFY2(m_b->open(path), qPrintable(m_b->errorString()));
        QVERIFY(m_a->isWritable() && m_b->isWritable());
    }

    void cleanup()
    {
        m_b.reset();
        m_a.reset();
        m_dir.reset();
    }

    // The reported case: B marks step 1 done, then A (still showing "not started") edits its note. The note is
    // saved and the step stays done.
    void noteEditKeepsAStatusSavedElsewhere()
    {
        cg::StudyPlanStore a(m_a->database());
        cg::StudyPlanStore b(m_b->database());
        QString error;
        const qint64 id = a.createPlan(samplePlan(), &error);
        QVERIFY2(id > 0, qPrintable(error));
        const StepProgress readByA = a.progress(id).value(Step); // blank: not started
        const StepProgress readByB = b.progress(id).value(Step);

        StepProgress done = readByB;
        done.status = Status::Done;
        QVERIFY(b.changeProgress(id, Step, readByB, done).ok());

        StepProgress noted = readByA;
        noted.note = QStringLiteral("A's note");
        StepProgress stored;
        const SaveResult result = a.changeProgress(id, Step, readByA, noted, &stored);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(stored.status, Status::Done); // what is saved now, for the view to show
        const StepProgress now = b.progress(id).value(Step);
        QCOMPARE(now.status, Status::Done);
        QCOMPARE(now.note, QStringLiteral("A's note"));
    }

    // The same field changed on both sides: the second write is refused and the first one stays.
    void staleFieldIsRefusedNotApplied_data()
    {
        QTest::addColumn<bool>("note");
        QTest::newRow("status") << false;
        QTest::newRow("note") << true;
    }
    void staleFieldIsRefusedNotApplied()
    {
        QFETCH(bool, note);
        cg::StudyPlanStore a(m_a->database());
        cg::StudyPlanStore b(m_b->database());
        QString error;
        const qint64 id = a.createPlan(samplePlan(), &error);
        QVERIFY2(id > 0, qPrintable(error));
        const StepProgress read = a.progress(id).value(Step);

        StepProgress first = read;
        StepProgress second = read;
        if (note) {
            first.note = QStringLiteral("B wrote this first");
            second.note = QStringLiteral("A's stale note");
        } else {
            first.status = Status::Done;
            second.status = Status::InProgress;
        }
        QVERIFY(b.changeProgress(id, Step, read, first).ok());
        StepProgress stored;
        const SaveResult result = a.changeProgress(id, Step, read, second, &stored);
        QVERIFY(result.isStale());
        QVERIFY2(result.error.contains(QStringLiteral("another window")), qPrintable(result.error));
        const StepProgress now = a.progress(id).value(Step);
        QCOMPARE(now.status, first.status);
        QCOMPARE(now.note, first.note);

        // Read again, the same change goes through.
        QVERIFY(a.changeProgress(id, Step, now, second).ok());
        QCOMPARE(b.progress(id).value(Step).status, second.status);
    }

    // A progress that ends blank removes the row; a plan deleted elsewhere refuses progress on it.
    void blankProgressAndDeletedPlan()
    {
        cg::StudyPlanStore a(m_a->database());
        cg::StudyPlanStore b(m_b->database());
        QString error;
        const qint64 id = a.createPlan(samplePlan(), &error);
        StepProgress noted;
        noted.note = QStringLiteral("x");
        QVERIFY(a.changeProgress(id, Step, {}, noted).ok());
        QVERIFY(a.changeProgress(id, Step, noted, {}).ok());
        QVERIFY(!a.progress(id).contains(Step));

        QVERIFY(b.removePlan(id, &error));
        const SaveResult result = a.changeProgress(id, Step, {}, noted);
        QVERIFY(result.isStale());
        QVERIFY(a.progress(id).isEmpty());
    }

    // Plan choices: only the edited fields are written; a field changed elsewhere since is refused.
    void planFieldsChangeOneByOne()
    {
        cg::StudyPlanStore a(m_a->database());
        cg::StudyPlanStore b(m_b->database());
        QString error;
        const qint64 id = a.createPlan(samplePlan(), &error);
        const SavedStudyPlan readByA = *a.plan(id);
        const SavedStudyPlan readByB = *b.plan(id);

        SavedStudyPlan faster = readByB;
        faster.hoursPerWeek = 20;
        QVERIFY(b.changePlan(readByB, faster).ok());

        SavedStudyPlan renamed = readByA; // A still shows 10 hours a week
        renamed.name = QStringLiteral("Weekends");
        const SaveResult rename = a.changePlan(readByA, renamed);
        QVERIFY2(rename.ok(), qPrintable(rename.error));
        SavedStudyPlan now = *b.plan(id);
        QCOMPARE(now.name, QStringLiteral("Weekends"));
        QCOMPARE(now.hoursPerWeek, 20); // not put back to what A had read

        SavedStudyPlan slower = readByA;
        slower.hoursPerWeek = 5;
        const SaveResult stale = a.changePlan(readByA, slower);
        QVERIFY(stale.isStale());
        QCOMPARE(b.plan(id)->hoursPerWeek, 20);

        QVERIFY(b.removePlan(id, &error));
        QVERIFY(a.changePlan(now, slower).isStale());
    }

    void skillStatusComparesWhatWasShown()
    {
        cg::SkillAssessmentStore a(m_a->database());
        cg::SkillAssessmentStore b(m_b->database());
        QVERIFY(b.changeStatus(QStringLiteral("sql"), Mark::Unknown, Mark::Know).ok());
        const SaveResult stale = a.changeStatus(QStringLiteral("sql"), Mark::Unknown, Mark::Want);
        QVERIFY(stale.isStale());
        QCOMPARE(b.status(QStringLiteral("sql")), Mark::Know);
        QVERIFY(a.changeStatus(QStringLiteral("sql"), Mark::Know, Mark::Unknown).ok());
        QCOMPARE(b.all().size(), 0);
        QString error;
        QVERIFY(b.all(&error).isEmpty() && error.isEmpty());
    }

    void savedComparisonIsReplacedOnlyAsListed()
    {
        cg::SalaryComparisonStore a(m_a->database());
        cg::SalaryComparisonStore b(m_b->database());
        cg::SavedSalaryComparison mine;
        mine.name = QStringLiteral("US vs UK");
        mine.currency = QStringLiteral("USD");
        mine.keys = QStringList{QStringLiteral("k1")};
        const QHash<QString, qint64> listedByA = a.ids(); // empty: A knows no comparison of that name

        cg::SavedSalaryComparison theirs = mine;
        theirs.keys = QStringList{QStringLiteral("k2"), QStringLiteral("k3")};
        QVERIFY(b.saveIfUnchanged(theirs).ok());

        mine.id = listedByA.value(mine.name);
        const SaveResult stale = a.saveIfUnchanged(mine);
        QVERIFY(stale.isStale());
        QCOMPARE(b.load(mine.name)->keys, theirs.keys);

        // Listed again, A may replace it; B's delete of what it had listed is then refused.
        const qint64 bListed = b.ids().value(mine.name);
        mine.id = a.ids().value(mine.name);
        QVERIFY(a.saveIfUnchanged(mine).ok());
        QVERIFY(b.removeIfUnchanged(mine.name, bListed).isStale());
        QCOMPARE(b.load(mine.name)->keys, mine.keys);
        QVERIFY(b.removeIfUnchanged(mine.name, b.ids().value(mine.name)).ok());
        QVERIFY(!a.contains(mine.name));
    }

    // Another connection holding the write lock: with the window's short busy timeout a write reports "busy" at
    // once, changes nothing, and succeeds once the lock is gone.
    void lockedDatabaseReportsBusyAtOnce()
    {
        QVERIFY(m_a->setBusyTimeout(cg::UserDatabase::InteractiveBusyTimeoutMs));
        QSqlQuery lock(m_b->database());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        cg::SkillAssessmentStore a(m_a->database());
        QElapsedTimer timer;
        timer.start();
        const SaveResult busy = a.changeStatus(QStringLiteral("go"), Mark::Unknown, Mark::Know);
        QVERIFY2(busy.isBusy(), qPrintable(busy.error));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(a.changeStatus(QStringLiteral("go"), Mark::Unknown, Mark::Know).ok());
        QCOMPARE(a.status(QStringLiteral("go")), Mark::Know);
    }

    // Each side notices the other's commits (PRAGMA data_version), and not its own.
    void watcherNoticesTheOtherConnection()
    {
        cg::UserDataWatcher watcher(*m_a);
        QSignalSpy changed(&watcher, &cg::UserDataWatcher::userDataChanged);
        QVERIFY(!watcher.check());
        QVERIFY(cg::SkillAssessmentStore(m_a->database())
                    .changeStatus(QStringLiteral("go"), Mark::Unknown, Mark::Want)
                    .ok());
        QVERIFY(!watcher.check()); // its own write
        QVERIFY(
            cg::SkillAssessmentStore(m_b->database()).changeStatus(QStringLiteral("go"), Mark::Want, Mark::Know).ok());
        QVERIFY(watcher.check());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!watcher.check()); // once per change
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWrites)
#include "TestConcurrentWrites.moc"
