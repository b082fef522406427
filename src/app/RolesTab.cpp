#include "RolesTab.h"

#include "ComboToolTip.h"
#include "EmptyFilterNotice.h"
#include "FilteringWatch.h"
#include "content/CatalogueFacets.h"
#include "documents/CareerPageSections.h"
#include "documents/OccupationPageDocument.h"
#include "documents/RoleComparisonDocument.h"
#include "documents/RolePageDocument.h"
#include "models/CatalogueFilterProxyModel.h"
#include "models/CatalogueListModel.h"
#include "models/CataloguePickModel.h"
#include "repositories/CatalogueRepository.h"
#include "repositories/LearningRepository.h"
#include "repositories/OccupationRepository.h"
#include "repositories/RoleRepository.h"
#include "repositories/SalaryRepository.h"
#include "repositories/SourceRepository.h"
#include "settings/Settings.h"
#include "ui_RolesTab.h"

#include <QBoxLayout>
#include <QCompleter>
#include <QHeaderView>
#include <QTimer>
#include <QUrl>
#include <QWindow>

namespace cg {

namespace {
using Sort = CatalogueFilterProxyModel::Sort;

// A spin box at its lowest value means no bound.
std::optional<qint64> bound(const QSpinBox* spin)
{
    return spin->value() == spin->minimum() ? std::nullopt : std::optional<qint64>(spin->value());
}
} // namespace

RolesTab::RolesTab(const RoleRepository& roles, const SalaryRepository& salaries, const SourceRepository& sources,
                   const OccupationRepository& occupations, const LearningRepository& learning,
                   const CatalogueRepository& catalogue, Settings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RolesTab>()), m_roles(roles), m_salaries(salaries), m_sources(sources),
      m_occupations(occupations), m_learning(learning), m_catalogue(catalogue), m_settings(settings),
      m_model(new CatalogueListModel(this)), m_proxy(new CatalogueFilterProxyModel(this)),
      m_pickModel(new CataloguePickModel(this)), m_filterWatch(new FilteringWatch(this)),
      m_emptyNotice(new EmptyFilterNotice(tr("No careers match these filters."), tr("&Clear Filters"), this))
{
    m_ui->setupUi(this);
    ComboToolTip::installOnAll(this); // a choice too long for its box is shown whole on hover
    m_proxy->setCatalogue(m_model);
    m_filterWatch->watch({m_proxy}); // before the list sees it
    m_ui->careerList->setModel(m_proxy);
    QHeaderView* header = m_ui->careerList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CatalogueListModel::TitleColumn, QHeaderView::Stretch);
    // Fixed widths from the widest text each column can hold: measuring a thousand rows would cost the first paint.
    const QFontMetrics metrics = fontMetrics();
    const int padding = metrics.horizontalAdvance(QStringLiteral("MM"));
    header->resizeSection(CatalogueListModel::KindColumn,
                          std::max(metrics.horizontalAdvance(CatalogueListModel::kindText(CatalogueEntry::Kind::Role)),
                                   metrics.horizontalAdvance(tr("Kind"))) +
                              padding);
    header->resizeSection(CatalogueListModel::PayColumn,
                          std::max(metrics.horizontalAdvance(QStringLiteral("\u2265 $239,200")),
                                   metrics.horizontalAdvance(
                                       m_proxy->headerData(CatalogueListModel::PayColumn, Qt::Horizontal).toString())) +
                              padding);
    header->resizeSection(
        CatalogueListModel::GrowthColumn,
        std::max(metrics.horizontalAdvance(QStringLiteral("+100.0%")), metrics.horizontalAdvance(tr("Growth"))) +
            padding);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    if (!m_ui->splitter->restoreState(m_settings.splitterState(QStringLiteral("roles"))))
        m_ui->splitter->setSizes({480, 800});

    m_ui->compareCombo->setModel(m_pickModel);
    QCompleter* completer = m_ui->compareCombo->completer();
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    setUpFilters();

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RolesTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RolesTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RolesTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RolesTab::updateCount);
    // When a filter hides the selected career, the list moves the selection on by itself: the list is drawn first
    // and the page follows, so a keystroke in a filter never waits for a page to be laid out.
    connect(m_ui->careerList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                if (index.isValid())
                    m_occupation.clear();
                if (!m_filterWatch->isFiltering()) {
                    showCurrent();
                } else if (!m_pageQueued) {
                    m_pageQueued = true;
                    QTimer::singleShot(0, this, [this] {
                        m_pageQueued = false;
                        showCurrent();
                    });
                }
                if (!m_filterWatch->isFiltering())
                    emitLocation();
            });
    connect(m_ui->compareCombo, &QComboBox::currentIndexChanged, this, &RolesTab::showCurrent);
    connect(m_ui->detailView, &QTextBrowser::anchorClicked, this, &RolesTab::openLink);
    if (auto* pane = qobject_cast<QBoxLayout*>(m_ui->countLabel->parentWidget()->layout()))
        pane->insertWidget(pane->indexOf(m_ui->countLabel), m_emptyNotice);
    connect(m_emptyNotice, &EmptyFilterNotice::clearRequested, this, [this] {
        clearFilters();
        m_ui->careerList->setFocus();
    });
    connect(m_ui->splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setSplitterState(QStringLiteral("roles"), m_ui->splitter->saveState()); });
}

RolesTab::~RolesTab()
{
    // Remembered when the tab goes, not on each change: writing the settings file would hold up the list's repaint.
    const int sort = m_ui->sortCombo->currentData().toInt();
    if (sort != m_settings.catalogueSort())
        m_settings.setCatalogueSort(sort);
}

void RolesTab::setUpFilters()
{
    m_ui->growthCombo->addItem(tr("Any growth"), -1);
    for (const GrowthCategory category : GrowthCategories::fastestFirst())
        m_ui->growthCombo->addItem(GrowthCategories::name(category), int(category));
    m_ui->growthCombo->addItem(GrowthCategories::name(GrowthCategory::Unknown), int(GrowthCategory::Unknown));

    m_ui->sortCombo->addItem(tr("Name (the guide's roles first)"), int(Sort::Name));
    m_ui->sortCombo->addItem(tr("Median pay, highest first"), int(Sort::MedianPay));
    m_ui->sortCombo->addItem(tr("Growth, fastest first"), int(Sort::Growth));
    m_ui->sortCombo->addItem(tr("Annual openings, most first"), int(Sort::Openings));
    const int remembered = m_ui->sortCombo->findData(m_settings.catalogueSort());
    m_ui->sortCombo->setCurrentIndex(remembered < 0 ? 0 : remembered);
    m_proxy->setSortBy(Sort(m_ui->sortCombo->currentData().toInt()));

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &CatalogueFilterProxyModel::setText);
    connect(m_ui->familyCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setFamily(m_ui->familyCombo->currentData().toString()); });
    connect(m_ui->jobZoneCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant zone = m_ui->jobZoneCombo->currentData();
        m_proxy->setJobZone(zone.isValid() ? zone.toInt() : CatalogueFilterProxyModel::AnyJobZone);
    });
    connect(m_ui->educationCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setEducation(m_ui->educationCombo->currentData().toString()); });
    connect(m_ui->growthCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int growth = m_ui->growthCombo->currentData().toInt();
        m_proxy->setGrowth(growth < 0 ? std::nullopt : std::optional<GrowthCategory>(GrowthCategory(growth)));
    });
    connect(m_ui->payMinimumSpin, &QSpinBox::valueChanged, this, &RolesTab::updatePayRange);
    connect(m_ui->payMaximumSpin, &QSpinBox::valueChanged, this, &RolesTab::updatePayRange);
    connect(m_ui->sortCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSortBy(Sort(m_ui->sortCombo->currentData().toInt()));
        m_ui->careerList->scrollTo(m_ui->careerList->currentIndex());
    });
}

void RolesTab::updatePayRange()
{
    m_proxy->setPayRange(bound(m_ui->payMinimumSpin), bound(m_ui->payMaximumSpin));
}

void RolesTab::showEvent(QShowEvent* event)
{
    // A long page costs a full text layout at the detail view's width. While the window is first being shown, that
    // width is not yet the final one: QTabWidget sizes its page only after the page has been shown. The window's own
    // Show event comes after every child has its final geometry and before the first paint, so the page waits for it
    // and is laid out once, at the right width. The queued call only covers a window shown earlier but not yet
    // exposed, which sends no further Show event.
    QWidget* top = window();
    const bool exposed = top->windowHandle() && top->windowHandle()->isExposed();
    if (top != this && !exposed && !m_waitingForWindow) {
        m_waitingForWindow = true;
        top->installEventFilter(this);
        QTimer::singleShot(0, this, &RolesTab::showPendingPage);
    }
    load();
    QWidget::showEvent(event);
}

bool RolesTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == window() && event->type() == QEvent::Show)
        showPendingPage();
    return QWidget::eventFilter(watched, event);
}

void RolesTab::showPendingPage()
{
    if (!m_waitingForWindow)
        return;
    m_waitingForWindow = false;
    window()->removeEventFilter(this);
    if (m_pagePending) {
        m_pagePending = false;
        showCurrent();
    }
}

void RolesTab::changeEvent(QEvent* event)
{
    // The page's colours come from the palette; a theme switch re-renders it.
    if (event->type() == QEvent::PaletteChange && m_loaded)
        showCurrent();
    QWidget::changeEvent(event);
}

void RolesTab::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    for (const Source& source : m_sources.all())
        m_sourceById.insert(source.id, source);
    m_allOccupations = m_occupations.allOccupationsProjection();

    const QList<CatalogueEntry> entries = m_catalogue.all();
    m_model->setEntries(entries);
    fillFilters(entries);
    {
        const QSignalBlocker blocker(m_ui->compareCombo);
        m_pickModel->setEntries(entries, tr("(nobody \u2014 show one career)"));
        m_ui->compareCombo->setCurrentIndex(0);
    }
    m_proxy->sort(0);
    updateCount();
    if (m_proxy->rowCount() > 0 && !m_ui->careerList->currentIndex().isValid() && m_occupation.isEmpty())
        m_ui->careerList->setCurrentIndex(m_proxy->index(0, 0));
}

void RolesTab::fillFilters(const QList<CatalogueEntry>& entries)
{
    const CatalogueFacets facets = CatalogueFacets::of(entries);
    const QSignalBlocker familyBlocker(m_ui->familyCombo);
    m_ui->familyCombo->addItem(tr("Any job family"), QString());
    for (const JobFamily& family : facets.families) {
        const QString name = family.name.isEmpty() ? family.code : family.name;
        // Family names are long; how many careers each holds is in its tooltip, where it cannot be cut off.
        m_ui->familyCombo->addItem(name, family.code);
        m_ui->familyCombo->setItemData(m_ui->familyCombo->count() - 1,
                                       tr("%1, SOC %2: %Ln careers", nullptr, family.careers).arg(name, family.code),
                                       Qt::ToolTipRole);
    }

    const QSignalBlocker zoneBlocker(m_ui->jobZoneCombo);
    m_ui->jobZoneCombo->addItem(tr("Any job zone"));
    for (const JobZone& zone : m_catalogue.jobZones()) {
        m_ui->jobZoneCombo->addItem(zone.name.isEmpty() ? tr("Job zone %1").arg(zone.zone) : zone.name, zone.zone);
        m_ui->jobZoneCombo->setItemData(m_ui->jobZoneCombo->count() - 1, zone.education, Qt::ToolTipRole);
    }
    m_ui->jobZoneCombo->addItem(tr("No job zone in this release"), CatalogueFilterProxyModel::NoJobZone);

    const QSignalBlocker educationBlocker(m_ui->educationCombo);
    m_ui->educationCombo->addItem(tr("Any education"), QString());
    for (const QString& level : facets.educations)
        m_ui->educationCombo->addItem(level, level);
}

void RolesTab::clearFilters()
{
    {
        const QSignalBlocker text(m_ui->filterEdit);
        const QSignalBlocker family(m_ui->familyCombo);
        const QSignalBlocker zone(m_ui->jobZoneCombo);
        const QSignalBlocker education(m_ui->educationCombo);
        const QSignalBlocker growth(m_ui->growthCombo);
        const QSignalBlocker minimum(m_ui->payMinimumSpin);
        const QSignalBlocker maximum(m_ui->payMaximumSpin);
        m_ui->filterEdit->clear();
        m_ui->familyCombo->setCurrentIndex(0);
        m_ui->jobZoneCombo->setCurrentIndex(0);
        m_ui->educationCombo->setCurrentIndex(0);
        m_ui->growthCombo->setCurrentIndex(0);
        m_ui->payMinimumSpin->setValue(m_ui->payMinimumSpin->minimum());
        m_ui->payMaximumSpin->setValue(m_ui->payMaximumSpin->minimum());
    }
    m_proxy->clearFilters();
}

void RolesTab::updateCount()
{
    m_ui->countLabel->setText(tr("Showing %L1 of %L2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    m_emptyNotice->setEmpty(m_proxy->rowCount() == 0 && m_model->rowCount() > 0);
    if (m_proxy->rowCount() == 0 && m_occupation.isEmpty())
        showCurrent(); // says why the page is empty (the selection may have gone without a signal)
    // A list with careers always has one shown: when a filter was cleared after it had emptied the list, the first
    // career is selected once the list has settled.
    if (m_proxy->rowCount() > 0 && m_occupation.isEmpty() && !m_ui->careerList->currentIndex().isValid()) {
        QTimer::singleShot(0, this, [this] {
            if (m_proxy->rowCount() > 0 && m_occupation.isEmpty() && !m_ui->careerList->currentIndex().isValid())
                m_ui->careerList->setCurrentIndex(m_proxy->index(0, 0));
        });
    }
}

int RolesTab::visibleRoleCount() const
{
    return m_proxy->rowCount();
}

bool RolesTab::selectCareer(const QString& key)
{
    load();
    const int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Filtered out: clear the filters rather than show a career the list does not.
        clearFilters();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_ui->careerList->setCurrentIndex(index);
    m_ui->careerList->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void RolesTab::selectRole(const QString& slug)
{
    selectCareer(slug);
}

const CatalogueEntry* RolesTab::currentEntry() const
{
    const QModelIndex index = m_ui->careerList->currentIndex();
    if (!index.isValid())
        return nullptr;
    const int row = m_proxy->mapToSource(index).row();
    return row < 0 ? nullptr : &m_model->entryAt(row);
}

QString RolesTab::currentRoleSlug() const
{
    const CatalogueEntry* entry = currentEntry();
    return entry && entry->isRole() ? entry->key : QString();
}

QString RolesTab::shownOccupation() const
{
    const CatalogueEntry* entry = currentEntry();
    if (entry)
        return entry->isRole() || isComparing() ? QString() : entry->key;
    return m_occupation;
}

QString RolesTab::detailText() const
{
    return m_ui->detailView->toPlainText();
}

QString RolesTab::detailHtml() const
{
    return m_ui->detailView->toHtml();
}

void RolesTab::compareWith(const QString& key)
{
    load();
    const int row = m_pickModel->rowOf(key);
    m_ui->compareCombo->setCurrentIndex(row < 0 ? 0 : row);
}

bool RolesTab::isComparing() const
{
    const QString other = m_ui->compareCombo->currentData().toString();
    const CatalogueEntry* entry = currentEntry();
    return !other.isEmpty() && entry && other != entry->key;
}

void RolesTab::showOccupation(const QString& socCode)
{
    load();
    const QStringList roles = m_occupations.rolesFor(socCode);
    if (!roles.isEmpty()) {
        compareWith(QString());
        selectRole(roles.first());
        m_ui->detailView->scrollToAnchor(QStringLiteral("occ-") + socCode);
        return;
    }
    selectOccupation(socCode);
}

void RolesTab::selectOccupation(const QString& socCode)
{
    load();
    compareWith(QString());
    if (selectCareer(socCode))
        return;
    // Not in the catalogue: shown on its own, with nothing selected.
    m_occupation = socCode;
    if (m_ui->careerList->currentIndex().isValid()) {
        m_ui->careerList->selectionModel()->clear(); // emits currentChanged, which shows the occupation
    } else {
        showCurrent();
        emitLocation();
    }
}

NavigationHistory::Location RolesTab::currentLocation() const
{
    const CatalogueEntry* entry = currentEntry();
    if (entry)
        return {entry->isRole() ? QStringLiteral("role") : QStringLiteral("occupation"), entry->key};
    if (!m_occupation.isEmpty())
        return {QStringLiteral("occupation"), m_occupation};
    return {};
}

void RolesTab::emitLocation()
{
    const NavigationHistory::Location location = currentLocation();
    if (location.isValid())
        emit locationChanged(location.kind, location.ref);
}

const Occupation& RolesTab::occupationData(const QString& socCode)
{
    auto it = m_occupationCache.find(socCode);
    if (it == m_occupationCache.end())
        it = m_occupationCache.insert(socCode, m_occupations.occupation(socCode));
    return it.value();
}

const RolePageData& RolesTab::roleData(const QString& slug)
{
    auto it = m_roleCache.find(slug);
    if (it != m_roleCache.end())
        return it.value();
    RolePageData data;
    data.role = m_roles.detail(slug);
    for (const SalaryFigure& figure : m_salaries.all()) {
        if (figure.roleSlug == slug)
            data.pay.append(figure);
    }
    for (const QString& code : std::as_const(data.role.occupationCodes)) {
        const Occupation& occupation = occupationData(code);
        if (occupation.isValid())
            data.occupations.append(occupation);
    }
    if (!data.role.learningPathSlug.isEmpty())
        data.routes = m_learning.routes();
    return m_roleCache.insert(slug, data).value();
}

RolePageData RolesTab::pageData(const CatalogueEntry& entry)
{
    if (entry.isRole())
        return roleData(entry.key);
    // An occupation on one side of a comparison: no role, and exactly that occupation.
    RolePageData data;
    const Occupation& occupation = occupationData(entry.key);
    if (occupation.isValid())
        data.occupations.append(occupation);
    return data;
}

QList<RoleLink> RolesTab::rolesFiledUnder(const QString& socCode) const
{
    QList<RoleLink> links;
    for (const QString& slug : m_occupations.rolesFor(socCode)) {
        const int row = m_model->rowOf(slug);
        links.append(RoleLink{slug, row < 0 ? slug : m_model->entryAt(row).title});
    }
    return links;
}

void RolesTab::showCurrent()
{
    if (m_waitingForWindow) {
        m_pagePending = true;
        return;
    }
    const CatalogueEntry* entry = currentEntry();
    const CareerPageSections sections(m_sourceById, m_allOccupations, palette(), locale());
    m_ui->detailView->document()->setDefaultStyleSheet(sections.styleSheet());
    if (!entry) {
        if (m_occupation.isEmpty()) {
            m_ui->detailView->setPlainText(m_proxy->rowCount() == 0 && m_model->rowCount() > 0
                                               ? m_emptyNotice->message() + u'\n' +
                                                     tr("Clear the filters to see every career again.")
                                               : QString());
            return;
        }
        m_ui->detailView->setHtml(
            OccupationPageDocument::html(occupationData(m_occupation), rolesFiledUnder(m_occupation), sections));
        return;
    }
    const QString other = m_ui->compareCombo->currentData().toString();
    const int otherRow = other == entry->key ? -1 : m_model->rowOf(other);
    if (otherRow >= 0) {
        // Copies: filling a cache for the second career may move the first one's entry.
        const RolePageData first = pageData(*entry);
        const RolePageData second = pageData(m_model->entryAt(otherRow));
        m_ui->detailView->setHtml(RoleComparisonDocument::html(first, second, sections));
        return;
    }
    if (entry->isRole()) {
        m_ui->detailView->setHtml(RolePageDocument::html(roleData(entry->key), sections));
        return;
    }
    m_ui->detailView->setHtml(
        OccupationPageDocument::html(occupationData(entry->key), rolesFiledUnder(entry->key), sections));
}

void RolesTab::openLink(const QUrl& url)
{
    const QString scheme = url.scheme();
    const QString ref = url.path();
    if (scheme == QLatin1String("skill")) {
        emit skillActivated(ref);
    } else if (scheme == QLatin1String("role")) {
        compareWith(QString());
        selectRole(ref);
    } else if (scheme == QLatin1String("occupation")) {
        showOccupation(ref);
    } else if (url.hasFragment()) {
        m_ui->detailView->scrollToAnchor(url.fragment());
    }
}

} // namespace cg
