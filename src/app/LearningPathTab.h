#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class LearningPathTab;
}

namespace cg {

class LearningRepository;
class Settings;
class SourceRepository;
class StepTableModel;

// Learning Path: the ordered steps towards a role, each with its estimate and resources.
class LearningPathTab final : public QWidget
{
    Q_OBJECT

public:
    LearningPathTab(const LearningRepository& learning, const SourceRepository& sources, Settings& settings,
                    QWidget* parent = nullptr);
    ~LearningPathTab() override;

    int stepCount() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void showPath();
    void showCurrentStep();

    std::unique_ptr<Ui::LearningPathTab> m_ui;
    const LearningRepository& m_learning;
    const SourceRepository& m_sources;
    Settings& m_settings;
    StepTableModel* m_model;
    bool m_loaded = false;
};

} // namespace cg
