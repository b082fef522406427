#pragma once

#include "session/NavigationHistory.h"

#include <QMainWindow>
#include <QSet>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace cg {

class SalaryComparisonStore;
class CatalogueRepository;
class ContentDatabase;
class LazyTabPage;
class LearningPathTab;
class LearningRepository;
class OccupationRepository;
class OfficialWageRepository;
class RoleRepository;
class RolesTab;
class SalariesTab;
class SalaryRepository;
class StateWageRepository;
class SearchDialog;
class SearchRepository;
class Settings;
class SkillAssessmentStore;
class SkillRepository;
class SkillsTab;
class SourceRepository;
class StudyPlanStore;
class UserDatabase;
class UserDataWatcher;

// The main window: four tabs over the content and user databases, menus, and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab
    {
        RolesIndex,
        SkillsIndex,
        SalariesIndex,
        LearningPathIndex
    };

    MainWindow(ContentDatabase& content, UserDatabase& user, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showTab(Tab tab);
    Tab currentTab() const;
    RolesTab* rolesTab() const { return m_rolesTab; }
    // The other tabs are built on first use: asking for one builds it.
    SkillsTab* skillsTab() const;
    SalariesTab* salariesTab() const;
    LearningPathTab* learningPathTab() const;
    SearchDialog* searchDialog() const { return m_searchDialog; }

    // Edit → Find (Ctrl+K).
    void openSearch();
    // Shows an item by search-index kind (role, skill, occupation, onet, technology, step, resource; tab: a tab by its
    // name) and reference, and records it for Back and Forward.
    void jumpTo(const QString& kind, const QString& ref);
    // View → Back (Alt+Left, the mouse's back button) and Forward (Alt+Right, its forward button).
    void goBack();
    void goForward();
    const NavigationHistory& history() const { return m_history; }

    // A later start on the same user database handed over: un-minimise, raise and activate this window.
    void activateFromAnotherStart(const QStringList& arguments);
    // Reloads what the tabs show when another process has changed the user data since the last look; true if so.
    bool reloadIfChangedElsewhere();

signals:
    void firstPaint();
    // After activateFromAnotherStart(): tests wait for it.
    void activatedFromAnotherStart();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showSources();
    void showTips();
    void showShortcuts();
    void setUpThemeMenu();
    void showLearningPathUnlessPlanned();
    void setUpNavigation();
    // Shows a place without recording it.
    void showLocation(const QString& kind, const QString& ref);
    void showHistoryLocation(const std::optional<NavigationHistory::Location>& location);
    // Records what the current tab shows, unless Back, Forward or a jump is under way.
    void recordLocation();
    NavigationHistory::Location locationOf(Tab tab) const;
    void updateNavigationActions();
    // File → Print and Export PDF act on what the current tab shows: the salary comparison on the Salaries tab, the
    // study plan elsewhere; their names say which.
    void updateFileActions();
    void showAbout();
    void showError(const QString& message);
    void showContentError(const QString& reason);
    void saveState();
    void reloadUserData();
    QWidget* buildSkillsTab(QWidget* parent);
    QWidget* buildSalariesTab(QWidget* parent);
    QWidget* buildLearningPathTab(QWidget* parent);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ContentDatabase& m_content;
    UserDatabase& m_user;
    Settings& m_settings;
    std::unique_ptr<SourceRepository> m_sources;
    std::unique_ptr<RoleRepository> m_roles;
    std::unique_ptr<SkillRepository> m_skills;
    std::unique_ptr<SalaryRepository> m_salaries;
    std::unique_ptr<OfficialWageRepository> m_officialWages;
    std::unique_ptr<StateWageRepository> m_stateWages;
    std::unique_ptr<SalaryComparisonStore> m_comparisons;
    std::unique_ptr<LearningRepository> m_learning;
    std::unique_ptr<SkillAssessmentStore> m_assessment;
    std::unique_ptr<StudyPlanStore> m_studyPlans;
    std::unique_ptr<OccupationRepository> m_occupations;
    std::unique_ptr<SearchRepository> m_search;
    std::unique_ptr<CatalogueRepository> m_catalogue;
    UserDataWatcher* m_userWatcher = nullptr;
    bool m_comparisonAvailable = false;
    SearchDialog* m_searchDialog = nullptr;
    RolesTab* m_rolesTab = nullptr;
    LazyTabPage* m_skillsPage = nullptr;
    LazyTabPage* m_salariesPage = nullptr;
    LazyTabPage* m_learningPathPage = nullptr;
    bool m_painted = false;
    NavigationHistory m_history;
    bool m_recording = true;       // off while Back, Forward or a jump shows a place
    QSet<QString> m_contentErrors; // reasons already shown in a message box
};

} // namespace cg
