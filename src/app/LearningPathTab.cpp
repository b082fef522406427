#include "LearningPathTab.h"

#include "Html.h"
#include "models/StepTableModel.h"
#include "repositories/LearningRepository.h"
#include "repositories/SourceRepository.h"
#include "settings/Settings.h"
#include "ui_LearningPathTab.h"

#include <QHeaderView>

namespace cg {

LearningPathTab::LearningPathTab(const LearningRepository& learning, const SourceRepository& sources,
                                 Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LearningPathTab>())
    , m_learning(learning)
    , m_sources(sources)
    , m_settings(settings)
    , m_model(new StepTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->stepTable->setModel(m_model);
    m_ui->stepTable->verticalHeader()->hide();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->restoreState(m_settings.splitterState(QStringLiteral("learning")));

    connect(m_ui->pathCombo, &QComboBox::currentIndexChanged, this, &LearningPathTab::showPath);
    connect(m_ui->stepTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LearningPathTab::showCurrentStep);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setSplitterState(QStringLiteral("learning"), m_ui->splitter->saveState()); });
}

LearningPathTab::~LearningPathTab() = default;

void LearningPathTab::showEvent(QShowEvent* event)
{
    load();
    QWidget::showEvent(event);
}

void LearningPathTab::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    for (const LearningPath& path : m_learning.paths())
        m_ui->pathCombo->addItem(path.name, path.slug);
    showPath();
}

int LearningPathTab::stepCount() const
{
    return m_model->rowCount();
}

void LearningPathTab::showPath()
{
    m_model->setPath(m_learning.path(m_ui->pathCombo->currentData().toString()));
    m_ui->stepTable->resizeColumnsToContents();
    m_ui->stepTable->horizontalHeader()->setSectionResizeMode(StepTableModel::TitleColumn, QHeaderView::Stretch);
    if (m_model->rowCount() > 0)
        m_ui->stepTable->setCurrentIndex(m_model->index(0, StepTableModel::TitleColumn));
}

void LearningPathTab::showCurrentStep()
{
    const QModelIndex current = m_ui->stepTable->currentIndex();
    if (!current.isValid()) {
        m_ui->detailView->clear();
        return;
    }
    const LearningStep& step = m_model->stepAt(current.row());
    QString page = html::heading(tr("Step %1: %2").arg(current.row() + 1).arg(step.title), 2);
    page += html::paragraph(step.description);
    page += html::paragraph(tr("About %n hour(s) — %1", nullptr, step.hours).arg(step.hoursBasis));
    if (!step.resources.isEmpty()) {
        page += html::heading(tr("Resources"), 3);
        QStringList items;
        for (const LearningResource& resource : step.resources) {
            QStringList facts;
            for (const QString& fact : {resource.provider, resource.platform, resource.averageTime})
                if (!fact.isEmpty())
                    facts.append(fact);
            if (!resource.rating.isEmpty())
                facts.append(tr("rated %1").arg(resource.rating));
            if (!resource.learners.isEmpty())
                facts.append(tr("%1 learners").arg(resource.learners));
            items.append(QStringLiteral("<b>%1</b> — %2 %3")
                             .arg(html::escape(resource.title), html::escape(facts.join(QStringLiteral(", "))),
                                  html::muted(html::escape(tr("(%1, as of %2)")
                                                               .arg(m_sources.title(resource.sourceId), resource.asOf)))));
        }
        page += html::list(items);
    }
    m_ui->detailView->setHtml(page);
}

} // namespace cg
