#include "LearningRoutesPage.h"

#include "documents/Html.h"
#include "SplitterState.h"
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

QString LearningRoutesPage::citation(const QString& sourceId, const QString& asOf) const
{
    const Source source = m_sourceById.value(sourceId);
    QString text = source.title.isEmpty() ? sourceId : source.title;
    if (!source.publisher.isEmpty() && !text.contains(source.publisher))
        text = tr("%1 (%2)").arg(text, source.publisher);
    QString date = asOf;
    if (date.isEmpty())
        date = source.asOf.isEmpty() ? source.published : source.asOf;
    return date.isEmpty() ? text : tr("%1, as of %2").arg(text, date);
}

QString LearningRoutesPage::citations(const QStringList& sourceIds) const
{
    QStringList items;
    for (const QString& id : sourceIds)
        items.append(html::escape(citation(id)));
    return html::list(items);
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
    QString page = html::heading(route.name, 2);
    page += html::paragraph(
        tr("Kind: %1. Duration: %2.")
            .arg(RouteTableModel::kindName(route.kind), route.duration.isEmpty() ? tr("not stated") : route.duration));
    page += html::paragraph(route.description);
    if (!route.sourceIds.isEmpty()) {
        page += html::heading(tr("Sources"), 3);
        page += citations(route.sourceIds);
    }
    m_ui->detailView->setHtml(page);
}

QString LearningRoutesPage::resourceItem(const LearningResource& resource) const
{
    QStringList facts;
    const QString kind = resource.kind == QLatin1String("course")        ? tr("course")
                         : resource.kind == QLatin1String("certificate") ? tr("certificate")
                         : resource.kind == QLatin1String("simulation")  ? tr("job simulation")
                         : resource.kind == QLatin1String("community")   ? tr("professional body")
                                                                         : resource.kind;
    if (!kind.isEmpty())
        facts.append(kind);
    for (const QString& fact : {resource.provider, resource.platform})
        if (!fact.isEmpty() && !facts.contains(fact))
            facts.append(fact);
    if (!resource.averageTime.isEmpty())
        facts.append(tr("takes %1").arg(resource.averageTime));
    if (!resource.rating.isEmpty())
        facts.append(tr("rated %1").arg(resource.rating));
    if (!resource.learners.isEmpty())
        facts.append(tr("%1 learners").arg(resource.learners));
    return QStringLiteral("<b>%1</b> — %2<br/>%3")
        .arg(html::escape(resource.title), html::escape(facts.join(QStringLiteral(", "))),
             html::muted(html::escape(tr("Source: %1").arg(citation(resource.sourceId, resource.asOf)))));
}

void LearningRoutesPage::showStep(const QModelIndex& index)
{
    if (!index.isValid()) {
        m_ui->detailView->clear();
        return;
    }
    const LearningStep& step = m_stepModel->stepAt(index.row());
    QString page = html::heading(tr("Step %1: %2").arg(index.row() + 1).arg(step.title), 2);
    page += html::paragraph(step.description);
    page += html::paragraph(tr("Hours: about %1 \u2014 %2").arg(step.hours).arg(step.hoursBasis));
    if (!step.prerequisites.isEmpty()) {
        QStringList titles;
        for (const QString& slug : step.prerequisites) {
            const int row = [&] {
                for (int r = 0; r < m_stepModel->rowCount(); ++r) {
                    if (m_stepModel->stepAt(r).slug == slug)
                        return r;
                }
                return -1;
            }();
            titles.append(row >= 0 ? m_stepModel->stepAt(row).title : slug);
        }
        page += html::paragraph(tr("Comes after: %1").arg(titles.join(QStringLiteral("; "))));
    }
    if (!step.skills.isEmpty()) {
        QStringList names;
        for (const QString& slug : step.skills) {
            QString name = html::escape(m_skillNames.value(slug, slug));
            if (m_session.knownSkills().contains(slug))
                name += QLatin1Char(' ') + html::muted(html::escape(tr("(you know it)")));
            names.append(name);
        }
        page += html::heading(tr("Skills it teaches"), 3);
        page += QStringLiteral("<p>%1</p>").arg(names.join(QStringLiteral(", ")));
    }
    if (!step.resources.isEmpty()) {
        page += html::heading(tr("Resources"), 3);
        QStringList items;
        for (const LearningResource& resource : step.resources)
            items.append(resourceItem(resource));
        page += html::list(items);
    }
    if (!step.sourceIds.isEmpty()) {
        page += html::heading(tr("Sources"), 3);
        page += citations(step.sourceIds);
    }
    m_ui->detailView->setHtml(page);
}

} // namespace cg
