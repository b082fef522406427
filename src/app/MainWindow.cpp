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
#include "repositories/CareerFitRepository.h"
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
#include <QMouseEvent>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <iterator>
#include <tuple>

namespace cg {

namespace {
// The names a tab goes by in the navigation history, in tab order.
const QLatin1String TabNames[] = {QLatin1String("roles"), QLatin1String("skills"), QLatin1String("salaries"),
                                  QLatin1String("learning-path")};
const QLatin1String TabKind("tab");

// The tab that shows a kind of place.
int tabOf(const NavigationHistory::Location& location)
{
    if (location.kind == TabKind) {
        const auto* it = std::find(std::begin(TabNames), std::end(TabNames), location.ref);
        return it == std::end(TabNames) ? -1 : int(it - std::begin(TabNames));
    }
    if (location.kind == QLatin1String("role") || location.kind == QLatin1String("occupation"))
        return MainWindow::RolesIndex;
    if (location.kind == QLatin1String("skill") || location.kind == QLatin1String("onet") ||
        location.kind == QLatin1String("technology"))
        return MainWindow::SkillsIndex;
    if (location.kind == QLatin1String("step") || location.kind == QLatin1String("resource"))
        return MainWindow::LearningPathIndex;
    return -1;
}
} // namespace

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
        recordLocation();
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
    connect(m_rolesTab, &RolesTab::locationChanged, this, &MainWindow::recordLocation);
    setUpNavigation();

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
    connect(tab, &SkillsTab::locationChanged, this, &MainWindow::recordLocation);
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
    connect(tab, &LearningPathTab::locationChanged, this, &MainWindow::recordLocation);
    tab->addCareerFitPage(std::make_unique<CareerFitRepository>(m_content.database()), *m_assessment);
    connect(tab, &LearningPathTab::careerActivated, this, &MainWindow::jumpTo);
    connect(tab, &LearningPathTab::skillsTabRequested, this, [this] { showTab(SkillsIndex); });
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
    // Only where the jump ends is recorded, not the tab it passes through on the way.
    {
        const QScopedValueRollback<bool> quiet(m_recording, false);
        showLocation(kind, ref);
    }
    recordLocation();
}

void MainWindow::showLocation(const QString& kind, const QString& ref)
{
    if (kind == TabKind) {
        const int tab = tabOf({kind, ref});
        if (tab >= 0)
            showTab(Tab(tab));
    } else if (kind == QLatin1String("role")) {
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
    } else if (kind == QLatin1String("onet")) {
        showTab(SkillsIndex);
        skillsTab()->selectOnetElement(ref);
    } else if (kind == QLatin1String("technology")) {
        showTab(SkillsIndex);
        skillsTab()->selectTechnology(ref);
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

void MainWindow::setUpNavigation()
{
    // Alt+Left and Alt+Right everywhere, plus the platform's own keys (a keyboard's Back and Forward keys). Backspace,
    // which some platforms list for Back, stays with the text fields.
    const std::tuple<QAction*, QKeySequence, QKeySequence::StandardKey> actions[] = {
        {m_ui->actionBack, QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back},
        {m_ui->actionForward, QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward}};
    for (const auto& [action, main, standard] : actions) {
        QList<QKeySequence> shortcuts{main};
        for (const QKeySequence& key : QKeySequence::keyBindings(standard)) {
            if (!key.isEmpty() && key != QKeySequence(Qt::Key_Backspace) && !shortcuts.contains(key))
                shortcuts.append(key);
        }
        action->setShortcuts(shortcuts);
    }
    m_ui->actionBack->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_ui->actionForward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    const QString backKey = m_ui->actionBack->shortcut().toString(QKeySequence::NativeText);
    const QString forwardKey = m_ui->actionForward->shortcut().toString(QKeySequence::NativeText);
    m_ui->actionBack->setToolTip(tr("Back (%1)").arg(backKey));
    m_ui->actionForward->setToolTip(tr("Forward (%1)").arg(forwardKey));
    // The buttons sit beside the tabs, as in a browser, so they take no height from the pages.
    auto* toolBar = new QToolBar(tr("Navigation"), m_ui->tabs);
    toolBar->setObjectName(QStringLiteral("navigationToolBar"));
    toolBar->setAccessibleName(tr("Navigation"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    toolBar->setIconSize(QSize(iconSize, iconSize));
    toolBar->addAction(m_ui->actionBack);
    toolBar->addAction(m_ui->actionForward);
    m_ui->tabs->setCornerWidget(toolBar, Qt::TopLeftCorner);
    if (QWidget* back = toolBar->widgetForAction(m_ui->actionBack)) {
        back->setAccessibleName(tr("Back"));
        back->setAccessibleDescription(tr("Go back to what was shown before (%1)").arg(backKey));
    }
    if (QWidget* forward = toolBar->widgetForAction(m_ui->actionForward)) {
        forward->setAccessibleName(tr("Forward"));
        forward->setAccessibleDescription(tr("Go forward again (%1)").arg(forwardKey));
    }
    connect(m_ui->actionBack, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_ui->actionForward, &QAction::triggered, this, &MainWindow::goForward);
    // The mouse's back and forward buttons work over any part of the window, whichever widget is under the pointer.
    qApp->installEventFilter(this);
    updateNavigationActions();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonPress && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == this) {
        const Qt::MouseButton button = static_cast<QMouseEvent*>(event)->button();
        if (button == Qt::BackButton || button == Qt::ForwardButton) {
            if (button == Qt::BackButton)
                goBack();
            else
                goForward();
            event->accept();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::goBack()
{
    showHistoryLocation(m_history.back());
}

void MainWindow::goForward()
{
    showHistoryLocation(m_history.forward());
}

void MainWindow::showHistoryLocation(const std::optional<NavigationHistory::Location>& location)
{
    if (!location)
        return;
    {
        const QScopedValueRollback<bool> quiet(m_recording, false);
        // An occupation is recorded only when it was shown itself: go back to it, not to a role filed under it.
        if (location->kind == QLatin1String("occupation")) {
            showTab(RolesIndex);
            m_rolesTab->selectOccupation(location->ref);
        } else {
            showLocation(location->kind, location->ref);
        }
    }
    updateNavigationActions();
}

NavigationHistory::Location MainWindow::locationOf(Tab tab) const
{
    NavigationHistory::Location location;
    switch (tab) {
    case RolesIndex:
        location = m_rolesTab->currentLocation();
        break;
    case SkillsIndex:
        if (m_skillsPage->isBuilt())
            location = skillsTab()->currentLocation();
        break;
    case LearningPathIndex:
        if (m_learningPathPage->isBuilt())
            location = learningPathTab()->currentLocation();
        break;
    case SalariesIndex:
        break;
    }
    if (!location.isValid() && int(tab) >= 0 && int(tab) < int(std::size(TabNames)))
        location = {TabKind, TabNames[tab]};
    return location;
}

void MainWindow::recordLocation()
{
    if (!m_recording)
        return;
    const NavigationHistory::Location location = locationOf(currentTab());
    // A tab recorded before it had loaded anything becomes what it shows once it has.
    const std::optional<NavigationHistory::Location> current = m_history.current();
    if (current && current->kind == TabKind && location.kind != TabKind && tabOf(*current) == tabOf(location))
        m_history.replaceCurrent(location);
    else
        m_history.visit(location);
    updateNavigationActions();
}

void MainWindow::updateNavigationActions()
{
    m_ui->actionBack->setEnabled(m_history.canGoBack());
    m_ui->actionForward->setEnabled(m_history.canGoForward());
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
    shortcuts.append({tr("Mouse back / forward button"), tr("Back / Forward")});
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
