#include "StudyPlanPage.h"

#include "ComboToolTip.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "NoteDelegate.h"
#include "ProgressStatusDelegate.h"
#include "SplitterState.h"
#include "StepTopicsPanel.h"
#include "documents/PlanSummaryDocument.h"
#include "documents/StudyPlanDocument.h"
#include "models/PlanWeekModel.h"
#include "models/StepProgressModel.h"
#include "plan/StudyPlanScheduler.h"
#include "session/StudyPlanSession.h"
#include "ui_StudyPlanPage.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace cg {

namespace {
// Widest a column may start out; longer text is elided and shown whole in its tooltip.
constexpr int MilestonesColumnWidth = 240;
constexpr int ProgressStepColumnWidth = 300;
constexpr int RoleSlugRole = Qt::UserRole + 1; // of the target combo's items
} // namespace

StudyPlanPage::StudyPlanPage(StudyPlanSession& session, Settings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::StudyPlanPage>()), m_session(session),
      m_weekModel(new PlanWeekModel(this)), m_progressModel(new StepProgressModel(this))
{
    m_ui->setupUi(this);
    // Made after the form, so its widgets come last in the tab order, after the steps table.
    m_topicsPanel = new StepTopicsPanel(session, m_ui->topicsPane);
    m_topicsPanel->setObjectName(QStringLiteral("stepTopicsPanel"));
    m_ui->topicsPaneLayout->addWidget(m_topicsPanel);
    ComboToolTip::installOnAll(this); // a choice too long for its box is shown whole on hover
    m_ui->weekTable->setModel(m_weekModel);
    m_ui->weekTable->verticalHeader()->hide();
    m_ui->progressTable->setModel(m_progressModel);
    m_ui->progressTable->verticalHeader()->hide();
    m_ui->progressTable->setItemDelegateForColumn(StepProgressModel::StatusColumn, new ProgressStatusDelegate(this));
    m_ui->progressTable->setItemDelegateForColumn(StepProgressModel::NoteColumn, new NoteDelegate(this));
    m_ui->planSplitter->setStretchFactor(0, 3);
    m_ui->planSplitter->setStretchFactor(1, 2);
    m_ui->planSplitter->setStretchFactor(2, 2);
    // Its own key since the topics pane came: sizes kept for two panes would squeeze the third to nothing.
    keepSplitterState(m_ui->planSplitter, settings, QStringLiteral("learning-plan-topics"));

    m_ui->hoursSpin->setRange(StudyPlanScheduler::MinHoursPerWeek, StudyPlanScheduler::MaxHoursPerWeek);
    m_ui->hoursSpin->setValue(StudyPlanSession::DefaultHoursPerWeek);
    m_ui->hoursSpin->setToolTip(tr("Between %1 and %2 hours a week")
                                    .arg(StudyPlanScheduler::MinHoursPerWeek)
                                    .arg(StudyPlanScheduler::MaxHoursPerWeek));
    // The whole range a plan may have, so a saved date is shown as it is, never clamped to something else.
    m_ui->startDateEdit->setDateRange(StudyPlanScheduler::earliestStartDate(), StudyPlanScheduler::latestDate());
    m_ui->startDateEdit->setDate(StudyPlanSession::nextMonday(QDate::currentDate()));
    m_ui->reminderCombo->addItem(tr("No reminder"), int(CalendarReminder::None));
    m_ui->reminderCombo->addItem(tr("At 09:00 on the first day"), int(CalendarReminder::MorningOfFirstDay));
    m_ui->reminderCombo->addItem(tr("At 09:00 the day before"), int(CalendarReminder::DayBefore));
    m_ui->reminderCombo->addItem(tr("At 09:00 a week before"), int(CalendarReminder::WeekBefore));

    connect(m_ui->planCombo, &QComboBox::activated, this,
            [this] { m_session.selectPlan(m_ui->planCombo->currentData().toLongLong()); });
    connect(m_ui->newPlanButton, &QPushButton::clicked, this, [this] {
        m_session.startNewPlan();
        m_ui->nameEdit->setFocus();
        m_ui->nameEdit->selectAll();
    });
    connect(m_ui->deletePlanButton, &QPushButton::clicked, this, &StudyPlanPage::deletePlan);
    connect(m_ui->generateButton, &QPushButton::clicked, this, &StudyPlanPage::generate);
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this, &StudyPlanPage::generate);
    connect(m_ui->targetCombo, &QComboBox::currentIndexChanged, this, &StudyPlanPage::updateFormState);
    connect(m_ui->skipKnownCheck, &QCheckBox::toggled, this, &StudyPlanPage::updateFormState);
    connect(m_ui->hoursSpin, &QSpinBox::valueChanged, this, &StudyPlanPage::updateFormState);
    connect(m_ui->routeCombo, &QComboBox::currentIndexChanged, this, &StudyPlanPage::updateFormState);
    connect(m_ui->printButton, &QPushButton::clicked, this, &StudyPlanPage::printPlan);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &StudyPlanPage::exportPdf);
    connect(m_ui->calendarButton, &QPushButton::clicked, this, &StudyPlanPage::exportCalendar);
    connect(m_progressModel, &StepProgressModel::commitFailed, this, [this](const QString& message) {
        if (!m_progressModel->hasUnsavedChanges()) {
            MessageBoxes::warning(this, tr("Study plan"), message);
            return;
        }
        if (MessageBoxes::question(this, tr("Study plan"), tr("%1\n\nTry to save it again now?").arg(message)))
            m_progressModel->retryUnsaved();
    });
    // The topics pane follows the step picked in the steps table.
    connect(m_ui->progressTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_topicsPanel->setStep(m_progressModel->slugAt(current.row()));
            });
    connect(m_progressModel, &StepProgressModel::waitingForDatabase, this, &StudyPlanPage::statusMessage);
    // Queued: the refusal is reported from inside the model's setData(), which must finish before a reset.
    connect(m_progressModel, &StepProgressModel::staleProgress, &m_session, &StudyPlanSession::reloadUserData,
            Qt::QueuedConnection);

    connect(&m_session, &StudyPlanSession::contentLoaded, this, &StudyPlanPage::loadChoices);
    connect(&m_session, &StudyPlanSession::plansChanged, this, &StudyPlanPage::fillPlanList);
    connect(&m_session, &StudyPlanSession::planSelected, this, &StudyPlanPage::showSelectedPlan);
    connect(&m_session, &StudyPlanSession::scheduleChanged, this, &StudyPlanPage::showSchedule);
    connect(&m_session, &StudyPlanSession::progressChanged, this, &StudyPlanPage::showProgress);
    connect(&m_session, &StudyPlanSession::knownSkillsChanged, this, &StudyPlanPage::updateFormState);
    // A new plan starts from the choices on screen.
    m_session.setDraftSource([this] { return formPlan(); });
}

StudyPlanPage::~StudyPlanPage()
{
    m_session.setDraftSource(nullptr);
}

// ---- The session's state on screen ------------------------------------------------------------------------------

void StudyPlanPage::retryUnsavedNotes()
{
    if (m_progressModel->hasUnsavedChanges())
        m_progressModel->retryUnsaved();
}

void StudyPlanPage::loadChoices()
{
    for (const StudyPlanTarget& target : m_session.targets()) {
        m_ui->targetCombo->addItem(target.label, target.pathSlug);
        m_ui->targetCombo->setItemData(m_ui->targetCombo->count() - 1, target.roleSlug, RoleSlugRole);
        m_ui->targetCombo->setItemData(m_ui->targetCombo->count() - 1, target.pathName, Qt::ToolTipRole);
    }
    for (const EducationRoute& route : m_session.routes()) {
        m_ui->routeCombo->addItem(route.name, route.slug);
        m_ui->routeCombo->setItemData(m_ui->routeCombo->count() - 1, route.description, Qt::ToolTipRole);
    }
    fillForm(m_session.defaultChoices());
}

void StudyPlanPage::fillPlanList()
{
    const QSignalBlocker blocker(m_ui->planCombo);
    m_ui->planCombo->clear();
    for (const SavedStudyPlan& plan : m_session.savedPlans())
        m_ui->planCombo->addItem(plan.name, plan.id);
}

void StudyPlanPage::showSelectedPlan()
{
    const SavedStudyPlan& plan = m_session.savedPlan();
    m_ui->planCombo->setCurrentIndex(plan.id > 0 ? m_ui->planCombo->findData(plan.id) : -1);
    fillForm(plan);
}

void StudyPlanPage::showSchedule()
{
    // Keep the person's place in the progress table across the reset.
    const QModelIndex current = m_ui->progressTable->currentIndex();
    const QString currentSlug = current.isValid() ? m_progressModel->slugAt(current.row()) : QString();
    const int currentColumn = current.isValid() ? current.column() : int(StepProgressModel::DoneColumn);

    m_weekModel->setPlan(m_session.plan(), m_session.progress());
    if (m_session.canRecordProgress()) {
        const qint64 planId = m_session.savedPlan().id;
        m_progressModel->setCommitter(
            [this, planId](const QString& slug, const StepProgress& read, const StepProgress& edited,
                           StepProgress* stored) {
                return m_session.recordProgress(planId, slug, read, edited, stored);
            },
            planId);
    } else {
        m_progressModel->setCommitter(nullptr);
    }
    m_progressModel->setPlan(m_session.routePath(), m_session.plan(), m_session.knownSteps(), m_session.progress(),
                             m_session.doneTopics());

    // A new plan has nothing scheduled yet: its empty tables keep their columns.
    if (!m_session.routePath().steps.isEmpty()) {
        fitColumns();
        const int row = m_progressModel->rowOf(currentSlug);
        if (row >= 0)
            m_ui->progressTable->setCurrentIndex(m_progressModel->index(row, currentColumn));
        const int thisWeek = m_weekModel->rowOfDate(QDate::currentDate());
        if (thisWeek >= 0)
            m_ui->weekTable->scrollTo(m_weekModel->index(thisWeek, 0), QAbstractItemView::PositionAtTop);
    }
    updateSummary();
    updateFormState();
}

void StudyPlanPage::fitColumns()
{
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
}

void StudyPlanPage::showProgress()
{
    m_weekModel->setProgress(m_session.progress());
    updateSummary();
}

void StudyPlanPage::updateSummary()
{
    m_ui->summaryLabel->setText(PlanSummaryDocument::summary(m_session.summary()));
}

// ---- The form ---------------------------------------------------------------------------------------------------

void StudyPlanPage::fillForm(const SavedStudyPlan& plan)
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
    // A stored pace out of range (the summary says why it cannot be scheduled) shows as the nearest bound.
    m_ui->hoursSpin->setValue(int(qBound(qint64(StudyPlanScheduler::MinHoursPerWeek), plan.hoursPerWeek,
                                         qint64(StudyPlanScheduler::MaxHoursPerWeek))));
    m_ui->skipKnownCheck->setChecked(plan.skipKnown);
    updateFormState();
}

SavedStudyPlan StudyPlanPage::formPlan() const
{
    SavedStudyPlan plan;
    plan.id = m_session.savedPlan().id;
    plan.createdAt = m_session.savedPlan().createdAt;
    plan.name = m_ui->nameEdit->text().trimmed();
    plan.pathSlug = m_ui->targetCombo->currentData().toString();
    plan.roleSlug = m_ui->targetCombo->currentData(RoleSlugRole).toString();
    plan.routeSlug = m_ui->routeCombo->currentData().toString();
    plan.startDate = m_ui->startDateEdit->date();
    plan.hoursPerWeek = m_ui->hoursSpin->value();
    plan.skipKnown = m_ui->skipKnownCheck->isChecked();
    return plan;
}

void StudyPlanPage::updateFormState()
{
    m_ui->deletePlanButton->setEnabled(m_session.isWritable() && m_session.savedPlan().id > 0);
    const bool scheduled = m_session.hasPlan();
    m_ui->printButton->setEnabled(scheduled);
    m_ui->pdfButton->setEnabled(scheduled);
    m_ui->calendarButton->setEnabled(scheduled);
    m_ui->reminderCombo->setEnabled(scheduled);
    m_ui->generateButton->setText(m_session.savedPlan().id > 0 ? tr("&Generate again and save") : tr("&Generate plan"));
    const QString note = m_session.knownStepsNote(m_ui->targetCombo->currentData().toString(),
                                                  m_ui->routeCombo->currentData().toString(),
                                                  m_ui->skipKnownCheck->isChecked(), m_ui->hoursSpin->value());
    m_ui->knownLabel->setText(PlanSummaryDocument::knownStepsNote(note));
}

void StudyPlanPage::generate()
{
    const SavedStudyPlan choices = formPlan();
    if (!m_session.generate(choices) && choices.name.isEmpty())
        m_ui->nameEdit->setFocus();
}

void StudyPlanPage::deletePlan()
{
    const SavedStudyPlan& plan = m_session.savedPlan();
    if (plan.id <= 0)
        return;
    if (!MessageBoxes::question(this, tr("Delete Study Plan"),
                                tr("Delete the plan \u201C%1\u201D and the progress and notes recorded in it? "
                                   "This cannot be undone.")
                                    .arg(plan.name)))
        return;
    m_session.removeCurrentPlan();
}

// ---- Print and export -------------------------------------------------------------------------------------------

QPageSize::PageSizeId StudyPlanPage::pageSize()
{
    // Letter where it is the local paper, A4 elsewhere; the document fits both.
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

QString StudyPlanPage::suggestedPath(const QString& suffix) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(m_session.suggestedFileName() + suffix);
}

void StudyPlanPage::printPlan()
{
    // Shared with the paint handler, which the dialog may call again (page setup, the real print) until it closes.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(pageSize()));
    printer->setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    printer->setDocName(m_session.plan().title);
    auto* dialog = new QPrintPreviewDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Study Plan"));
    const StudyPlan plan = m_session.plan();
    const QList<LearningStep> steps = m_session.planSteps();
    const StudyPlanHeader top = m_session.header();
    const QHash<QString, StepProgress> progress = m_session.progressWithTopics();
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

void StudyPlanPage::exportPdf()
{
    QString path = FileDialogs::getSaveFileName(this, tr("Export Study Plan as PDF"),
                                                suggestedPath(QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    int pages = 0;
    if (!m_session.writePdf(path, pageSize(), &error, &pages)) {
        MessageBoxes::warning(this, tr("Export PDF"), error);
        return;
    }
    emit statusMessage(tr("Saved the study plan to %1 (pages: %2).").arg(QDir::toNativeSeparators(path)).arg(pages));
}

void StudyPlanPage::exportCalendar()
{
    QString path = FileDialogs::getSaveFileName(this, tr("Export Study Plan as Calendar"),
                                                suggestedPath(QStringLiteral(".ics")), tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    QString error;
    CalendarUpdate written;
    const auto reminder = static_cast<CalendarReminder>(m_ui->reminderCombo->currentData().toInt());
    if (!m_session.writeCalendar(path, QDateTime::currentDateTimeUtc(), &error, reminder, &written)) {
        MessageBoxes::warning(this, tr("Export Calendar"), error);
        return;
    }
    const QString where = QDir::toNativeSeparators(path);
    if (written.cancelledCount() == 0)
        emit statusMessage(tr("Saved the study plan as a calendar to %1 (one event a step, %2 events).")
                               .arg(where)
                               .arg(written.liveCount()));
    else
        emit statusMessage(tr("Saved the study plan as a calendar to %1 (one event a step, %2 events; %3 cancelled).")
                               .arg(where)
                               .arg(written.liveCount())
                               .arg(written.cancelledCount()));
}

} // namespace cg
