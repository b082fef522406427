#include "LearningRoutesPage.h"

#include "ComboToolTip.h"
#include "SplitterState.h"
#include "documents/LearningDetailDocument.h"
#include "models/RouteTableModel.h"
#include "models/StepTableModel.h"
#include "repositories/SkillRepository.h"
#include "repositories/SourceRepository.h"
#include "session/StudyPlanSession.h"
#include "ui_LearningRoutesPage.h"

#include <QHeaderView>
#include <QLocale>

namespace cg {

namespace {
// Widest the prerequisites column may start out; longer text is elided and shown whole in its tooltip.
constexpr int AfterColumnWidth = 200;
} // namespace

LearningRoutesPage::LearningRoutesPage(StudyPlanSession& session, const SkillRepository& skills,
                                       const SourceRepository& sources, Settings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LearningRoutesPage>()), m_session(session), m_skills(skills),
      m_sources(sources), m_stepModel(new StepTableModel(this)), m_routeModel(new RouteTableModel(this))
{
    m_ui->setupUi(this);
    ComboToolTip::installOnAll(this); // a choice too long for its box is shown whole on hover
    m_ui->stepTable->setModel(m_stepModel);
    m_ui->stepTable->verticalHeader()->hide();
    m_ui->routeTable->setModel(m_routeModel);
    m_ui->routeTable->verticalHeader()->hide();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->listSplitter->setStretchFactor(0, 2);
    m_ui->listSplitter->setStretchFactor(1, 3);
    keepSplitterState(m_ui->splitter, settings, QStringLiteral("learning"));
    keepSplitterState(m_ui->listSplitter, settings, QStringLiteral("learning-lists"));

    connect(m_ui->pathCombo, &QComboBox::currentIndexChanged, this, &LearningRoutesPage::showPath);
    connect(m_ui->stepTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LearningRoutesPage::showStep);
    connect(m_ui->stepTable, &QAbstractItemView::clicked, this, &LearningRoutesPage::showStep);
    connect(m_ui->routeTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LearningRoutesPage::showRoute);
    connect(m_ui->routeTable, &QAbstractItemView::clicked, this, &LearningRoutesPage::showRoute);
    connect(&m_session, &StudyPlanSession::contentLoaded, this, &LearningRoutesPage::load);
}

LearningRoutesPage::~LearningRoutesPage() = default;

void LearningRoutesPage::load()
{
    m_skillNames = m_skills.namesTaughtBySteps();
    for (const Source& source : m_sources.all())
        m_sourceById.insert(source.id, source);
    m_routeModel->setRoutes(m_session.routes());
    m_ui->routeTable->resizeColumnsToContents();
    m_ui->routeTable->horizontalHeader()->setSectionResizeMode(RouteTableModel::NameColumn, QHeaderView::Stretch);
    for (const LearningPath& path : m_session.paths())
        m_ui->pathCombo->addItem(path.name, path.slug);
    showPath();
}

int LearningRoutesPage::stepCount() const
{
    return m_stepModel->rowCount();
}

void LearningRoutesPage::selectStep(const QString& pathAndStep)
{
    const int path = m_ui->pathCombo->findData(pathAndStep.section(u'/', 0, 0));
    if (path >= 0)
        m_ui->pathCombo->setCurrentIndex(path);
    const QString step = pathAndStep.section(u'/', 1);
    for (int row = 0; row < m_stepModel->rowCount(); ++row) {
        if (m_stepModel->stepAt(row).slug == step)
            m_ui->stepTable->setCurrentIndex(m_stepModel->index(row, StepTableModel::TitleColumn));
    }
}

void LearningRoutesPage::selectResource(const QString& resourceSlug)
{
    for (const LearningPath& summary : m_session.paths()) {
        const LearningPath& path = m_session.path(summary.slug);
        for (const LearningStep& step : path.steps) {
            for (const LearningResource& resource : step.resources) {
                if (resource.slug == resourceSlug)
                    return selectStep(path.slug + u'/' + step.slug);
            }
        }
    }
}

void LearningRoutesPage::showPath()
{
    const LearningPath& path = m_session.path(m_ui->pathCombo->currentData().toString());
    m_stepModel->setPath(path);
    m_ui->stepTable->resizeColumnsToContents();
    QHeaderView* stepHeader = m_ui->stepTable->horizontalHeader();
    if (stepHeader->sectionSize(StepTableModel::PrerequisitesColumn) > AfterColumnWidth)
        stepHeader->resizeSection(StepTableModel::PrerequisitesColumn, AfterColumnWidth);
    stepHeader->setSectionResizeMode(StepTableModel::TitleColumn, QHeaderView::Stretch);

    int hours = 0;
    for (const LearningStep& step : path.steps)
        hours += step.hours;
    // Labels with numbers rather than "12 steps": no plural forms are needed, so untranslated English reads right.
    m_ui->pathSummaryLabel->setText(tr("Steps: %1 \u00B7 hours in all: about %2 (our estimate)")
                                        .arg(path.steps.size())
                                        .arg(QLocale().toString(hours)));
    m_ui->pathSummaryLabel->setToolTip(tr("The sum of our estimate for each step; select a step to see how its "
                                          "estimate was reached."));
    if (m_stepModel->rowCount() > 0)
        m_ui->stepTable->setCurrentIndex(m_stepModel->index(0, StepTableModel::TitleColumn));
}

void LearningRoutesPage::showRoute(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const EducationRoute& route = m_routeModel->routeAt(index.row());
    m_ui->detailView->setHtml(
        LearningDetailDocument::route(route, RouteTableModel::kindName(route.kind), m_sourceById));
}

void LearningRoutesPage::showStep(const QModelIndex& index)
{
    if (!index.isValid()) {
        m_ui->detailView->clear();
        return;
    }
    // The steps of the path shown, so the page can name each prerequisite by its title.
    const LearningPath& path = m_session.path(m_ui->pathCombo->currentData().toString());
    m_ui->detailView->setHtml(LearningDetailDocument::step(m_stepModel->stepAt(index.row()), index.row() + 1,
                                                           path.steps, m_skillNames, m_session.knownSkills(),
                                                           m_sourceById));
    emit locationChanged(QStringLiteral("step"), path.slug + u'/' + m_stepModel->stepAt(index.row()).slug);
}

NavigationHistory::Location LearningRoutesPage::currentLocation() const
{
    const QModelIndex current = m_ui->stepTable->currentIndex();
    if (!current.isValid() || current.row() >= m_stepModel->rowCount())
        return {};
    return {QStringLiteral("step"),
            m_ui->pathCombo->currentData().toString() + u'/' + m_stepModel->stepAt(current.row()).slug};
}

} // namespace cg
