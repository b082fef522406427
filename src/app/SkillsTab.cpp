#include "SkillsTab.h"

#include "documents/SkillPageDocument.h"
#include "models/SkillFilterProxyModel.h"
#include "models/SkillTableModel.h"
#include "repositories/RoleRepository.h"
#include "repositories/SkillRepository.h"
#include "settings/Settings.h"
#include "ui_SkillsTab.h"

#include <QHeaderView>
#include <QSet>
#include <QUrl>

namespace cg {

SkillsTab::SkillsTab(const SkillRepository& skills, const RoleRepository& roles, SkillAssessmentStore& assessment,
                     bool writable, Settings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SkillsTab>()), m_skills(skills), m_roles(roles),
      m_assessment(assessment), m_writable(writable), m_settings(settings), m_model(new SkillTableModel(this)),
      m_proxy(new SkillFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->skillTable->setModel(m_proxy);
    m_ui->skillTable->verticalHeader()->hide();
    m_ui->skillTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->skillTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->skillTable->horizontalHeader()->setSectionResizeMode(SkillTableModel::NameColumn, QHeaderView::Stretch);
    // Grouped by category, alphabetical within it, until the person sorts by another column.
    m_ui->skillTable->sortByColumn(SkillTableModel::CategoryColumn, Qt::AscendingOrder);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    if (!m_ui->splitter->restoreState(m_settings.splitterState(QStringLiteral("skills"))))
        m_ui->splitter->setSizes({760, 500});

    m_ui->kindCombo->addItem(tr("Hard and soft"), QString());
    m_ui->kindCombo->addItem(tr("Hard skills"), QStringLiteral("hard"));
    m_ui->kindCombo->addItem(tr("Soft skills"), QStringLiteral("soft"));
    m_ui->statusFilterCombo->addItem(tr("All skills"), SkillFilterProxyModel::AnyStatus);
    m_ui->statusFilterCombo->addItem(tr("Not known yet"), SkillFilterProxyModel::NotKnown);
    for (auto status : {SkillAssessmentStore::Status::Know, SkillAssessmentStore::Status::Learning,
                        SkillAssessmentStore::Status::Want, SkillAssessmentStore::Status::Unknown})
        m_ui->statusFilterCombo->addItem(SkillAssessmentStore::displayName(status), int(status));
    for (auto status : {SkillAssessmentStore::Status::Unknown, SkillAssessmentStore::Status::Want,
                        SkillAssessmentStore::Status::Learning, SkillAssessmentStore::Status::Know})
        m_ui->statusCombo->addItem(SkillAssessmentStore::displayName(status), int(status));
    m_ui->statusCombo->setEnabled(false);
    if (!m_writable)
        m_ui->statusCombo->setToolTip(tr("Your data file is read-only; statuses cannot be changed."));
    m_ui->gapBar->setFormat(tr("%p% known"));

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &SkillFilterProxyModel::setText);
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategory(m_ui->categoryCombo->currentData().toString()); });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(m_ui->kindCombo->currentData().toString()); });
    connect(m_ui->statusFilterCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(m_ui->statusFilterCombo->currentData().toInt()); });
    connect(m_ui->hotCheck, &QCheckBox::toggled, m_proxy, &SkillFilterProxyModel::setHotOnly);
    connect(m_ui->targetCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString slug = m_ui->targetCombo->currentData().toString();
        if (slug.isEmpty() || slug == m_target.summary.slug)
            return;
        m_settings.setTargetRole(slug);
        m_target = m_roles.detail(slug);
        QHash<QString, int> importance;
        for (const RoleSkill& skill : std::as_const(m_target.skills))
            importance.insert(skill.skillSlug, skill.importance);
        m_model->setTargetImportance(m_target.summary.name, importance);
        updateGap();
    });
    connect(m_ui->gapCheck, &QCheckBox::toggled, this, [this] { updateGap(); });
    connect(m_ui->skillTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SkillsTab::showCurrent);
    connect(m_ui->statusCombo, &QComboBox::activated, this, &SkillsTab::applyStatus);
    connect(m_ui->detailView, &QTextBrowser::anchorClicked, this, &SkillsTab::openLink);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setSplitterState(QStringLiteral("skills"), m_ui->splitter->saveState()); });
}

SkillsTab::~SkillsTab() = default;

void SkillsTab::showEvent(QShowEvent* event)
{
    load();
    QWidget::showEvent(event);
}

void SkillsTab::changeEvent(QEvent* event)
{
    // The page's colours come from the palette; a theme switch re-renders it.
    if (event->type() == QEvent::PaletteChange && m_loaded)
        showCurrent();
    QWidget::changeEvent(event);
}

void SkillsTab::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    const QList<Skill> skills = m_skills.all();
    m_model->setSkills(skills, m_assessment.all());
    QStringList categories;
    QHash<QString, int> counts;
    for (const Skill& skill : skills) {
        if (!categories.contains(skill.category))
            categories.append(skill.category);
        ++counts[skill.category];
    }
    std::sort(categories.begin(), categories.end(), [](const QString& a, const QString& b) {
        return SkillTableModel::categoryName(a).localeAwareCompare(SkillTableModel::categoryName(b)) < 0;
    });
    m_ui->categoryCombo->addItem(tr("All categories (%1)").arg(skills.size()), QString());
    for (const QString& category : std::as_const(categories))
        m_ui->categoryCombo->addItem(
            tr("%1 (%2)").arg(SkillTableModel::categoryName(category)).arg(counts.value(category)), category);

    {
        const QSignalBlocker blocker(m_ui->targetCombo);
        for (const RoleSummary& role : m_roles.all())
            m_ui->targetCombo->addItem(role.name, role.slug);
        m_ui->targetCombo->setCurrentIndex(-1);
    }
    const int target = m_ui->targetCombo->findData(m_settings.targetRole());
    m_ui->targetCombo->setCurrentIndex(target < 0 ? 0 : target);

    m_ui->skillTable->resizeColumnsToContents();
    m_ui->skillTable->horizontalHeader()->setSectionResizeMode(SkillTableModel::NameColumn, QHeaderView::Stretch);
    if (m_proxy->rowCount() > 0)
        m_ui->skillTable->setCurrentIndex(m_proxy->index(0, 0));
}

void SkillsTab::selectSkill(const QString& slug)
{
    load();
    const int row = m_model->rowOf(slug);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by a filter: show the whole catalogue rather than a skill the table does not list.
        m_ui->filterEdit->clear();
        m_ui->categoryCombo->setCurrentIndex(0);
        m_ui->kindCombo->setCurrentIndex(0);
        m_ui->statusFilterCombo->setCurrentIndex(0);
        m_ui->hotCheck->setChecked(false);
        m_ui->gapCheck->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_ui->skillTable->setCurrentIndex(index);
    m_ui->skillTable->scrollTo(index);
}

QString SkillsTab::currentSkillSlug() const
{
    return m_ui->skillTable->currentIndex().siblingAtColumn(0).data(SkillTableModel::SlugRole).toString();
}

void SkillsTab::setCategoryFilter(const QString& categoryKey)
{
    load();
    const int index = m_ui->categoryCombo->findData(categoryKey);
    m_ui->categoryCombo->setCurrentIndex(index < 0 ? 0 : index);
}

int SkillsTab::visibleSkillCount() const
{
    return m_proxy->rowCount();
}

QString SkillsTab::detailText() const
{
    return m_ui->detailView->toPlainText();
}

void SkillsTab::setTargetRole(const QString& slug)
{
    load();
    const int index = m_ui->targetCombo->findData(slug);
    if (index >= 0)
        m_ui->targetCombo->setCurrentIndex(index);
}

QString SkillsTab::targetRole() const
{
    return m_target.summary.slug;
}

QString SkillsTab::gapText() const
{
    return m_ui->gapLabel->text();
}

void SkillsTab::setShowGapOnly(bool gapOnly)
{
    load();
    m_ui->gapCheck->setChecked(gapOnly);
}

void SkillsTab::updateGap()
{
    m_gap = SkillGap::summarise(m_target, m_model->statuses());
    m_ui->gapLabel->setText(SkillGap::describe(m_target.summary.name, m_gap));
    m_ui->gapBar->setRange(0, std::max(1, m_gap.total));
    m_ui->gapBar->setValue(m_gap.known);
    if (m_ui->gapCheck->isChecked()) {
        const QStringList& missing = m_gap.missing;
        m_proxy->restrictTo(QSet<QString>(missing.cbegin(), missing.cend()));
    } else if (m_proxy->isRestricted()) {
        m_proxy->clearRestriction();
    }
    emit gapChanged(m_target.summary.slug, m_gap.missing);
}

void SkillsTab::showCurrent()
{
    const QModelIndex current = m_ui->skillTable->currentIndex();
    if (!current.isValid()) {
        m_ui->detailView->clear();
        m_ui->statusCombo->setEnabled(false);
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    const Skill& skill = m_model->skillAt(row);
    const int status = current.siblingAtColumn(0).data(SkillTableModel::StatusRole).toInt();
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(status));
    m_ui->statusCombo->setEnabled(m_writable);
    m_ui->detailView->document()->setDefaultStyleSheet(SkillPageDocument::styleSheet(palette()));
    SkillPageData page;
    page.skill = skill;
    page.needs = m_roles.rolesNeeding(skill.slug);
    page.technologies = m_skills.technologies(skill.slug);
    page.premiums = m_skills.premiums(skill.slug);
    page.steps = m_skills.stepsTeaching(skill.slug);
    m_ui->detailView->setHtml(SkillPageDocument::html(page));
}

void SkillsTab::applyStatus(int comboIndex)
{
    const QString slug = currentSkillSlug();
    if (slug.isEmpty())
        return;
    const auto status = SkillAssessmentStore::Status(m_ui->statusCombo->itemData(comboIndex).toInt());
    // Only over the status this window showed: one changed elsewhere since is refused, and the view reloads.
    const SaveResult saved = m_assessment.changeStatus(slug, m_model->status(slug), status);
    if (!saved.ok()) {
        if (saved.isStale())
            reloadUserData();
        // Put the combo back to what is actually stored.
        m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(m_model->status(slug))));
        emit errorOccurred(saved.isBusy() ? tr("Your status for this skill could not be saved: the user database is "
                                               "locked by another program. Try again in a moment.")
                                          : saved.error);
        return;
    }
    m_model->setStatus(slug, status);
    updateGap();
}

void SkillsTab::reloadUserData()
{
    if (!m_loaded)
        return;
    QString error;
    const QHash<QString, SkillAssessmentStore::Status> statuses = m_assessment.all(&error);
    if (!error.isEmpty()) {
        emit errorOccurred(error);
        return;
    }
    m_model->setStatuses(statuses);
    showCurrent();
    updateGap();
}

void SkillsTab::openLink(const QUrl& url)
{
    if (url.scheme() == QLatin1String("role"))
        emit roleActivated(url.path());
    else if (url.scheme() == QLatin1String("step"))
        emit stepActivated(url.path());
}

} // namespace cg
