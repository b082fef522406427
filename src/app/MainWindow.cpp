#include "MainWindow.h"

#include "LazyTabPage.h"
#include "LearningPathTab.h"
#include "MessageBoxes.h"
#include "RolesTab.h"
#include "SalariesTab.h"
#include "SearchDialog.h"
#include "SkillsTab.h"
#include "SourcesDialog.h"
#include "StateWagesPage.h"
#include "ThemeManager.h"
#include "TipsDialog.h"
#include "database/ContentDatabase.h"
#include "database/QueryErrors.h"
#include "database/UserDataWatcher.h"
#include "database/UserDatabase.h"
#include "documents/AboutDocument.h"
#include "documents/ShortcutsDocument.h"
#include "repositories/CatalogueRepository.h"
#include "repositories/LearningRepository.h"
#include "repositories/OccupationRepository.h"
#include "repositories/OfficialWageRepository.h"
#include "repositories/RoleRepository.h"
#include "repositories/SalaryRepository.h"
#include "repositories/SearchRepository.h"
#include "repositories/SkillRepository.h"
#include "repositories/SourceRepository.h"
#include "repositories/StateWageRepository.h"
#include "repositories/TipRepository.h"
#include "settings/Settings.h"
#include "ui_MainWindow.h"
#include "user/SalaryComparisonStore.h"
#include "user/SkillAssessmentStore.h"
#include "user/StudyPlanStore.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace cg {

MainWindow::MainWindow(ContentDatabase& content, UserDatabase& user, Settings& settings, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_content(content), m_user(user),
      m_settings(settings), m_sources(std::make_unique<SourceRepository>(content.database())),
      m_roles(std::make_unique<RoleRepository>(content.database())),
      m_skills(std::make_unique<SkillRepository>(content.database())),
      m_salaries(std::make_unique<SalaryRepository>(content.database())),
      m_officialWages(std::make_unique<OfficialWageRepository>(content.database())),
      m_stateWages(std::make_unique<StateWageRepository>(content.database())),
      m_comparisons(std::make_unique<SalaryComparisonStore>(user.database())),
      m_learning(std::make_unique<LearningRepository>(content.database())),
      m_assessment(std::make_unique<SkillAssessmentStore>(user.database())),
      m_studyPlans(std::make_unique<StudyPlanStore>(user.database())),
      m_occupations(std::make_unique<OccupationRepository>(content.database())),
      m_search(std::make_unique<SearchRepository>(content.database())),
      m_catalogue(std::make_unique<CatalogueRepository>(content.database()))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/careerguide.svg")));

    // The Roles tab is the first page; the others are built when first shown or asked for.
    m_rolesTab =
        new RolesTab(*m_roles, *m_salaries, *m_sources, *m_occupations, *m_learning, *m_catalogue, m_settings, this);
    m_skillsPage = new LazyTabPage([this](QWidget* parent) { return buildSkillsTab(parent); }, m_ui->tabs);
    m_salariesPage = new LazyTabPage([this](QWidget* parent) { return buildSalariesTab(parent); }, m_ui->tabs);
    m_learningPathPage = new LazyTabPage([this](QWidget* parent) { return buildLearningPathTab(parent); }, m_ui->tabs);
    m_ui->tabs->addTab(m_rolesTab, tr("&Roles"));
    m_ui->tabs->addTab(m_skillsPage, tr("&Skills"));
    m_ui->tabs->addTab(m_salariesPage, tr("S&alaries"));
    m_ui->tabs->addTab(m_learningPathPage, tr("&Learning Path"));

    connect(m_ui->actionRoles, &QAction::triggered, this, [this] { showTab(RolesIndex); });
    connect(m_ui->actionSkills, &QAction::triggered, this, [this] { showTab(SkillsIndex); });
    connect(m_ui->actionSalaries, &QAction::triggered, this, [this] { showTab(SalariesIndex); });
    connect(m_ui->actionLearningPath, &QAction::triggered, this, [this] { showTab(LearningPathIndex); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSources, &QAction::triggered, this, &MainWindow::showSources);
    connect(m_ui->actionTips, &QAction::triggered, this, &MainWindow::showTips);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    setUpThemeMenu();
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_settings.setLastTab(index);
        updateFileActions();
    });
    // Print and Export PDF follow the current tab (updateFileActions). The study-plan commands work from any other
    // tab; without a plan they lead to the Learning Path tab to make one.
    connect(m_ui->actionPrintStudyPlan, &QAction::triggered, this, [this] {
        if (currentTab() == SalariesIndex) {
            salariesTab()->showPrintPreview();
            return;
        }
        showLearningPathUnlessPlanned();
        learningPathTab()->printPlan();
    });
    connect(m_ui->actionExportPdf, &QAction::triggered, this, [this] {
        if (currentTab() == SalariesIndex) {
            salariesTab()->exportPdf();
            return;
        }
        showLearningPathUnlessPlanned();
        learningPathTab()->exportPdf();
    });
    connect(m_ui->actionExportCalendar, &QAction::triggered, this, [this] {
        showLearningPathUnlessPlanned();
        learningPathTab()->exportCalendar();
    });
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::openSearch);
    // A read of the content that failed leaves part of a page empty: say so, after the read that failed is over.
    connect(QueryErrors::instance(), &QueryErrors::failed, this, &MainWindow::showContentError, Qt::QueuedConnection);
    connect(m_rolesTab, &RolesTab::skillActivated, this,
            [this](const QString& slug) { jumpTo(QStringLiteral("skill"), slug); });

    // File → Export CSV… exports the salary comparison, from any tab; it is enabled while there is one.
    m_ui->actionExportCsv->setStatusTip(tr("Save the salary comparison as a CSV file"));
    connect(m_ui->actionExportCsv, &QAction::triggered, this, [this] {
        showTab(SalariesIndex);
        salariesTab()->exportCsv();
    });

    // Only the interface is translated so far; say so wherever another language is in use.
    const QString contentLabel = QLocale().language() == QLocale::English
                                     ? tr("Content %1, as of %2")
                                     : tr("Content %1, as of %2 (content in English)");
    auto* version = new QLabel(contentLabel.arg(m_content.contentVersion(), m_content.contentAsOf()));
    version->setAccessibleName(tr("Content version"));
    statusBar()->addPermanentWidget(version);
    if (!m_user.isWritable())
        statusBar()->addPermanentWidget(new QLabel(tr("Read-only: your changes are not saved")));

    // Another window (another process) may write the same user database: wait for its lock only briefly, retrying
    // from the event loop, and reload what is shown whenever this window comes back into use after it wrote.
    if (m_user.isWritable())
        m_user.setBusyTimeout(UserDatabase::InteractiveBusyTimeoutMs);
    m_userWatcher = new UserDataWatcher(m_user, this);
    connect(m_userWatcher, &UserDataWatcher::userDataChanged, this, &MainWindow::reloadUserData);
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            reloadIfChangedElsewhere();
    });

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    restoreState(m_settings.windowState());
    const int lastTab = m_settings.lastTab();
    m_ui->tabs->setCurrentIndex(lastTab >= 0 && lastTab < m_ui->tabs->count() ? lastTab : 0);
    updateFileActions();
}

SkillsTab* MainWindow::skillsTab() const
{
    return static_cast<SkillsTab*>(m_skillsPage->content());
}

SalariesTab* MainWindow::salariesTab() const
{
    return static_cast<SalariesTab*>(m_salariesPage->content());
}

LearningPathTab* MainWindow::learningPathTab() const
{
    return static_cast<LearningPathTab*>(m_learningPathPage->content());
}

QWidget* MainWindow::buildSkillsTab(QWidget* parent)
{
    auto* tab = new SkillsTab(*m_skills, *m_roles, *m_learning, *m_assessment, m_user.isWritable(), m_settings, parent);
    connect(tab, &SkillsTab::errorOccurred, this, &MainWindow::showError);
    connect(tab, &SkillsTab::roleActivated, this,
            [this](const QString& slug) { jumpTo(QStringLiteral("role"), slug); });
    connect(tab, &SkillsTab::stepActivated, this, [this](const QString& ref) { jumpTo(QStringLiteral("step"), ref); });
    connect(tab, &SkillsTab::occupationActivated, this,
            [this](const QString& socCode) { jumpTo(QStringLiteral("occupation"), socCode); });
    return tab;
}

QWidget* MainWindow::buildSalariesTab(QWidget* parent)
{
    auto* tab = new SalariesTab(*m_salaries, *m_officialWages, *m_stateWages, *m_comparisons, m_user.isWritable(),
                                m_settings, parent);
    connect(tab, &SalariesTab::comparisonAvailable, this, [this](bool available) {
        m_comparisonAvailable = available;
        updateFileActions();
    });
    return tab;
}

QWidget* MainWindow::buildLearningPathTab(QWidget* parent)
{
    auto* tab = new LearningPathTab(*m_learning, *m_roles, *m_skills, *m_sources, *m_assessment, *m_studyPlans,
                                    m_user.isWritable(), m_settings, parent);
    connect(tab, &LearningPathTab::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    return tab;
}

MainWindow::~MainWindow()
{
    // The tabs hold references to the repositories and stores owned here, which are destroyed before QWidget deletes
    // its children. Delete the tabs first, so an edit still open in one of them is committed to a live store; without
    // our handlers, so removing the pages is not taken for the person switching tabs.
    m_ui->tabs->disconnect(this);
    delete m_ui->tabs;
}

void MainWindow::showTab(Tab tab)
{
    m_ui->tabs->setCurrentIndex(int(tab));
}

void MainWindow::openSearch()
{
    if (!m_searchDialog) {
        m_searchDialog = new SearchDialog(*m_search, this);
        connect(m_searchDialog, &SearchDialog::hitActivated, this, &MainWindow::jumpTo);
    }
    m_searchDialog->popup();
}

void MainWindow::jumpTo(const QString& kind, const QString& ref)
{
    if (kind == QLatin1String("role")) {
        showTab(RolesIndex);
        m_rolesTab->compareWith(QString());
        m_rolesTab->selectRole(ref);
    } else if (kind == QLatin1String("skill")) {
        showTab(SkillsIndex);
        skillsTab()->selectSkill(ref);
    } else if (kind == QLatin1String("occupation")) {
        showTab(RolesIndex);
        m_rolesTab->showOccupation(ref);
    } else if (kind == QLatin1String("step")) {
        showTab(LearningPathIndex);
        learningPathTab()->selectStep(ref);
    } else if (kind == QLatin1String("resource")) {
        showTab(LearningPathIndex);
        learningPathTab()->selectResource(ref);
    } else if (kind == QLatin1String("salary")) {
        // role slug/country code/figure id: the figures of that role in that country
        const QStringList parts = ref.split(u'/');
        showTab(SalariesIndex);
        salariesTab()->setFilterText(QString());
        salariesTab()->setRoleFilter(parts.value(0));
        salariesTab()->setCountryFilter(parts.value(1));
    } else if (kind == QLatin1String("state")) {
        showTab(SalariesIndex);
        salariesTab()->showPage(SalariesTab::StatePage);
        salariesTab()->statePage()->selectState(ref);
    }
}

MainWindow::Tab MainWindow::currentTab() const
{
    return Tab(m_ui->tabs->currentIndex());
}

bool MainWindow::reloadIfChangedElsewhere()
{
    return m_userWatcher->check();
}

void MainWindow::reloadUserData()
{
    // Only the tabs built so far show user data; one built later reads it fresh.
    if (m_skillsPage->isBuilt())
        skillsTab()->reloadUserData();
    if (m_salariesPage->isBuilt())
        salariesTab()->reloadUserData();
    if (m_learningPathPage->isBuilt())
        learningPathTab()->reloadUserData();
    statusBar()->showMessage(tr("Your data was changed in another window; showing it as saved now."), 10000);
}

void MainWindow::activateFromAnotherStart(const QStringList& arguments)
{
    Q_UNUSED(arguments) // nothing a later start asks for can change this window yet; it only comes to the front
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    reloadIfChangedElsewhere();
    statusBar()->showMessage(tr("Career Guide is already open with this data file: here it is."), 10000);
    emit activatedFromAnotherStart();
}

bool MainWindow::event(QEvent* event)
{
    if (event->type() == QEvent::WindowActivate)
        reloadIfChangedElsewhere();
    const bool result = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Queued, so the paint finishes before anyone reacts (e.g. --exit-after-startup quitting).
        QTimer::singleShot(0, this, &MainWindow::firstPaint);
    }
    return result;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    event->accept();
}

void MainWindow::saveState()
{
    m_settings.setWindowGeometry(QMainWindow::saveGeometry());
    m_settings.setWindowState(QMainWindow::saveState());
    m_settings.setLastTab(m_ui->tabs->currentIndex());
    m_settings.sync();
}

void MainWindow::showSources()
{
    SourcesDialog dialog(*m_sources, this);
    dialog.exec();
}

void MainWindow::updateFileActions()
{
    const bool salaries = currentTab() == SalariesIndex;
    m_ui->actionPrintStudyPlan->setText(salaries ? tr("&Print Salary Comparison…") : tr("&Print Study Plan…"));
    m_ui->actionExportPdf->setText(salaries ? tr("Export Salary Comparison as &PDF…")
                                            : tr("Export Study Plan as &PDF…"));
    m_ui->actionPrintStudyPlan->setEnabled(!salaries || m_comparisonAvailable);
    m_ui->actionExportPdf->setEnabled(!salaries || m_comparisonAvailable);
    m_ui->actionExportCsv->setEnabled(m_comparisonAvailable);
}

void MainWindow::showLearningPathUnlessPlanned()
{
    if (!learningPathTab()->hasPlan())
        showTab(LearningPathIndex);
}

void MainWindow::setUpThemeMenu()
{
    auto* group = new QActionGroup(this);
    const QList<QPair<QAction*, Theme>> themes{{m_ui->actionThemeSystem, Theme::System},
                                               {m_ui->actionThemeLight, Theme::Light},
                                               {m_ui->actionThemeDark, Theme::Dark}};
    for (const auto& [action, theme] : themes) {
        group->addAction(action);
        action->setChecked(m_settings.theme() == theme);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            m_settings.setTheme(theme);
            ThemeManager::apply(theme);
        });
    }
}

void MainWindow::showShortcuts()
{
    // Built from the live actions, so the list can never drift from what the keys really do.
    QList<ShortcutsDocument::Shortcut> shortcuts;
    for (QAction* action : findChildren<QAction*>()) {
        if (action->shortcut().isEmpty() || action->menu())
            continue;
        shortcuts.append({action->shortcut().toString(QKeySequence::NativeText),
                          action->text().remove(u'&').remove(QStringLiteral("…"))});
    }
    shortcuts.append({tr("Alt + underlined letter"), tr("Go to that menu, tab, field or button")});
    shortcuts.append({tr("Tab / Shift+Tab"), tr("Next / previous control")});
    MessageBoxes::information(this, tr("Keyboard shortcuts"), ShortcutsDocument::html(shortcuts), Qt::RichText);
}

void MainWindow::showTips()
{
    const TipRepository tips(m_content.database());
    TipsDialog dialog(tips, *m_sources, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    MessageBoxes::about(
        this, tr("About Career Guide"),
        AboutDocument::html(QStringLiteral(CG_VERSION), m_content.contentVersion(), m_content.contentAsOf()));
}

void MainWindow::showContentError(const QString& reason)
{
    const QString message =
        tr("Part of the guide's content could not be read, so what is shown may be incomplete: %1").arg(reason);
    // A message box once per reason: a failing file fails every read that follows.
    if (m_contentErrors.contains(reason)) {
        statusBar()->showMessage(message, 10000);
        return;
    }
    m_contentErrors.insert(reason);
    showError(message);
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    MessageBoxes::warning(this, tr("Career Guide"), message);
}

} // namespace cg
