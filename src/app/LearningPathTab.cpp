#include "LearningPathTab.h"

#include "CareerFitPage.h"
#include "LearningRoutesPage.h"
#include "MessageBoxes.h"
#include "StudyPlanPage.h"
#include "repositories/CareerFitRepository.h"
#include "session/StudyPlanSession.h"
#include "ui_LearningPathTab.h"

namespace cg {

LearningPathTab::LearningPathTab(const LearningRepository& learning, const RoleRepository& roles,
                                 const SkillRepository& skills, const SourceRepository& sources,
                                 const SkillAssessmentStore& assessment, StudyPlanStore& plans, bool writable,
                                 Settings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LearningPathTab>()),
      m_session(std::make_unique<StudyPlanSession>(learning, roles, assessment, plans, writable, settings))
{
    m_ui->setupUi(this);
    m_routesPage = new LearningRoutesPage(*m_session, skills, sources, settings);
    m_planPage = new StudyPlanPage(*m_session, settings);
    m_ui->pages->addTab(m_routesPage, tr("R&outes and steps"));
    m_ui->pages->addTab(m_planPage, tr("Stud&y plan"));

    connect(m_session.get(), &StudyPlanSession::warning, this,
            [this](const QString& title, const QString& message) { MessageBoxes::warning(this, title, message); });
    connect(m_session.get(), &StudyPlanSession::statusMessage, this, &LearningPathTab::statusMessage);
    connect(m_planPage, &StudyPlanPage::statusMessage, this, &LearningPathTab::statusMessage);
    connect(m_routesPage, &LearningRoutesPage::locationChanged, this, &LearningPathTab::locationChanged);
}

LearningPathTab::~LearningPathTab()
{
    // The pages commit an edit still open into the session: they go before it.
    delete m_ui->pages;
}

void LearningPathTab::addCareerFitPage(std::unique_ptr<CareerFitRepository> careers,
                                       const SkillAssessmentStore& assessment)
{
    m_careerFit = std::move(careers);
    auto* page = new cg::CareerFitPage(*m_careerFit, assessment);
    // No mnemonic: every letter of the title is taken on the study plan page, whose tabs show beside this one.
    m_ui->pages->addTab(page, tr("Careers that fit me"));
    connect(page, &CareerFitPage::careerActivated, this, &LearningPathTab::careerActivated);
    connect(page, &CareerFitPage::skillsTabRequested, this, &LearningPathTab::skillsTabRequested);
    connect(page, &CareerFitPage::planMoveRequested, this, [this](const QString& code, const QString& title) {
        if (m_session->planMove(code, title))
            showPage(PlanPage);
    });
}

void LearningPathTab::showEvent(QShowEvent* event)
{
    // The self-assessment may have changed on the Skills tab since this tab was last shown.
    if (m_session->isLoaded())
        m_session->refreshKnownSkills();
    else
        load();
    QWidget::showEvent(event);
}

void LearningPathTab::reloadUserData()
{
    if (!m_session->isLoaded())
        return;
    m_session->reloadUserData();
    m_planPage->retryUnsavedNotes();
}

void LearningPathTab::load()
{
    // The pages fill themselves from the session's signals.
    m_session->load();
}

NavigationHistory::Location LearningPathTab::currentLocation() const
{
    return m_ui->pages->currentWidget() == m_routesPage ? m_routesPage->currentLocation()
                                                        : NavigationHistory::Location{};
}

int LearningPathTab::stepCount() const
{
    return m_routesPage->stepCount();
}

void LearningPathTab::showPage(Page page)
{
    m_ui->pages->setCurrentIndex(int(page));
}

void LearningPathTab::selectStep(const QString& pathAndStep)
{
    load();
    showPage(RoutesPage);
    m_routesPage->selectStep(pathAndStep);
}

void LearningPathTab::selectResource(const QString& resourceSlug)
{
    load();
    showPage(RoutesPage);
    m_routesPage->selectResource(resourceSlug);
}

bool LearningPathTab::hasPlan()
{
    load();
    return m_session->hasPlan();
}

const StudyPlan& LearningPathTab::currentPlan() const
{
    return m_session->plan();
}

const SavedStudyPlan& LearningPathTab::currentSavedPlan() const
{
    return m_session->savedPlan();
}

bool LearningPathTab::ensurePlan()
{
    load();
    if (m_session->hasPlan())
        return true;
    showPage(PlanPage);
    MessageBoxes::information(this, tr("Study plan"),
                              m_session->scheduleError().isEmpty()
                                  ? tr("There is no study plan yet. On Learning Path \u2192 Study plan, choose your "
                                       "settings and press Generate plan.")
                                  : tr("This plan cannot be scheduled: %1").arg(m_session->scheduleError()));
    return false;
}

void LearningPathTab::printPlan()
{
    if (ensurePlan())
        m_planPage->printPlan();
}

void LearningPathTab::exportPdf()
{
    if (ensurePlan())
        m_planPage->exportPdf();
}

void LearningPathTab::exportCalendar()
{
    if (ensurePlan())
        m_planPage->exportCalendar();
}

} // namespace cg
