#include "StateWagesPage.h"

#include "ComboToolTip.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "StateRankingView.h"
#include "StateTileMapView.h"
#include "TableColumns.h"
#include "models/StateWageModel.h"
#include "repositories/StateWageRepository.h"
#include "salary/ComparisonCsvWriter.h"
#include "salary/PriceParityAdjustment.h"
#include "salary/SalaryEntry.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cg {

namespace {
const QString SoftwareDevelopers = QStringLiteral("15-1252");
} // namespace

StateWagesPage::StateWagesPage(const StateWageRepository& repository, QWidget* parent)
    : QWidget(parent), m_repository(repository), m_model(new StateWageModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_occupationCombo(new QComboBox(this)),
      m_figureCombo(new QComboBox(this)), m_table(new QTableView(this)), m_map(new StateTileMapView(m_model, this)),
      m_ranking(new StateRankingView(m_model, this)), m_note(new QLabel(this)), m_stateNote(new QLabel(this)),
      m_addButton(new QPushButton(tr("&Add State to Comparison"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StateWageModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Pay by state"));

    m_occupationCombo->setEditable(true);
    m_occupationCombo->setInsertPolicy(QComboBox::NoInsert);
    m_occupationCombo->completer()->setFilterMode(Qt::MatchContains);
    m_occupationCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_occupationCombo->setAccessibleName(tr("Occupation"));
    m_occupationCombo->setMinimumContentsLength(20);
    m_occupationCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (StateWageFigures::Figure figure : StateWageFigures::all())
        m_figureCombo->addItem(StateWageFigures::name(figure), int(figure));
    m_figureCombo->setAccessibleName(tr("Figure shown on the map"));
    m_figureCombo->setMinimumContentsLength(16);
    m_figureCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    ComboToolTip::install(m_occupationCombo);
    ComboToolTip::install(m_figureCombo);

    auto* occupationLabel = new QLabel(tr("&Occupation:"), this);
    occupationLabel->setBuddy(m_occupationCombo);
    auto* figureLabel = new QLabel(tr("&Map shows:"), this);
    figureLabel->setBuddy(m_figureCombo);
    auto* exportButton = new QPushButton(tr("Export Table as CSV…"), this);
    auto* imageButton = new QPushButton(tr("Save Map as PNG…"), this);
    auto* controls = new QHBoxLayout;
    controls->addWidget(occupationLabel);
    controls->addWidget(m_occupationCombo, 1);
    controls->addWidget(figureLabel);
    controls->addWidget(m_figureCombo);
    controls->addWidget(exportButton);
    controls->addWidget(imageButton);

    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    // A wrapped label may be squeezed below its text in a short page; the sources must always be readable.
    m_note->setMinimumHeight(3 * fontMetrics().lineSpacing());
    m_stateNote->setWordWrap(true);
    m_stateNote->setTextFormat(Qt::PlainText);
    m_stateNote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* rankingArea = new QScrollArea(this);
    rankingArea->setWidget(m_ranking);
    rankingArea->setWidgetResizable(true);
    rankingArea->setAccessibleName(tr("States ranked"));
    auto* views = new QTabWidget(this);
    views->addTab(m_map, tr("Map"));
    views->addTab(rankingArea, tr("Ranking"));
    auto* mapColumn = new QWidget(this);
    auto* mapLayout = new QVBoxLayout(mapColumn);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addWidget(views, 1);
    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(m_stateNote, 1);
    stateRow->addWidget(m_addButton, 0, Qt::AlignTop);
    mapLayout->addLayout(stateRow);
    m_addButton->setObjectName(QStringLiteral("addStateButton"));
    m_addButton->setAccessibleName(tr("Add the state to the comparison"));
    m_addButton->setToolTip(tr("Compare this state's median with other places, at U.S. average prices"));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(mapColumn);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_note);
    setTabOrder(m_occupationCombo, m_figureCombo);
    setTabOrder(m_figureCombo, exportButton);
    setTabOrder(exportButton, imageButton);
    setTabOrder(imageButton, m_table);
    setTabOrder(m_table, m_map);
    setTabOrder(m_map, m_addButton);

    connect(m_occupationCombo, &QComboBox::activated, this,
            [this](int index) { showOccupation(m_occupationCombo->itemData(index).toString()); });
    connect(m_figureCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto figure = StateWageFigures::Figure(m_figureCombo->currentData().toInt());
        m_map->setFigure(figure);
        m_ranking->setFigure(figure);
    });
    connect(m_map, &StateTileMapView::stateActivated, this, &StateWagesPage::showState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        if (index.isValid())
            showState(index.data(StateWageModel::StateCodeRole).toString());
    });
    connect(m_table, &QAbstractItemView::activated, this, &StateWagesPage::addCurrentState);
    connect(m_addButton, &QPushButton::clicked, this, &StateWagesPage::addCurrentState);
    connect(exportButton, &QPushButton::clicked, this, &StateWagesPage::exportCsv);
    connect(imageButton, &QPushButton::clicked, this, &StateWagesPage::saveMapImage);
}

void StateWagesPage::showEvent(QShowEvent* event)
{
    load();
    QWidget::showEvent(event);
}

void StateWagesPage::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    // The price levels are the same for every occupation: read once.
    m_parities = m_repository.latestPriceParities();
    const QSignalBlocker blocker(m_occupationCombo);
    for (const auto& [code, title] : m_repository.occupations())
        m_occupationCombo->addItem(tr("%1 (%2)").arg(title, code), code);
    showOccupation(SoftwareDevelopers);
}

bool StateWagesPage::showOccupation(const QString& occCode)
{
    load();
    const int index = m_occupationCombo->findData(occCode);
    if (index < 0)
        return false;
    m_occupationCombo->setCurrentIndex(index);
    m_model->setRows(StateWageFigures::rows(m_repository.stateWages(occCode), m_parities));
    m_table->sortByColumn(StateWageModel::StateColumn, Qt::AscendingOrder);
    fitColumnsToText(m_table, [](int column) { return column == StateWageModel::StateColumn ? 22 : 26; });
    const PriceParity national = m_parities.value(QStringLiteral("US"));
    m_note->setText(tr("Source: U.S. Bureau of Labor Statistics, OEWS May 2024, state estimates. Median at U.S. "
                       "average prices: the median divided by the state's price level over 100 (U.S. Bureau of "
                       "Economic Analysis, Regional Price Parities %1, all items, U.S. = %2), rounded once to the "
                       "cent. “Not published”: %3.")
                        .arg(national.year)
                        .arg(national.value, StateWageFigures::notPublished()));
    showState(m_map->currentState());
    return true;
}

QString StateWagesPage::occupation() const
{
    return m_occupationCombo->currentData().toString();
}

void StateWagesPage::setFigure(int figure)
{
    m_figureCombo->setCurrentIndex(qMax(0, m_figureCombo->findData(figure)));
}

QString StateWagesPage::currentState() const
{
    return m_map->currentState();
}

void StateWagesPage::addCurrentState()
{
    const QString state = currentState();
    if (!occupation().isEmpty() && m_model->rowOfState(state) >= 0)
        emit addToComparisonRequested(SalaryEntry::stateKey(occupation(), state));
}

QString StateWagesPage::noteText() const
{
    return m_note->text() + u'\n' + m_stateNote->text();
}

void StateWagesPage::selectState(const QString& state)
{
    load();
    showState(state);
}

void StateWagesPage::showState(const QString& state)
{
    const int row = m_model->rowOfState(state);
    if (row < 0)
        return;
    m_map->setCurrentState(state);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (m_table->currentIndex().row() != index.row())
        m_table->setCurrentIndex(index);
    const StateWageRow& wage = m_model->rows().at(row);
    const std::optional<Money> median =
        wage.wage.annualMedian.isEmpty() ? std::nullopt : Money::parse(wage.wage.annualMedian, QStringLiteral("USD"));
    const QString adjusted =
        median ? PriceParityAdjustment::statement(*median, wage.wage.stateName, wage.parity, locale()) : QString();
    m_stateNote->setText(adjusted.isEmpty()
                             ? tr("%1: median %2.").arg(wage.wage.stateName, StateWageFigures::notPublished())
                             : adjusted);
    m_addButton->setAccessibleName(tr("Add %1 to the comparison").arg(wage.wage.stateName));
}

bool StateWagesPage::exportCsv()
{
    load();
    const QString path = FileDialogs::getExportPath(this, tr("Export Pay by State as CSV"), tr("salary-by-state.csv"),
                                                    tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    QString error;
    const QByteArray bytes =
        ComparisonCsvWriter::encode(StateWageFigures::csvRecords(m_occupationCombo->currentText(), m_model->rows()));
    if (!ComparisonCsvWriter::writeBytes(path, bytes, &error)) {
        MessageBoxes::warning(this, tr("Export CSV"), error);
        return false;
    }
    return true;
}

bool StateWagesPage::saveMapImage()
{
    load();
    const QString path =
        FileDialogs::getExportPath(this, tr("Save Map as PNG"), tr("salary-by-state.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return false;
    if (!m_map->grab().save(path, "PNG")) {
        MessageBoxes::warning(this, tr("Save Map as PNG"), tr("Could not write %1.").arg(path));
        return false;
    }
    return true;
}

} // namespace cg
