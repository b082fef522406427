#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class StepTopicsPanel;
}

namespace cg {

class StepTopicModel;
class StudyPlanSession;

// The topics of one step of the plan shown, as the person keeps them: tick a topic off, add their own (title, link,
// hours, note), edit or remove it, hide a topic or show it again, and move topics up and down within the step. The
// session saves each change and schedules the plan again; this panel only wires the widgets to it.
class StepTopicsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit StepTopicsPanel(StudyPlanSession& session, QWidget* parent = nullptr);
    ~StepTopicsPanel() override;

    // Lists the topics of that step of the plan's path (if it has it).
    void setStep(const QString& stepSlug);
    QString currentStep() const;
    // The key of the topic selected, empty when none is.
    QString currentTopic() const;
    void selectTopic(const QString& key);

    void addTopic();
    void editTopic();
    void removeTopic();
    void toggleHidden();
    void moveTopic(int delta);

private:
    void fillSteps();
    void showTopics();
    void updateButtons();
    void report(const QString& title, const QString& error);

    std::unique_ptr<Ui::StepTopicsPanel> m_ui;
    StudyPlanSession& m_session;
    StepTopicModel* m_model;
};

} // namespace cg
