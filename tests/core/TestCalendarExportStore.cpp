// CalendarExportStore over a real user database file, and the calendar round trip through it: export a saved plan,
// change its pace, export again, and apply the second file to the first as a calendar application would (by UID and
// SEQUENCE); the calendar then holds exactly the new plan's events.
#include "TestSupport.h"
#include "database/UserDatabase.h"
#include "plan/CalendarUpdatePlanner.h"
#include "plan/ICalendarWriter.h"
#include "plan/StudyPlanCalendar.h"
#include "plan/StudyPlanScheduler.h"
#include "user/CalendarExportStore.h"
#include "user/StudyPlanStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using cg::CalendarExportRecord;
using cg::CalendarExportStore;
using cg::ICalendarWriter;

namespace {

const QDateTime FixedNow(QDate(2026, 1, 2), QTime(9, 30, 15), Qt::UTC);

// What a calendar application keeps of an event.
struct HeldEvent
{
    int sequence = 0;
    QString start;
    QString end;
    QString summary;

    bool operator==(const HeldEvent& other) const
    {
        return sequence == other.sequence && start == other.start && end == other.end && summary == other.summary;
    }
};

using Calendar = QMap<QString, HeldEvent>; // by UID

// Applies an iCalendar file to a calendar the way applications treat a re-imported PUBLISH: an unknown UID is
// added (unless it is a cancellation), a known one is replaced only by a higher SEQUENCE, and a cancellation with a
// higher SEQUENCE removes it. A small reader: unfold, then one property per line.
void apply(Calendar& calendar, const QByteArray& ics)
{
    QMap<QString, QString> event;
    bool inEvent = false;
    bool inAlarm = false;
    for (QByteArray line : ICalendarWriter::unfold(ics).split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        const QString text = QString::fromUtf8(line);
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const QString name = text.left(colon).section(QLatin1Char(';'), 0, 0);
        const QString value = text.mid(colon + 1);
        if (name == QLatin1String("BEGIN") && value == QLatin1String("VEVENT")) {
            inEvent = true;
            event.clear();
        } else if (name == QLatin1String("BEGIN") && value == QLatin1String("VALARM")) {
            inAlarm = true;
        } else if (name == QLatin1String("END") && value == QLatin1String("VALARM")) {
            inAlarm = false;
        } else if (name == QLatin1String("END") && value == QLatin1String("VEVENT")) {
            inEvent = false;
            const QString uid = event.value(QStringLiteral("UID"));
            const int sequence = event.value(QStringLiteral("SEQUENCE"), QStringLiteral("0")).toInt();
            const bool cancelled = event.value(QStringLiteral("STATUS")) == QLatin1String("CANCELLED");
            const auto held = calendar.constFind(uid);
            if (held != calendar.cend() && sequence <= held->sequence)
                continue; // not newer than what the calendar holds
            if (cancelled) {
                calendar.remove(uid);
                continue;
            }
            calendar.insert(uid, HeldEvent{sequence, event.value(QStringLiteral("DTSTART")),
                                           event.value(QStringLiteral("DTEND")),
                                           ICalendarWriter::unescapeText(event.value(QStringLiteral("SUMMARY")))});
        } else if (inEvent && !inAlarm) {
            event.insert(name, value);
        }
    }
}

} // namespace

class TestCalendarExportStore final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cg::UserDatabase> m_user;
    std::unique_ptr<cg::StudyPlanStore> m_plans;
    std::unique_ptr<CalendarExportStore> m_store;

    void reopen()
    {
        m_store.reset();
        m_plans.reset();
        m_user.reset();
        m_user = std::make_unique<cg::UserDatabase>();
        QVERIFY2(m_user->open(m_dir->filePath(QStringLiteral("user.sqlite"))), qPrintable(m_user->errorString()));
        m_plans = std::make_unique<cg::StudyPlanStore>(m_user->database());
        m_plans->setClock([] { return FixedNow; });
        m_store = std::make_unique<CalendarExportStore>(m_user->database());
    }

    cg::SavedStudyPlan savePlan(const QString& name) { return *m_plans->plan(cg::test::savePlan(*m_plans, name)); }

    static CalendarExportRecord record(const QString& uid, int sequence, bool cancelled = false)
    {
        CalendarExportRecord r;
        r.uid = uid;
        r.sequence = sequence;
        r.contentHash = QString(40, QLatin1Char('a'));
        r.firstDay = QDate(2026, 1, 5);
        r.lastDay = QDate(2026, 1, 11);
        r.summary = QStringLiteral("Learn «SQL»; 'quotes'");
        r.cancelled = cancelled;
        return r;
    }

    int rows()
    {
        QSqlQuery query(m_user->database());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM calendar_export")) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    // The back-end path in miniature, scheduled for a saved plan at the given pace.
    static cg::StudyPlan schedule(const cg::SavedStudyPlan& saved, int hoursPerWeek, const QSet<QString>& skipped = {})
    {
        cg::StudyPlanRequest request;
        request.planId = saved.exportId();
        request.planTitle = saved.name;
        request.targetRole = QStringLiteral("Back-end developer");
        request.path.slug = saved.pathSlug;
        const QList<QPair<QString, int>> steps{{QStringLiteral("learn-computing-basics"), 40},
                                               {QStringLiteral("learn-a-server-side-language"), 80},
                                               {QStringLiteral("learn-git"), 10},
                                               {QStringLiteral("learn-database-management"), 45},
                                               {QStringLiteral("build-apis"), 35},
                                               {QStringLiteral("deploy-and-operate"), 25}};
        for (int i = 0; i < steps.size(); ++i) {
            cg::LearningStep step;
            step.slug = steps.at(i).first;
            step.title = QStringLiteral("Step %1: %2").arg(i + 1).arg(steps.at(i).first);
            step.hours = steps.at(i).second;
            step.position = i + 1;
            request.path.steps.append(step);
        }
        request.startDate = saved.startDate;
        request.hoursPerWeek = hoursPerWeek;
        request.skippedSlugs = skipped;
        const cg::StudyPlanResult result = cg::StudyPlanScheduler().schedule(request);
        if (!result.ok())
            qFatal("test plan does not schedule: %s", qPrintable(result.errorMessage));
        return result.plan;
    }

    // One export as the session does it: remember, then write.
    QByteArray exportPlan(qint64 planId, const cg::StudyPlan& plan, const QSet<QString>& done = {})
    {
        cg::CalendarUpdate update;
        const cg::SaveResult saved = m_store->update(planId, [&](const QList<CalendarExportRecord>& previous) {
            update = cg::CalendarUpdatePlanner::plan(cg::StudyPlanCalendar::items(plan, done), previous);
            return update.records;
        });
        if (!saved.ok())
            qFatal("cannot remember the export: %s", qPrintable(saved.error));
        return ICalendarWriter().write(update.events, FixedNow);
    }

    // What the calendar must hold for a plan: one event per step not done, with its dates and title.
    static Calendar expected(const cg::StudyPlan& plan, const Calendar& held, const QSet<QString>& done = {})
    {
        Calendar calendar;
        for (const cg::CalendarItem& item : cg::StudyPlanCalendar::items(plan, done)) {
            if (item.done)
                continue;
            calendar.insert(item.uid,
                            HeldEvent{held.value(item.uid).sequence, item.firstDay.toString(QStringLiteral("yyyyMMdd")),
                                      item.lastDay.addDays(1).toString(QStringLiteral("yyyyMMdd")), item.summary});
        }
        return calendar;
    }

    static void saveArtifact(const QString& name, const QByteArray& data)
    {
        QFile file(cg::test::artifactPath(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(data), data.size());
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
    }

    void tableExistsAtTheLatestVersion()
    {
        QVERIFY(cg::UserDatabase::latestVersion() >= 3);
        QCOMPARE(m_user->schemaVersion(), cg::UserDatabase::latestVersion());
        QCOMPARE(rows(), 0);
    }

    void recordsSurviveARestart()
    {
        const qint64 id = savePlan(QStringLiteral("Evenings")).id;
        QVERIFY(m_store->records(id).isEmpty());
        const QList<CalendarExportRecord> records{record(QStringLiteral("b@careerguide"), 3, true),
                                                  record(QStringLiteral("a@careerguide"), 0)};
        QList<CalendarExportRecord> seen{record(QStringLiteral("stale"), 9)};
        const cg::SaveResult result = m_store->update(id, [&](const QList<CalendarExportRecord>& previous) {
            seen = previous;
            return records;
        });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(seen.isEmpty());
        reopen();
        QString error;
        // Ordered by UID.
        QCOMPARE(m_store->records(id, &error), (QList<CalendarExportRecord>{records.at(1), records.at(0)}));
        QVERIFY(error.isEmpty());

        // The next update sees them and replaces them all.
        const cg::SaveResult second = m_store->update(id, [&](const QList<CalendarExportRecord>& previous) {
            seen = previous;
            return QList<CalendarExportRecord>{record(QStringLiteral("c@careerguide"), 1)};
        });
        QVERIFY(second.ok());
        QCOMPARE(seen.size(), 2);
        QCOMPARE(m_store->records(id), (QList<CalendarExportRecord>{record(QStringLiteral("c@careerguide"), 1)}));
    }

    void plansKeepTheirOwnRecords()
    {
        const qint64 first = savePlan(QStringLiteral("First")).id;
        const qint64 second = savePlan(QStringLiteral("Second")).id;
        QVERIFY(m_store
                    ->update(first,
                             [](const QList<CalendarExportRecord>&) {
                                 return QList<CalendarExportRecord>{record(QStringLiteral("x"), 1)};
                             })
                    .ok());
        QVERIFY(m_store
                    ->update(second,
                             [](const QList<CalendarExportRecord>&) {
                                 return QList<CalendarExportRecord>{record(QStringLiteral("x"), 5)};
                             })
                    .ok());
        QCOMPARE(m_store->records(first).value(0).sequence, 1);
        QCOMPARE(m_store->records(second).value(0).sequence, 5);

        // Removing a plan removes its memory with it, and only its own.
        QString error;
        QVERIFY2(m_plans->removePlan(first, &error), qPrintable(error));
        QCOMPARE(rows(), 1);
        QVERIFY(m_store->records(first).isEmpty());
    }

    void refusedForAPlanThatIsGone()
    {
        bool asked = false;
        const cg::SaveResult result = m_store->update(4242, [&](const QList<CalendarExportRecord>&) {
            asked = true;
            return QList<CalendarExportRecord>{record(QStringLiteral("x"), 0)};
        });
        QVERIFY(!result.ok());
        QVERIFY(result.isStale());
        QVERIFY(!asked);
        QCOMPARE(rows(), 0);
    }

    void failedWriteChangesNothing()
    {
        const qint64 id = savePlan(QStringLiteral("Evenings")).id;
        QVERIFY(m_store
                    ->update(id,
                             [](const QList<CalendarExportRecord>&) {
                                 return QList<CalendarExportRecord>{record(QStringLiteral("a"), 2)};
                             })
                    .ok());
        // Two records with one UID break the primary key half-way: the whole replacement is rolled back.
        const cg::SaveResult result = m_store->update(id, [](const QList<CalendarExportRecord>&) {
            return QList<CalendarExportRecord>{record(QStringLiteral("b"), 0), record(QStringLiteral("b"), 1)};
        });
        QVERIFY(!result.ok());
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(m_store->records(id), (QList<CalendarExportRecord>{record(QStringLiteral("a"), 2)}));
    }

    // The acceptance test of "a calendar that updates, not duplicates".
    void calendarRoundTrip()
    {
        const cg::SavedStudyPlan saved = savePlan(QStringLiteral("Evenings, at last"));
        const cg::StudyPlan before = schedule(saved, 10);
        const QByteArray first = exportPlan(saved.id, before);
        Calendar calendar;
        apply(calendar, first);
        QCOMPARE(calendar, expected(before, calendar));
        QCOMPARE(calendar.size(), before.orderedSlugs.size());

        // The pace changes: every step moves, no step is added or dropped.
        const cg::StudyPlan after = schedule(saved, 25);
        QVERIFY(after.endDate < before.endDate);
        const QByteArray second = exportPlan(saved.id, after);
        saveArtifact(QStringLiteral("study-plan-before.ics"), first);
        saveArtifact(QStringLiteral("study-plan-after.ics"), second);
        apply(calendar, second);
        QCOMPARE(calendar.size(), after.orderedSlugs.size());
        QCOMPARE(calendar, expected(after, calendar));
        for (const HeldEvent& event : std::as_const(calendar))
            QCOMPARE(event.sequence, 1); // each moved, each updated once

        // Importing the same file again changes nothing; exporting again unchanged keeps every SEQUENCE.
        const Calendar settled = calendar;
        apply(calendar, second);
        QCOMPARE(calendar, settled);
        const QByteArray third = exportPlan(saved.id, after);
        apply(calendar, third);
        QCOMPARE(calendar, settled);
        QCOMPARE(third.count("SEQUENCE:1"), qsizetype(after.orderedSlugs.size()));
    }

    void calendarRoundTripWithStepsLeftAndDone()
    {
        const cg::SavedStudyPlan saved = savePlan(QStringLiteral("Weekends"));
        const cg::StudyPlan before = schedule(saved, 8);
        Calendar calendar;
        apply(calendar, exportPlan(saved.id, before));

        // Git is skipped (it leaves the plan), the basics are done, and the pace changes.
        const QSet<QString> skipped{QStringLiteral("learn-git")};
        const QSet<QString> done{QStringLiteral("learn-computing-basics")};
        const cg::StudyPlan after = schedule(saved, 12, skipped);
        const QByteArray second = exportPlan(saved.id, after, done);
        QCOMPARE(second.count("STATUS:CANCELLED"), 2);
        apply(calendar, second);
        QCOMPARE(calendar, expected(after, calendar, done));
        QCOMPARE(calendar.size(), after.orderedSlugs.size() - 1);

        // Git comes back: its event returns, above its cancellation.
        const cg::StudyPlan again = schedule(saved, 12);
        apply(calendar, exportPlan(saved.id, again, done));
        QCOMPARE(calendar, expected(again, calendar, done));
        QCOMPARE(
            calendar.value(ICalendarWriter::uid(again, cg::StudyPlanCalendar::StepKind, QStringLiteral("learn-git")))
                .sequence,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCalendarExportStore)
#include "TestCalendarExportStore.moc"
