#pragma once

#include "fit/CareerFitRanking.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cg {

class CareerFitFilterProxyModel;
class CareerFitModel;
class CareerFitRepository;
class CareerMoveModel;
class SkillAssessmentStore;

// Learning Path → Careers that fit me: every career ranked by how much of what it needs the person knows, with
// its top gaps and pay, and the career moves from a current career (O*NET's related occupations with the fit and
// the pay change). The content is read on first show; every later show ranks again from the self-assessment.
class CareerFitPage final : public QWidget
{
    Q_OBJECT

public:
    CareerFitPage(const CareerFitRepository& repository, const SkillAssessmentStore& assessment,
                  QWidget* parent = nullptr);
    ~CareerFitPage() override;

    // Reads the self-assessment again and ranks every career (reading the content first, once).
    void refresh();
    // Shows the moves from a career (a role's slug or an O*NET-SOC code).
    void showMovesFrom(const QString& key);
    QString movesOrigin() const { return m_origin; }

signals:
    // Plan This Move: a study plan towards the selected related occupation (its O*NET-SOC code and title).
    void planMoveRequested(const QString& socCode, const QString& title);
    // Enter or double-click on a career: kind "role" or "occupation", ref its slug or code.
    void careerActivated(const QString& kind, const QString& ref);
    // The empty state's button: the Skills tab, where skills are marked known.
    void skillsTabRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QGroupBox* buildRanking();
    QGroupBox* buildMoves();
    bool load();
    void updateMoves();
    void updateButtons();
    QString selectedCareer() const;
    QString selectedMove() const;

    const CareerFitRepository& m_repository;
    const SkillAssessmentStore& m_assessment;
    CareerFitRanking m_ranking;
    QHash<QString, SkillAssessmentStore::Status> m_statuses;
    QString m_origin;
    bool m_loaded = false;

    CareerFitModel* m_fitModel;
    CareerFitFilterProxyModel* m_fitProxy;
    CareerMoveModel* m_moveModel;
    QLineEdit* m_filterEdit = nullptr;
    QCheckBox* m_rolesOnlyCheck = nullptr;
    QPushButton* m_showMovesButton = nullptr;
    QStackedWidget* m_rankingStack = nullptr;
    QTableView* m_fitTable = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_payNote = nullptr;
    QComboBox* m_originCombo = nullptr;
    QPushButton* m_planButton = nullptr;
    QTableView* m_moveTable = nullptr;
    QLabel* m_movesNote = nullptr;
};

} // namespace cg
