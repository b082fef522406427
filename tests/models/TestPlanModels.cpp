// The Learning Path models (weeks of a plan, steps with progress, education routes) under QAbstractItemModelTester
// (fatal), with their change signals watched.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "models/PlanWeekModel.h"
#include "models/RouteTableModel.h"
#include "models/StepProgressModel.h"
#include "plan/StudyPlanScheduler.h"
#include "repositories/LearningRepository.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using Tester = QAbstractItemModelTester;
using cg::PlanWeekModel;
using cg::StepProgress;
using cg::StepProgressModel;
using Status = cg::StepProgress::Status;

namespace {

// Three steps of 12, 4 and 9 hours at 8 hours a week, from Monday 5 January 2026:
// week 1: first (8)            week 2: first (4), second (4)      week 3: third (8)      week 4: third (1)
cg::LearningPath threeSteps()
{
    cg::LearningPath path;
    path.slug = QStringLiteral("toy");
    path.name = QStringLiteral("Toy path");
    const QStringList titles{QStringLiteral("Learn SQL"), QStringLiteral("Learn Git"), QStringLiteral("Build an API")};
    const QList<int> hours{12, 4, 9};
    for (int i = 0; i < titles.size(); ++i) {
        cg::LearningStep step;
        step.slug = QStringLiteral("step-%1").arg(i + 1);
        step.title = titles.at(i);
        step.position = i + 1;
        step.hours = hours.at(i);
        step.hoursBasis = QStringLiteral("our estimate: %1 hours of practice").arg(hours.at(i));
        step.description = QStringLiteral("About ") + titles.at(i);
        step.skills = QStringList{QStringLiteral("skill-%1").arg(i + 1)};
        path.steps.append(step);
    }
    return path;
}

cg::StudyPlan schedule(const cg::LearningPath& path, const QSet<QString>& skipped = {})
{
    cg::StudyPlanRequest request;
    request.planTitle = QStringLiteral("Toy plan");
    request.path = path;
    request.startDate = QDate(2026, 1, 5);
    request.hoursPerWeek = 8;
    request.skippedSlugs = skipped;
    const cg::StudyPlanResult result = cg::StudyPlanScheduler().schedule(request);
    if (!result.ok())
        qFatal("toy plan does not schedule: %s", qPrintable(result.errorMessage));
    return result.plan;
}

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

// Records what the model asks to save, and can be told to fail.
struct FakeStore
{
    QList<QPair<QString, StepProgress>> saved;
    QList<StepProgress> reads; // what the model said it had read, for each save
    bool fail = false;
    bool stale = false;
    int busy = 0; // how many attempts find the database locked

    StepProgressModel::Committer committer()
    {
        return
            [this](const QString& slug, const StepProgress& read, const StepProgress& progress, StepProgress* stored) {
                if (fail)
                    return cg::SaveResult::failed(QStringLiteral("disk full"));
                if (busy > 0) {
                    --busy;
                    return cg::SaveResult{cg::SaveResult::Outcome::Busy, QStringLiteral("database is locked")};
                }
                if (stale)
                    return cg::SaveResult::stale(QStringLiteral("changed elsewhere"));
                reads.append(read);
                saved.append({slug, progress});
                *stored = progress;
                stored->updatedAt = QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
                return cg::SaveResult::saved();
            };
    }
};

} // namespace

class TestPlanModels final : public QObject
{
    Q_OBJECT

private slots:
    void weeksOfAPlan()
    {
        PlanWeekModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);

        const cg::LearningPath path = threeSteps();
        const cg::StudyPlan plan = schedule(path);
        QCOMPARE(plan.weekCount(), 4);
        model.setToday(QDate(2026, 1, 14)); // a Wednesday in week 2
        model.setPlan(plan);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(PlanWeekModel::ColumnCount));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());

        QCOMPARE(cell(model, 0, PlanWeekModel::WeekColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 0, PlanWeekModel::DatesColumn), QStringLiteral("5 Jan 2026 \u2013 11 Jan 2026"));
        QCOMPARE(cell(model, 3, PlanWeekModel::DatesColumn), QStringLiteral("26 Jan 2026 \u2013 1 Feb 2026"));
        QCOMPARE(cell(model, 0, PlanWeekModel::HoursColumn), QStringLiteral("8 h"));
        QVERIFY(cell(model, 0, PlanWeekModel::StepsColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("Learn SQL: 12 h in all")));
        QCOMPARE(cell(model, 3, PlanWeekModel::HoursColumn), QStringLiteral("1 h"));

        // A step split over weeks says which part it is; one that fits says its hours.
        QCOMPARE(cell(model, 0, PlanWeekModel::StepsColumn), QStringLiteral("\u2610 Learn SQL (8 h, part 1 of 2)"));
        QCOMPARE(cell(model, 1, PlanWeekModel::StepsColumn),
                 QStringLiteral("\u2610 Learn SQL (4 h, part 2 of 2)\n\u2610 Learn Git (4 h)"));

        // Milestones: the weeks in which steps finish.
        QCOMPARE(model.index(0, 0).data(PlanWeekModel::IsMilestoneRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(PlanWeekModel::IsMilestoneRole).toBool(), true);
        QCOMPARE(cell(model, 1, PlanWeekModel::MilestonesColumn),
                 QStringLiteral("\u25C6 Finish: Learn SQL\n\u25C6 Finish: Learn Git"));
        QVERIFY(
            cell(model, 1, PlanWeekModel::MilestonesColumn, Qt::ToolTipRole).contains(QStringLiteral("18 Jan 2026")));
        QVERIFY(model.index(1, PlanWeekModel::MilestonesColumn).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(cell(model, 2, PlanWeekModel::MilestonesColumn).isEmpty());

        // This week is marked.
        QCOMPARE(model.index(1, 0).data(PlanWeekModel::IsCurrentRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(PlanWeekModel::IsCurrentRole).toBool(), false);
        QCOMPARE(model.rowOfDate(QDate(2026, 1, 14)), 1);
        QCOMPARE(model.rowOfDate(QDate(2026, 2, 1)), 3);
        QCOMPARE(model.rowOfDate(QDate(2026, 2, 2)), -1);
        QCOMPARE(model.rowOfDate(QDate(2026, 1, 4)), -1);

        // Progress ticks steps without resetting the view.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QHash<QString, StepProgress> progress;
        progress[QStringLiteral("step-1")].status = Status::Done;
        model.setProgress(progress);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(model, 0, PlanWeekModel::StepsColumn), QStringLiteral("\u2611 Learn SQL (8 h, part 1 of 2)"));
        QCOMPARE(model.index(0, 0).data(PlanWeekModel::IsDoneRole).toBool(), true);
        QCOMPARE(model.index(1, 0).data(PlanWeekModel::IsDoneRole).toBool(), false); // Git is not done yet
        progress[QStringLiteral("step-2")].status = Status::InProgress;
        model.setProgress(progress);
        QCOMPARE(model.index(1, 0).data(PlanWeekModel::IsDoneRole).toBool(), false);
        progress[QStringLiteral("step-2")].status = Status::Done;
        model.setProgress(progress);
        QCOMPARE(model.index(1, 0).data(PlanWeekModel::IsDoneRole).toBool(), true);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 2);
    }

    void stepsWithProgress()
    {
        StepProgressModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy progressChanged(&model, &StepProgressModel::progressChanged);
        QSignalSpy failed(&model, &StepProgressModel::commitFailed);

        const cg::LearningPath path = threeSteps();
        // step-2 is known from the self-assessment and left out of the schedule.
        const cg::StudyPlan plan = schedule(path, {QStringLiteral("step-2")});
        QHash<QString, StepProgress> saved;
        saved[QStringLiteral("step-3")].status = Status::InProgress;
        saved[QStringLiteral("step-3")].note = QStringLiteral("Chapter 4\nthen the exercises");
        model.setPlan(path, plan, {QStringLiteral("step-2")}, saved);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(StepProgressModel::ColumnCount));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());

        QCOMPARE(cell(model, 0, StepProgressModel::StepColumn), QStringLiteral("Learn SQL"));
        QCOMPARE(cell(model, 0, StepProgressModel::StatusColumn), StepProgress::displayName(Status::NotStarted));
        QCOMPARE(cell(model, 0, StepProgressModel::WeeksColumn), QStringLiteral("Weeks 1\u20132"));
        QCOMPARE(cell(model, 0, StepProgressModel::FinishByColumn), QStringLiteral("18 Jan 2026"));
        QCOMPARE(cell(model, 0, StepProgressModel::HoursColumn), QStringLiteral("12"));
        QCOMPARE(cell(model, 0, StepProgressModel::HoursColumn, Qt::ToolTipRole), path.steps.at(0).hoursBasis);
        QCOMPARE(cell(model, 1, StepProgressModel::WeeksColumn), QStringLiteral("Already known"));
        QCOMPARE(cell(model, 1, StepProgressModel::StatusColumn), QStringLiteral("Already known"));
        QCOMPARE(cell(model, 2, StepProgressModel::WeeksColumn), QStringLiteral("Weeks 2\u20133"));
        QCOMPARE(cell(model, 2, StepProgressModel::StatusColumn), StepProgress::displayName(Status::InProgress));
        QCOMPARE(cell(model, 2, StepProgressModel::NoteColumn), QStringLiteral("Chapter 4"));
        QCOMPARE(cell(model, 2, StepProgressModel::NoteColumn, Qt::EditRole),
                 saved.value(QStringLiteral("step-3")).note);
        QCOMPARE(model.rowOf(QStringLiteral("step-3")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QCOMPARE(model.doneCount(), 0);

        // Without a committer (no saved plan) nothing can be edited.
        QVERIFY(!model.isEditable());
        QVERIFY(!(model.flags(model.index(0, StepProgressModel::DoneColumn)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(model.index(0, StepProgressModel::DoneColumn), Qt::Checked, Qt::CheckStateRole));

        FakeStore store;
        model.setCommitter(store.committer());
        QVERIFY(model.isEditable());
        QVERIFY(model.flags(model.index(0, StepProgressModel::DoneColumn)) & Qt::ItemIsUserCheckable);
        QVERIFY(model.flags(model.index(0, StepProgressModel::StatusColumn)) & Qt::ItemIsEditable);
        QVERIFY(model.flags(model.index(0, StepProgressModel::NoteColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, StepProgressModel::StepColumn)) & Qt::ItemIsEditable));
        // A known step is left out of the plan, so there is nothing to tick.
        QVERIFY(!(model.flags(model.index(1, StepProgressModel::DoneColumn)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.index(1, StepProgressModel::DoneColumn).data(Qt::CheckStateRole).isValid());

        // Ticking saves "done" and shows it.
        changed.clear();
        QVERIFY(model.setData(model.index(0, StepProgressModel::DoneColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(store.saved.size(), 1);
        QCOMPARE(store.saved.last().first, QStringLiteral("step-1"));
        QCOMPARE(store.saved.last().second.status, Status::Done);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(progressChanged.count(), 1);
        QCOMPARE(progressChanged.last().at(0).toString(), QStringLiteral("step-1"));
        QCOMPARE(model.index(0, StepProgressModel::DoneColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(cell(model, 0, StepProgressModel::StatusColumn), StepProgress::displayName(Status::Done));
        QVERIFY(cell(model, 0, StepProgressModel::StatusColumn, Qt::ToolTipRole).contains(QStringLiteral("2026")));
        QCOMPARE(model.doneCount(), 1);

        // Setting the same value again saves nothing.
        QVERIFY(model.setData(model.index(0, StepProgressModel::DoneColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(store.saved.size(), 1);

        // The status column takes any of the four states; out-of-range values are refused.
        QVERIFY(model.setData(model.index(2, StepProgressModel::StatusColumn), int(Status::Skipped)));
        QCOMPARE(store.saved.last().second.status, Status::Skipped);
        QCOMPARE(store.saved.last().second.note, saved.value(QStringLiteral("step-3")).note); // the note is kept
        QVERIFY(!model.setData(model.index(2, StepProgressModel::StatusColumn), 17));
        QVERIFY(!model.setData(model.index(2, StepProgressModel::StatusColumn), QStringLiteral("done")));
        QCOMPARE(store.saved.size(), 2);

        // Notes are trimmed; unticking a done step makes it "not started" again.
        QVERIFY(model.setData(model.index(0, StepProgressModel::NoteColumn), QStringLiteral("  took 10 h  ")));
        QCOMPARE(store.saved.last().second.note, QStringLiteral("took 10 h"));
        QVERIFY(model.setData(model.index(0, StepProgressModel::DoneColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(store.saved.last().second.status, Status::NotStarted);
        QCOMPARE(model.progress().value(QStringLiteral("step-1")).note, QStringLiteral("took 10 h"));

        // Clearing the note of a not-started step leaves nothing to keep.
        QVERIFY(model.setData(model.index(0, StepProgressModel::NoteColumn), QString()));
        QVERIFY(!model.progress().contains(QStringLiteral("step-1")));

        // A failed save is reported and the row keeps what was saved before.
        store.fail = true;
        const int savesBefore = int(store.saved.size());
        QVERIFY(!model.setData(model.index(0, StepProgressModel::DoneColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.last().at(0).toString(), QStringLiteral("disk full"));
        QCOMPARE(model.index(0, StepProgressModel::DoneColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(int(store.saved.size()), savesBefore);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // Each save names the progress as the model read it, so the store writes only the edited field over it.
    void editsPassWhatWasRead()
    {
        StepProgressModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        const cg::LearningPath path = threeSteps();
        QHash<QString, StepProgress> saved;
        saved[QStringLiteral("step-1")].status = Status::InProgress;
        saved[QStringLiteral("step-1")].note = QStringLiteral("old note");
        model.setPlan(path, schedule(path, {}), {}, saved);
        FakeStore store;
        model.setCommitter(store.committer(), 1);

        QVERIFY(model.setData(model.index(0, StepProgressModel::NoteColumn), QStringLiteral("new note")));
        QCOMPARE(store.reads.last().note, QStringLiteral("old note"));
        QCOMPARE(store.reads.last().status, Status::InProgress);
        QCOMPARE(store.saved.last().second.note, QStringLiteral("new note"));
        QVERIFY(model.setData(model.index(0, StepProgressModel::DoneColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(store.reads.last().note, QStringLiteral("new note")); // what was saved is what was read since
        QCOMPARE(store.saved.last().second.status, Status::Done);
        QVERIFY(!model.hasUnsavedChanges());
    }

    // A save that finds the database locked is retried from the event loop: setData returns at once, the row shows
    // the edit as not saved yet, and it is saved when the lock goes.
    void busySaveIsRetriedWithoutBlocking()
    {
        StepProgressModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QSignalSpy waiting(&model, &StepProgressModel::waitingForDatabase);
        QSignalSpy progressChanged(&model, &StepProgressModel::progressChanged);
        QSignalSpy failed(&model, &StepProgressModel::commitFailed);
        const cg::LearningPath path = threeSteps();
        model.setPlan(path, schedule(path, {}), {}, {});
        FakeStore store;
        store.busy = 3;
        model.setCommitter(store.committer(), 1);

        QElapsedTimer timer;
        timer.start();
        QVERIFY(model.setData(model.index(0, StepProgressModel::NoteColumn), QStringLiteral("typed while locked")));
        QVERIFY(timer.elapsed() < StepProgressModel::RetryIntervalMs);
        QCOMPARE(waiting.count(), 1);
        QVERIFY(waiting.last().at(0).toString().contains(QStringLiteral("Waiting for the user database")));
        QVERIFY(model.isUnsaved(QStringLiteral("step-1")));
        QCOMPARE(cell(model, 0, StepProgressModel::NoteColumn, Qt::EditRole), QStringLiteral("typed while locked"));
        QVERIFY(cell(model, 0, StepProgressModel::NoteColumn, Qt::ToolTipRole).startsWith(QStringLiteral("Not saved")));
        QCOMPARE(store.saved.size(), 0);

        QTRY_COMPARE(store.saved.size(), 1);
        QCOMPARE(store.saved.last().second.note, QStringLiteral("typed while locked"));
        QVERIFY(!model.hasUnsavedChanges());
        QCOMPARE(progressChanged.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(model.progress().value(QStringLiteral("step-1")).note, QStringLiteral("typed while locked"));
    }

    // A note that cannot be saved (locked past the wait, or any other failure) is kept, marked unsaved, until a
    // retry saves it; a status that cannot be saved goes back to what is saved.
    void unsavedNoteIsKeptUntilSaved()
    {
        StepProgressModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QSignalSpy failed(&model, &StepProgressModel::commitFailed);
        const cg::LearningPath path = threeSteps();
        model.setPlan(path, schedule(path, {}), {}, {});
        FakeStore store;
        store.busy = 1000000;
        model.setMaxWait(300);
        model.setCommitter(store.committer(), 1);

        QVERIFY(model.setData(model.index(0, StepProgressModel::NoteColumn), QStringLiteral("my long note")));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.last().at(0).toString().contains(QStringLiteral("locked by another program")));
        QVERIFY(model.isUnsaved(QStringLiteral("step-1")));
        QCOMPARE(cell(model, 0, StepProgressModel::NoteColumn, Qt::EditRole), QStringLiteral("my long note"));

        store.busy = 0;
        store.fail = true;
        model.retryUnsaved();
        QCOMPARE(failed.count(), 2);
        QVERIFY(model.isUnsaved(QStringLiteral("step-1"))); // still kept

        store.fail = false;
        model.retryUnsaved();
        QVERIFY(!model.hasUnsavedChanges());
        QCOMPARE(store.saved.last().second.note, QStringLiteral("my long note"));
        QCOMPARE(model.progress().value(QStringLiteral("step-1")).note, QStringLiteral("my long note"));

        // A status change that fails is not kept: the box shows what is saved.
        store.fail = true;
        QVERIFY(!model.setData(model.index(1, StepProgressModel::DoneColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.hasUnsavedChanges());
        QCOMPARE(model.index(1, StepProgressModel::DoneColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        // An unsaved note of another plan is not shown on this one.
        store.fail = true;
        QVERIFY(!model.setData(model.index(2, StepProgressModel::NoteColumn), QStringLiteral("plan one's note")));
        QVERIFY(model.isUnsaved(QStringLiteral("step-3")));
        model.setCommitter(store.committer(), 2);
        QVERIFY(!model.isUnsaved(QStringLiteral("step-3")));
        QVERIFY(cell(model, 2, StepProgressModel::NoteColumn, Qt::EditRole).isEmpty());
        model.discardUnsaved();
        QVERIFY(!model.hasUnsavedChanges());
    }

    // A save the store refuses as stale is not kept: the row shows what is saved and the view is told to reload.
    void staleSaveIsRefused()
    {
        StepProgressModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QSignalSpy failed(&model, &StepProgressModel::commitFailed);
        QSignalSpy stale(&model, &StepProgressModel::staleProgress);
        const cg::LearningPath path = threeSteps();
        model.setPlan(path, schedule(path, {}), {}, {});
        FakeStore store;
        store.stale = true;
        model.setCommitter(store.committer(), 1);
        QVERIFY(!model.setData(model.index(0, StepProgressModel::NoteColumn), QStringLiteral("over a newer change")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.last().at(0).toString(), QStringLiteral("changed elsewhere"));
        QCOMPARE(stale.count(), 1);
        QVERIFY(!model.hasUnsavedChanges());
        QVERIFY(cell(model, 0, StepProgressModel::NoteColumn, Qt::EditRole).isEmpty());
    }

    void skippedStepIsLeftOut()
    {
        StepProgressModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        const cg::LearningPath path = threeSteps();
        QHash<QString, StepProgress> progress;
        progress[QStringLiteral("step-1")].status = Status::Skipped;
        model.setPlan(path, schedule(path, {QStringLiteral("step-1")}), {}, progress);
        QCOMPARE(cell(model, 0, StepProgressModel::WeeksColumn), QStringLiteral("Left out"));
        QCOMPARE(cell(model, 0, StepProgressModel::StatusColumn), StepProgress::displayName(Status::Skipped));
        QCOMPARE(cell(model, 1, StepProgressModel::WeeksColumn), QStringLiteral("Week 1"));
        QVERIFY(cell(model, 0, StepProgressModel::FinishByColumn).isEmpty());
    }

    void topicsTickedOffRollUpIntoTheStatus()
    {
        StepProgressModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        cg::LearningPath path = threeSteps();
        for (int i = 0; i < 3; ++i) {
            cg::Topic topic;
            topic.slug = QStringLiteral("topic-%1").arg(i);
            topic.title = topic.slug;
            topic.hours = 2;
            path.steps[0].topics.append(topic);
        }
        path.steps[1].topics.append(path.steps.at(0).topics.first());
        path.steps[1].topics.first().slug = QStringLiteral("only-topic");
        QHash<QString, StepProgress> progress;
        progress[QStringLiteral("step-3")].status = Status::InProgress;
        // Step 2's only topic is done, so the plan no longer schedules it.
        model.setPlan(path, schedule(path, {QStringLiteral("step-2")}), {}, progress,
                      {QStringLiteral("topic-0"), QStringLiteral("only-topic")});
        QCOMPARE(cell(model, 0, StepProgressModel::StatusColumn), QStringLiteral("In progress \u00B7 topics 1 of 3"));
        // What the person marked is what they edit.
        QCOMPARE(cell(model, 0, StepProgressModel::StatusColumn, Qt::EditRole),
                 QString::number(int(Status::NotStarted)));
        QCOMPARE(cell(model, 1, StepProgressModel::StatusColumn), QStringLiteral("Done \u00B7 topics 1 of 1"));
        QCOMPARE(cell(model, 1, StepProgressModel::WeeksColumn), QStringLiteral("Topics done"));
        // A step without topics, or without any ticked off, shows what was marked.
        QCOMPARE(cell(model, 2, StepProgressModel::StatusColumn), StepProgress::displayName(Status::InProgress));
    }

    void educationRoutes()
    {
        cg::ContentDatabase content;
        QVERIFY2(content.open(cg::test::contentDatabasePath()), qPrintable(content.errorString()));
        const QList<cg::EducationRoute> routes = cg::LearningRepository(content.database()).routes();
        QVERIFY(routes.size() >= 5);

        cg::RouteTableModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRoutes(routes);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), routes.size());
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());

        QStringList kinds;
        for (int row = 0; row < model.rowCount(); ++row) {
            const cg::EducationRoute& route = model.routeAt(row);
            QCOMPARE(cell(model, row, cg::RouteTableModel::NameColumn), route.name);
            QCOMPARE(cell(model, row, cg::RouteTableModel::NameColumn, Qt::ToolTipRole), route.description);
            kinds.append(cell(model, row, cg::RouteTableModel::KindColumn));
            // Every route says where it comes from.
            QVERIFY2(!route.sourceIds.isEmpty(), qPrintable(route.slug));
        }
        for (const QString& kind : {QStringLiteral("Degree"), QStringLiteral("Apprenticeship"),
                                    QStringLiteral("Bootcamp"), QStringLiteral("Self-taught")})
            QVERIFY2(kinds.contains(kind), qPrintable(kinds.join(QLatin1Char(','))));
        QVERIFY(model.rowOf(QStringLiteral("self-taught")) >= 0);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QCOMPARE(cg::RouteTableModel::kindName(QStringLiteral("guild")), QStringLiteral("guild"));

        // Steps carry their sources too.
        const cg::LearningPath path =
            cg::LearningRepository(content.database()).path(QStringLiteral("backend-developer"));
        for (const cg::LearningStep& step : path.steps)
            QVERIFY2(!step.sourceIds.isEmpty(), qPrintable(step.slug));
    }
};

QTEST_GUILESS_MAIN(TestPlanModels)
#include "TestPlanModels.moc"
