#include "MainWindow.h"

#include "LearningPathTab.h"
#include "MessageBoxes.h"
#include "RolesTab.h"
#include "SalariesTab.h"
#include "SkillsTab.h"
#include "SourcesDialog.h"
#include "database/ContentDatabase.h"
#include "database/UserDatabase.h"
#include "repositories/LearningRepository.h"
#include "repositories/RoleRepository.h"
#include "repositories/SalaryRepository.h"
#include "repositories/SkillRepository.h"
#include "repositories/SourceRepository.h"
#include "settings/Settings.h"
#include "ui_MainWindow.h"
#include "user/SkillAssessmentStore.h"

#include <QCloseEvent>
#include <QLabel>
#include <QTimer>

namespace cg {

MainWindow::MainWindow(ContentDatabase& content, UserDatabase& user, Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_content(content)
    , m_user(user)
    , m_settings(settings)
    , m_sources(std::make_unique<SourceRepository>(content.database()))
    , m_roles(std::make_unique<RoleRepository>(content.database()))
    , m_skills(std::make_unique<SkillRepository>(content.database()))
    , m_salaries(std::make_unique<SalaryRepository>(content.database()))
    , m_learning(std::make_unique<LearningRepository>(content.database()))
    , m_assessment(std::make_unique<SkillAssessmentStore>(user.database()))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/careerguide.svg")));

    m_rolesTab = new RolesTab(*m_roles, *m_salaries, *m_sources, m_settings, this);
    m_skillsTab = new SkillsTab(*m_skills, *m_roles, *m_assessment, m_user.isWritable(), m_settings, this);
    m_salariesTab = new SalariesTab(*m_salaries, m_settings, this);
    m_learningPathTab = new LearningPathTab(*m_learning, *m_sources, m_settings, this);
    m_ui->tabs->addTab(m_rolesTab, tr("&Roles"));
    m_ui->tabs->addTab(m_skillsTab, tr("&Skills"));
    m_ui->tabs->addTab(m_salariesTab, tr("S&alaries"));
    m_ui->tabs->addTab(m_learningPathTab, tr("&Learning Path"));

    connect(m_ui->actionRoles, &QAction::triggered, this, [this] { showTab(RolesIndex); });
    connect(m_ui->actionSkills, &QAction::triggered, this, [this] { showTab(SkillsIndex); });
    connect(m_ui->actionSalaries, &QAction::triggered, this, [this] { showTab(SalariesIndex); });
    connect(m_ui->actionLearningPath, &QAction::triggered, this, [this] { showTab(LearningPathIndex); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSources, &QAction::triggered, this, &MainWindow::showSources);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) { m_settings.setLastTab(index); });
    connect(m_skillsTab, &SkillsTab::errorOccurred, this, &MainWindow::showError);

    // Menu entries whose features are not built yet stay visible but disabled, so nobody clicks into nothing.
    for (QAction* action : {m_ui->actionPrintStudyPlan, m_ui->actionExportPdf, m_ui->actionExportCsv,
                            m_ui->actionExportCalendar, m_ui->actionFind})
        action->setEnabled(false);

    auto* version = new QLabel(tr("Content %1, as of %2").arg(m_content.contentVersion(), m_content.contentAsOf()));
    version->setAccessibleName(tr("Content version"));
    statusBar()->addPermanentWidget(version);
    if (!m_user.isWritable())
        statusBar()->addPermanentWidget(new QLabel(tr("Read-only: your changes are not saved")));

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    restoreState(m_settings.windowState());
    const int lastTab = m_settings.lastTab();
    m_ui->tabs->setCurrentIndex(lastTab >= 0 && lastTab < m_ui->tabs->count() ? lastTab : 0);
}

MainWindow::~MainWindow() = default;

void MainWindow::showTab(Tab tab)
{
    m_ui->tabs->setCurrentIndex(int(tab));
}

MainWindow::Tab MainWindow::currentTab() const
{
    return Tab(m_ui->tabs->currentIndex());
}

bool MainWindow::event(QEvent* event)
{
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

void MainWindow::showAbout()
{
    MessageBoxes::about(this, tr("About Career Guide"),
                        tr("<h3>Career Guide %1</h3><p>An offline guide to the back-end developer career and the "
                           "roles around it.</p><p>Content %2, as of %3. Every figure names its source and date; "
                           "see Help → Sources.</p>")
                            .arg(QStringLiteral(CG_VERSION), m_content.contentVersion(), m_content.contentAsOf()));
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    MessageBoxes::warning(this, tr("Career Guide"), message);
}

} // namespace cg
