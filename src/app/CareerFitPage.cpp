#include "CareerFitPage.h"

#include "fit/CareerMoves.h"
#include "models/CareerFitFilterProxyModel.h"
#include "models/CareerFitModel.h"
#include "models/CareerMoveModel.h"
#include "repositories/CareerFitRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace cg {

namespace {

QTableView* newTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName)
{
    auto* table = new QTableView;
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTabKeyNavigation(false);
    return table;
}

// Columns start this many pixels wide, or as wide as their header's title needs in the language shown.
void setColumnWidths(QTableView* table, const QList<std::pair<int, int>>& widths)
{
    QHeaderView* header = table->horizontalHeader();
    for (const auto& [column, pixels] : widths)
        header->resizeSection(column, std::max(pixels, header->sectionSizeHint(column)));
}

QLabel* newNote()
{
    auto* note = new QLabel;
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    return note;
}

} // namespace

CareerFitPage::CareerFitPage(const CareerFitRepository& repository, const SkillAssessmentStore& assessment,
                             QWidget* parent)
    : QWidget(parent), m_repository(repository), m_assessment(assessment), m_fitModel(new CareerFitModel(this)),
      m_fitProxy(new CareerFitFilterProxyModel(this)), m_moveModel(new CareerMoveModel(this))
{
    m_fitProxy->setSourceModel(m_fitModel);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("careerFitSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildRanking());
    splitter->addWidget(buildMoves());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    updateButtons();
}

CareerFitPage::~CareerFitPage() = default;

QGroupBox* CareerFitPage::buildRanking()
{
    auto* box = new QGroupBox(tr("Careers that fit me"));
    box->setObjectName(QStringLiteral("fitBox"));
    m_filterEdit = new QLineEdit;
    m_filterEdit->setObjectName(QStringLiteral("fitFilterEdit"));
    m_filterEdit->setAccessibleName(tr("Filter careers"));
    m_filterEdit->setPlaceholderText(tr("Career name or code"));
    m_filterEdit->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("F&ilter:"));
    filterLabel->setBuddy(m_filterEdit);
    m_rolesOnlyCheck = new QCheckBox(tr("Curated roles o&nly"));
    m_rolesOnlyCheck->setObjectName(QStringLiteral("rolesOnlyCheck"));
    m_rolesOnlyCheck->setAccessibleName(tr("Curated roles only"));
    m_showMovesButton = new QPushButton(tr("Show &Moves"));
    m_showMovesButton->setObjectName(QStringLiteral("showMovesButton"));
    m_showMovesButton->setAccessibleName(tr("Show career moves from the selected career"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(filterLabel);
    controls->addWidget(m_filterEdit, 1);
    controls->addWidget(m_rolesOnlyCheck);
    controls->addWidget(m_showMovesButton);

    m_fitTable = newTable(m_fitProxy, QStringLiteral("fitTable"), tr("Careers ranked by fit"));
    m_fitTable->setSortingEnabled(true);
    m_fitTable->sortByColumn(CareerFitModel::FitColumn, Qt::DescendingOrder);
    m_fitTable->horizontalHeader()->setSectionResizeMode(CareerFitModel::NameColumn, QHeaderView::Interactive);
    setColumnWidths(m_fitTable, {{CareerFitModel::NameColumn, 280},
                                 {CareerFitModel::KindColumn, 100},
                                 {CareerFitModel::FitColumn, 80},
                                 {CareerFitModel::GapsColumn, 340}});

    auto* empty = new QWidget;
    empty->setObjectName(QStringLiteral("fitEmptyState"));
    m_emptyLabel = newNote();
    m_emptyLabel->setObjectName(QStringLiteral("fitEmptyLabel"));
    m_emptyLabel->setText(tr("Mark skills you know on the Skills tab (guide skills, or O*NET skills and knowledge) "
                             "and every career is ranked here by how much of what it needs you already know."));
    auto* skillsButton = new QPushButton(tr("&Go to the Skills Tab"));
    skillsButton->setObjectName(QStringLiteral("goToSkillsButton"));
    skillsButton->setAccessibleName(tr("Go to the Skills tab"));
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(skillsButton, 0, Qt::AlignLeft);
    emptyLayout->addStretch();
    m_rankingStack = new QStackedWidget;
    m_rankingStack->addWidget(m_fitTable);
    m_rankingStack->addWidget(empty);

    m_payNote = newNote();
    m_payNote->setObjectName(QStringLiteral("fitPayNote"));
    m_payNote->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(controls);
    layout->addWidget(m_rankingStack, 1);
    layout->addWidget(m_payNote);

    connect(m_filterEdit, &QLineEdit::textChanged, m_fitProxy, &CareerFitFilterProxyModel::setText);
    connect(m_rolesOnlyCheck, &QCheckBox::toggled, m_fitProxy, &CareerFitFilterProxyModel::setRolesOnly);
    connect(m_fitTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CareerFitPage::updateButtons);
    connect(m_showMovesButton, &QPushButton::clicked, this, [this] { showMovesFrom(selectedCareer()); });
    connect(m_fitTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        const bool role = index.data(CareerFitModel::IsRoleRole).toBool();
        emit careerActivated(role ? QStringLiteral("role") : QStringLiteral("occupation"),
                             index.data(CareerFitModel::KeyRole).toString());
    });
    connect(skillsButton, &QPushButton::clicked, this, &CareerFitPage::skillsTabRequested);
    return box;
}

QGroupBox* CareerFitPage::buildMoves()
{
    auto* box = new QGroupBox(tr("Career moves"));
    box->setObjectName(QStringLiteral("movesBox"));
    m_originCombo = new QComboBox;
    m_originCombo->setObjectName(QStringLiteral("moveOriginCombo"));
    m_originCombo->setAccessibleName(tr("Current job"));
    m_originCombo->setEditable(true);
    m_originCombo->setInsertPolicy(QComboBox::NoInsert);
    m_originCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_originCombo->setMinimumContentsLength(30);
    m_originCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_originCombo->completer()->setFilterMode(Qt::MatchContains);
    m_originCombo->lineEdit()->setPlaceholderText(tr("Type or choose a role or occupation"));
    auto* originLabel = new QLabel(tr("Current &job:"));
    originLabel->setBuddy(m_originCombo);
    m_planButton = new QPushButton(tr("&Plan This Move"));
    m_planButton->setObjectName(QStringLiteral("planMoveButton"));
    m_planButton->setAccessibleName(tr("Plan this move"));
    m_planButton->setToolTip(tr("Start a study plan toward the selected occupation"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(originLabel);
    controls->addWidget(m_originCombo, 1);
    controls->addWidget(m_planButton);

    m_moveTable = newTable(m_moveModel, QStringLiteral("moveTable"), tr("Career moves from the current job"));
    setColumnWidths(m_moveTable, {{CareerMoveModel::OccupationColumn, 260},
                                  {CareerMoveModel::TierColumn, 150},
                                  {CareerMoveModel::FitColumn, 70},
                                  {CareerMoveModel::GapsColumn, 220},
                                  {CareerMoveModel::PayColumn, 100}});
    m_movesNote = newNote();
    m_movesNote->setObjectName(QStringLiteral("movesNote"));
    m_movesNote->setText(tr("Choose your current job, or select a career above and press Show Moves, to see the "
                            "occupations O*NET relates to it, with your fit and the change in pay."));
    m_movesNote->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(controls);
    layout->addWidget(m_moveTable, 1);
    layout->addWidget(m_movesNote);

    connect(m_originCombo, &QComboBox::activated, this,
            [this](int index) { showMovesFrom(m_originCombo->itemData(index).toString()); });
    connect(m_moveTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CareerFitPage::updateButtons);
    connect(m_moveModel, &QAbstractItemModel::modelReset, this, &CareerFitPage::updateButtons);
    connect(m_planButton, &QPushButton::clicked, this, [this] {
        const QString code = selectedMove();
        if (!code.isEmpty())
            emit planMoveRequested(
                code, m_moveTable->currentIndex().siblingAtColumn(CareerMoveModel::OccupationColumn).data().toString());
    });
    connect(m_moveTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.data(CareerMoveModel::AvailableRole).toBool())
            emit careerActivated(QStringLiteral("occupation"), index.data(CareerMoveModel::CodeRole).toString());
    });
    return box;
}

void CareerFitPage::showEvent(QShowEvent* event)
{
    // The self-assessment may have changed on the Skills tab since this page was last shown.
    refresh();
    QWidget::showEvent(event);
}

bool CareerFitPage::load()
{
    if (m_loaded)
        return true;
    QString error;
    QList<CareerProfile> profiles = m_repository.profiles(&error);
    const QHash<QString, QStringList> elements =
        error.isEmpty() ? m_repository.skillElements(&error) : QHash<QString, QStringList>();
    if (!error.isEmpty()) {
        m_emptyLabel->setText(tr("The careers could not be read: %1").arg(error));
        m_rankingStack->setCurrentIndex(1);
        return false;
    }
    m_ranking = CareerFitRanking(std::move(profiles), elements);
    m_loaded = true;
    // The current-job list: every career by title, roles first as the catalogue lists them.
    const QSignalBlocker blocker(m_originCombo);
    for (const CareerProfile& profile : m_ranking.profiles())
        m_originCombo->addItem(profile.isRole() ? tr("%1 (role)").arg(profile.title)
                                                : tr("%1 (%2)").arg(profile.title, profile.key),
                               profile.key);
    m_originCombo->setCurrentIndex(-1);
    return true;
}

void CareerFitPage::refresh()
{
    if (!load())
        return;
    QString error;
    m_statuses = m_assessment.all(&error);
    m_fitModel->setEntries(m_ranking.rank(m_statuses));
    const bool anyKnown = m_ranking.anyNeedKnown(m_statuses);
    m_rankingStack->setCurrentIndex(anyKnown ? 0 : 1);
    if (!error.isEmpty())
        m_emptyLabel->setText(tr("Your skill marks could not be read: %1").arg(error));
    // The source and date of the pay, from the first career that has one (every wage comes from one release).
    for (const CareerFitEntry& entry : m_fitModel->entries()) {
        if (entry.pay.isKnown() && !entry.pay.ofRoleOccupation) {
            //: %1 source title, %2 its as-of date
            m_payNote->setText(tr("Fit is weighted by importance. Pay: U.S. national annual median, %1, as of %2; "
                                  "a role shows the pay of its first occupation.")
                                   .arg(entry.pay.sourceTitle, entry.pay.asOf));
            break;
        }
    }
    if (!m_origin.isEmpty())
        updateMoves();
    updateButtons();
}

void CareerFitPage::showMovesFrom(const QString& key)
{
    if (!load() || !m_ranking.profile(key))
        return;
    m_origin = key;
    const int index = m_originCombo->findData(key);
    if (index != m_originCombo->currentIndex()) {
        const QSignalBlocker blocker(m_originCombo);
        m_originCombo->setCurrentIndex(index);
    }
    updateMoves();
}

void CareerFitPage::updateMoves()
{
    const CareerProfile* origin = m_ranking.profile(m_origin);
    if (!origin)
        return;
    QString error;
    const QList<OccupationRelated> related = origin->occupationCode.isEmpty()
                                                 ? QList<OccupationRelated>()
                                                 : m_repository.related(origin->occupationCode, &error);
    m_moveModel->setMoves(CareerMoves::from(m_ranking, m_origin, related, m_statuses));
    if (!error.isEmpty())
        m_movesNote->setText(tr("The related occupations could not be read: %1").arg(error));
    else if (related.isEmpty())
        m_movesNote->setText(tr("O*NET lists no related occupations for %1.").arg(origin->title));
    else if (origin->isRole())
        //: %1 role, %2 its first occupation's title, %3 that occupation's code
        m_movesNote->setText(tr("%1 is a role of this guide: its moves and pay are those of its first occupation, "
                                "%2 (%3), as O*NET relates it to others. Pay change: annual medians, BLS OEWS.")
                                 .arg(origin->title, origin->pay.occupationTitle, origin->occupationCode));
    else
        m_movesNote->setText(tr("O*NET's related occupations of %1, closest first. Pay change: their annual "
                                "median minus this one's, BLS OEWS.")
                                 .arg(origin->title));
}

QString CareerFitPage::selectedCareer() const
{
    const QModelIndex current = m_fitTable->currentIndex();
    return current.isValid() ? current.data(CareerFitModel::KeyRole).toString() : QString();
}

QString CareerFitPage::selectedMove() const
{
    const QModelIndex current = m_moveTable->currentIndex();
    if (!current.isValid() || !current.data(CareerMoveModel::AvailableRole).toBool())
        return {};
    return current.data(CareerMoveModel::CodeRole).toString();
}

void CareerFitPage::updateButtons()
{
    m_showMovesButton->setEnabled(!selectedCareer().isEmpty());
    m_planButton->setEnabled(!selectedMove().isEmpty());
}

} // namespace cg
