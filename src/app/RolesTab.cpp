#include "RolesTab.h"

#include "content/OfficialFigure.h"
#include "documents/CareerPageSections.h"
#include "documents/OccupationPageDocument.h"
#include "documents/RoleComparisonDocument.h"
#include "documents/RolePageDocument.h"
#include "models/RoleFilterProxyModel.h"
#include "models/RoleListModel.h"
#include "repositories/LearningRepository.h"
#include "repositories/OccupationRepository.h"
#include "repositories/RoleRepository.h"
#include "repositories/SalaryRepository.h"
#include "repositories/SourceRepository.h"
#include "settings/Settings.h"
#include "ui_RolesTab.h"

#include <QTimer>
#include <QUrl>
#include <QWindow>

namespace cg {

RolesTab::RolesTab(const RoleRepository& roles, const SalaryRepository& salaries, const SourceRepository& sources,
                   const OccupationRepository& occupations, const LearningRepository& learning, Settings& settings,
                   QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RolesTab>()), m_roles(roles), m_salaries(salaries), m_sources(sources),
      m_occupations(occupations), m_learning(learning), m_settings(settings), m_model(new RoleListModel(this)),
      m_proxy(new RoleFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->roleList->setModel(m_proxy);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    if (!m_ui->splitter->restoreState(m_settings.splitterState(QStringLiteral("roles"))))
        m_ui->splitter->setSizes({300, 900});

    m_ui->outlookCombo->addItem(tr("Any outlook"), int(RoleFilterProxyModel::Outlook::Any));
    m_ui->outlookCombo->addItem(tr("Growing faster than all jobs"),
                                int(RoleFilterProxyModel::Outlook::FasterThanAverage));
    m_ui->outlookCombo->addItem(tr("Growing"), int(RoleFilterProxyModel::Outlook::Growing));
    m_ui->outlookCombo->addItem(tr("Not growing"), int(RoleFilterProxyModel::Outlook::NotGrowing));

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &RoleFilterProxyModel::setText);
    connect(m_ui->outlookCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOutlook(RoleFilterProxyModel::Outlook(m_ui->outlookCombo->currentData().toInt())); });
    connect(m_ui->educationCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setEducation(m_ui->educationCombo->currentData().toString()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RolesTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RolesTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RolesTab::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RolesTab::updateCount);
    connect(m_ui->roleList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& i) {
        if (i.isValid())
            m_occupation.clear();
        showCurrent();
    });
    connect(m_ui->compareCombo, &QComboBox::currentIndexChanged, this, &RolesTab::showCurrent);
    connect(m_ui->detailView, &QTextBrowser::anchorClicked, this, &RolesTab::openLink);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setSplitterState(QStringLiteral("roles"), m_ui->splitter->saveState()); });
}

RolesTab::~RolesTab() = default;

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
    m_proxy->setAverageGrowth(m_allOccupations.changePercent);
    if (m_allOccupations.isValid())
        m_ui->outlookCombo->setItemText(
            1, tr("Growing faster than all jobs (%1)")
                   .arg(OfficialFigure::signedPercent(m_allOccupations.changePercent, locale())));

    const QList<RoleSummary> roles = m_roles.all();
    m_model->setRoles(roles);
    m_ui->educationCombo->addItem(tr("Any education"), QString());
    QStringList levels;
    for (const RoleSummary& role : roles) {
        if (!role.entryEducation.isEmpty() && !levels.contains(role.entryEducation))
            levels.append(role.entryEducation);
    }
    for (const QString& level : std::as_const(levels))
        m_ui->educationCombo->addItem(level, level);

    const QSignalBlocker blocker(m_ui->compareCombo);
    m_ui->compareCombo->addItem(tr("(nobody \u2014 show one role)"), QString());
    for (const RoleSummary& role : roles)
        m_ui->compareCombo->addItem(role.name, role.slug);
    updateCount();
    if (m_proxy->rowCount() > 0 && !m_ui->roleList->currentIndex().isValid() && m_occupation.isEmpty())
        m_ui->roleList->setCurrentIndex(m_proxy->index(0, 0));
}

void RolesTab::updateCount()
{
    m_ui->countLabel->setText(tr("Showing %1 of %2 roles").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

int RolesTab::visibleRoleCount() const
{
    return m_proxy->rowCount();
}

void RolesTab::selectRole(const QString& slug)
{
    load();
    const int row = m_model->rowOf(slug);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Filtered out: clear the filters rather than show a role the list does not.
        m_ui->filterEdit->clear();
        m_ui->outlookCombo->setCurrentIndex(0);
        m_ui->educationCombo->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_ui->roleList->setCurrentIndex(index);
    m_ui->roleList->scrollTo(index);
}

QString RolesTab::currentRoleSlug() const
{
    return m_ui->roleList->currentIndex().data(RoleListModel::SlugRole).toString();
}

QString RolesTab::detailText() const
{
    return m_ui->detailView->toPlainText();
}

QString RolesTab::detailHtml() const
{
    return m_ui->detailView->toHtml();
}

void RolesTab::compareWith(const QString& slug)
{
    load();
    const int index = m_ui->compareCombo->findData(slug);
    m_ui->compareCombo->setCurrentIndex(index < 0 ? 0 : index);
}

bool RolesTab::isComparing() const
{
    const QString other = m_ui->compareCombo->currentData().toString();
    return !other.isEmpty() && !currentRoleSlug().isEmpty() && other != currentRoleSlug();
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
    m_occupation = socCode;
    compareWith(QString());
    if (m_ui->roleList->currentIndex().isValid()) {
        m_ui->roleList->selectionModel()->clear(); // emits currentChanged, which shows the occupation
    } else {
        showCurrent();
    }
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

void RolesTab::showCurrent()
{
    if (m_waitingForWindow) {
        m_pagePending = true;
        return;
    }
    const QString slug = currentRoleSlug();
    const CareerPageSections sections(m_sourceById, m_allOccupations, palette(), locale());
    m_ui->detailView->document()->setDefaultStyleSheet(sections.styleSheet());
    if (slug.isEmpty()) {
        if (m_occupation.isEmpty()) {
            m_ui->detailView->clear();
            return;
        }
        // Occupations a role is filed under are shown on that role's page, so this one has no linked roles.
        m_ui->detailView->setHtml(OccupationPageDocument::html(occupationData(m_occupation), {}, sections));
        return;
    }
    const QString other = m_ui->compareCombo->currentData().toString();
    if (!other.isEmpty() && other != slug) {
        // Copies: filling the cache for the second role may move the first one's entry.
        const RolePageData first = roleData(slug);
        const RolePageData second = roleData(other);
        m_ui->detailView->setHtml(RoleComparisonDocument::html(first, second, sections));
        return;
    }
    m_ui->detailView->setHtml(RolePageDocument::html(roleData(slug), sections));
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
