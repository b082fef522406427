#pragma once

#include "plan/SavedStudyPlan.h"

#include <QPageSize>
#include <QWidget>

#include <memory>

namespace Ui {
class StudyPlanPage;
}

namespace cg {

class PlanWeekModel;
class Settings;
class StepProgressModel;
class StepTopicsPanel;
class StudyPlanSession;

// The Learning Path's second page: the person's named study plans. The form holds one plan's choices (target, route,
// start date, pace, skipping what is known); the session schedules and saves them, and this page shows the result:
// a summary, the dated weeks, and the steps to tick off, set a status on and annotate. Print and export the plan
// shown from here or from the File menu.
class StudyPlanPage final : public QWidget
{
    Q_OBJECT

public:
    StudyPlanPage(StudyPlanSession& session, Settings& settings, QWidget* parent = nullptr);
    ~StudyPlanPage() override;

    // The caller makes sure a plan is scheduled.
    void printPlan();
    void exportPdf();
    void exportCalendar();
    // Notes that could not be saved (the data file was locked) are tried again.
    void retryUnsavedNotes();

signals:
    // A short confirmation for the status bar ("Saved … to …").
    void statusMessage(const QString& message);

private:
    void loadChoices();
    void fillPlanList();
    void showSelectedPlan();
    void showSchedule();
    void showProgress();
    void fitColumns();

    void fillForm(const SavedStudyPlan& plan);
    SavedStudyPlan formPlan() const;
    void updateFormState();
    void updateSummary();
    void generate();
    void deletePlan();

    QString suggestedPath(const QString& suffix) const;
    static QPageSize::PageSizeId pageSize();

    std::unique_ptr<Ui::StudyPlanPage> m_ui;
    StudyPlanSession& m_session;
    PlanWeekModel* m_weekModel;
    StepProgressModel* m_progressModel;
    StepTopicsPanel* m_topicsPanel = nullptr;
};

} // namespace cg
