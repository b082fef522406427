#pragma once

#include "content/LearningStep.h"
#include "content/Source.h"
#include "plan/StudyPlan.h"
#include "print/StudyPlanHeader.h"
#include "user/SavedStudyPlan.h"

#include <QHash>
#include <QPageSize>
#include <QSet>
#include <QWidget>
#include <memory>

namespace Ui {
class LearningPathTab;
}

namespace cg {

class LearningRepository;
class PlanWeekModel;
class RoleRepository;
class RouteTableModel;
class Settings;
class SkillAssessmentStore;
class SkillRepository;
class SourceRepository;
class StepProgressModel;
class StepTableModel;
class StudyPlanStore;

// Learning Path: the routes into a role and the ordered steps towards it (first page), and the person's named study
// plans (second page): choose a pace and a start date, get dated weeks with milestones, tick steps off, print the
// plan, save it as PDF or as a calendar.
class LearningPathTab final : public QWidget
{
    Q_OBJECT

public:
    enum Page { RoutesPage, PlanPage };

    LearningPathTab(const LearningRepository& learning, const RoleRepository& roles, const SkillRepository& skills,
                    const SourceRepository& sources, const SkillAssessmentStore& assessment, StudyPlanStore& plans,
                    bool writable, Settings& settings, QWidget* parent = nullptr);
    ~LearningPathTab() override;

    int stepCount() const;
    void showPage(Page page);
    // Shows one step (ref: path/step, as the search index writes it), or the first step using a resource.
    void selectStep(const QString& pathAndStep);
    void selectResource(const QString& resourceSlug);

    // The plan on screen (empty when none is scheduled) and the saved plan it comes from (id 0 when unsaved).
    bool hasPlan();
    const StudyPlan& currentPlan() const { return m_plan; }
    const SavedStudyPlan& currentSavedPlan() const { return m_saved; }

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

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void loadFormChoices();
    void reloadPlanList(qint64 selectId);
    void refreshKnownSkills();

    void showPath();
    void showRoute(const QModelIndex& index);
    void showStep(const QModelIndex& index);

    void selectSavedPlan();
    void startNewPlan();
    void deleteCurrentPlan();
    void generate();
    void fillForm(const SavedStudyPlan& plan);
    SavedStudyPlan formPlan() const;
    void updateFormState();

    // Schedules m_saved again from the current content, self-assessment and progress, and shows the result.
    void reschedule();
    void onProgressChanged();
    void updateSummary();

    bool ensurePlan();
    StudyPlanHeader header() const;
    QString suggestedPath(const QString& suffix) const;
    QPageSize::PageSizeId pageSize() const;

    const LearningPath& pathFor(const QString& slug);
    QString roleName(const QString& slug) const;
    QString routeName(const QString& slug) const;
    QString citation(const QString& sourceId, const QString& asOf = {}) const;
    QString citations(const QStringList& sourceIds) const;

    std::unique_ptr<Ui::LearningPathTab> m_ui;
    const LearningRepository& m_learning;
    const RoleRepository& m_roles;
    const SkillRepository& m_skills;
    const SourceRepository& m_sources;
    const SkillAssessmentStore& m_assessment;
    StudyPlanStore& m_store;
    const bool m_writable;
    Settings& m_settings;

    StepTableModel* m_stepModel;
    RouteTableModel* m_routeModel;
    PlanWeekModel* m_weekModel;
    StepProgressModel* m_progressModel;

    bool m_loaded = false;
    QHash<QString, LearningPath> m_pathCache;
    QList<EducationRoute> m_routes;
    QHash<QString, QString> m_roleNames;
    QHash<QString, QString> m_skillNames;
    QHash<QString, Source> m_sourceById;
    QSet<QString> m_knownSkills;

    SavedStudyPlan m_saved;         // the plan being shown; id 0 while a new plan is being set up
    StudyPlan m_plan;               // its schedule, empty when it could not be scheduled
    QSet<QString> m_knownSteps;     // steps left out as known when m_plan was scheduled
    QSet<QString> m_skippedSteps;   // steps left out by choice when m_plan was scheduled
    QString m_scheduleError;        // why m_plan is empty
    bool m_rescheduleQueued = false;
};

} // namespace cg
