#include "session/StudyPlanSession.h"

#include "documents/StudyPlanDocument.h"
#include "plan/CalendarUpdatePlanner.h"
#include "plan/ICalendarWriter.h"
#include "plan/PathCustomizer.h"
#include "plan/PlanDates.h"
#include "plan/StudyPlanCalendar.h"
#include "plan/StudyPlanRequestBuilder.h"
#include "plan/StudyPlanScheduler.h"
#include "plan/TopicPlanner.h"
#include "repositories/LearningRepository.h"
#include "repositories/RoleRepository.h"
#include "settings/Settings.h"
#include "user/CalendarExportStore.h"
#include "user/OwnPathStore.h"
#include "user/SkillAssessmentStore.h"
#include "user/StudyPlanStore.h"
#include "user/TopicProgressStore.h"

#include <QLocale>
#include <QRegularExpression>

namespace cg {

namespace {

QSet<QString> toSet(const QStringList& list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

StudyPlanSession::StudyPlanSession(const LearningRepository& learning, const RoleRepository& roles,
                                   const SkillAssessmentStore& assessment, StudyPlanStore& plans, bool writable,
                                   Settings& settings, QObject* parent)
    : QObject(parent), m_learning(learning), m_roles(roles), m_assessment(assessment), m_store(plans),
      m_writable(writable), m_settings(settings),
      m_topicProgress(std::make_unique<TopicProgressStore>(plans.database())),
      m_ownPath(std::make_unique<OwnPathStore>(plans.database()))
{
}

StudyPlanSession::~StudyPlanSession() = default;

QDate StudyPlanSession::nextMonday(const QDate& today)
{
    const int daysAhead = (Qt::Monday - today.dayOfWeek() + 7) % 7;
    return today.addDays(daysAhead);
}

void StudyPlanSession::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    for (const RoleSummary& role : m_roles.all())
        m_roleNames.insert(role.slug, role.name);
    m_routes = m_learning.routes();
    m_paths = m_learning.paths();
    readKnownSkills();
    emit contentLoaded();
    reloadPlans(m_settings.lastStudyPlan());
}

// ---- Content ----------------------------------------------------------------------------------------------------

const LearningPath& StudyPlanSession::path(const QString& slug) const
{
    auto found = m_pathCache.find(slug);
    if (found == m_pathCache.end())
        found = m_pathCache.insert(slug, m_learning.path(slug));
    return *found;
}

const PathCustomization& StudyPlanSession::customization(const QString& pathSlug) const
{
    auto found = m_customCache.find(pathSlug);
    if (found == m_customCache.end()) {
        QString error;
        PathCustomization custom = m_ownPath->customization(pathSlug, &error);
        if (!error.isEmpty())
            qWarning("own path: %s", qUtf8Printable(error));
        found = m_customCache.insert(pathSlug, custom);
    }
    return *found;
}

const LearningPath& StudyPlanSession::personalPath(const QString& slug) const
{
    auto found = m_personalCache.find(slug);
    if (found == m_personalCache.end())
        found = m_personalCache.insert(slug, PathCustomizer::apply(path(slug), customization(slug)));
    return *found;
}

void StudyPlanSession::forgetCustomizations()
{
    m_customCache.clear();
    m_personalCache.clear();
}

QString StudyPlanSession::roleName(const QString& slug) const
{
    return m_roleNames.value(slug, slug);
}

QString StudyPlanSession::routeName(const QString& slug) const
{
    for (const EducationRoute& route : m_routes) {
        if (route.slug == slug)
            return route.name;
    }
    return {};
}

QList<StudyPlanTarget> StudyPlanSession::targets() const
{
    QHash<QString, int> pathsPerRole;
    for (const LearningPath& path : m_paths)
        ++pathsPerRole[path.roleSlug];
    QList<StudyPlanTarget> targets;
    for (const LearningPath& path : m_paths) {
        // The target is named after the role; the path's own name only tells two paths to one role apart.
        const QString role = roleName(path.roleSlug);
        const QString label = pathsPerRole.value(path.roleSlug) > 1 ? tr("%1 (%2)").arg(role, path.name) : role;
        targets.append({path.slug, path.roleSlug, label, path.name});
    }
    return targets;
}

// ---- The self-assessment ----------------------------------------------------------------------------------------

void StudyPlanSession::readKnownSkills()
{
    m_knownSkills.clear();
    const QHash<QString, SkillAssessmentStore::Status> statuses = m_assessment.all();
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        if (it.value() == SkillAssessmentStore::Status::Know)
            m_knownSkills.insert(it.key());
    }
}

bool StudyPlanSession::refreshKnownSkills()
{
    const QSet<QString> before = m_knownSkills;
    readKnownSkills();
    if (before == m_knownSkills)
        return false;
    emit knownSkillsChanged();
    if (m_saved.skipKnown && (m_saved.id > 0 || hasPlan()))
        reschedule();
    return true;
}

QString StudyPlanSession::knownStepsNote(const QString& pathSlug, const QString& routeSlug, bool skipKnown,
                                         int hoursPerWeek) const
{
    if (pathSlug.isEmpty())
        return {};
    const PlanShortening shortening =
        TopicPlanner::shortening(StudyPlanRequestBuilder::forRoute(personalPath(pathSlug), routeSlug),
                                 TopicCoverage({}, m_knownSkills), hoursPerWeek);
    if (shortening.hoursSaved() <= 0)
        return tr("None of these steps is known yet from your self-assessment. Mark skills as \u201CI know it\u201D "
                  "on the Skills tab to leave out what you have already learned.");
    if (skipKnown)
        return tr("Skipping what you already know: %1 \u2192 %2 weeks at %3 hours a week (%4 hours fewer).")
            .arg(shortening.weeksBefore)
            .arg(shortening.weeksAfter)
            .arg(hoursPerWeek)
            .arg(shortening.hoursSaved());
    return tr("You already know %1 hours of this path; skipping them would take it from %2 to %3 weeks.")
        .arg(shortening.hoursSaved())
        .arg(shortening.weeksBefore)
        .arg(shortening.weeksAfter);
}

// ---- Saved plans ------------------------------------------------------------------------------------------------

void StudyPlanSession::setDraftSource(std::function<SavedStudyPlan()> source)
{
    m_draftSource = std::move(source);
}

SavedStudyPlan StudyPlanSession::defaultChoices() const
{
    SavedStudyPlan choices;
    // The role the person said they aim at elsewhere in the app, else the first path.
    const QString preferred = m_settings.targetRole();
    for (const LearningPath& path : m_paths) {
        if (choices.pathSlug.isEmpty() || path.slug == preferred) {
            choices.pathSlug = path.slug;
            choices.roleSlug = path.roleSlug;
        }
        if (path.slug == preferred)
            break;
    }
    if (!m_routes.isEmpty())
        choices.routeSlug = m_routes.first().slug;
    choices.startDate = nextMonday(QDate::currentDate());
    choices.hoursPerWeek = DefaultHoursPerWeek;
    choices.skipKnown = true;
    return choices;
}

void StudyPlanSession::reloadPlans(qint64 selectId)
{
    QString error;
    m_plans = m_store.plans(&error);
    if (!error.isEmpty())
        emit warning(tr("Study plan"), error);
    emit plansChanged();
    if (m_plans.isEmpty()) {
        startNewPlan();
        return;
    }
    qint64 id = m_plans.first().id;
    for (const SavedStudyPlan& plan : std::as_const(m_plans)) {
        if (selectId > 0 && plan.id == selectId)
            id = selectId;
    }
    selectPlan(id);
}

void StudyPlanSession::selectPlan(qint64 id)
{
    const std::optional<SavedStudyPlan> plan = m_store.plan(id);
    if (!plan) {
        startNewPlan();
        return;
    }
    m_saved = *plan;
    m_settings.setLastStudyPlan(plan->id); // the plan to come back to on the next start
    emit planSelected();
    reschedule();
}

void StudyPlanSession::startNewPlan()
{
    SavedStudyPlan fresh = m_draftSource ? m_draftSource() : defaultChoices();
    fresh.id = 0;
    fresh.name = m_writable ? m_store.unusedName(tr("My study plan")) : tr("My study plan");
    fresh.startDate = nextMonday(QDate::currentDate());
    if (fresh.hoursPerWeek <= 0)
        fresh.hoursPerWeek = DefaultHoursPerWeek;
    m_saved = fresh;
    m_plan = StudyPlan();
    m_routePath = LearningPath();
    m_scheduleError.clear();
    m_knownSteps.clear();
    m_skippedSteps.clear();
    m_progress.clear();
    m_doneTopics.clear();
    emit planSelected();
    emit scheduleChanged();
}

bool StudyPlanSession::planMove(const QString& target, const QString& title)
{
    load();
    const LearningPath* towards = nullptr;
    for (const LearningPath& path : std::as_const(m_paths)) {
        if (path.roleSlug == target || m_roles.detail(path.roleSlug).occupationCodes.contains(target)) {
            towards = &path;
            break;
        }
    }
    if (!towards) {
        emit warning(tr("Plan This Move"),
                     tr("No learning path of this guide leads to %1 yet. Careers that fit me lists what it needs "
                        "that you do not know; mark those skills on the Skills tab as you learn them.")
                         .arg(title));
        return false;
    }
    SavedStudyPlan choices = m_draftSource ? m_draftSource() : defaultChoices();
    choices.id = 0;
    choices.pathSlug = towards->slug;
    choices.roleSlug = towards->roleSlug;
    const QString name = tr("Move to %1").arg(title);
    choices.name = m_writable ? m_store.unusedName(name) : name;
    choices.startDate = nextMonday(QDate::currentDate());
    if (choices.hoursPerWeek <= 0)
        choices.hoursPerWeek = DefaultHoursPerWeek;
    return generate(choices);
}

bool StudyPlanSession::generate(const SavedStudyPlan& choices)
{
    load();
    if (choices.name.trimmed().isEmpty()) {
        emit warning(tr("Study plan"), tr("Give the plan a name."));
        return false;
    }
    // Schedule before saving, so a plan that cannot be scheduled never replaces a good one.
    const StudyPlanResult result =
        schedule(choices, choices.id > 0 ? m_store.progress(choices.id) : QHash<QString, StepProgress>(),
                 choices.id > 0 ? m_topicProgress->doneTopics(choices.id) : QSet<QString>());
    if (!result.ok()) {
        emit warning(tr("Study plan"), result.errorMessage);
        return false;
    }

    if (!m_writable) {
        m_saved = choices;
        reschedule();
        emit statusMessage(tr("Your data is read-only: this plan is shown but not saved."));
        return true;
    }
    QString error;
    qint64 id = choices.id;
    if (id > 0) {
        // Only the choices changed here are written, and only over what this window read.
        const std::optional<SavedStudyPlan> stored = m_saved.id == id ? m_saved : m_store.plan(id);
        if (!stored) {
            emit warning(tr("Study plan"), tr("This plan was deleted in another window."));
            reloadPlans(0);
            return false;
        }
        const SaveResult saved = m_store.changePlan(*stored, choices);
        if (!saved.ok()) {
            emit warning(tr("Study plan"), saved.error);
            if (saved.isStale())
                reloadPlans(id);
            return false;
        }
    } else {
        id = m_store.createPlan(choices, &error);
        if (id <= 0) {
            emit warning(tr("Study plan"), error);
            return false;
        }
    }
    reloadPlans(id);
    emit statusMessage(tr("Saved the plan \u201C%1\u201D (weeks: %2).").arg(m_saved.name).arg(m_plan.weekCount()));
    return true;
}

bool StudyPlanSession::removeCurrentPlan()
{
    if (m_saved.id <= 0)
        return false;
    QString error;
    if (!m_store.removePlan(m_saved.id, &error)) {
        emit warning(tr("Delete Study Plan"), error);
        return false;
    }
    const QString name = m_saved.name;
    reloadPlans(0);
    emit statusMessage(tr("Deleted the plan \u201C%1\u201D.").arg(name));
    return true;
}

// ---- The plan shown ---------------------------------------------------------------------------------------------

StudyPlanResult StudyPlanSession::schedule(const SavedStudyPlan& plan, const QHash<QString, StepProgress>& progress,
                                           const QSet<QString>& doneTopics) const
{
    // Topics ticked off are history: never planned again, whatever the pace or start (TopicPlanner).
    const StudyPlanRequest request = StudyPlanRequestBuilder::build(
        plan, personalPath(plan.pathSlug), roleName(plan.roleSlug), m_knownSkills, progress, doneTopics);
    return StudyPlanScheduler().schedule(request);
}

void StudyPlanSession::reschedule()
{
    m_rescheduleQueued = false;
    m_routePath = StudyPlanRequestBuilder::forRoute(personalPath(m_saved.pathSlug), m_saved.routeSlug);
    m_progress.clear();
    m_doneTopics.clear();
    if (m_saved.id > 0) {
        QString error;
        m_progress = m_store.progress(m_saved.id, &error);
        if (error.isEmpty())
            m_doneTopics = m_topicProgress->doneTopics(m_saved.id, &error);
        if (!error.isEmpty())
            emit warning(tr("Study plan"), error);
    }
    const StudyPlanResult result = schedule(m_saved, m_progress, m_doneTopics);
    m_plan = result.ok() ? result.plan : StudyPlan();
    m_scheduleError = result.ok() ? QString() : result.errorMessage;
    m_knownSteps =
        m_saved.skipKnown ? toSet(StudyPlanRequestBuilder::knownSteps(m_routePath, m_knownSkills)) : QSet<QString>();
    m_skippedSteps = toSet(StudyPlanRequestBuilder::skippedSteps(m_routePath, m_progress));
    emit scheduleChanged();
}

bool StudyPlanSession::canRecordProgress() const
{
    return m_writable && m_saved.id > 0;
}

SaveResult StudyPlanSession::recordProgress(qint64 planId, const QString& stepSlug, const StepProgress& read,
                                            const StepProgress& edited, StepProgress* stored)
{
    if (!m_writable || planId <= 0)
        return SaveResult::failed(tr("This plan is not saved, so its progress cannot be recorded."));
    StepProgress saved;
    const SaveResult result = m_store.changeProgress(planId, stepSlug, read, edited, &saved);
    if (!result.ok())
        return result;
    if (stored)
        *stored = saved;
    if (planId != m_saved.id) // an edit retried after another plan was put on screen
        return result;
    if (saved.isBlank())
        m_progress.remove(stepSlug);
    else
        m_progress.insert(stepSlug, saved);

    // Skipping a step (or taking it back) changes what is scheduled; other changes only tick boxes.
    if (toSet(StudyPlanRequestBuilder::skippedSteps(m_routePath, m_progress)) == m_skippedSteps) {
        emit progressChanged();
        return result;
    }
    queueReschedule();
    return result;
}

void StudyPlanSession::queueReschedule()
{
    // Queued: the caller (a model's setData()) must finish before the views are reset.
    if (m_rescheduleQueued)
        return;
    m_rescheduleQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            reschedule();
            emit statusMessage(hasPlan() ? tr("Scheduled again (weeks: %1).").arg(m_plan.weekCount())
                                         : tr("The plan could not be scheduled again: %1").arg(m_scheduleError));
        },
        Qt::QueuedConnection);
}

// ---- Topics -----------------------------------------------------------------------------------------------------

QList<StepTopic> StudyPlanSession::stepTopics(const QString& stepSlug) const
{
    for (const LearningStep& step : path(m_saved.pathSlug).steps) {
        if (step.slug == stepSlug)
            return PathCustomizer::stepTopics(step, customization(m_saved.pathSlug));
    }
    return {};
}

bool StudyPlanSession::isTopicKnown(const Topic& topic) const
{
    return TopicCoverage({}, m_knownSkills).isKnown(topic);
}

SaveResult StudyPlanSession::setTopicDone(const QString& topicSlug, bool read, bool done)
{
    if (!canRecordProgress())
        return SaveResult::failed(tr("This plan is not saved, so its progress cannot be recorded."));
    const SaveResult result = m_topicProgress->changeDone(m_saved.id, topicSlug, read, done);
    if (!result.ok()) {
        if (result.isStale())
            queueReschedule(); // show what is saved now
        return result;
    }
    if (done)
        m_doneTopics.insert(topicSlug);
    else
        m_doneTopics.remove(topicSlug);
    queueReschedule(); // not at once: the caller (a model's setData()) must finish before the views are reset

    return result;
}

bool StudyPlanSession::canCustomizePath() const
{
    return m_writable && !m_saved.pathSlug.isEmpty();
}

SaveResult StudyPlanSession::afterPathChange(const SaveResult& result)
{
    forgetCustomizations();
    if (result.ok() || result.isStale()) {
        reschedule();
        emit topicsChanged();
    }
    return result;
}

qint64 StudyPlanSession::addOwnTopic(OwnTopic topic, QString* error)
{
    if (!canCustomizePath()) {
        if (error)
            *error = tr("Your data is read-only: your own topics cannot be saved.");
        return 0;
    }
    topic.pathSlug = m_saved.pathSlug;
    const qint64 id = m_ownPath->addTopic(topic, error);
    if (id > 0)
        afterPathChange(SaveResult::saved());
    return id;
}

SaveResult StudyPlanSession::changeOwnTopic(const OwnTopic& read, const OwnTopic& edited)
{
    if (!canCustomizePath())
        return SaveResult::failed(tr("Your data is read-only: your own topics cannot be saved."));
    return afterPathChange(m_ownPath->changeTopic(read, edited));
}

SaveResult StudyPlanSession::removeOwnTopic(qint64 id)
{
    if (!canCustomizePath())
        return SaveResult::failed(tr("Your data is read-only: your own topics cannot be saved."));
    return afterPathChange(m_ownPath->removeTopic(id));
}

SaveResult StudyPlanSession::setTopicHidden(const QString& topicKey, bool hidden)
{
    if (!canCustomizePath())
        return SaveResult::failed(tr("Your data is read-only: hidden topics cannot be saved."));
    return afterPathChange(m_ownPath->setHidden(m_saved.pathSlug, topicKey, hidden));
}

SaveResult StudyPlanSession::moveTopic(const QString& stepSlug, const QString& topicKey, int delta)
{
    if (!canCustomizePath())
        return SaveResult::failed(tr("Your data is read-only: the order of topics cannot be saved."));
    const QStringList order = PathCustomizer::moved(stepTopics(stepSlug), topicKey, delta);
    if (order.isEmpty())
        return SaveResult::failed(tr("This topic cannot move further."));
    return afterPathChange(m_ownPath->setOrder(m_saved.pathSlug, stepSlug, order));
}

std::optional<OwnTopic> StudyPlanSession::ownTopic(qint64 id) const
{
    for (const OwnTopic& own : customization(m_saved.pathSlug).ownTopics) {
        if (own.id == id)
            return own;
    }
    return std::nullopt;
}

void StudyPlanSession::reloadUserData()
{
    if (!m_loaded)
        return;
    forgetCustomizations();
    refreshKnownSkills();
    if (m_saved.id > 0)
        reloadPlans(m_saved.id);
}

int StudyPlanSession::doneCount() const
{
    int done = 0;
    for (const QString& slug : m_plan.orderedSlugs) {
        if (m_progress.value(slug).status == StepProgress::Status::Done)
            ++done;
    }
    return done;
}

StudyPlanSummary StudyPlanSession::summary() const
{
    StudyPlanSummary summary;
    summary.title = m_saved.name.isEmpty() ? tr("Study plan") : m_saved.name;
    if (!hasPlan()) {
        if (!m_scheduleError.isEmpty()) {
            summary.lines.append(tr("This plan cannot be scheduled: %1").arg(m_scheduleError));
        } else {
            summary.title = tr("New plan");
            summary.lines.append(tr("Choose a target, a route, a start date and your hours per week, then press "
                                    "Generate plan. The plan is saved at once, and you can keep several."));
        }
        return summary;
    }

    const QString route = routeName(m_saved.routeSlug);
    summary.headline = route.isEmpty() ? tr("Towards %1").arg(m_plan.targetRole)
                                       : tr("Towards %1, by way of: %2").arg(m_plan.targetRole, route);
    summary.lines.append(tr("%1 h a week \u00B7 %2 \u00B7 weeks: %3 \u00B7 study time: %4 h")
                             .arg(m_plan.hoursPerWeek)
                             .arg(PlanDates::formatRange(m_plan.startDate, m_plan.endDate))
                             .arg(m_plan.weekCount())
                             .arg(QLocale().toString(m_plan.totalHours)));

    const int scheduled = int(m_plan.orderedSlugs.size());
    const int done = doneCount();
    QString progress = tr("Steps done: %1 of %2").arg(done).arg(scheduled);
    for (const StudyPlanMilestone& milestone : m_plan.milestones) {
        if (m_progress.value(milestone.stepSlug).status != StepProgress::Status::Done) {
            progress += QStringLiteral(" \u00B7 ") + tr("next milestone: %1 by %2 (week %3)")
                                                         .arg(milestone.title, PlanDates::format(milestone.date))
                                                         .arg(milestone.weekIndex);
            break;
        }
    }
    if (done == scheduled)
        progress += QStringLiteral(" \u00B7 ") + tr("every step is done");
    int topics = 0;
    int topicsDone = 0;
    const TopicCoverage coverage(m_doneTopics, {});
    for (const LearningStep& step : m_routePath.steps) {
        if (step.topics.isEmpty())
            continue;
        for (const StudyUnit& unit : coverage.units(step)) {
            ++topics;
            topicsDone += unit.done ? 1 : 0;
        }
    }
    if (topicsDone > 0)
        progress += QStringLiteral(" \u00B7 ") + tr("topics done: %1 of %2").arg(topicsDone).arg(topics);
    summary.lines.append(progress);

    QStringList leftOut;
    if (!m_knownSteps.isEmpty())
        leftOut.append(tr("left out as already known: %1").arg(m_knownSteps.size()));
    if (!m_skippedSteps.isEmpty())
        leftOut.append(tr("skipped by you: %1").arg(m_skippedSteps.size()));
    if (!m_writable)
        leftOut.append(tr("read-only: progress cannot be saved"));
    summary.note = leftOut.join(QStringLiteral(" \u00B7 "));
    return summary;
}

// ---- Print and export -------------------------------------------------------------------------------------------

StudyPlanHeader StudyPlanSession::header() const
{
    StudyPlanHeader header = StudyPlanHeader::fromPlan(m_plan);
    const QString route = routeName(m_saved.routeSlug);
    if (!route.isEmpty())
        header.route = route;
    return header;
}

QList<LearningStep> StudyPlanSession::planSteps() const
{
    return personalPath(m_plan.pathSlug).steps;
}

QHash<QString, StepProgress> StudyPlanSession::progressWithTopics() const
{
    QHash<QString, StepProgress> progress = m_progress;
    for (const QString& slug : m_doneTopics) {
        if (!progress.contains(slug))
            progress.insert(slug, StepProgress{StepProgress::Status::Done, {}, {}});
    }
    return progress;
}

QString StudyPlanSession::suggestedFileName() const
{
    QString name = m_plan.title.trimmed();
    // Characters that some file systems refuse, and path separators.
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+")), QStringLiteral("-"));
    return name.isEmpty() ? QStringLiteral("study-plan") : name;
}

bool StudyPlanSession::writePdf(const QString& path, QPageSize::PageSizeId size, QString* error, int* pageCount) const
{
    StudyPlanDocument document(m_plan, planSteps(), header(), progressWithTopics());
    return document.writePdf(path, size, error, pageCount);
}

bool StudyPlanSession::writeCalendar(const QString& path, const QDateTime& stamp, QString* error,
                                     CalendarReminder reminder, CalendarUpdate* written) const
{
    QSet<QString> done;
    for (auto it = m_progress.cbegin(); it != m_progress.cend(); ++it) {
        if (it.value().status == StepProgress::Status::Done)
            done.insert(it.key());
    }
    const QList<CalendarItem> items = StudyPlanCalendar::items(m_plan, done, planSteps());
    CalendarUpdate update;
    CalendarExportStore exports(m_store.database());
    if (m_writable && m_saved.id > 0) {
        const SaveResult saved = exports.update(m_saved.id, [&](const QList<CalendarExportRecord>& previous) {
            update = CalendarUpdatePlanner::plan(items, previous, reminder);
            return update.records;
        });
        if (!saved.ok()) {
            if (error)
                *error = saved.error;
            return false;
        }
    } else {
        // Unsaved plan or read-only data: build on the last export if there is one, but remember nothing. A file
        // opened read-only may predate the export memory; the export then goes out as a first one rather than not
        // at all.
        QString readError;
        const QList<CalendarExportRecord> previous =
            m_saved.id > 0 ? exports.records(m_saved.id, &readError) : QList<CalendarExportRecord>();
        update = CalendarUpdatePlanner::plan(items, readError.isEmpty() ? previous : QList<CalendarExportRecord>(),
                                             reminder);
    }
    if (!ICalendarWriter().writeFile(path, update.events, stamp, error))
        return false;
    if (written)
        *written = update;
    return true;
}

} // namespace cg
