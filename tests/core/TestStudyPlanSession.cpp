// StudyPlanSession over the real content and a user database file, without widgets: a new plan's defaults, generating
// and saving, what cannot be scheduled, skipping what the self-assessment knows (by exactly its hours), progress that
// ticks or re-plans, re-planning that keeps what is done, read-only data, switching and removing plans, the summary
// and the exports.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "database/UserDatabase.h"
#include "plan/StudyPlanRequestBuilder.h"
#include "repositories/LearningRepository.h"
#include "repositories/RoleRepository.h"
#include "session/StudyPlanSession.h"
#include "settings/Settings.h"
#include "user/SkillAssessmentStore.h"
#include "user/StudyPlanStore.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using cg::SavedStudyPlan;
using cg::StepProgress;
using cg::StudyPlanSession;
using Status = cg::StepProgress::Status;

namespace {

const QString Backend = QStringLiteral("backend-developer");
const QString SelfTaught = QStringLiteral("self-taught");
const QDate StartDate(2026, 1, 5);

int hoursOf(const cg::LearningPath& path)
{
    int hours = 0;
    for (const cg::LearningStep& step : path.steps)
        hours += step.hours;
    return hours;
}

} // namespace

class TestStudyPlanSession final : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cg::UserDatabase> m_user;
    std::unique_ptr<cg::LearningRepository> m_learning;
    std::unique_ptr<cg::RoleRepository> m_roles;
    std::unique_ptr<cg::SkillAssessmentStore> m_assessment;
    std::unique_ptr<cg::StudyPlanStore> m_store;
    std::unique_ptr<cg::Settings> m_settings;
    std::unique_ptr<StudyPlanSession> m_session;
    QStringList m_warnings;
    QStringList m_statuses;

    // A session as the app starts one, over the current user database file and settings.
    void start(bool writable = true)
    {
        m_session.reset();
        m_store.reset();
        m_assessment.reset();
        m_user.reset();
        m_user = std::make_unique<cg::UserDatabase>();
        QVERIFY2(m_user->open(m_dir->filePath(QStringLiteral("user.sqlite"))), qPrintable(m_user->errorString()));
        m_assessment = std::make_unique<cg::SkillAssessmentStore>(m_user->database());
        m_store = std::make_unique<cg::StudyPlanStore>(m_user->database());
        m_settings = std::make_unique<cg::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_session =
            std::make_unique<StudyPlanSession>(*m_learning, *m_roles, *m_assessment, *m_store, writable, *m_settings);
        connect(m_session.get(), &StudyPlanSession::warning, this,
                [this](const QString&, const QString& message) { m_warnings.append(message); });
        connect(m_session.get(), &StudyPlanSession::statusMessage, this,
                [this](const QString& message) { m_statuses.append(message); });
    }

    SavedStudyPlan choices(const QString& name, int hours, bool skipKnown = true) const
    {
        SavedStudyPlan plan = m_session->defaultChoices();
        plan.id = m_session->savedPlan().id;
        plan.createdAt = m_session->savedPlan().createdAt;
        plan.name = name;
        plan.routeSlug = SelfTaught;
        plan.startDate = StartDate;
        plan.hoursPerWeek = hours;
        plan.skipKnown = skipKnown;
        return plan;
    }

    cg::LearningPath selfTaughtPath() const
    {
        return cg::StudyPlanRequestBuilder::forRoute(m_learning->path(Backend), SelfTaught);
    }

    void markKnown(const QStringList& skills)
    {
        QString error;
        for (const QString& skill : skills)
            QVERIFY2(m_assessment->setStatus(skill, cg::SkillAssessmentStore::Status::Know, &error), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
        m_learning = std::make_unique<cg::LearningRepository>(m_content.database());
        m_roles = std::make_unique<cg::RoleRepository>(m_content.database());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_warnings.clear();
        m_statuses.clear();
        start();
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
        m_assessment.reset();
        m_user.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void weeksStartOnMonday()
    {
        QCOMPARE(StudyPlanSession::nextMonday(QDate(2026, 1, 5)), QDate(2026, 1, 5));
        QCOMPARE(StudyPlanSession::nextMonday(QDate(2026, 1, 6)), QDate(2026, 1, 12));
        QCOMPARE(StudyPlanSession::nextMonday(QDate(2026, 1, 11)), QDate(2026, 1, 12));
    }

    void firstLoadSetsUpANewPlan()
    {
        QSignalSpy content(m_session.get(), &StudyPlanSession::contentLoaded);
        QSignalSpy selected(m_session.get(), &StudyPlanSession::planSelected);
        QSignalSpy scheduled(m_session.get(), &StudyPlanSession::scheduleChanged);
        m_session->load();
        m_session->load();
        QCOMPARE(content.count(), 1);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(scheduled.count(), 1);
        QVERIFY(m_session->isLoaded());
        QCOMPARE(m_session->paths().size(), m_learning->paths().size());
        QCOMPARE(m_session->routes().size(), m_learning->routes().size());

        const SavedStudyPlan& plan = m_session->savedPlan();
        QCOMPARE(plan.id, qint64(0));
        QCOMPARE(plan.name, QStringLiteral("My study plan"));
        QCOMPARE(plan.pathSlug, Backend); // the remembered target role, by default the back-end developer
        QCOMPARE(plan.routeSlug, m_learning->routes().first().slug);
        QCOMPARE(plan.startDate, StudyPlanSession::nextMonday(QDate::currentDate()));
        QCOMPARE(plan.hoursPerWeek, StudyPlanSession::DefaultHoursPerWeek);
        QVERIFY(plan.skipKnown);
        QVERIFY(!m_session->hasPlan());
        QVERIFY(m_session->routePath().steps.isEmpty());
        QCOMPARE(m_session->summary().title, QStringLiteral("New plan"));
        QVERIFY(m_warnings.isEmpty());
    }

    void targetsAreNamedAfterTheirRole()
    {
        m_session->load();
        const QList<cg::StudyPlanTarget> targets = m_session->targets();
        QCOMPARE(targets.size(), m_learning->paths().size());
        for (const cg::StudyPlanTarget& target : targets) {
            if (target.pathSlug == Backend) {
                QCOMPARE(target.roleSlug, Backend);
                QCOMPARE(target.label, m_roles->detail(Backend).summary.name);
            }
        }
    }

    void generateSchedulesSavesAndRemembers()
    {
        m_session->load();
        QVERIFY(m_session->generate(choices(QStringLiteral("Evenings"), 10)));
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
        const qint64 id = m_session->savedPlan().id;
        QVERIFY(id > 0);
        QCOMPARE(m_session->savedPlans().size(), 1);
        QCOMPARE(m_settings->lastStudyPlan(), id);
        const cg::StudyPlan& plan = m_session->plan();
        QCOMPARE(plan.title, QStringLiteral("Evenings"));
        QCOMPARE(plan.startDate, StartDate);
        QCOMPARE(plan.totalHours, hoursOf(selfTaughtPath()));
        QCOMPARE(plan.weekCount(), int(std::ceil(hoursOf(selfTaughtPath()) / 10.0)));
        QCOMPARE(m_session->routePath().steps.size(), selfTaughtPath().steps.size());
        QCOMPARE(m_statuses.last(),
                 QStringLiteral("Saved the plan \u201CEvenings\u201D (weeks: %1).").arg(plan.weekCount()));
        QVERIFY(m_session->canRecordProgress());

        // Generating again updates the same plan.
        QVERIFY(m_session->generate(choices(QStringLiteral("Evenings"), 20)));
        QCOMPARE(m_session->savedPlan().id, id);
        QCOMPARE(m_session->savedPlans().size(), 1);
        QCOMPARE(m_session->plan().hoursPerWeek, 20);
    }

    void aMoveIsPlannedOnThePathThatLeadsThere()
    {
        m_session->load();
        // The back-end role is filed under Web Developers (15-1254.00): a plan on its path, named for the move, saved
        // and shown; a second one gets a free name.
        QVERIFY(m_session->planMove(QStringLiteral("15-1254.00"), QStringLiteral("Web Developers")));
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
        QVERIFY(m_session->savedPlan().id > 0);
        QCOMPARE(m_session->savedPlan().name, QStringLiteral("Move to Web Developers"));
        QCOMPARE(m_session->savedPlan().pathSlug, QStringLiteral("backend-developer"));
        QCOMPARE(m_session->savedPlan().startDate, StudyPlanSession::nextMonday(QDate::currentDate()));
        QVERIFY(m_session->hasPlan());
        QVERIFY(m_session->planMove(QStringLiteral("backend-developer"), QStringLiteral("Back-end developer")));
        QVERIFY(m_session->planMove(QStringLiteral("15-1254.00"), QStringLiteral("Web Developers")));
        QCOMPARE(m_store->plans().size(), 3);
        QVERIFY(m_session->savedPlan().name != QStringLiteral("Move to Web Developers"));
        QVERIFY(m_session->savedPlan().name.startsWith(QStringLiteral("Move to Web Developers")));

        // No path leads to Computer Programmers (15-1251.00): nothing is saved and the warning names the move.
        const qint64 shown = m_session->savedPlan().id;
        QVERIFY(!m_session->planMove(QStringLiteral("15-1251.00"), QStringLiteral("Computer Programmers")));
        QCOMPARE(m_warnings.size(), 1);
        QVERIFY(m_warnings.first().contains(QStringLiteral("Computer Programmers")));
        QCOMPARE(m_store->plans().size(), 3);
        QCOMPARE(m_session->savedPlan().id, shown);
    }

    void whatCannotBeScheduledIsNotSaved()
    {
        m_session->load();
        QSignalSpy scheduled(m_session.get(), &StudyPlanSession::scheduleChanged);
        QVERIFY(!m_session->generate(choices(QStringLiteral("  "), 10)));
        QCOMPARE(m_warnings, QStringList{QStringLiteral("Give the plan a name.")});
        // One hour a week on the whole path is more than a plan may span.
        QVERIFY(!m_session->generate(choices(QStringLiteral("Too slow"), 1)));
        QCOMPARE(m_warnings.size(), 2);
        QVERIFY(m_warnings.last().contains(QStringLiteral("weeks")));
        QVERIFY(m_store->plans().isEmpty());
        QCOMPARE(m_session->savedPlan().id, qint64(0));
        QVERIFY(!m_session->hasPlan());
        QCOMPARE(scheduled.count(), 0);
    }

    void skippingWhatIsKnownShortensThePlanByItsHours()
    {
        const cg::LearningPath path = selfTaughtPath();
        const cg::LearningStep first = path.steps.first();
        markKnown(first.skills);
        m_session->load();
        // The note says how much shorter skipping makes the plan, in weeks at the pace and in hours.
        const auto weeks = [](int hours) { return (hours + 9) / 10; };
        QCOMPARE(
            m_session->knownStepsNote(Backend, SelfTaught, true, 10),
            QStringLiteral("Skipping what you already know: %1 \u2192 %2 weeks at 10 hours a week (%3 hours fewer).")
                .arg(weeks(hoursOf(path)))
                .arg(weeks(hoursOf(path) - first.hours))
                .arg(first.hours));
        QCOMPARE(m_session->knownStepsNote(Backend, SelfTaught, false, 10),
                 QStringLiteral("You already know %1 hours of this path; skipping them would take it from %2 to %3 "
                                "weeks.")
                     .arg(first.hours)
                     .arg(weeks(hoursOf(path)))
                     .arg(weeks(hoursOf(path) - first.hours)));
        QVERIFY(m_session->knownStepsNote(QString(), SelfTaught, true, 10).isEmpty());

        QVERIFY(m_session->generate(choices(QStringLiteral("Known first step"), 10)));
        QCOMPARE(m_session->plan().totalHours, hoursOf(path) - first.hours);
        QCOMPARE(m_session->knownSteps(), QSet<QString>{first.slug});
        QVERIFY(m_session->plan().skippedSlugs.contains(first.slug));
        QCOMPARE(m_session->summary().note, QStringLiteral("left out as already known: 1"));

        QVERIFY(m_session->generate(choices(QStringLiteral("Known first step"), 10, false)));
        QCOMPARE(m_session->plan().totalHours, hoursOf(path));
        QVERIFY(m_session->knownSteps().isEmpty());
    }

    void aChangedSelfAssessmentReplans()
    {
        m_session->load();
        QVERIFY(m_session->generate(choices(QStringLiteral("Evenings"), 10)));
        const int before = m_session->plan().totalHours;
        QVERIFY(!m_session->refreshKnownSkills());

        const cg::LearningStep first = selfTaughtPath().steps.first();
        markKnown(first.skills);
        QSignalSpy known(m_session.get(), &StudyPlanSession::knownSkillsChanged);
        QSignalSpy scheduled(m_session.get(), &StudyPlanSession::scheduleChanged);
        QVERIFY(m_session->refreshKnownSkills());
        QCOMPARE(known.count(), 1);
        QCOMPARE(scheduled.count(), 1);
        QCOMPARE(m_session->plan().totalHours, before - first.hours);
        QVERIFY(!m_session->refreshKnownSkills());
    }

    void progressTicksOrReplans()
    {
        m_session->load();
        QVERIFY(m_session->generate(choices(QStringLiteral("Evenings"), 10)));
        const cg::LearningPath path = selfTaughtPath();
        const QString done = path.steps.at(0).slug;
        const cg::LearningStep skipped = path.steps.last();
        const int hours = m_session->plan().totalHours;

        QSignalSpy ticked(m_session.get(), &StudyPlanSession::progressChanged);
        QSignalSpy scheduled(m_session.get(), &StudyPlanSession::scheduleChanged);
        StepProgress progress;
        progress.status = Status::Done;
        StepProgress stored;
        const qint64 planId = m_session->savedPlan().id;
        const cg::SaveResult saved = m_session->recordProgress(planId, done, StepProgress(), progress, &stored);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(stored.status, Status::Done);
        QVERIFY(stored.updatedAt.isValid());
        QCOMPARE(ticked.count(), 1);
        QCOMPARE(m_session->doneCount(), 1);
        QCOMPARE(m_store->progress(m_session->savedPlan().id).value(done).status, Status::Done);
        QVERIFY(m_session->summary().lines.last().startsWith(
            QStringLiteral("Steps done: 1 of %1").arg(m_session->plan().orderedSlugs.size())));

        // A skipped step is planned out on the next turn of the event loop, once.
        progress.status = Status::Skipped;
        QVERIFY(m_session->recordProgress(planId, skipped.slug, StepProgress(), progress, &stored).ok());
        QCOMPARE(ticked.count(), 1);
        QCOMPARE(scheduled.count(), 0);
        QTRY_COMPARE(scheduled.count(), 1);
        QCOMPARE(m_session->plan().totalHours, hours - skipped.hours);
        QCOMPARE(m_session->skippedSteps(), QSet<QString>{skipped.slug});
        QCOMPARE(m_statuses.last(), QStringLiteral("Scheduled again (weeks: %1).").arg(m_session->plan().weekCount()));
        QCOMPARE(m_session->summary().note, QStringLiteral("skipped by you: 1"));

        // Re-planning at another pace keeps what is done and what is skipped.
        QVERIFY(m_session->generate(choices(QStringLiteral("Evenings"), 20)));
        QCOMPARE(m_session->progress().value(done).status, Status::Done);
        QCOMPARE(m_session->doneCount(), 1);
        QCOMPARE(m_session->plan().totalHours, hours - skipped.hours);
        QCOMPARE(m_session->plan().hoursPerWeek, 20);
    }

    // Progress read before another window changed it is refused, not written over the newer change.
    void staleProgressIsRefused()
    {
        m_session->load();
        QVERIFY(m_session->generate(choices(QStringLiteral("Evenings"), 8)));
        const qint64 planId = m_session->savedPlan().id;
        const QString slug = selfTaughtPath().steps.first().slug;
        StepProgress elsewhere;
        elsewhere.status = Status::InProgress;
        QString error;
        StepProgress stored;
        QVERIFY2(m_store->setProgress(planId, slug, elsewhere, &error, &stored), qPrintable(error));

        StepProgress edited;
        edited.status = Status::Done;
        const cg::SaveResult result = m_session->recordProgress(planId, slug, StepProgress(), edited, nullptr);
        QVERIFY(result.isStale());
        QCOMPARE(m_store->progress(planId).value(slug).status, Status::InProgress);
        QVERIFY(m_session->progress().value(slug).status != Status::Done);
    }

    void readOnlyDataShowsPlansWithoutSavingThem()
    {
        start(false);
        m_session->load();
        QCOMPARE(m_session->savedPlan().name, QStringLiteral("My study plan"));
        QVERIFY(m_session->generate(choices(QStringLiteral("Look only"), 12)));
        QVERIFY(m_session->hasPlan());
        QCOMPARE(m_session->savedPlan().id, qint64(0));
        QVERIFY(m_store->plans().isEmpty());
        QCOMPARE(m_statuses.last(), QStringLiteral("Your data is read-only: this plan is shown but not saved."));
        QVERIFY(!m_session->canRecordProgress());
        StepProgress progress;
        progress.status = Status::Done;
        const cg::SaveResult refused =
            m_session->recordProgress(0, selfTaughtPath().steps.first().slug, StepProgress(), progress, nullptr);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error.isEmpty());
        QCOMPARE(m_session->summary().note, QStringLiteral("read-only: progress cannot be saved"));
    }

    void plansAreSwitchedRememberedAndRemoved()
    {
        m_session->load();
        QVERIFY(m_session->generate(choices(QStringLiteral("Evenings"), 8)));
        const qint64 evenings = m_session->savedPlan().id;

        // A new plan starts from the draft on screen, with a free name and next Monday.
        SavedStudyPlan draft = choices(QStringLiteral("ignored"), 40);
        m_session->setDraftSource([&draft] { return draft; });
        m_session->startNewPlan();
        QCOMPARE(m_session->savedPlan().id, qint64(0));
        QCOMPARE(m_session->savedPlan().name, QStringLiteral("My study plan"));
        QCOMPARE(m_session->savedPlan().hoursPerWeek, 40);
        QCOMPARE(m_session->savedPlan().routeSlug, SelfTaught);
        QCOMPARE(m_session->savedPlan().startDate, StudyPlanSession::nextMonday(QDate::currentDate()));
        QVERIFY(!m_session->hasPlan());
        QVERIFY(m_session->progress().isEmpty());
        QVERIFY(m_session->generate(choices(QStringLiteral("Full time"), 40)));
        const qint64 fullTime = m_session->savedPlan().id;
        QVERIFY(fullTime != evenings);
        QCOMPARE(m_session->savedPlans().size(), 2);
        QCOMPARE(m_session->savedPlans().first().name, QStringLiteral("Evenings")); // by name

        // A name in use is refused; the plan shown stays.
        m_session->startNewPlan();
        QVERIFY(!m_session->generate(choices(QStringLiteral("Evenings"), 5)));
        QVERIFY(m_warnings.last().contains(QStringLiteral("already")));
        QCOMPARE(m_session->savedPlans().size(), 2);
        m_session->setDraftSource(nullptr);

        // The plan last shown comes back on the next start.
        m_session->selectPlan(fullTime);
        start();
        m_session->load();
        QCOMPARE(m_session->savedPlan().id, fullTime);
        QCOMPARE(m_session->savedPlan().hoursPerWeek, 40);
        m_session->selectPlan(evenings);
        QCOMPARE(m_session->savedPlan().hoursPerWeek, 8);
        QCOMPARE(m_settings->lastStudyPlan(), evenings);

        // Removing shows the first plan left, then a new one; a plan that is gone starts a new one too.
        QVERIFY(m_session->removeCurrentPlan());
        QCOMPARE(m_statuses.last(), QStringLiteral("Deleted the plan \u201CEvenings\u201D."));
        QCOMPARE(m_session->savedPlan().id, fullTime);
        QVERIFY(m_session->removeCurrentPlan());
        QCOMPARE(m_session->savedPlan().id, qint64(0));
        QVERIFY(m_session->savedPlans().isEmpty());
        QVERIFY(!m_session->removeCurrentPlan());
        m_session->selectPlan(fullTime);
        QCOMPARE(m_session->savedPlan().id, qint64(0));
        QVERIFY(m_warnings.size() == 1);
    }

    void summarySaysWhereThePlanStands()
    {
        m_session->load();
        QVERIFY(m_session->generate(choices(QStringLiteral("Evenings"), 10)));
        const cg::StudyPlanSummary summary = m_session->summary();
        QCOMPARE(summary.title, QStringLiteral("Evenings"));
        QCOMPARE(summary.headline, QStringLiteral("Towards %1, by way of: %2")
                                       .arg(m_session->plan().targetRole, m_session->routeName(SelfTaught)));
        QCOMPARE(summary.lines.size(), 2);
        QVERIFY(summary.lines.first().startsWith(QStringLiteral("10 h a week \u00B7 5 Jan 2026")));
        QVERIFY(summary.lines.last().contains(QStringLiteral(" \u00B7 next milestone: ")));
        QVERIFY(summary.note.isEmpty());
        QCOMPARE(m_session->header().route, m_session->routeName(SelfTaught));
    }

    void exportsWriteThePlanShown()
    {
        m_session->load();
        QVERIFY(m_session->generate(choices(QStringLiteral("Road: back/front?"), 10)));
        QCOMPARE(m_session->suggestedFileName(), QStringLiteral("Road- back-front-"));
        QCOMPARE(m_session->planSteps().size(), m_learning->path(Backend).steps.size());

        const QString pdf = m_dir->filePath(QStringLiteral("plan.pdf"));
        QString error;
        int pages = 0;
        QVERIFY2(m_session->writePdf(pdf, QPageSize::A4, &error, &pages), qPrintable(error));
        QVERIFY(pages > 1);
        QVERIFY(QFile(pdf).size() > 0);

        const QString ics = m_dir->filePath(QStringLiteral("plan.ics"));
        QVERIFY2(m_session->writeCalendar(ics, QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC), &error),
                 qPrintable(error));
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // One event per step of the plan (nothing is done yet).
        QCOMPARE(int(file.readAll().count("BEGIN:VEVENT")), int(m_session->plan().orderedSlugs.size()));
    }

    void topicsTickedOffStayOutOfEveryReplan()
    {
        m_session->load();
        QVERIFY(m_session->generate(choices(QStringLiteral("Topics"), 10)));
        const int before = m_session->plan().totalHours;
        // Two topics outside pick-one groups, from the first step that has them.
        QStringList ticked;
        int tickedHours = 0;
        for (const cg::LearningStep& step : m_session->routePath().steps) {
            for (const cg::Topic& topic : step.topics) {
                if (topic.oneOf.isEmpty() && ticked.size() < 2) {
                    ticked.append(topic.slug);
                    tickedHours += topic.hours;
                }
            }
        }
        QCOMPARE(ticked.size(), 2);
        QSignalSpy scheduled(m_session.get(), &StudyPlanSession::scheduleChanged);
        for (const QString& slug : std::as_const(ticked))
            QVERIFY(m_session->setTopicDone(slug, false, true).ok());
        // Refused as stale: the view thought the topic was not done, but it is.
        QVERIFY(m_session->setTopicDone(ticked.first(), false, true).isStale());
        QTRY_VERIFY(scheduled.count() > 0);
        QCOMPARE(m_session->plan().totalHours, before - tickedHours);
        QCOMPARE(m_session->doneTopics(), QSet<QString>(ticked.cbegin(), ticked.cend()));
        QVERIFY(m_session->summary().lines.join(QLatin1Char(' ')).contains(QStringLiteral("topics done: 2 of ")));

        // A change of pace, and a new start: done topics stay done and their hours stay out.
        SavedStudyPlan faster = choices(QStringLiteral("Topics"), 20);
        faster.startDate = StartDate.addDays(28);
        QVERIFY(m_session->generate(faster));
        QCOMPARE(m_session->plan().totalHours, before - tickedHours);
        QCOMPARE(m_session->plan().startDate, faster.startDate);
        QCOMPARE(m_session->doneTopics().size(), 2);
        start();
        m_session->load();
        QCOMPARE(m_session->doneTopics().size(), 2);
        QCOMPARE(m_session->plan().totalHours, before - tickedHours);

        // Taken back: the hours come back.
        QVERIFY(m_session->setTopicDone(ticked.first(), true, false).ok());
        QTRY_VERIFY(m_session->plan().totalHours > before - tickedHours);
    }

    void ownPathIsCarriedIntoPlanPrintoutAndCalendar()
    {
        m_session->load();
        QVERIFY(m_session->generate(choices(QStringLiteral("Mine"), 10)));
        const int before = m_session->plan().totalHours;
        const cg::LearningStep step = m_session->routePath().steps.at(1);
        QVERIFY(step.topics.size() >= 3);

        cg::OwnTopic own;
        own.stepSlug = step.slug;
        own.title = QStringLiteral("Read the PostgreSQL manual");
        own.url = QStringLiteral("https://www.postgresql.org/docs/");
        own.hours = 7;
        QString error;
        cg::OwnTopic bad = own;
        bad.url = QStringLiteral("javascript:alert(1)");
        QCOMPARE(m_session->addOwnTopic(bad, &error), 0);
        QVERIFY(error.contains(QStringLiteral("https://")));
        const qint64 id = m_session->addOwnTopic(own, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(m_session->plan().totalHours, before + 7);

        // Hide a content topic that is no pick-one alternative: its hours leave the plan.
        cg::Topic hidden;
        for (const cg::Topic& topic : step.topics) {
            if (topic.oneOf.isEmpty() && hidden.slug.isEmpty())
                hidden = topic;
        }
        QVERIFY(!hidden.slug.isEmpty());
        QVERIFY(m_session->setTopicHidden(hidden.slug, true).ok());
        QCOMPARE(m_session->plan().totalHours, before + 7 - hidden.hours);

        // Move the own topic up one place: the step's topics keep that order everywhere.
        const QString key = cg::OwnTopic::keyFor(id);
        QVERIFY(m_session->moveTopic(step.slug, key, -1).ok());
        QList<cg::StepTopic> listed = m_session->stepTopics(step.slug);
        QCOMPARE(listed.at(listed.size() - 2).key(), key);
        QVERIFY(listed.at(0).key() != key);
        QCOMPARE(m_session->moveTopic(step.slug, listed.first().key(), -1).outcome, cg::SaveResult::Outcome::Failed);

        // A new session over the same data has all of it.
        start();
        m_session->load();
        QCOMPARE(m_session->plan().totalHours, before + 7 - hidden.hours);
        listed = m_session->stepTopics(step.slug);
        QCOMPARE(listed.at(listed.size() - 2).key(), key);
        QVERIFY(m_session->ownTopic(id).has_value());
        QCOMPARE(m_session->ownTopic(id)->url, own.url);
        QStringList planned;
        for (const cg::LearningStep& each : m_session->planSteps()) {
            if (each.slug == step.slug) {
                for (const cg::Topic& topic : each.topics)
                    planned.append(topic.slug);
            }
        }
        QVERIFY(!planned.contains(hidden.slug));
        QCOMPARE(planned.at(planned.size() - 2), key);

        // The calendar lists the step's topics, the own one with its link.
        const QString ics = m_dir->filePath(QStringLiteral("mine.ics"));
        QVERIFY2(m_session->writeCalendar(ics, QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC), &error),
                 qPrintable(error));
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll()).remove(QStringLiteral("\r\n "));
        QVERIFY(
            text.contains(QStringLiteral("- Read the PostgreSQL manual (7 h\\, https://www.postgresql.org/docs/)")));
        QVERIFY(!text.contains(hidden.title));

        // Edited over what was read; removed with its progress.
        cg::OwnTopic edited = *m_session->ownTopic(id);
        edited.hours = 9;
        QVERIFY(m_session->changeOwnTopic(*m_session->ownTopic(id), edited).ok());
        QCOMPARE(m_session->plan().totalHours, before + 9 - hidden.hours);
        cg::OwnTopic old = own; // as another window read it, before the edit
        old.id = id;
        QVERIFY(m_session->changeOwnTopic(old, edited).isStale());
        QVERIFY(m_session->setTopicDone(key, false, true).ok());
        QVERIFY(m_session->removeOwnTopic(id).ok());
        QVERIFY(!m_session->doneTopics().contains(key));
        QCOMPARE(m_session->plan().totalHours, before - hidden.hours);
        QVERIFY(m_session->setTopicHidden(hidden.slug, false).ok());
        QCOMPARE(m_session->plan().totalHours, before);
        QVERIFY(m_warnings.isEmpty());
    }

    void calendarExportsUpdateTheLastOne()
    {
        m_session->load();
        QVERIFY(m_session->generate(choices(QStringLiteral("Evenings"), 10)));
        const QString ics = m_dir->filePath(QStringLiteral("plan.ics"));
        const QDateTime stamp(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC);
        QString error;
        cg::CalendarUpdate first;
        QVERIFY2(m_session->writeCalendar(ics, stamp, &error, cg::CalendarReminder::DayBefore, &first),
                 qPrintable(error));
        const int steps = int(m_session->plan().orderedSlugs.size());
        QCOMPARE(first.liveCount(), steps);
        QCOMPARE(first.cancelledCount(), 0);
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(int(file.readAll().count("TRIGGER:-PT15H")), steps);
        file.close();

        // The first step is done and the pace doubles: its event is cancelled, the others are updated in place.
        StepProgress done;
        done.status = Status::Done;
        const QString firstStep = m_session->plan().orderedSlugs.first();
        QVERIFY(m_session->recordProgress(m_session->savedPlan().id, firstStep, StepProgress(), done, nullptr).ok());
        QVERIFY(m_session->generate(choices(QStringLiteral("Evenings"), 20)));
        cg::CalendarUpdate second;
        QVERIFY2(m_session->writeCalendar(ics, stamp.addDays(1), &error, cg::CalendarReminder::DayBefore, &second),
                 qPrintable(error));
        QCOMPARE(second.cancelledCount(), 1);
        QCOMPARE(second.liveCount(), int(m_session->plan().orderedSlugs.size()) - 1);
        QHash<QString, cg::CalendarEvent> before;
        for (const cg::CalendarEvent& event : std::as_const(first.events))
            before.insert(event.uid, event);
        int moved = 0;
        for (const cg::CalendarEvent& event : std::as_const(second.events)) {
            // The same UIDs: nothing is added beside what the calendar holds.
            QVERIFY2(before.contains(event.uid), qPrintable(event.uid));
            const cg::CalendarEvent& old = before.value(event.uid);
            if (event.cancelled || event.firstDay != old.firstDay || event.lastDay != old.lastDay) {
                QCOMPARE(event.sequence, 1);
                ++moved;
            } else {
                QVERIFY(event.sequence <= 1);
            }
        }
        QVERIFY(moved > 1);
        QVERIFY(second.events.last().cancelled);
        QVERIFY(second.events.last().uid.contains(firstStep));

        // The memory survives a restart: exported again unchanged, nothing is raised.
        start();
        m_session->load();
        cg::CalendarUpdate third;
        QVERIFY2(m_session->writeCalendar(ics, stamp.addDays(2), &error, cg::CalendarReminder::DayBefore, &third),
                 qPrintable(error));
        QCOMPARE(third.records, second.records);
    }
};

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestStudyPlanSession test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestStudyPlanSession.moc"
