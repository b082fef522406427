#pragma once

#include "plan/SavedStudyPlan.h"
#include "plan/StudyPlan.h"
#include "session/NavigationHistory.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LearningPathTab;
}

namespace cg {

class CareerFitPage;
class CareerFitRepository;
class LearningRepository;
class LearningRoutesPage;
class RoleRepository;
class Settings;
class SkillAssessmentStore;
class SkillRepository;
class SourceRepository;
class StudyPlanPage;
class StudyPlanSession;
class StudyPlanStore;

// Learning Path: the routes into a role and the ordered steps towards it (first page), and the person's named study
// plans (second page): choose a pace and a start date, get dated weeks with milestones, tick steps off, print the
// plan, save it as PDF or as a calendar. The plans' state lives in a StudyPlanSession that both pages share; this
// tab holds them, reads the content when first shown, and answers the File menu's study-plan commands. A third page,
// Careers that fit me (CareerFitPage), ranks every career by fit and shows the career moves from a current job.
class LearningPathTab final : public QWidget
{
    Q_OBJECT

public:
    enum Page
    {
        RoutesPage,
        PlanPage,
        FitPage
    };

    LearningPathTab(const LearningRepository& learning, const RoleRepository& roles, const SkillRepository& skills,
                    const SourceRepository& sources, const SkillAssessmentStore& assessment, StudyPlanStore& plans,
                    bool writable, Settings& settings, QWidget* parent = nullptr);
    ~LearningPathTab() override;

    // Adds the "Careers that fit me" page, which reads the careers through `careers` when first shown.
    void addCareerFitPage(std::unique_ptr<CareerFitRepository> careers, const SkillAssessmentStore& assessment);

    int stepCount() const;
    void showPage(Page page);
    // Shows one step (ref: path/step, as the search index writes it), or the first step using a resource.
    void selectStep(const QString& pathAndStep);
    void selectResource(const QString& resourceSlug);
    // The step shown on the routes page, for Back and Forward; none while the study plan page is shown.
    NavigationHistory::Location currentLocation() const;

    // The plan on screen (empty when none is scheduled) and the saved plan it comes from (id 0 when unsaved).
    bool hasPlan();
    const StudyPlan& currentPlan() const;
    const SavedStudyPlan& currentSavedPlan() const;

    // File menu commands. Each explains itself with a message when there is no plan yet.
    void printPlan();
    void exportPdf();
    void exportCalendar();

public slots:
    // Another window changed the user data: show what is saved now (unsaved notes stay and are tried again).
    void reloadUserData();

signals:
    // A short confirmation for the status bar ("Saved … to …").
    void statusMessage(const QString& message);
    // Another step was selected, by the person or a jump: see currentLocation().
    void locationChanged(const QString& kind, const QString& ref);
    // From the fit page: a career to show (kind "role" or "occupation"), or the Skills tab.
    void careerActivated(const QString& kind, const QString& ref);
    void skillsTabRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    bool ensurePlan();

    std::unique_ptr<Ui::LearningPathTab> m_ui;
    std::unique_ptr<StudyPlanSession> m_session;
    LearningRoutesPage* m_routesPage;
    StudyPlanPage* m_planPage;
    std::unique_ptr<CareerFitRepository> m_careerFit;
};

} // namespace cg
