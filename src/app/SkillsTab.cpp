#include "SkillsTab.h"

#include "Html.h"
#include "models/SkillFilterProxyModel.h"
#include "models/SkillTableModel.h"
#include "repositories/RoleRepository.h"
#include "repositories/SkillRepository.h"
#include "settings/Settings.h"
#include "ui_SkillsTab.h"

#include <QHeaderView>
#include <QSet>

namespace cg {

SkillsTab::SkillsTab(const SkillRepository& skills, const RoleRepository& roles, SkillAssessmentStore& assessment,
                     bool writable, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SkillsTab>())
    , m_skills(skills)
    , m_roles(roles)
    , m_assessment(assessment)
    , m_writable(writable)
    , m_settings(settings)
    , m_model(new SkillTableModel(this))
    , m_proxy(new SkillFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->skillTable->setModel(m_proxy);
    m_ui->skillTable->verticalHeader()->hide();
    m_ui->skillTable->horizontalHeader()->setSectionResizeMode(SkillTableModel::NameColumn, QHeaderView::Stretch);
    m_ui->skillTable->sortByColumn(SkillTableModel::NameColumn, Qt::AscendingOrder);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->restoreState(m_settings.splitterState(QStringLiteral("skills")));

    m_ui->kindCombo->addItem(tr("Hard and soft"), QString());
    m_ui->kindCombo->addItem(tr("Hard skills"), QStringLiteral("hard"));
    m_ui->kindCombo->addItem(tr("Soft skills"), QStringLiteral("soft"));
    for (auto status : {SkillAssessmentStore::Status::Unknown, SkillAssessmentStore::Status::Want,
                        SkillAssessmentStore::Status::Learning, SkillAssessmentStore::Status::Know})
        m_ui->statusCombo->addItem(SkillAssessmentStore::displayName(status), int(status));
    m_ui->statusCombo->setEnabled(false);
    if (!m_writable)
        m_ui->statusCombo->setToolTip(tr("Your data file is read-only; statuses cannot be changed."));

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &SkillFilterProxyModel::setText);
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategory(m_ui->categoryCombo->currentData().toString()); });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(m_ui->kindCombo->currentData().toString()); });
    connect(m_ui->skillTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SkillsTab::showCurrent);
    connect(m_ui->statusCombo, &QComboBox::activated, this, &SkillsTab::applyStatus);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setSplitterState(QStringLiteral("skills"), m_ui->splitter->saveState()); });
}

SkillsTab::~SkillsTab() = default;

void SkillsTab::showEvent(QShowEvent* event)
{
    load();
    QWidget::showEvent(event);
}

void SkillsTab::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    const QList<Skill> skills = m_skills.all();
    m_model->setSkills(skills, m_assessment.all());
    QStringList categories;
    for (const Skill& skill : skills) {
        if (!categories.contains(skill.category))
            categories.append(skill.category);
    }
    m_ui->categoryCombo->addItem(tr("All categories"), QString());
    for (const QString& category : categories)
        m_ui->categoryCombo->addItem(SkillTableModel::categoryName(category), category);
    m_ui->skillTable->resizeColumnsToContents();
    m_ui->skillTable->horizontalHeader()->setSectionResizeMode(SkillTableModel::NameColumn, QHeaderView::Stretch);
    if (m_proxy->rowCount() > 0)
        m_ui->skillTable->setCurrentIndex(m_proxy->index(0, 0));
}

void SkillsTab::selectSkill(const QString& slug)
{
    load();
    m_ui->filterEdit->clear();
    m_ui->categoryCombo->setCurrentIndex(0);
    m_ui->kindCombo->setCurrentIndex(0);
    const int row = m_model->rowOf(slug);
    if (row >= 0)
        m_ui->skillTable->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
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

    QString page = html::heading(skill.name, 1);
    page += html::paragraph(tr("%1 · %2 skill")
                                .arg(SkillTableModel::categoryName(skill.category),
                                     skill.kind == QLatin1String("soft") ? tr("soft") : tr("hard")));
    if (!skill.description.isEmpty())
        page += html::paragraph(skill.description);
    page += html::heading(tr("Roles that need it"));
    QStringList needs;
    for (const RoleNeed& need : m_roles.rolesNeeding(skill.slug))
        needs.append(QStringLiteral("%1 %2").arg(html::escape(need.roleName),
                                                 html::muted(html::escape(tr("importance %1 of 5").arg(need.importance)))));
    page += needs.isEmpty() ? html::paragraph(tr("No role in the guide lists this skill yet.")) : html::list(needs);
    m_ui->detailView->setHtml(page);
}

void SkillsTab::applyStatus(int comboIndex)
{
    const QString slug = currentSkillSlug();
    if (slug.isEmpty())
        return;
    const auto status = SkillAssessmentStore::Status(m_ui->statusCombo->itemData(comboIndex).toInt());
    QString error;
    if (!m_assessment.setStatus(slug, status, &error)) {
        emit errorOccurred(tr("Your status for this skill could not be saved: %1").arg(error));
        return;
    }
    m_model->setStatus(slug, status);
}

} // namespace cg
