#pragma once

#include "content/LearningStep.h"
#include "documents/StudyPlanHeader.h"
#include "plan/CalendarReminder.h"
#include "plan/CalendarUpdate.h"
#include "plan/OwnTopic.h"
#include "plan/PathCustomization.h"
#include "plan/SavedStudyPlan.h"
#include "plan/StepProgress.h"
#include "plan/StepTopic.h"
#include "plan/StudyPlan.h"
#include "plan/StudyPlanResult.h"
#include "plan/StudyPlanSummary.h"
#include "user/SaveResult.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPageSize>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace cg {

class LearningRepository;
class OwnPathStore;
class RoleRepository;
class Settings;
class SkillAssessmentStore;
class StudyPlanStore;
class TopicProgressStore;

// A target the plan form offers: one per learning path, named after its role.
struct StudyPlanTarget
{
    QString pathSlug;
    QString roleSlug;
    QString label;    // the role's name; with the path's name when two paths lead to one role
    QString pathName; // tells two paths to one role apart
};

// The Learning Path's study plans, without widgets: which saved plan is shown, the choices it was made with, its
// schedule from the current content, the self-assessment and the recorded progress, and every change to them. One
// place builds the scheduler's request (schedule()), so a new plan, a regenerated one and a re-plan after a skipped
// step or a change in the self-assessment all follow the same rules. Views listen to the signals and read the state
// back; problems arrive as warning() (for a message box) and confirmations as statusMessage().
class StudyPlanSession final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultHoursPerWeek = 10;

    // The repositories and stores must outlive the session. A session over read-only user data schedules plans but
    // never saves them or their progress.
    StudyPlanSession(const LearningRepository& learning, const RoleRepository& roles,
                     const SkillAssessmentStore& assessment, StudyPlanStore& plans, bool writable, Settings& settings,
                     QObject* parent = nullptr);
    ~StudyPlanSession() override;

    // Reads the paths, routes, role names and the self-assessment (contentLoaded()), then shows the plan last shown,
    // else the first saved one, else sets up a new one. Only the first call does anything.
    void load();
    bool isLoaded() const { return m_loaded; }

    // ---- Content
    const QList<LearningPath>& paths() const { return m_paths; } // without their steps
    const QList<EducationRoute>& routes() const { return m_routes; }
    // A path with its steps, read once; an empty path for an unknown slug.
    const LearningPath& path(const QString& slug) const;
    // The path as the person keeps it (PathCustomizer): own topics in, hidden ones out, each step's topics in their
    // order. What plans, printouts and calendars are made from.
    const LearningPath& personalPath(const QString& slug) const;
    QString roleName(const QString& slug) const;
    QString routeName(const QString& slug) const;
    QList<StudyPlanTarget> targets() const;

    // ---- The self-assessment
    const QSet<QString>& knownSkills() const { return m_knownSkills; }
    // Reads the self-assessment again (it may have changed on the Skills tab). When it changed: knownSkillsChanged(),
    // and a plan that leaves out what is known is scheduled again. Returns whether it changed.
    bool refreshKnownSkills();
    // What the form says about the part of a path the self-assessment already knows, in hours and in weeks at that
    // pace ("75 → 57 weeks") on that route: known topics are skipped by their hours. Empty without a path.
    QString knownStepsNote(const QString& pathSlug, const QString& routeSlug, bool skipKnown, int hoursPerWeek) const;

    // ---- Saved plans
    bool isWritable() const { return m_writable; }
    const QList<SavedStudyPlan>& savedPlans() const { return m_plans; }
    // The choices a new plan starts from when one is needed: the form on screen. Without a source, defaultChoices().
    void setDraftSource(std::function<SavedStudyPlan()> source);
    // The preferred target (Settings::targetRole), the first route, next Monday, 10 h a week, skipping what is known.
    SavedStudyPlan defaultChoices() const;
    // Shows a saved plan and remembers it for the next start; an id that is not saved starts a new plan.
    void selectPlan(qint64 id);
    // Sets up a new, unsaved plan from the draft's choices with a free name, starting next Monday.
    void startNewPlan();
    // Schedules the choices and, when they can be scheduled, saves them (a new plan when choices.id is 0) and shows
    // the saved plan; recorded progress is kept. Read-only data: shows the plan unsaved. False, with a warning, when
    // the plan has no name, cannot be scheduled or cannot be saved; the plan shown is then unchanged.
    bool generate(const SavedStudyPlan& choices);
    // A new plan for a career move to an occupation (its O*NET-SOC code) or a role (its slug), titled after it: on
    // the learning path whose role is, or is filed under, the target, from the draft's choices, scheduled and saved
    // like generate(). False, with a warning that says so, when no path of the guide leads there.
    bool planMove(const QString& target, const QString& title);
    // Removes the plan shown and its progress, then shows the first plan left (or a new one).
    bool removeCurrentPlan();

    // ---- The plan shown
    const SavedStudyPlan& savedPlan() const { return m_saved; } // id 0 while a new plan is being set up
    const StudyPlan& plan() const { return m_plan; }            // empty when nothing is scheduled
    bool hasPlan() const { return !m_plan.weeks.isEmpty(); }
    const QString& scheduleError() const { return m_scheduleError; } // why plan() is empty, if it was tried
    // The plan's path without the steps of other routes; empty until a plan is scheduled.
    const LearningPath& routePath() const { return m_routePath; }
    const QSet<QString>& knownSteps() const { return m_knownSteps; }     // left out as already known
    const QSet<QString>& skippedSteps() const { return m_skippedSteps; } // left out by choice
    const QHash<QString, StepProgress>& progress() const { return m_progress; }
    int doneCount() const; // of the scheduled steps
    StudyPlanSummary summary() const;

    // Whether progress can be recorded: the plan is saved and the data writable.
    bool canRecordProgress() const;
    // Saves the fields of one step's progress that differ between what was read and what was edited, in plan
    // planId (StepProgressModel's committer), and refuses them when another window changed those fields since they
    // were read. A step skipped or taken back changes what is scheduled, so the plan is scheduled again on the next
    // turn of the event loop (scheduleChanged(), then statusMessage()); any other change only emits
    // progressChanged().
    SaveResult recordProgress(qint64 planId, const QString& stepSlug, const StepProgress& read,
                              const StepProgress& edited, StepProgress* stored);
    // Another window changed the user data: the self-assessment and the saved plans are read again, and the plan
    // shown (unless it is a new one still being set up, which is the person's own until saved) is shown as saved.
    void reloadUserData();
    // Schedules the plan shown again from the current content, self-assessment and recorded progress.
    void reschedule();

    // ---- Topics of the plan shown: progress, and the person's own version of the path
    const QSet<QString>& doneTopics() const { return m_doneTopics; } // ticked off in the plan shown
    // The step's topics on the plan's path in the person's order, hidden ones too (marked).
    QList<StepTopic> stepTopics(const QString& stepSlug) const;
    // The topic is taught only by skills the self-assessment knows.
    bool isTopicKnown(const Topic& topic) const;
    // Ticks a topic of the plan shown off or takes it back, over `read` (what the view showed). The plan is then
    // scheduled again on the next turn of the event loop (scheduleChanged()): what is done is never planned again.
    SaveResult setTopicDone(const QString& topicSlug, bool read, bool done);
    // Whether the plan's path can be changed: data writable and a path chosen.
    bool canCustomizePath() const;
    // Own topics, hiding and order, on the plan's path; each schedules the plan again at once and emits
    // topicsChanged(). False or a failed result, with the reason, when nothing was saved.
    qint64 addOwnTopic(OwnTopic topic, QString* error);
    SaveResult changeOwnTopic(const OwnTopic& read, const OwnTopic& edited);
    SaveResult removeOwnTopic(qint64 id);
    SaveResult setTopicHidden(const QString& topicKey, bool hidden);
    SaveResult moveTopic(const QString& stepSlug, const QString& topicKey, int delta);
    // The own topic with that id on the plan's path, if there is one.
    std::optional<OwnTopic> ownTopic(qint64 id) const;

    // ---- Print and export of the plan shown
    StudyPlanHeader header() const;
    QList<LearningStep> planSteps() const; // every step of the plan's personal path, for topics and resources
    // Step progress with the topics ticked off as done, as the printout reads it.
    QHash<QString, StepProgress> progressWithTopics() const;
    QString suggestedFileName() const; // the plan's title, without characters file systems refuse
    bool writePdf(const QString& path, QPageSize::PageSizeId size, QString* error, int* pageCount = nullptr) const;
    // Writes the plan as a calendar that updates the events of its last export in place (CalendarUpdatePlanner):
    // done steps left out or cancelled, steps gone from the plan cancelled. A saved plan on writable data remembers
    // what was exported before the file is written, so a failed write can only make the next SEQUENCE higher than
    // needed, never too low. *written (if given) receives the events written.
    bool writeCalendar(const QString& path, const QDateTime& stamp, QString* error,
                       CalendarReminder reminder = CalendarReminder::None, CalendarUpdate* written = nullptr) const;

    // Week 1 starts on a Monday unless the person says otherwise: calendars and timetables count weeks that way.
    static QDate nextMonday(const QDate& today);

signals:
    // The paths, routes and names are read; views fill their choices before the first plan is shown.
    void contentLoaded();
    void plansChanged();    // savedPlans()
    void planSelected();    // savedPlan() is another plan, or a new one: the form follows it
    void scheduleChanged(); // plan(), routePath(), knownSteps(), skippedSteps() and progress() were replaced
    void progressChanged(); // a step's progress was recorded; the schedule stays as it is
    void topicsChanged();   // an own topic was added, changed or removed, or a topic hidden, shown or moved
    void knownSkillsChanged();
    void warning(const QString& title, const QString& message);
    void statusMessage(const QString& message);

private:
    void readKnownSkills();
    void reloadPlans(qint64 selectId);
    StudyPlanResult schedule(const SavedStudyPlan& plan, const QHash<QString, StepProgress>& progress,
                             const QSet<QString>& doneTopics) const;
    const PathCustomization& customization(const QString& pathSlug) const;
    void forgetCustomizations();
    void queueReschedule();
    SaveResult afterPathChange(const SaveResult& result);

    const LearningRepository& m_learning;
    const RoleRepository& m_roles;
    const SkillAssessmentStore& m_assessment;
    StudyPlanStore& m_store;
    const bool m_writable;
    Settings& m_settings;
    std::function<SavedStudyPlan()> m_draftSource;

    bool m_loaded = false;
    QList<LearningPath> m_paths;
    QList<EducationRoute> m_routes;
    QHash<QString, QString> m_roleNames;
    mutable QHash<QString, LearningPath> m_pathCache;
    mutable QHash<QString, PathCustomization> m_customCache;
    mutable QHash<QString, LearningPath> m_personalCache;
    std::unique_ptr<TopicProgressStore> m_topicProgress;
    std::unique_ptr<OwnPathStore> m_ownPath;
    QSet<QString> m_knownSkills;
    QList<SavedStudyPlan> m_plans;

    SavedStudyPlan m_saved;
    StudyPlan m_plan;
    LearningPath m_routePath;
    QSet<QString> m_knownSteps;
    QSet<QString> m_skippedSteps;
    QHash<QString, StepProgress> m_progress;
    QSet<QString> m_doneTopics;
    QString m_scheduleError;
    bool m_rescheduleQueued = false;
};

} // namespace cg
