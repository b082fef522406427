// StudyPlanStore over a real user database file: named plans, progress keyed by step slug, every change on disk as
// soon as the call returns.
#include "database/UserDatabase.h"
#include "user/StudyPlanStore.h"

#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using cg::SavedStudyPlan;
using cg::StepProgress;
using cg::StudyPlanStore;
using Status = cg::StepProgress::Status;

namespace {

const QDateTime FixedNow(QDate(2026, 1, 2), QTime(9, 30, 15, 250), Qt::UTC);

SavedStudyPlan samplePlan(const QString& name)
{
    SavedStudyPlan plan;
    plan.name = name;
    plan.roleSlug = QStringLiteral("backend-developer");
    plan.pathSlug = QStringLiteral("backend-developer");
    plan.routeSlug = QStringLiteral("self-taught");
    plan.startDate = QDate(2026, 1, 5);
    plan.hoursPerWeek = 10;
    plan.skipKnown = true;
    return plan;
}

} // namespace

class TestStudyPlanStore final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cg::UserDatabase> m_user;
    std::unique_ptr<StudyPlanStore> m_store;

    QString userPath() const { return m_dir->filePath(QStringLiteral("user.sqlite")); }

    // Closes and opens the database file again, as a restarted app would.
    void reopen()
    {
        m_store.reset();
        m_user.reset();
        m_user = std::make_unique<cg::UserDatabase>();
        QVERIFY2(m_user->open(userPath()), qPrintable(m_user->errorString()));
        m_store = std::make_unique<StudyPlanStore>(m_user->database());
        m_store->setClock([] { return FixedNow; });
    }

    int progressRows()
    {
        QSqlQuery query(m_user->database());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM step_progress")) || !query.next())
            return -1;
        return query.value(0).toInt();
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

    void createAndReadBack()
    {
        QString error;
        SavedStudyPlan plan = samplePlan(QStringLiteral("  Evening study  "));
        plan.skipKnown = false;
        plan.hoursPerWeek = 7;
        const qint64 id = m_store->createPlan(plan, &error);
        QVERIFY2(id > 0, qPrintable(error));

        reopen();
        const std::optional<SavedStudyPlan> read = m_store->plan(id);
        QVERIFY(read);
        QCOMPARE(read->id, id);
        QCOMPARE(read->name, QStringLiteral("Evening study")); // trimmed
        QCOMPARE(read->roleSlug, plan.roleSlug);
        QCOMPARE(read->pathSlug, plan.pathSlug);
        QCOMPARE(read->routeSlug, plan.routeSlug);
        QCOMPARE(read->startDate, plan.startDate);
        QCOMPARE(read->hoursPerWeek, 7);
        QCOMPARE(read->skipKnown, false);
        QCOMPARE(read->createdAt, FixedNow);
        QCOMPARE(read->exportId(), QStringLiteral("plan-%1-20260102T093015").arg(id));
        QVERIFY(!m_store->plan(id + 1000));
    }

    // A pace crafted in the file beyond int is read as stored, so the scheduler's refusal can name it.
    void hoursPerWeekIsReadAsStored()
    {
        QString error;
        const qint64 id = m_store->createPlan(samplePlan(QStringLiteral("Crafted")), &error);
        QVERIFY2(id > 0, qPrintable(error));
        QSqlQuery query(m_user->database());
        QVERIFY(query.prepare(QStringLiteral("UPDATE study_plan SET hours_per_week = ? WHERE id = ?")));
        query.addBindValue(std::numeric_limits<qint64>::max());
        query.addBindValue(id);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

        reopen();
        const std::optional<SavedStudyPlan> read = m_store->plan(id);
        QVERIFY(read);
        QCOMPARE(read->hoursPerWeek, std::numeric_limits<qint64>::max());
        QCOMPARE(m_store->plans().value(0).hoursPerWeek, std::numeric_limits<qint64>::max());
    }

    // A note may hold StepProgress::MaxNoteLength characters; a longer one is refused with the limit named, and
    // what was saved before stays.
    void noteLengthIsBounded()
    {
        QString error;
        const qint64 id = m_store->createPlan(samplePlan(QStringLiteral("Notes")), &error);
        QVERIFY2(id > 0, qPrintable(error));
        const QString slug = QStringLiteral("sql-basics");

        StepProgress longest;
        longest.note = QString(StepProgress::MaxNoteLength, QLatin1Char('n'));
        StepProgress stored;
        QVERIFY2(m_store->setProgress(id, slug, longest, &error, &stored), qPrintable(error));
        QCOMPARE(m_store->progress(id).value(slug).note.size(), StepProgress::MaxNoteLength);

        StepProgress tooLong = longest;
        tooLong.note += QLatin1Char('!');
        error.clear();
        QVERIFY(!m_store->setProgress(id, slug, tooLong, &error));
        QVERIFY2(error.contains(QLocale().toString(StepProgress::MaxNoteLength)), qPrintable(error));

        const cg::SaveResult change = m_store->changeProgress(id, slug, stored, tooLong);
        QVERIFY(!change.ok());
        QVERIFY(!change.isBusy());
        QVERIFY(!change.isStale());
        QVERIFY2(change.error.contains(QLocale().toString(StepProgress::MaxNoteLength)), qPrintable(change.error));
        QVERIFY2(change.error.contains(QLocale().toString(StepProgress::MaxNoteLength + 1)), qPrintable(change.error));

        // A 10 MB note, as was once pasted, is refused the same way and nothing of it is written.
        StepProgress huge;
        huge.note = QString(10 * 1024 * 1024, QLatin1Char('x'));
        QVERIFY(!m_store->changeProgress(id, slug, stored, huge).ok());
        reopen();
        QCOMPARE(m_store->progress(id).value(slug).note, longest.note);
    }

    void refusesBadPlans_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("hours");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QString>("expected");

        QTest::newRow("empty name") << "" << 10 << QDate(2026, 1, 5) << "name";
        QTest::newRow("blank name") << "   " << 10 << QDate(2026, 1, 5) << "name";
        QTest::newRow("taken name") << "Main plan" << 10 << QDate(2026, 1, 5) << "already";
        QTest::newRow("zero hours") << "Other" << 0 << QDate(2026, 1, 5) << "hour";
        QTest::newRow("negative hours") << "Other" << -3 << QDate(2026, 1, 5) << "hour";
        QTest::newRow("no start date") << "Other" << 10 << QDate() << "date";
    }

    void refusesBadPlans()
    {
        QFETCH(QString, name);
        QFETCH(int, hours);
        QFETCH(QDate, start);
        QFETCH(QString, expected);

        QString error;
        const qint64 existing = m_store->createPlan(samplePlan(QStringLiteral("Main plan")), &error);
        QVERIFY2(existing > 0, qPrintable(error));

        SavedStudyPlan plan = samplePlan(name);
        plan.hoursPerWeek = hours;
        plan.startDate = start;
        error.clear();
        QCOMPARE(m_store->createPlan(plan, &error), 0);
        QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));

        // The same rules hold when an existing plan is changed, and a refused change leaves it as it was.
        plan.id = existing;
        error.clear();
        if (name != QLatin1String("Main plan")) {
            QVERIFY(!m_store->updatePlan(plan, &error));
            QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
        }
        QCOMPARE(m_store->plans().size(), 1);
        QCOMPARE(m_store->plan(existing)->hoursPerWeek, 10);
    }

    void renameToTakenNameIsRefused()
    {
        QString error;
        const qint64 first = m_store->createPlan(samplePlan(QStringLiteral("First")), &error);
        const qint64 second = m_store->createPlan(samplePlan(QStringLiteral("Second")), &error);
        QVERIFY(first > 0 && second > 0);
        SavedStudyPlan plan = *m_store->plan(second);
        plan.name = QStringLiteral("First");
        QVERIFY(!m_store->updatePlan(plan, &error));
        QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
        QCOMPARE(m_store->plan(second)->name, QStringLiteral("Second"));

        // A plan deleted meanwhile (in another window) is reported, not silently re-created.
        QVERIFY(m_store->removePlan(first, &error));
        plan = samplePlan(QStringLiteral("Ghost"));
        plan.id = first;
        QVERIFY(!m_store->updatePlan(plan, &error));
        QVERIFY2(error.contains(QStringLiteral("no longer exists")), qPrintable(error));
    }

    void severalPlansKeepTheirOwnProgress()
    {
        QString error;
        const qint64 b = m_store->createPlan(samplePlan(QStringLiteral("weekends")), &error);
        const qint64 a = m_store->createPlan(samplePlan(QStringLiteral("Evenings")), &error);
        const qint64 c = m_store->createPlan(samplePlan(QStringLiteral("Summer")), &error);
        QVERIFY(a > 0 && b > 0 && c > 0);

        QStringList names;
        for (const SavedStudyPlan& plan : m_store->plans())
            names.append(plan.name);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Evenings"), QStringLiteral("Summer"), QStringLiteral("weekends")}));

        StepProgress done;
        done.status = Status::Done;
        QVERIFY2(m_store->setProgress(a, QStringLiteral("learn-sql"), done, &error), qPrintable(error));
        StepProgress started;
        started.status = Status::InProgress;
        QVERIFY(m_store->setProgress(b, QStringLiteral("learn-sql"), started, &error));

        QCOMPARE(m_store->progress(a).value(QStringLiteral("learn-sql")).status, Status::Done);
        QCOMPARE(m_store->progress(b).value(QStringLiteral("learn-sql")).status, Status::InProgress);
        QVERIFY(m_store->progress(c).isEmpty());

        // Deleting one plan takes its progress along and leaves the others alone.
        QVERIFY2(m_store->removePlan(a, &error), qPrintable(error));
        QVERIFY(!m_store->plan(a));
        QCOMPARE(progressRows(), 1);
        QCOMPARE(m_store->progress(b).size(), 1);
        QCOMPARE(m_store->plans().size(), 2);
    }

    void progressRoundTrip_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("note");
        QTest::addColumn<bool>("stored"); // whether a row is kept

        QTest::newRow("not started, no note") << int(Status::NotStarted) << "" << false;
        QTest::newRow("not started, blank note") << int(Status::NotStarted) << "  \n " << false;
        QTest::newRow("not started, with note") << int(Status::NotStarted) << "Ask Priya which course" << true;
        QTest::newRow("in progress") << int(Status::InProgress) << "" << true;
        QTest::newRow("done with note") << int(Status::Done) << "Took 30 h, not 40; \"quotes\" & 'ticks'" << true;
        QTest::newRow("skipped") << int(Status::Skipped) << "Did this at school" << true;
        QTest::newRow("SQL in a note") << int(Status::Done) << "'); DROP TABLE study_plan; --" << true;
    }

    void progressRoundTrip()
    {
        QFETCH(int, status);
        QFETCH(QString, note);
        QFETCH(bool, stored);

        QString error;
        const qint64 id = m_store->createPlan(samplePlan(QStringLiteral("Plan")), &error);
        QVERIFY(id > 0);
        // A row that was there before is replaced (or removed), not added to.
        StepProgress before;
        before.status = Status::InProgress;
        before.note = QStringLiteral("old note");
        QVERIFY(m_store->setProgress(id, QStringLiteral("learn-git"), before, &error));

        StepProgress progress;
        progress.status = Status(status);
        progress.note = note;
        StepProgress saved;
        QVERIFY2(m_store->setProgress(id, QStringLiteral("learn-git"), progress, &error, &saved), qPrintable(error));
        QCOMPARE(saved.updatedAt, FixedNow);

        reopen();
        const QHash<QString, StepProgress> read = m_store->progress(id);
        QCOMPARE(progressRows(), stored ? 1 : 0);
        QCOMPARE(read.contains(QStringLiteral("learn-git")), stored);
        if (stored) {
            QCOMPARE(read.value(QStringLiteral("learn-git")).status, Status(status));
            QCOMPARE(read.value(QStringLiteral("learn-git")).note, note);
            QCOMPARE(read.value(QStringLiteral("learn-git")).updatedAt, FixedNow);
        }
        QCOMPARE(m_store->plans().size(), 1);
    }

    void progressIsKeptWhenThePlanChanges()
    {
        QString error;
        const qint64 id = m_store->createPlan(samplePlan(QStringLiteral("Plan")), &error);
        StepProgress done;
        done.status = Status::Done;
        done.note = QStringLiteral("finished early");
        QVERIFY(m_store->setProgress(id, QStringLiteral("learn-computing-basics"), done, &error));
        // A slug the current content no longer has stays stored: a later content release may bring it back.
        QVERIFY(m_store->setProgress(id, QStringLiteral("retired-step"), done, &error));

        SavedStudyPlan plan = *m_store->plan(id);
        plan.name = QStringLiteral("Renamed plan");
        plan.hoursPerWeek = 25;
        plan.startDate = QDate(2026, 9, 7);
        QVERIFY2(m_store->updatePlan(plan, &error), qPrintable(error));

        reopen();
        QCOMPARE(m_store->plan(id)->name, QStringLiteral("Renamed plan"));
        QCOMPARE(m_store->plan(id)->hoursPerWeek, 25);
        const QHash<QString, StepProgress> progress = m_store->progress(id);
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress.value(QStringLiteral("learn-computing-basics")).note, QStringLiteral("finished early"));
    }

    void unusedName()
    {
        QString error;
        QCOMPARE(m_store->unusedName(QStringLiteral("My study plan")), QStringLiteral("My study plan"));
        QVERIFY(m_store->createPlan(samplePlan(QStringLiteral("My study plan")), &error) > 0);
        QCOMPARE(m_store->unusedName(QStringLiteral("My study plan")), QStringLiteral("My study plan 2"));
        QVERIFY(m_store->createPlan(samplePlan(QStringLiteral("My study plan 2")), &error) > 0);
        QCOMPARE(m_store->unusedName(QStringLiteral(" My study plan ")), QStringLiteral("My study plan 3"));
    }

    void progressForMissingPlanIsRefused()
    {
        // Foreign keys are on: progress cannot point at a plan that does not exist.
        QString error;
        StepProgress done;
        done.status = Status::Done;
        QVERIFY(!m_store->setProgress(4242, QStringLiteral("learn-git"), done, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(progressRows(), 0);
    }

    void readOnlyDatabaseReportsInsteadOfPretending()
    {
        QString error;
        const qint64 id = m_store->createPlan(samplePlan(QStringLiteral("Plan")), &error);
        QVERIFY(id > 0);
        {
            QSqlDatabase readOnly = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("readonly"));
            readOnly.setDatabaseName(userPath());
            readOnly.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(readOnly.open());
            StudyPlanStore store(readOnly);
            QCOMPARE(store.plans().size(), 1);
            StepProgress done;
            done.status = Status::Done;
            QVERIFY(!store.setProgress(id, QStringLiteral("learn-git"), done, &error));
            QVERIFY(!error.isEmpty());
            error.clear();
            QCOMPARE(store.createPlan(samplePlan(QStringLiteral("Another")), &error), 0);
            QVERIFY(!error.isEmpty());
            error.clear();
            QVERIFY(!store.removePlan(id, &error));
            QVERIFY(!error.isEmpty());
            readOnly.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("readonly"));
        QCOMPARE(m_store->plans().size(), 1);
    }

    void statusKeys_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("key");
        QTest::newRow("not started") << int(Status::NotStarted) << "not-started";
        QTest::newRow("in progress") << int(Status::InProgress) << "in-progress";
        QTest::newRow("done") << int(Status::Done) << "done";
        QTest::newRow("skipped") << int(Status::Skipped) << "skipped";
    }

    void statusKeys()
    {
        QFETCH(int, status);
        QFETCH(QString, key);
        QCOMPARE(StepProgress::toKey(Status(status)), key);
        QCOMPARE(StepProgress::fromKey(key), Status(status));
        QVERIFY(!StepProgress::displayName(Status(status)).isEmpty());
        // What a newer app might write reads as harmless "not started".
        QCOMPARE(StepProgress::fromKey(QStringLiteral("archived")), Status::NotStarted);
    }
};

QTEST_GUILESS_MAIN(TestStudyPlanStore)
#include "TestStudyPlanStore.moc"
