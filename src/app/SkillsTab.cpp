#include "SkillsTab.h"

#include "ComboToolTip.h"
#include "EmptyFilterNotice.h"
#include "documents/OnetSkillPageDocument.h"
#include "documents/SkillPageDocument.h"
#include "models/OnetElementTableModel.h"
#include "models/SkillFilterProxyModel.h"
#include "models/SkillTableModel.h"
#include "models/TechnologyTableModel.h"
#include "repositories/LearningRepository.h"
#include "repositories/RoleRepository.h"
#include "repositories/SkillRepository.h"
#include "settings/Settings.h"
#include "ui_SkillsTab.h"

#include <QHeaderView>
#include <QLocale>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QUrl>

namespace cg {

namespace {
// How many occupations an O*NET skill's page lists, most important first; the page says how many there are in all.
constexpr int TopOccupations = 25;
} // namespace

SkillsTab::SkillsTab(const SkillRepository& skills, const RoleRepository& roles, const LearningRepository& learning,
                     SkillAssessmentStore& assessment, bool writable, Settings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SkillsTab>()), m_skills(skills), m_roles(roles), m_learning(learning),
      m_assessment(assessment), m_writable(writable), m_settings(settings), m_model(new SkillTableModel(this)),
      m_proxy(new SkillFilterProxyModel(this)), m_onetModel(new OnetElementTableModel(this)),
      m_onetProxy(new QSortFilterProxyModel(this)), m_technologyModel(new TechnologyTableModel(skills, this)),
      m_emptyNotice(new EmptyFilterNotice(tr("Nothing in this list matches these filters."), tr("Clear Filters"), this))
{
    m_ui->setupUi(this);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->splitter), m_emptyNotice);
    connect(m_emptyNotice, &EmptyFilterNotice::clearRequested, this, &SkillsTab::clearFilters);
    ComboToolTip::installOnAll(this); // a choice too long for its box is shown whole on hover
    m_proxy->setSourceModel(m_model);
    m_filterWatch->watch({m_proxy, m_onetProxy, m_technologyModel}); // before the tables see them
    m_ui->skillTable->setModel(m_proxy);
    // Names keep the width they need (a narrow pane scrolls sideways); the last column takes what is left over.
    m_ui->skillTable->horizontalHeader()->setStretchLastSection(true);
    // Grouped by category, alphabetical within it, until the person sorts by another column.
    m_ui->skillTable->sortByColumn(SkillTableModel::CategoryColumn, Qt::AscendingOrder);
    // The O*NET lists: empty until first chosen, so the first visit reads only the guide's skills.
    m_onetProxy->setSourceModel(m_onetModel);
    m_onetProxy->setFilterRole(OnetElementTableModel::FilterRole);
    m_onetProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_onetProxy->setSortRole(OnetElementTableModel::SortRole);
    m_ui->onetTable->setModel(m_onetProxy);
    m_ui->technologyTable->setModel(m_technologyModel);
    for (QTableView* table : {m_ui->skillTable, m_ui->onetTable, m_ui->technologyTable}) {
        table->verticalHeader()->hide();
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    }
    for (QTableView* table : {m_ui->onetTable, m_ui->technologyTable})
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // In O*NET's own order (by group); technologies by name, which the database gives without sorting.
    m_ui->onetTable->sortByColumn(OnetElementTableModel::GroupColumn, Qt::AscendingOrder);
    m_ui->technologyTable->sortByColumn(TechnologyTableModel::NameColumn, Qt::AscendingOrder);
    m_ui->listCombo->addItem(tr("Guide skills"), int(CuratedList));
    m_ui->listCombo->addItem(tr("O*NET skills and knowledge"), int(OnetList));
    m_ui->listCombo->addItem(tr("Technologies (O*NET)"), int(TechnologyList));
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

    connect(m_ui->listCombo, &QComboBox::currentIndexChanged, this,
            [this] { startList(List(m_ui->listCombo->currentData().toInt())); });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &SkillsTab::applyText);
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategory(m_ui->categoryCombo->currentData().toString()); });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(m_ui->kindCombo->currentData().toString()); });
    connect(m_ui->statusFilterCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(m_ui->statusFilterCombo->currentData().toInt()); });
    connect(m_ui->hotCheck, &QCheckBox::toggled, this, [this](bool hotOnly) {
        m_proxy->setHotOnly(hotOnly);
        if (m_technologyModel->isStarted())
            m_technologyModel->setHotOnly(hotOnly);
        updateCount();
    });
    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(m_proxy), static_cast<QAbstractItemModel*>(m_onetProxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &SkillsTab::updateCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &SkillsTab::updateCount);
        connect(model, &QAbstractItemModel::layoutChanged, this, &SkillsTab::updateCount);
    }
    // A new filter or order starts the technologies again from the first page, with nothing selected.
    connect(m_technologyModel, &QAbstractItemModel::modelReset, this, [this] {
        if (currentList() == TechnologyList) {
            showCurrent();
            updateCount();
        }
    });
    connect(m_ui->targetCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString slug = m_ui->targetCombo->currentData().toString();
        if (slug.isEmpty() || slug == m_target.summary.slug)
            return;
        m_settings.setTargetRole(slug);
        m_target = m_roles.detail(slug);
        m_model->setTargetImportance(m_target.summary.name, m_target.skillImportance());
        updateGap();
    });
    connect(m_ui->gapCheck, &QCheckBox::toggled, this, [this] { updateGap(); });
    const std::pair<QTableView*, List> tables[] = {
        {m_ui->skillTable, CuratedList}, {m_ui->onetTable, OnetList}, {m_ui->technologyTable, TechnologyList}};
    for (const auto& [table, list] : tables)
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, list = list] {
            if (currentList() == list)
                showCurrent();
        });
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
    m_statuses = m_assessment.all();
    m_model->setSkills(skills, m_statuses);
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
    if (m_proxy->rowCount() > 0)
        m_ui->skillTable->setCurrentIndex(m_proxy->index(0, 0));
    updateCount();
}

void SkillsTab::showList(List list)
{
    load();
    m_ui->listCombo->setCurrentIndex(m_ui->listCombo->findData(int(list)));
}

SkillsTab::List SkillsTab::currentList() const
{
    return List(m_ui->listCombo->currentData().toInt());
}

void SkillsTab::startList(List list)
{
    load();
    m_ui->listStack->setCurrentIndex(int(list));
    const bool curated = list == CuratedList;
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->categoryLabel), static_cast<QWidget*>(m_ui->categoryCombo),
                            static_cast<QWidget*>(m_ui->kindLabel), static_cast<QWidget*>(m_ui->kindCombo),
                            static_cast<QWidget*>(m_ui->showLabel), static_cast<QWidget*>(m_ui->statusFilterCombo)})
        widget->setVisible(curated);
    m_ui->hotCheck->setVisible(list != OnetList);
    const QString filterName = list == CuratedList ? tr("Filter skills")
                               : list == OnetList  ? tr("Filter O*NET skills and knowledge")
                                                   : tr("Filter technologies");
    m_ui->filterEdit->setPlaceholderText(filterName);
    m_ui->filterEdit->setAccessibleName(filterName);

    if (list == OnetList && m_onetModel->isEmpty()) {
        m_onetModel->setElements(m_skills.onetElements(), m_statuses);
        m_ui->onetTable->resizeColumnsToContents();
        m_ui->onetTable->horizontalHeader()->setSectionResizeMode(OnetElementTableModel::NameColumn,
                                                                  QHeaderView::Stretch);
    } else if (list == TechnologyList && !m_technologyModel->isStarted()) {
        m_technologyModel->setStatuses(m_statuses);
        TechnologyQuery query = m_technologyModel->query();
        query.text = m_ui->filterEdit->text();
        query.hotOnly = m_ui->hotCheck->isChecked();
        m_technologyModel->setQuery(query);
        m_technologyTotal = m_skills.technologyCount({});
        m_ui->technologyTable->resizeColumnsToContents();
        m_ui->technologyTable->horizontalHeader()->setSectionResizeMode(TechnologyTableModel::NameColumn,
                                                                        QHeaderView::Stretch);
    }
    applyText(m_ui->filterEdit->text());
    QTableView* table = list == CuratedList ? m_ui->skillTable
                        : list == OnetList  ? m_ui->onetTable
                                            : m_ui->technologyTable;
    updateCount();
    if (!table->currentIndex().isValid() && table->model()->rowCount() > 0)
        table->setCurrentIndex(table->model()->index(0, 0)); // shows it
    else
        showCurrent();
}

void SkillsTab::applyText(const QString& text)
{
    switch (currentList()) {
    case CuratedList:
        m_proxy->setText(text);
        break;
    case OnetList:
        m_onetProxy->setFilterFixedString(text.trimmed());
        break;
    case TechnologyList:
        m_technologyModel->setText(text);
        break;
    }
    updateCount();
}

void SkillsTab::clearFilters()
{
    m_ui->filterEdit->clear();
    m_ui->categoryCombo->setCurrentIndex(0);
    m_ui->kindCombo->setCurrentIndex(0);
    m_ui->statusFilterCombo->setCurrentIndex(0);
    m_ui->hotCheck->setChecked(false);
    m_ui->gapCheck->setChecked(false);
}

void SkillsTab::updateCount()
{
    const int total = currentList() == CuratedList ? m_model->rowCount()
                      : currentList() == OnetList  ? m_onetModel->rowCount()
                                                   : m_technologyTotal;
    const QLocale locale;
    m_ui->countLabel->setText(tr("Showing %1 of %2").arg(locale.toString(visibleCount()), locale.toString(total)));
    m_emptyNotice->setEmpty(visibleCount() == 0 && total > 0);
}

int SkillsTab::visibleCount() const
{
    switch (currentList()) {
    case OnetList:
        return m_onetProxy->rowCount();
    case TechnologyList:
        return m_technologyModel->totalCount();
    case CuratedList:
        break;
    }
    return m_proxy->rowCount();
}

bool SkillsTab::selectOnetElement(const QString& elementId)
{
    showList(OnetList);
    const int row = m_onetModel->rowOf(elementId);
    if (row < 0)
        return false;
    QModelIndex index = m_onetProxy->mapFromSource(m_onetModel->index(row, 0));
    if (!index.isValid()) {
        m_ui->filterEdit->clear();
        index = m_onetProxy->mapFromSource(m_onetModel->index(row, 0));
    }
    m_ui->onetTable->setCurrentIndex(index);
    m_ui->onetTable->scrollTo(index);
    return index.isValid();
}

bool SkillsTab::selectTechnology(const QString& name)
{
    showList(TechnologyList);
    int row = m_technologyModel->fetchUntil(name);
    if (row < 0 && (!m_ui->filterEdit->text().isEmpty() || m_ui->hotCheck->isChecked())) {
        // Hidden by a filter: show every technology rather than none.
        m_ui->filterEdit->clear();
        m_ui->hotCheck->setChecked(false);
        row = m_technologyModel->fetchUntil(name);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_technologyModel->index(row, 0);
    m_ui->technologyTable->setCurrentIndex(index);
    m_ui->technologyTable->scrollTo(index);
    return true;
}

void SkillsTab::selectSkill(const QString& slug)
{
    load();
    if (currentList() != CuratedList)
        showList(CuratedList);
    const int row = m_model->rowOf(slug);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by a filter: show the whole catalogue rather than a skill the table does not list.
        clearFilters();
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
    m_ui->gapBar->setRange(0, std::max(1, m_gap.totalWeight)); // weighted: an essential skill counts 5, a useful 1
    m_ui->gapBar->setValue(m_gap.knownWeight);
    m_ui->gapBar->setToolTip(SkillGap::describeWeighted(m_gap));
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
    const List list = currentList();
    const QModelIndex current = list == CuratedList ? m_ui->skillTable->currentIndex()
                                : list == OnetList  ? m_ui->onetTable->currentIndex()
                                                    : m_ui->technologyTable->currentIndex();
    if (!current.isValid()) {
        m_ui->detailView->clear();
        m_ui->statusCombo->setEnabled(false);
        return;
    }
    m_ui->statusCombo->setEnabled(m_writable);
    m_ui->detailView->document()->setDefaultStyleSheet(SkillPageDocument::styleSheet(palette()));
    switch (list) {
    case CuratedList:
        showCurrentSkill(current);
        break;
    case OnetList:
        showCurrentElement(current);
        break;
    case TechnologyList:
        showCurrentTechnology(current);
        break;
    }
    const NavigationHistory::Location location = currentLocation();
    if (location.isValid() && !m_filterWatch->isFiltering()) // a selection a filter moved is not recorded
        emit locationChanged(location.kind, location.ref);
}

NavigationHistory::Location SkillsTab::currentLocation() const
{
    switch (currentList()) {
    case CuratedList: {
        const QString slug = currentSkillSlug();
        return slug.isEmpty() ? NavigationHistory::Location{}
                              : NavigationHistory::Location{QStringLiteral("skill"), slug};
    }
    case OnetList: {
        const QModelIndex current = m_ui->onetTable->currentIndex();
        if (!current.isValid())
            return {};
        return {QStringLiteral("onet"), m_onetModel->elementAt(m_onetProxy->mapToSource(current).row()).elementId};
    }
    case TechnologyList: {
        const QModelIndex current = m_ui->technologyTable->currentIndex();
        if (!current.isValid())
            return {};
        return {QStringLiteral("technology"), m_technologyModel->technologyAt(current.row()).name};
    }
    }
    return {};
}

void SkillsTab::showCurrentSkill(const QModelIndex& current)
{
    const int row = m_proxy->mapToSource(current).row();
    const Skill& skill = m_model->skillAt(row);
    const int status = current.siblingAtColumn(0).data(SkillTableModel::StatusRole).toInt();
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(status));
    SkillPageData page;
    page.skill = skill;
    page.needs = m_roles.rolesNeeding(skill.slug);
    page.technologies = m_skills.technologies(skill.slug);
    page.premiums = m_skills.premiums(skill.slug);
    page.steps = m_skills.stepsTeaching(skill.slug);
    page.topics = m_learning.topicsTeaching(skill.slug);
    m_ui->detailView->setHtml(SkillPageDocument::html(page));
}

void SkillsTab::showCurrentElement(const QModelIndex& current)
{
    const OnetElement& element = m_onetModel->elementAt(m_onetProxy->mapToSource(current).row());
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(m_onetModel->status(element.elementId))));
    m_ui->detailView->setHtml(
        OnetSkillPageDocument::elementHtml(element, m_skills.elementOccupations(element.elementId, TopOccupations)));
}

void SkillsTab::showCurrentTechnology(const QModelIndex& current)
{
    const TechnologyExample& technology = m_technologyModel->technologyAt(current.row());
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(m_technologyModel->status(technology.name))));
    m_ui->detailView->setHtml(
        OnetSkillPageDocument::technologyHtml(technology, m_skills.technologyOccupations(technology.name)));
}

void SkillsTab::applyStatus(int comboIndex)
{
    const auto status = SkillAssessmentStore::Status(m_ui->statusCombo->itemData(comboIndex).toInt());
    switch (currentList()) {
    case CuratedList:
        applyCuratedStatus(status);
        break;
    case OnetList: {
        const QModelIndex current = m_ui->onetTable->currentIndex();
        if (!current.isValid())
            return;
        const QString id = m_onetModel->elementAt(m_onetProxy->mapToSource(current).row()).elementId;
        applyListStatus(SkillAssessmentStore::onetKey(id), m_onetModel->status(id), status);
        break;
    }
    case TechnologyList: {
        const QModelIndex current = m_ui->technologyTable->currentIndex();
        if (!current.isValid())
            return;
        const QString name = m_technologyModel->technologyAt(current.row()).name;
        applyListStatus(SkillAssessmentStore::technologyKey(name), m_technologyModel->status(name), status);
        break;
    }
    }
}

void SkillsTab::applyListStatus(const QString& key, SkillAssessmentStore::Status read,
                                SkillAssessmentStore::Status status)
{
    // As for the guide's skills: only over the status this window showed.
    const SaveResult saved = m_assessment.changeStatus(key, read, status);
    if (!saved.ok()) {
        if (saved.isStale())
            reloadUserData();
        else
            showCurrent(); // the combo back to what is stored
        emit errorOccurred(saved.isBusy() ? tr("Your status for this skill could not be saved: the user database is "
                                               "locked by another program. Try again in a moment.")
                                          : saved.error);
        return;
    }
    if (status == SkillAssessmentStore::Status::Unknown)
        m_statuses.remove(key);
    else
        m_statuses.insert(key, status);
    m_onetModel->setStatuses(m_statuses);
    m_technologyModel->setStatuses(m_statuses);
}

void SkillsTab::applyCuratedStatus(SkillAssessmentStore::Status status)
{
    const QString slug = currentSkillSlug();
    if (slug.isEmpty())
        return;
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
    if (status == SkillAssessmentStore::Status::Unknown)
        m_statuses.remove(slug);
    else
        m_statuses.insert(slug, status);
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
    m_statuses = statuses;
    m_model->setStatuses(statuses);
    m_onetModel->setStatuses(statuses);
    m_technologyModel->setStatuses(statuses);
    showCurrent();
    updateGap();
}

void SkillsTab::openLink(const QUrl& url)
{
    if (url.scheme() == QLatin1String("role"))
        emit roleActivated(url.path());
    else if (url.scheme() == QLatin1String("step"))
        emit stepActivated(url.path());
    else if (url.scheme() == QLatin1String("occupation"))
        emit occupationActivated(url.path());
}

} // namespace cg
