#pragma once

#include "content/LearningStep.h"
#include "content/Source.h"
#include "session/NavigationHistory.h"

#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class LearningRoutesPage;
}

namespace cg {

class RouteTableModel;
class Settings;
class SkillRepository;
class SourceRepository;
class StepTableModel;
class StudyPlanSession;

// The Learning Path's first page: the education routes into a role and the ordered steps of a learning path, with
// the details of the route or step selected (description, our estimate, skills, resources, sources). Filled when
// the session reads the content.
class LearningRoutesPage final : public QWidget
{
    Q_OBJECT

public:
    LearningRoutesPage(StudyPlanSession& session, const SkillRepository& skills, const SourceRepository& sources,
                       Settings& settings, QWidget* parent = nullptr);
    ~LearningRoutesPage() override;

    int stepCount() const;
    // Shows one step (ref: path/step, as the search index writes it), or the first step using a resource.
    void selectStep(const QString& pathAndStep);
    void selectResource(const QString& resourceSlug);
    // The step shown, for Back and Forward (kind "step", ref: path/step); none when no step is selected.
    NavigationHistory::Location currentLocation() const;

signals:
    // Another step was selected, by the person or a jump: see currentLocation().
    void locationChanged(const QString& kind, const QString& ref);

private:
    void load();
    void showPath();
    void showRoute(const QModelIndex& index);
    void showStep(const QModelIndex& index);

    std::unique_ptr<Ui::LearningRoutesPage> m_ui;
    StudyPlanSession& m_session;
    const SkillRepository& m_skills;
    const SourceRepository& m_sources;
    StepTableModel* m_stepModel;
    RouteTableModel* m_routeModel;
    QHash<QString, QString> m_skillNames;
    QHash<QString, Source> m_sourceById;
};

} // namespace cg
