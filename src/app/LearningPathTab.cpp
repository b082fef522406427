#include "LearningPathTab.h"

#include "FileDialogs.h"
#include "documents/Html.h"
#include "MessageBoxes.h"
#include "ProgressStatusDelegate.h"
#include "models/PlanWeekModel.h"
#include "models/RouteTableModel.h"
#include "models/StepProgressModel.h"
#include "models/StepTableModel.h"
#include "plan/ICalendarWriter.h"
#include "plan/StudyPlanRequestBuilder.h"
#include "plan/StudyPlanScheduler.h"
#include "print/StudyPlanDocument.h"
#include "repositories/LearningRepository.h"
#include "repositories/RoleRepository.h"
#include "repositories/SkillRepository.h"
#include "repositories/SourceRepository.h"
#include "settings/Settings.h"
#include "ui_LearningPathTab.h"
#include "user/SkillAssessmentStore.h"
#include "user/StudyPlanStore.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

#include <memory>

namespace cg {

namespace {

constexpr int DefaultHoursPerWeek = 10;
// Widest a column may start out; longer text is elided and shown whole in its tooltip.
constexpr int MilestonesColumnWidth = 240;
constexpr int AfterColumnWidth = 200;
constexpr int ProgressStepColumnWidth = 300;
constexpr int RoleSlugRole = Qt::UserRole + 1; // of the target combo's items

// Week 1 starts on a Monday unless the person says otherwise: calendars and timetables count weeks that way.
QDate nextMonday(const QDate& today)
{
    const int daysAhead = (Qt::Monday - today.dayOfWeek() + 7) % 7;
    return today.addDays(daysAhead);
}

QString fileNameFor(const QString& title)
{
    QString name = title.trimmed();
    // Characters that some file systems refuse, and path separators.
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+")), QStringLiteral("-"));
    return name.isEmpty() ? QStringLiteral("study-plan") : name;
}

} // namespace

LearningPathTab::LearningPathTab(const LearningRepository& learning, const RoleRepository& roles,
                                 const SkillRepository& skills, const SourceRepository& sources,
                                 const SkillAssessmentStore& assessment, StudyPlanStore& plans, bool writable,
                                 Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LearningPathTab>())
    , m_learning(learning)
    , m_roles(roles)
    , m_skills(skills)
    , m_sources(sources)
    , m_assessment(assessment)
    , m_store(plans)
    , m_writable(writable)
    , m_settings(settings)
    , m_stepModel(new StepTableModel(this))
    , m_routeModel(new RouteTableModel(this))
    , m_weekModel(new PlanWeekModel(this))
    , m_progressModel(new StepProgressModel(this))
{
    m_ui->setupUi(this);

    m_ui->stepTable->setModel(m_stepModel);
    m_ui->stepTable->verticalHeader()->hide();
    m_ui->routeTable->setModel(m_routeModel);
    m_ui->routeTable->verticalHeader()->hide();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->listSplitter->setStretchFactor(0, 2);
    m_ui->listSplitter->setStretchFactor(1, 3);
    m_ui->splitter->restoreState(m_settings.splitterState(QStringLiteral("learning")));
    m_ui->listSplitter->restoreState(m_settings.splitterState(QStringLiteral("learning-lists")));

    m_ui->weekTable->setModel(m_weekModel);
    m_ui->weekTable->verticalHeader()->hide();
    m_ui->progressTable->setModel(m_progressModel);
    m_ui->progressTable->verticalHeader()->hide();
    m_ui->progressTable->setItemDelegateForColumn(StepProgressModel::StatusColumn, new ProgressStatusDelegate(this));
    m_ui->planSplitter->setStretchFactor(0, 3);
    m_ui->planSplitter->setStretchFactor(1, 2);
    m_ui->planSplitter->restoreState(m_settings.splitterState(QStringLiteral("learning-plan")));

    m_ui->hoursSpin->setRange(StudyPlanScheduler::MinHoursPerWeek, StudyPlanScheduler::MaxHoursPerWeek);
    m_ui->hoursSpin->setValue(DefaultHoursPerWeek);
    m_ui->hoursSpin->setToolTip(tr("Between %1 and %2 hours a week")
                                    .arg(StudyPlanScheduler::MinHoursPerWeek)
                                    .arg(StudyPlanScheduler::MaxHoursPerWeek));
    m_ui->startDateEdit->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    m_ui->startDateEdit->setDate(nextMonday(QDate::currentDate()));

    connect(m_ui->pathCombo, &QComboBox::currentIndexChanged, this, &LearningPathTab::showPath);
    connect(m_ui->stepTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LearningPathTab::showStep);
    connect(m_ui->stepTable, &QAbstractItemView::clicked, this, &LearningPathTab::showStep);
    connect(m_ui->routeTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LearningPathTab::showRoute);
    connect(m_ui->routeTable, &QAbstractItemView::clicked, this, &LearningPathTab::showRoute);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setSplitterState(QStringLiteral("learning"), m_ui->splitter->saveState()); });
    connect(m_ui->listSplitter, &QSplitter::splitterMoved, this, [this] {
        m_settings.setSplitterState(QStringLiteral("learning-lists"), m_ui->listSplitter->saveState());
    });
    connect(m_ui->planSplitter, &QSplitter::splitterMoved, this, [this] {
        m_settings.setSplitterState(QStringLiteral("learning-plan"), m_ui->planSplitter->saveState());
    });

    connect(m_ui->planCombo, &QComboBox::activated, this, &LearningPathTab::selectSavedPlan);
    connect(m_ui->newPlanButton, &QPushButton::clicked, this, [this] {
        startNewPlan();
        m_ui->nameEdit->setFocus();
        m_ui->nameEdit->selectAll();
    });
    connect(m_ui->deletePlanButton, &QPushButton::clicked, this, &LearningPathTab::deleteCurrentPlan);
    connect(m_ui->generateButton, &QPushButton::clicked, this, &LearningPathTab::generate);
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this, &LearningPathTab::generate);
    connect(m_ui->targetCombo, &QComboBox::currentIndexChanged, this, &LearningPathTab::updateFormState);
    connect(m_ui->skipKnownCheck, &QCheckBox::toggled, this, &LearningPathTab::updateFormState);
    connect(m_ui->printButton, &QPushButton::clicked, this, &LearningPathTab::printPlan);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &LearningPathTab::exportPdf);
    connect(m_ui->calendarButton, &QPushButton::clicked, this, &LearningPathTab::exportCalendar);

    connect(m_progressModel, &StepProgressModel::progressChanged, this, &LearningPathTab::onProgressChanged);
    connect(m_progressModel, &StepProgressModel::commitFailed, this, [this](const QString& message) {
        if (!m_progressModel->hasUnsavedChanges()) {
            MessageBoxes::warning(this, tr("Study plan"), message);
            return;
        }
        if (MessageBoxes::question(this, tr("Study plan"), tr("%1\n\nTry to save it again now?").arg(message)))
            m_progressModel->retryUnsaved();
    });
    connect(m_progressModel, &StepProgressModel::waitingForDatabase, this, &LearningPathTab::statusMessage);
    // Queued: the refusal is reported from inside the model's setData(), which must finish before a reset.
    connect(m_progressModel, &StepProgressModel::staleProgress, this, &LearningPathTab::reloadUserData,
            Qt::QueuedConnection);
}

void LearningPathTab::reloadUserData()
{
    if (!m_loaded)
        return;
    refreshKnownSkills();
    if (m_saved.id > 0) // a new plan being set up is the person's own until they save it
        reloadPlanList(m_saved.id);
    if (m_progressModel->hasUnsavedChanges())
        m_progressModel->retryUnsaved();
}

LearningPathTab::~LearningPathTab() = default;

void LearningPathTab::showEvent(QShowEvent* event)
{
    if (!m_loaded) {
        load();
    } else {
        // The self-assessment may have changed on the Skills tab since this tab was last shown.
        const QSet<QString> before = m_knownSkills;
        refreshKnownSkills();
        if (before != m_knownSkills) {
            updateFormState();
            if (m_saved.skipKnown && (m_saved.id > 0 || !m_plan.weeks.isEmpty()))
                reschedule();
        }
    }
    QWidget::showEvent(event);
}

void LearningPathTab::load()
{
    if (m_loaded)
        return;
    m_loaded = true;

    for (const RoleSummary& role : m_roles.all())
        m_roleNames.insert(role.slug, role.name);
    m_skillNames = m_skills.namesTaughtBySteps();
    for (const Source& source : m_sources.all())
        m_sourceById.insert(source.id, source);
    m_routes = m_learning.routes();
    m_routeModel->setRoutes(m_routes);
    m_ui->routeTable->resizeColumnsToContents();
    m_ui->routeTable->horizontalHeader()->setSectionResizeMode(RouteTableModel::NameColumn, QHeaderView::Stretch);

    loadFormChoices();
    refreshKnownSkills();
    showPath();
    reloadPlanList(m_settings.lastStudyPlan());
}

void LearningPathTab::loadFormChoices()
{
    const QList<LearningPath> paths = m_learning.paths();
    QHash<QString, int> pathsPerRole;
    for (const LearningPath& path : paths)
        ++pathsPerRole[path.roleSlug];
    for (const LearningPath& path : paths) {
        m_ui->pathCombo->addItem(path.name, path.slug);
        // The target is named after the role; the path's own name only tells two paths to one role apart.
        const QString role = roleName(path.roleSlug);
        const QString label = pathsPerRole.value(path.roleSlug) > 1 ? tr("%1 (%2)").arg(role, path.name) : role;
        m_ui->targetCombo->addItem(label, path.slug);
        m_ui->targetCombo->setItemData(m_ui->targetCombo->count() - 1, path.roleSlug, RoleSlugRole);
        m_ui->targetCombo->setItemData(m_ui->targetCombo->count() - 1, path.name, Qt::ToolTipRole);
    }
    for (const EducationRoute& route : std::as_const(m_routes)) {
        m_ui->routeCombo->addItem(route.name, route.slug);
        m_ui->routeCombo->setItemData(m_ui->routeCombo->count() - 1, route.description, Qt::ToolTipRole);
    }
    // Prefer the role the person said they aim at elsewhere in the app.
    const int target = m_ui->targetCombo->findData(m_settings.targetRole());
    if (target >= 0)
        m_ui->targetCombo->setCurrentIndex(target);
}

void LearningPathTab::refreshKnownSkills()
{
    m_knownSkills.clear();
    const QHash<QString, SkillAssessmentStore::Status> statuses = m_assessment.all();
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        if (it.value() == SkillAssessmentStore::Status::Know)
            m_knownSkills.insert(it.key());
    }
}

int LearningPathTab::stepCount() const
{
    return m_stepModel->rowCount();
}

void LearningPathTab::showPage(Page page)
{
    m_ui->pages->setCurrentIndex(int(page));
}

void LearningPathTab::selectStep(const QString& pathAndStep)
{
    load();
    showPage(RoutesPage);
    const int path = m_ui->pathCombo->findData(pathAndStep.section(u'/', 0, 0));
    if (path >= 0)
        m_ui->pathCombo->setCurrentIndex(path);
    const QString step = pathAndStep.section(u'/', 1);
    for (int row = 0; row < m_stepModel->rowCount(); ++row) {
        if (m_stepModel->stepAt(row).slug == step)
            m_ui->stepTable->setCurrentIndex(m_stepModel->index(row, StepTableModel::TitleColumn));
    }
}

void LearningPathTab::selectResource(const QString& resourceSlug)
{
    load();
    for (int p = 0; p < m_ui->pathCombo->count(); ++p) {
        const LearningPath& path = pathFor(m_ui->pathCombo->itemData(p).toString());
        for (const LearningStep& step : path.steps) {
            for (const LearningResource& resource : step.resources) {
                if (resource.slug == resourceSlug)
                    return selectStep(path.slug + u'/' + step.slug);
            }
        }
    }
    showPage(RoutesPage);
}

bool LearningPathTab::hasPlan()
{
    load();
    return !m_plan.weeks.isEmpty();
}

const LearningPath& LearningPathTab::pathFor(const QString& slug)
{
    auto found = m_pathCache.find(slug);
    if (found == m_pathCache.end())
        found = m_pathCache.insert(slug, m_learning.path(slug));
    return *found;
}

QString LearningPathTab::roleName(const QString& slug) const
{
    return m_roleNames.value(slug, slug);
}

QString LearningPathTab::routeName(const QString& slug) const
{
    for (const EducationRoute& route : m_routes) {
        if (route.slug == slug)
            return route.name;
    }
    return {};
}

QString LearningPathTab::citation(const QString& sourceId, const QString& asOf) const
{
    const Source source = m_sourceById.value(sourceId);
    QString text = source.title.isEmpty() ? sourceId : source.title;
    if (!source.publisher.isEmpty() && !text.contains(source.publisher))
        text = tr("%1 (%2)").arg(text, source.publisher);
    QString date = asOf;
    if (date.isEmpty())
        date = source.asOf.isEmpty() ? source.published : source.asOf;
    return date.isEmpty() ? text : tr("%1, as of %2").arg(text, date);
}

QString LearningPathTab::citations(const QStringList& sourceIds) const
{
    QStringList items;
    for (const QString& id : sourceIds)
        items.append(html::escape(citation(id)));
    return html::list(items);
}

// ---- Routes and steps page ------------------------------------------------------------------------------------

void LearningPathTab::showPath()
{
    const LearningPath& path = pathFor(m_ui->pathCombo->currentData().toString());
    m_stepModel->setPath(path);
    m_ui->stepTable->resizeColumnsToContents();
    QHeaderView* stepHeader = m_ui->stepTable->horizontalHeader();
    if (stepHeader->sectionSize(StepTableModel::PrerequisitesColumn) > AfterColumnWidth)
        stepHeader->resizeSection(StepTableModel::PrerequisitesColumn, AfterColumnWidth);
    stepHeader->setSectionResizeMode(StepTableModel::TitleColumn, QHeaderView::Stretch);

    int hours = 0;
    for (const LearningStep& step : path.steps)
        hours += step.hours;
    // Labels with numbers rather than "12 steps": no plural forms are needed, so untranslated English reads right.
    m_ui->pathSummaryLabel->setText(tr("Steps: %1 \u00B7 hours in all: about %2 (our estimate)")
                                        .arg(path.steps.size())
                                        .arg(QLocale().toString(hours)));
    m_ui->pathSummaryLabel->setToolTip(tr("The sum of our estimate for each step; select a step to see how its "
                                          "estimate was reached."));
    if (m_stepModel->rowCount() > 0)
        m_ui->stepTable->setCurrentIndex(m_stepModel->index(0, StepTableModel::TitleColumn));
}

void LearningPathTab::showRoute(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const EducationRoute& route = m_routeModel->routeAt(index.row());
    QString page = html::heading(route.name, 2);
    page += html::paragraph(tr("Kind: %1. Duration: %2.")
                                .arg(RouteTableModel::kindName(route.kind),
                                     route.duration.isEmpty() ? tr("not stated") : route.duration));
    page += html::paragraph(route.description);
    if (!route.sourceIds.isEmpty()) {
        page += html::heading(tr("Sources"), 3);
        page += citations(route.sourceIds);
    }
    m_ui->detailView->setHtml(page);
}

void LearningPathTab::showStep(const QModelIndex& index)
{
    if (!index.isValid()) {
        m_ui->detailView->clear();
        return;
    }
    const LearningStep& step = m_stepModel->stepAt(index.row());
    QString page = html::heading(tr("Step %1: %2").arg(index.row() + 1).arg(step.title), 2);
    page += html::paragraph(step.description);
    page += html::paragraph(tr("Hours: about %1 \u2014 %2").arg(step.hours).arg(step.hoursBasis));
    if (!step.prerequisites.isEmpty()) {
        QStringList titles;
        for (const QString& slug : step.prerequisites) {
            const int row = [&] {
                for (int r = 0; r < m_stepModel->rowCount(); ++r) {
                    if (m_stepModel->stepAt(r).slug == slug)
                        return r;
                }
                return -1;
            }();
            titles.append(row >= 0 ? m_stepModel->stepAt(row).title : slug);
        }
        page += html::paragraph(tr("Comes after: %1").arg(titles.join(QStringLiteral("; "))));
    }
    if (!step.skills.isEmpty()) {
        QStringList names;
        for (const QString& slug : step.skills) {
            QString name = html::escape(m_skillNames.value(slug, slug));
            if (m_knownSkills.contains(slug))
                name += QLatin1Char(' ') + html::muted(html::escape(tr("(you know it)")));
            names.append(name);
        }
        page += html::heading(tr("Skills it teaches"), 3);
        page += QStringLiteral("<p>%1</p>").arg(names.join(QStringLiteral(", ")));
    }
    if (!step.resources.isEmpty()) {
        page += html::heading(tr("Resources"), 3);
        QStringList items;
        for (const LearningResource& resource : step.resources) {
            QStringList facts;
            const QString kind = resource.kind == QLatin1String("course")        ? tr("course")
                                 : resource.kind == QLatin1String("certificate") ? tr("certificate")
                                 : resource.kind == QLatin1String("simulation")  ? tr("job simulation")
                                 : resource.kind == QLatin1String("community")   ? tr("professional body")
                                                                                  : resource.kind;
            if (!kind.isEmpty())
                facts.append(kind);
            for (const QString& fact : {resource.provider, resource.platform})
                if (!fact.isEmpty() && !facts.contains(fact))
                    facts.append(fact);
            if (!resource.averageTime.isEmpty())
                facts.append(tr("takes %1").arg(resource.averageTime));
            if (!resource.rating.isEmpty())
                facts.append(tr("rated %1").arg(resource.rating));
            if (!resource.learners.isEmpty())
                facts.append(tr("%1 learners").arg(resource.learners));
            items.append(QStringLiteral("<b>%1</b> — %2<br/>%3")
                             .arg(html::escape(resource.title), html::escape(facts.join(QStringLiteral(", "))),
                                  html::muted(html::escape(
                                      tr("Source: %1").arg(citation(resource.sourceId, resource.asOf))))));
        }
        page += html::list(items);
    }
    if (!step.sourceIds.isEmpty()) {
        page += html::heading(tr("Sources"), 3);
        page += citations(step.sourceIds);
    }
    m_ui->detailView->setHtml(page);
}

// ---- Study plan page --------------------------------------------------------------------------------------------

void LearningPathTab::reloadPlanList(qint64 selectId)
{
    QString error;
    const QList<SavedStudyPlan> plans = m_store.plans(&error);
    if (!error.isEmpty())
        MessageBoxes::warning(this, tr("Study plan"), error);
    {
        const QSignalBlocker blocker(m_ui->planCombo);
        m_ui->planCombo->clear();
        for (const SavedStudyPlan& plan : plans)
            m_ui->planCombo->addItem(plan.name, plan.id);
    }
    if (plans.isEmpty()) {
        startNewPlan();
        return;
    }
    const int row = selectId > 0 ? m_ui->planCombo->findData(selectId) : 0;
    m_ui->planCombo->setCurrentIndex(row >= 0 ? row : 0);
    selectSavedPlan();
}

void LearningPathTab::selectSavedPlan()
{
    const std::optional<SavedStudyPlan> plan = m_store.plan(m_ui->planCombo->currentData().toLongLong());
    if (!plan) {
        startNewPlan();
        return;
    }
    m_saved = *plan;
    m_settings.setLastStudyPlan(plan->id); // the plan to come back to on the next start
    fillForm(m_saved);
    reschedule();
}

void LearningPathTab::startNewPlan()
{
    SavedStudyPlan fresh = formPlan();
    fresh.id = 0;
    fresh.name = m_writable ? m_store.unusedName(tr("My study plan")) : tr("My study plan");
    fresh.startDate = nextMonday(QDate::currentDate());
    if (fresh.hoursPerWeek <= 0)
        fresh.hoursPerWeek = DefaultHoursPerWeek;
    m_ui->planCombo->setCurrentIndex(-1);
    m_saved = fresh;
    fillForm(fresh);
    m_plan = StudyPlan();
    m_scheduleError.clear();
    m_knownSteps.clear();
    m_skippedSteps.clear();
    m_weekModel->clear();
    m_progressModel->setCommitter(nullptr);
    m_progressModel->clear();
    updateSummary();
    updateFormState();
}

void LearningPathTab::deleteCurrentPlan()
{
    if (m_saved.id <= 0)
        return;
    if (!MessageBoxes::question(this, tr("Delete Study Plan"),
                                tr("Delete the plan \u201C%1\u201D and the progress and notes recorded in it? "
                                   "This cannot be undone.")
                                    .arg(m_saved.name)))
        return;
    QString error;
    if (!m_store.removePlan(m_saved.id, &error)) {
        MessageBoxes::warning(this, tr("Delete Study Plan"), error);
        return;
    }
    const QString name = m_saved.name;
    reloadPlanList(0);
    emit statusMessage(tr("Deleted the plan \u201C%1\u201D.").arg(name));
}

void LearningPathTab::fillForm(const SavedStudyPlan& plan)
{
    m_ui->nameEdit->setText(plan.name);
    const int target = m_ui->targetCombo->findData(plan.pathSlug);
    if (target >= 0)
        m_ui->targetCombo->setCurrentIndex(target);
    const int route = m_ui->routeCombo->findData(plan.routeSlug);
    if (route >= 0)
        m_ui->routeCombo->setCurrentIndex(route);
    if (plan.startDate.isValid())
        m_ui->startDateEdit->setDate(plan.startDate);
    m_ui->hoursSpin->setValue(plan.hoursPerWeek);
    m_ui->skipKnownCheck->setChecked(plan.skipKnown);
    updateFormState();
}

SavedStudyPlan LearningPathTab::formPlan() const
{
    SavedStudyPlan plan;
    plan.id = m_saved.id;
    plan.createdAt = m_saved.createdAt;
    plan.name = m_ui->nameEdit->text().trimmed();
    plan.pathSlug = m_ui->targetCombo->currentData().toString();
    plan.roleSlug = m_ui->targetCombo->currentData(RoleSlugRole).toString();
    plan.routeSlug = m_ui->routeCombo->currentData().toString();
    plan.startDate = m_ui->startDateEdit->date();
    plan.hoursPerWeek = m_ui->hoursSpin->value();
    plan.skipKnown = m_ui->skipKnownCheck->isChecked();
    return plan;
}

void LearningPathTab::updateFormState()
{
    m_ui->deletePlanButton->setEnabled(m_writable && m_saved.id > 0);
    const bool scheduled = !m_plan.weeks.isEmpty();
    m_ui->printButton->setEnabled(scheduled);
    m_ui->pdfButton->setEnabled(scheduled);
    m_ui->calendarButton->setEnabled(scheduled);
    m_ui->generateButton->setText(m_saved.id > 0 ? tr("&Generate again and save") : tr("&Generate plan"));

    const QString pathSlug = m_ui->targetCombo->currentData().toString();
    if (pathSlug.isEmpty()) {
        m_ui->knownLabel->clear();
        return;
    }
    const LearningPath& path = pathFor(pathSlug);
    const qsizetype known = StudyPlanRequestBuilder::knownSteps(path, m_knownSkills).size();
    QString text;
    if (known == 0)
        text = tr("None of these steps is known yet from your self-assessment. Mark skills as \u201CI know it\u201D "
                  "on the Skills tab to leave out what you have already learned.");
    else if (m_ui->skipKnownCheck->isChecked())
        text = tr("Steps left out because you know every skill they teach: %1").arg(known);
    else
        text = tr("Steps that teach only skills you know, kept in the plan: %1").arg(known);
    m_ui->knownLabel->setText(QStringLiteral("<small>%1</small>").arg(html::escape(text)));
}

void LearningPathTab::generate()
{
    load();
    SavedStudyPlan candidate = formPlan();
    if (candidate.name.isEmpty()) {
        MessageBoxes::warning(this, tr("Study plan"), tr("Give the plan a name."));
        m_ui->nameEdit->setFocus();
        return;
    }
    // Schedule before saving, so a plan that cannot be scheduled never replaces a good one.
    QHash<QString, StepProgress> progress;
    if (candidate.id > 0)
        progress = m_store.progress(candidate.id);
    const StudyPlanRequest request = StudyPlanRequestBuilder::build(
        candidate, pathFor(candidate.pathSlug), roleName(candidate.roleSlug), m_knownSkills, progress);
    const StudyPlanResult result = StudyPlanScheduler().schedule(request);
    if (!result.ok()) {
        MessageBoxes::warning(this, tr("Study plan"), result.errorMessage);
        return;
    }

    if (!m_writable) {
        m_saved = candidate;
        reschedule();
        emit statusMessage(tr("Your data is read-only: this plan is shown but not saved."));
        return;
    }
    QString error;
    qint64 id = candidate.id;
    if (id > 0) {
        // Only the choices changed here are written, and only over what this window read.
        const SaveResult saved = m_store.changePlan(m_saved, candidate);
        if (!saved.ok()) {
            MessageBoxes::warning(this, tr("Study plan"), saved.error);
            if (saved.isStale())
                reloadPlanList(id);
            return;
        }
    } else {
        id = m_store.createPlan(candidate, &error);
        if (id <= 0) {
            MessageBoxes::warning(this, tr("Study plan"), error);
            return;
        }
    }
    reloadPlanList(id);
    emit statusMessage(tr("Saved the plan \u201C%1\u201D (weeks: %2).").arg(m_saved.name).arg(m_plan.weekCount()));
}

void LearningPathTab::reschedule()
{
    m_rescheduleQueued = false;
    const LearningPath path = StudyPlanRequestBuilder::forRoute(pathFor(m_saved.pathSlug), m_saved.routeSlug);
    QHash<QString, StepProgress> progress;
    if (m_saved.id > 0) {
        QString error;
        progress = m_store.progress(m_saved.id, &error);
        if (!error.isEmpty())
            MessageBoxes::warning(this, tr("Study plan"), error);
    }

    const StudyPlanRequest request =
        StudyPlanRequestBuilder::build(m_saved, path, roleName(m_saved.roleSlug), m_knownSkills, progress);
    const StudyPlanResult result = StudyPlanScheduler().schedule(request);
    m_plan = result.ok() ? result.plan : StudyPlan();
    m_scheduleError = result.ok() ? QString() : result.errorMessage;
    const QStringList known = m_saved.skipKnown ? StudyPlanRequestBuilder::knownSteps(path, m_knownSkills)
                                                : QStringList();
    m_knownSteps = QSet<QString>(known.cbegin(), known.cend());
    const QStringList skipped = StudyPlanRequestBuilder::skippedSteps(path, progress);
    m_skippedSteps = QSet<QString>(skipped.cbegin(), skipped.cend());

    // Keep the person's place in the progress table across the reset.
    const QModelIndex current = m_ui->progressTable->currentIndex();
    const QString currentSlug = current.isValid() ? m_progressModel->slugAt(current.row()) : QString();
    const int currentColumn = current.isValid() ? current.column() : int(StepProgressModel::DoneColumn);

    m_weekModel->setPlan(m_plan, progress);
    if (m_saved.id > 0 && m_writable) {
        const qint64 planId = m_saved.id;
        m_progressModel->setCommitter(
            [this, planId](const QString& slug, const StepProgress& read, const StepProgress& edited,
                           StepProgress* stored) { return m_store.changeProgress(planId, slug, read, edited, stored); },
            planId);
    } else {
        m_progressModel->setCommitter(nullptr);
    }
    m_progressModel->setPlan(path, m_plan, m_knownSteps, progress);

    QHeaderView* weekHeader = m_ui->weekTable->horizontalHeader();
    m_ui->weekTable->resizeColumnsToContents();
    weekHeader->setSectionResizeMode(PlanWeekModel::StepsColumn, QHeaderView::Stretch);
    if (weekHeader->sectionSize(PlanWeekModel::MilestonesColumn) > MilestonesColumnWidth)
        weekHeader->resizeSection(PlanWeekModel::MilestonesColumn, MilestonesColumnWidth);
    m_ui->weekTable->resizeRowsToContents();
    QHeaderView* progressHeader = m_ui->progressTable->horizontalHeader();
    m_ui->progressTable->resizeColumnsToContents();
    if (progressHeader->sectionSize(StepProgressModel::StepColumn) > ProgressStepColumnWidth)
        progressHeader->resizeSection(StepProgressModel::StepColumn, ProgressStepColumnWidth);
    progressHeader->setSectionResizeMode(StepProgressModel::NoteColumn, QHeaderView::Stretch);

    const int row = m_progressModel->rowOf(currentSlug);
    if (row >= 0)
        m_ui->progressTable->setCurrentIndex(m_progressModel->index(row, currentColumn));
    const int thisWeek = m_weekModel->rowOfDate(QDate::currentDate());
    if (thisWeek >= 0)
        m_ui->weekTable->scrollTo(m_weekModel->index(thisWeek, 0), QAbstractItemView::PositionAtTop);

    updateSummary();
    updateFormState();
}

void LearningPathTab::onProgressChanged()
{
    // Skipping a step (or taking it back) changes what is scheduled; other changes only tick boxes.
    const QStringList skipped =
        StudyPlanRequestBuilder::skippedSteps(StudyPlanRequestBuilder::forRoute(pathFor(m_saved.pathSlug),
                                                                                m_saved.routeSlug),
                                              m_progressModel->progress());
    if (QSet<QString>(skipped.cbegin(), skipped.cend()) != m_skippedSteps) {
        // Queued: this runs inside the model's setData(), which must finish before the model is reset.
        if (!m_rescheduleQueued) {
            m_rescheduleQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    reschedule();
                    emit statusMessage(m_plan.weeks.isEmpty()
                                           ? tr("The plan could not be scheduled again: %1").arg(m_scheduleError)
                                           : tr("Scheduled again (weeks: %1).").arg(m_plan.weekCount()));
                },
                Qt::QueuedConnection);
        }
        return;
    }
    m_weekModel->setProgress(m_progressModel->progress());
    updateSummary();
}

void LearningPathTab::updateSummary()
{
    QStringList lines;
    const QString title = html::escape(m_saved.name.isEmpty() ? tr("Study plan") : m_saved.name);
    if (m_plan.weeks.isEmpty()) {
        if (!m_scheduleError.isEmpty()) {
            lines.append(QStringLiteral("<b>%1</b>").arg(title));
            lines.append(html::escape(tr("This plan cannot be scheduled: %1").arg(m_scheduleError)));
        } else {
            lines.append(QStringLiteral("<b>%1</b>").arg(html::escape(tr("New plan"))));
            lines.append(html::escape(tr("Choose a target, a route, a start date and your hours per week, then press "
                                         "Generate plan. The plan is saved at once, and you can keep several.")));
        }
        m_ui->summaryLabel->setText(lines.join(QStringLiteral("<br/>")));
        return;
    }

    const QString route = routeName(m_saved.routeSlug);
    QString target = tr("Towards %1").arg(m_plan.targetRole);
    if (!route.isEmpty())
        target = tr("Towards %1, by way of: %2").arg(m_plan.targetRole, route);
    lines.append(QStringLiteral("<b>%1</b> \u2014 %2").arg(title, html::escape(target)));

    const QLocale locale;
    lines.append(html::escape(tr("%1 h a week \u00B7 %2 \u00B7 weeks: %3 \u00B7 study time: %4 h")
                                  .arg(m_plan.hoursPerWeek)
                                  .arg(StudyPlanDocument::formatWeekDates(m_plan.startDate, m_plan.endDate))
                                  .arg(m_plan.weekCount())
                                  .arg(locale.toString(m_plan.totalHours))));

    const int scheduled = int(m_plan.orderedSlugs.size());
    const int done = m_progressModel->doneCount();
    QString progress = tr("Steps done: %1 of %2").arg(done).arg(scheduled);
    const QHash<QString, StepProgress>& marks = m_progressModel->progress();
    for (const StudyPlanMilestone& milestone : std::as_const(m_plan.milestones)) {
        if (marks.value(milestone.stepSlug).status != StepProgress::Status::Done) {
            progress += QStringLiteral(" \u00B7 ") +
                        tr("next milestone: %1 by %2 (week %3)")
                            .arg(milestone.title, StudyPlanDocument::formatDate(milestone.date))
                            .arg(milestone.weekIndex);
            break;
        }
    }
    if (done == scheduled)
        progress += QStringLiteral(" \u00B7 ") + tr("every step is done");
    lines.append(html::escape(progress));

    QStringList leftOut;
    if (!m_knownSteps.isEmpty())
        leftOut.append(tr("left out as already known: %1").arg(m_knownSteps.size()));
    if (!m_skippedSteps.isEmpty())
        leftOut.append(tr("skipped by you: %1").arg(m_skippedSteps.size()));
    if (!m_writable)
        leftOut.append(tr("read-only: progress cannot be saved"));
    if (!leftOut.isEmpty())
        lines.append(html::muted(html::escape(leftOut.join(QStringLiteral(" \u00B7 ")))));
    m_ui->summaryLabel->setText(lines.join(QStringLiteral("<br/>")));
}

// ---- Print and export ------------------------------------------------------------------------------------------

StudyPlanHeader LearningPathTab::header() const
{
    StudyPlanHeader header = StudyPlanHeader::fromPlan(m_plan);
    const QString route = routeName(m_saved.routeSlug);
    if (!route.isEmpty())
        header.route = route;
    return header;
}

bool LearningPathTab::ensurePlan()
{
    load();
    if (!m_plan.weeks.isEmpty())
        return true;
    showPage(PlanPage);
    MessageBoxes::information(this, tr("Study plan"),
                              m_scheduleError.isEmpty()
                                  ? tr("There is no study plan yet. On Learning Path \u2192 Study plan, choose your "
                                       "settings and press Generate plan.")
                                  : tr("This plan cannot be scheduled: %1").arg(m_scheduleError));
    return false;
}

QPageSize::PageSizeId LearningPathTab::pageSize() const
{
    // Letter where it is the local paper, A4 elsewhere; the document fits both.
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

QString LearningPathTab::suggestedPath(const QString& suffix) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(fileNameFor(m_plan.title) + suffix);
}

void LearningPathTab::printPlan()
{
    if (!ensurePlan())
        return;
    // Shared with the paint handler, which the dialog may call again (page setup, the real print) until it closes.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(pageSize()));
    printer->setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    printer->setDocName(m_plan.title);
    auto* dialog = new QPrintPreviewDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Study Plan"));
    const StudyPlan plan = m_plan;
    const QList<LearningStep> steps = pathFor(m_plan.pathSlug).steps;
    const StudyPlanHeader top = header();
    const QHash<QString, StepProgress> progress = m_progressModel->progress();
    connect(dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, printer, plan, steps, top, progress](QPrinter* target) {
                Q_UNUSED(printer) // captured only to live as long as the dialog
                StudyPlanDocument document(plan, steps, top, progress);
                QString error;
                if (document.render(target, &error) < 0)
                    MessageBoxes::warning(this, tr("Print Study Plan"), error);
            });
    dialog->open();
}

void LearningPathTab::exportPdf()
{
    if (!ensurePlan())
        return;
    QString path = FileDialogs::getSaveFileName(this, tr("Export Study Plan as PDF"), suggestedPath(QStringLiteral(".pdf")),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    StudyPlanDocument document(m_plan, pathFor(m_plan.pathSlug).steps, header(), m_progressModel->progress());
    QString error;
    int pages = 0;
    if (!document.writePdf(path, pageSize(), &error, &pages)) {
        MessageBoxes::warning(this, tr("Export PDF"), error);
        return;
    }
    emit statusMessage(tr("Saved the study plan to %1 (pages: %2).").arg(QDir::toNativeSeparators(path)).arg(pages));
}

void LearningPathTab::exportCalendar()
{
    if (!ensurePlan())
        return;
    QString path = FileDialogs::getSaveFileName(this, tr("Export Study Plan as Calendar"),
                                                suggestedPath(QStringLiteral(".ics")),
                                                tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    QString error;
    if (!ICalendarWriter().writeFile(path, m_plan, QDateTime::currentDateTimeUtc(), &error)) {
        MessageBoxes::warning(this, tr("Export Calendar"), error);
        return;
    }
    emit statusMessage(tr("Saved the study plan as a calendar to %1 (one event a week, %2 events).")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(m_plan.weekCount()));
}

} // namespace cg
