#include "SalariesTab.h"

#include "ComboToolTip.h"
#include "EmptyFilterNotice.h"
#include "ExperienceChartView.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "SalaryComparisonChartView.h"
#include "SplitterState.h"
#include "StateWagesPage.h"
#include "TableColumns.h"
#include "documents/PremiumsDocument.h"
#include "documents/SalaryComparisonDocument.h"
#include "documents/SalaryEntryDocument.h"
#include "models/SalaryComparisonModel.h"
#include "models/SalaryFilterProxyModel.h"
#include "models/SalaryTableModel.h"
#include "salary/ComparisonCsvWriter.h"
#include "salary/SalaryComparison.h"
#include "salary/SalaryTerms.h"
#include "session/SalaryComparisonSession.h"
#include "text/PlainText.h"
#include "ui_SalariesTab.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <functional>

namespace cg {

SalariesTab::SalariesTab(const SalaryRepository& salaries, const OfficialWageRepository& officialWages,
                         const StateWageRepository& stateWages, SalaryComparisonStore& comparisons, bool userWritable,
                         Settings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SalariesTab>()),
      m_session(std::make_unique<SalaryComparisonSession>(salaries, officialWages, stateWages, comparisons,
                                                          userWritable, settings)),
      m_proxy(new SalaryFilterProxyModel(this)), m_statePage(new StateWagesPage(stateWages, this)),
      m_emptyNotice(new EmptyFilterNotice(tr("No salary figures match these filters."), tr("Sho&w All Figures"), this))
{
    m_ui->setupUi(this);
    ComboToolTip::installOnAll(this); // a choice too long for its box is shown whole on hover
    m_ui->comparisonTabs->addTab(m_statePage, tr("By state"));
    m_proxy->setSourceModel(m_session->figures());
    m_ui->figureTable->setModel(m_proxy);
    m_ui->figureTable->verticalHeader()->hide();
    m_ui->figureTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->figureTable->sortByColumn(SalaryTableModel::RoleColumn, Qt::AscendingOrder);

    m_ui->comparisonTable->setModel(m_session->comparison());
    QHeaderView* columns = m_ui->comparisonTable->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Stretch);
    columns->setSectionsMovable(true); // dragging a header reorders the picks (see onHeaderMoved)
    columns->setHighlightSections(true);
    m_ui->comparisonTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->comparisonTable->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);

    // Pages behind the first are filled when first shown: the charts alone cost more than a tab switch may.
    connect(m_ui->comparisonTabs, &QTabWidget::currentChanged, this, &SalariesTab::ensurePage);
    connect(m_statePage, &StateWagesPage::addToComparisonRequested, this, &SalariesTab::addToComparison);

    for (ConversionBasis basis : AllConversionBases) {
        m_ui->basisCombo->addItem(SalaryComparison::basisName(basis), keyOf(basis));
        m_ui->basisCombo->setItemData(m_ui->basisCombo->count() - 1, SalaryComparison::basisDescription(basis),
                                      Qt::ToolTipRole);
    }

    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->tableSplitter->setStretchFactor(0, 3);
    m_ui->tableSplitter->setStretchFactor(1, 1);
    keepSplitterState(m_ui->splitter, settings, QStringLiteral("salaries"), {330, 420});
    keepSplitterState(m_ui->tableSplitter, settings, QStringLiteral("salaries-table"), {960, 300});

    if (!m_session->isWritable()) {
        for (QPushButton* button : {m_ui->saveButton, m_ui->deleteButton}) {
            button->setEnabled(false);
            button->setToolTip(tr("Your data file is read-only, so comparisons cannot be saved."));
        }
    }

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &SalaryFilterProxyModel::setText);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->splitter), m_emptyNotice);
    connect(m_emptyNotice, &EmptyFilterNotice::clearRequested, this, &SalariesTab::clearFilters);
    for (QComboBox* combo : {m_ui->roleCombo, m_ui->countryCombo, m_ui->sourceCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &SalariesTab::applyFilters);
    connect(m_ui->figureTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SalariesTab::showCurrentFigure);
    connect(m_ui->figureTable, &QAbstractItemView::activated, this, [this] { addCurrentToComparison(); });
    connect(m_ui->comparisonTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SalariesTab::showCurrentPick);
    connect(columns, &QHeaderView::sectionMoved, this, &SalariesTab::onHeaderMoved);
    connect(m_session->comparison(), &SalaryComparisonModel::comparisonChanged, this, &SalariesTab::comparisonChanged);
    connect(m_session->comparison(), &QAbstractItemModel::modelReset, this, &SalariesTab::comparisonChanged);

    const auto removePick = [this] { removeFromComparison(currentPick()); };
    const auto moveLeft = [this] { moveInComparison(currentPick(), currentPick() - 1); };
    const auto moveRight = [this] { moveInComparison(currentPick(), currentPick() + 1); };
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { addCurrentToComparison(); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, removePick);
    connect(m_ui->moveLeftButton, &QPushButton::clicked, this, moveLeft);
    connect(m_ui->moveRightButton, &QPushButton::clicked, this, moveRight);
    connect(m_ui->clearButton, &QPushButton::clicked, m_session.get(), &SalaryComparisonSession::clear);
    const auto onKeys = [this](const QKeySequence& keys, const std::function<void()>& action) {
        auto* shortcut = new QShortcut(keys, m_ui->comparisonTable, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    };
    onKeys(QKeySequence::Delete, removePick);
    onKeys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left), moveLeft);
    onKeys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right), moveRight);

    connect(m_ui->currencyCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_ui->currencyCombo->currentData().toString();
        if (!code.isEmpty())
            m_session->setCurrency(code);
    });
    connect(m_ui->basisCombo, &QComboBox::currentIndexChanged, this, [this] {
        ConversionBasis basis = ConversionBasis::Market;
        if (fromKey(m_ui->basisCombo->currentData().toString(), &basis))
            m_session->setBasis(basis);
    });

    connect(m_session.get(), &SalaryComparisonSession::loaded, this, &SalariesTab::fillWidgets);
    connect(m_session.get(), &SalaryComparisonSession::message, this, &SalariesTab::setMessage);
    connect(m_session.get(), &SalaryComparisonSession::warning, this,
            [this](const QString& title, const QString& text) { MessageBoxes::warning(this, title, text); });
    connect(m_session.get(), &SalaryComparisonSession::savedChanged, this, &SalariesTab::refreshSaved);
    const auto followChoices = [this] {
        showConversionChoices();
        showCurrentFigure();
    };
    connect(m_session.get(), &SalaryComparisonSession::currencyChanged, this, followChoices);
    connect(m_session.get(), &SalaryComparisonSession::basisChanged, this, followChoices);

    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { saveComparison(m_ui->savedCombo->currentText()); });
    connect(m_ui->loadButton, &QPushButton::clicked, this, [this] { loadComparison(m_ui->savedCombo->currentText()); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this,
            [this] { deleteSavedComparison(m_ui->savedCombo->currentText()); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_ui->printButton, &QPushButton::clicked, this, &SalariesTab::showPrintPreview);

    comparisonChanged();
    setMessage(
        tr("Select a figure, then Enter or double-click to compare it (up to %1).").arg(SalaryComparison::MaxPicks));
}

SalariesTab::~SalariesTab()
{
    // The views show the session's models and call into it when they change: they go first.
    qDeleteAll(findChildren<QWidget*>(Qt::FindDirectChildrenOnly));
}

void SalariesTab::showEvent(QShowEvent* event)
{
    m_session->load();
    QWidget::showEvent(event);
}

void SalariesTab::fillWidgets()
{
    // The session has read the figures and chosen the currency and basis; the widgets follow.
    fillFilters();
    fillCurrencies();
    refreshSaved();
    ensurePage(m_ui->comparisonTabs->currentIndex());
    showConversionChoices();
    fitColumns();
    // From now on every change of the filters keeps a figure shown, or says why none is.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &SalariesTab::figuresFiltered);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SalariesTab::figuresFiltered);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SalariesTab::figuresFiltered);
    figuresFiltered();
}

void SalariesTab::fitColumns()
{
    // Fit the columns to their text, but no column may push the date and source out of sight.
    fitColumnsToText(m_ui->figureTable, [](int column) { return column == SalaryTableModel::SourceColumn ? 32 : 21; });
}

void SalariesTab::fillFilters()
{
    const SalaryFilterChoices choices = m_session->filterChoices();
    const QSignalBlocker roleBlocker(m_ui->roleCombo);
    const QSignalBlocker countryBlocker(m_ui->countryCombo);
    const QSignalBlocker sourceBlocker(m_ui->sourceCombo);
    const auto fill = [](QComboBox* combo, const QString& all, const QList<SalaryChoice>& items) {
        combo->clear();
        combo->addItem(all, QString());
        for (const SalaryChoice& item : items)
            combo->addItem(item.label, item.value);
    };
    fill(m_ui->roleCombo, tr("All roles"), choices.roles);
    fill(m_ui->countryCombo, tr("All countries"), choices.countries);
    fill(m_ui->sourceCombo, tr("All sources"), choices.sources);
}

void SalariesTab::fillCurrencies()
{
    const QSignalBlocker blocker(m_ui->currencyCombo);
    m_ui->currencyCombo->clear();
    for (const SalaryChoice& choice : m_session->currencyChoices())
        m_ui->currencyCombo->addItem(choice.label, choice.value);
}

void SalariesTab::showConversionChoices()
{
    const QSignalBlocker currencyBlocker(m_ui->currencyCombo);
    const QSignalBlocker basisBlocker(m_ui->basisCombo);
    const int currency = m_ui->currencyCombo->findData(m_session->currency());
    if (currency >= 0)
        m_ui->currencyCombo->setCurrentIndex(currency);
    m_ui->basisCombo->setCurrentIndex(qMax(0, m_ui->basisCombo->findData(keyOf(m_session->basis()))));
    // A basis that cannot convert into this currency is offered disabled, with the reason as its tooltip.
    auto* items = qobject_cast<QStandardItemModel*>(m_ui->basisCombo->model());
    QStringList reasons;
    for (int i = 0; items && i < m_ui->basisCombo->count(); ++i) {
        ConversionBasis basis = ConversionBasis::Market;
        if (!fromKey(m_ui->basisCombo->itemData(i).toString(), &basis))
            continue;
        const QString reason = m_session->unavailableReason(basis);
        items->item(i)->setEnabled(reason.isEmpty());
        items->item(i)->setToolTip(reason.isEmpty() ? SalaryComparison::basisDescription(basis) : reason);
        if (!reason.isEmpty() && !reasons.contains(reason))
            reasons.append(reason);
    }
    m_ui->basisCombo->setToolTip(reasons.join(u'\n'));
}

void SalariesTab::fillPremiums()
{
    m_ui->premiumsView->setHtml(PremiumsDocument::html(m_session->premiums()));
}

void SalariesTab::refreshSaved()
{
    const QString typed = m_ui->savedCombo->currentText();
    const QSignalBlocker blocker(m_ui->savedCombo);
    m_ui->savedCombo->clear();
    m_ui->savedCombo->addItems(savedComparisonNames());
    m_ui->savedCombo->setEditText(typed);
    const bool any = m_ui->savedCombo->count() > 0;
    m_ui->loadButton->setEnabled(any);
    m_ui->deleteButton->setEnabled(any && m_session->isWritable());
}

QStringList SalariesTab::savedComparisonNames() const
{
    return m_session->savedNames();
}

void SalariesTab::applyFilters()
{
    m_proxy->setRoleSlug(m_ui->roleCombo->currentData().toString());
    m_proxy->setCountry(m_ui->countryCombo->currentData().toString());
    m_proxy->setSourceLabel(m_ui->sourceCombo->currentData().toString());
}

void SalariesTab::clearFilters()
{
    m_ui->filterEdit->clear();
    for (QComboBox* combo : {m_ui->roleCombo, m_ui->countryCombo, m_ui->sourceCombo})
        combo->setCurrentIndex(0);
    m_ui->figureTable->setFocus();
}

void SalariesTab::figuresFiltered()
{
    // A list with figures always has one shown; one that the filters emptied says so and offers to clear them.
    const bool empty = m_proxy->rowCount() == 0;
    m_emptyNotice->setEmpty(empty && m_session->figures()->rowCount() > 0);
    if (m_ui->figureTable->currentIndex().isValid())
        return;
    if (empty)
        showCurrentFigure(); // the detail says why, once the notice does
    else
        m_ui->figureTable->setCurrentIndex(m_proxy->index(0, 0));
}

int SalariesTab::visibleFigureCount() const
{
    return m_proxy->rowCount();
}

void SalariesTab::setFilterText(const QString& text)
{
    m_session->load();
    m_ui->filterEdit->setText(text);
}

void SalariesTab::setRoleFilter(const QString& roleSlug)
{
    m_session->load();
    m_ui->roleCombo->setCurrentIndex(qMax(0, m_ui->roleCombo->findData(roleSlug)));
}

void SalariesTab::setCountryFilter(const QString& countryCode)
{
    m_session->load();
    m_ui->countryCombo->setCurrentIndex(qMax(0, m_ui->countryCombo->findData(countryCode)));
}

void SalariesTab::setSourceFilter(const QString& sourceLabel)
{
    m_session->load();
    m_ui->sourceCombo->setCurrentIndex(qMax(0, m_ui->sourceCombo->findData(sourceLabel)));
}

QString SalariesTab::messageText() const
{
    return m_ui->messageLabel->text();
}

void SalariesTab::setMessage(const QString& text)
{
    // Messages quote the names of saved comparisons: plain text in the label (see the form), escaped in the tooltip.
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setToolTip(PlainText::toolTip(text));
}

// ---- The comparison ---------------------------------------------------------------------------------------------

const SalaryComparisonModel* SalariesTab::comparisonModel() const
{
    return m_session->comparison();
}

bool SalariesTab::addCurrentToComparison()
{
    m_session->load();
    const QModelIndex current = m_ui->figureTable->currentIndex();
    if (!current.isValid()) {
        setMessage(tr("Select a figure in the table first."));
        return false;
    }
    return addToComparison(m_session->figures()->entryAt(m_proxy->mapToSource(current).row()).key);
}

bool SalariesTab::addToComparison(const QString& key)
{
    const SalaryComparisonSession::AddResult result = m_session->add(key);
    selectPick(result.column);
    if (result.added && m_ui->comparisonTabs->currentIndex() != ChartPage)
        showPage(ComparisonPage);
    return result.added;
}

bool SalariesTab::removeFromComparison(int column)
{
    if (!m_session->removeAt(column))
        return false;
    if (comparisonModel()->columnCount() > 0)
        selectPick(qMin(column, comparisonModel()->columnCount() - 1));
    return true;
}

bool SalariesTab::moveInComparison(int from, int to)
{
    if (!m_session->move(from, to))
        return false;
    selectPick(to);
    return true;
}

void SalariesTab::onHeaderMoved(int /*logicalIndex*/, int oldVisualIndex, int newVisualIndex)
{
    // The header only moved its picture of the column; put it back and move the pick itself, so column order,
    // differences, chart, CSV and printout all follow.
    QHeaderView* header = m_ui->comparisonTable->horizontalHeader();
    {
        const QSignalBlocker blocker(header);
        header->moveSection(newVisualIndex, oldVisualIndex);
    }
    moveInComparison(oldVisualIndex, newVisualIndex);
}

int SalariesTab::currentPick() const
{
    const QModelIndex current = m_ui->comparisonTable->currentIndex();
    if (current.isValid())
        return current.column();
    return comparisonModel()->columnCount() > 0 ? comparisonModel()->columnCount() - 1 : -1;
}

void SalariesTab::selectPick(int column)
{
    if (column < 0 || column >= comparisonModel()->columnCount())
        return;
    m_ui->comparisonTable->setCurrentIndex(comparisonModel()->index(SalaryComparisonModel::ConvertedRow, column));
    m_ui->comparisonTable->selectColumn(column);
}

void SalariesTab::comparisonChanged()
{
    const int count = comparisonModel()->columnCount();
    const int pick = currentPick();
    m_ui->addButton->setEnabled(count < SalaryComparison::MaxPicks);
    m_ui->removeButton->setEnabled(count > 0);
    m_ui->clearButton->setEnabled(count > 0);
    m_ui->moveLeftButton->setEnabled(count > 1 && pick > 0);
    m_ui->moveRightButton->setEnabled(count > 1 && pick >= 0 && pick < count - 1);
    m_ui->exportButton->setEnabled(count > 0);
    m_ui->printButton->setEnabled(count > 0);
    m_ui->saveButton->setEnabled(m_session->isWritable() && count > 0);
    if (m_comparisonChart)
        m_comparisonChart->setResult(comparisonModel()->result());
    emit comparisonAvailable(count > 0);
}

void SalariesTab::showCurrentFigure()
{
    const QModelIndex current = m_ui->figureTable->currentIndex();
    if (!current.isValid()) {
        m_ui->detailView->setPlainText(m_emptyNotice->isVisibleTo(this) ? m_emptyNotice->message() : QString());
        return;
    }
    showEntry(m_session->figures()->entryAt(m_proxy->mapToSource(current).row()));
}

void SalariesTab::showCurrentPick()
{
    const int pick = currentPick();
    const int count = comparisonModel()->columnCount();
    m_ui->moveLeftButton->setEnabled(count > 1 && pick > 0);
    m_ui->moveRightButton->setEnabled(count > 1 && pick >= 0 && pick < count - 1);
    if (pick >= 0 && m_ui->comparisonTable->currentIndex().isValid())
        showEntry(comparisonModel()->result().columns.at(pick).entry);
}

void SalariesTab::showEntry(const SalaryEntry& entry)
{
    // The same conversion the comparison would make, so the figure's value in the display currency is one click away.
    m_ui->detailView->setHtml(SalaryEntryDocument::html(entry, m_session->conversionNote(entry)));
}

void SalariesTab::setDisplayCurrency(const QString& currency)
{
    m_session->setCurrency(currency);
}

void SalariesTab::setConversionBasis(ConversionBasis basis)
{
    m_session->setBasis(basis);
}

void SalariesTab::showPage(Page page)
{
    m_ui->comparisonTabs->setCurrentIndex(int(page));
}

void SalariesTab::ensurePage(int page)
{
    // Only once the figures are read: until then there is nothing to draw or list, and the page is not visible.
    if (!m_session->isLoaded())
        return;
    if (page == ChartPage && !m_comparisonChart) {
        m_comparisonChart = new SalaryComparisonChartView(comparisonModel()->result(), m_ui->chartPage);
        m_ui->chartPage->layout()->addWidget(m_comparisonChart);
        m_comparisonChart->show();
    } else if (page == ExperiencePage && !m_experienceChart) {
        m_experienceChart = new ExperienceChartView(m_session->profiles(), m_ui->experiencePage);
        m_ui->experiencePage->layout()->addWidget(m_experienceChart);
        m_experienceChart->show();
    } else if (page == PremiumsPage && m_ui->premiumsView->document()->isEmpty()) {
        fillPremiums();
    }
}

const SalaryComparisonChartView* SalariesTab::comparisonChart()
{
    m_session->load();
    ensurePage(ChartPage);
    return m_comparisonChart;
}

const ExperienceChartView* SalariesTab::experienceChart()
{
    m_session->load();
    ensurePage(ExperiencePage);
    return m_experienceChart;
}

QString SalariesTab::askExportPath(const QString& title, const QString& fileName, const QString& filter)
{
    m_session->load();
    if (comparisonModel()->columnCount() == 0) {
        setMessage(tr("Nothing to export: add figures to the comparison first."));
        return {};
    }
    return FileDialogs::getExportPath(this, title, fileName, filter);
}

bool SalariesTab::exportCsv()
{
    const QString path = askExportPath(tr("Export Salary Comparison as CSV"), tr("salary-comparison.csv"),
                                       tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!ComparisonCsvWriter::write(path, comparisonModel()->result(), &error)) {
        MessageBoxes::warning(this, tr("Export CSV"), error);
        return false;
    }
    setMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SalariesTab::exportPdf()
{
    const QString path =
        askExportPath(tr("Export Salary Comparison as PDF"), tr("salary-comparison.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    const QString title = m_session->loadedName().isEmpty() ? tr("Salary comparison") : m_session->loadedName();
    const SalaryComparisonDocument document(comparisonModel()->result(), m_session->loadedName());
    QString error;
    if (!document.writePdf(path, title, &error)) {
        MessageBoxes::warning(this, tr("Export PDF"), error);
        return false;
    }
    setMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SalariesTab::printComparison(QPagedPaintDevice* device)
{
    m_session->load();
    const SalaryComparisonDocument document(comparisonModel()->result(), m_session->loadedName());
    QString error;
    if (!document.print(device, &error)) {
        MessageBoxes::warning(this, tr("Print"), error);
        return false;
    }
    return true;
}

void SalariesTab::showPrintPreview()
{
    if (comparisonModel()->columnCount() == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_session->loadedName().isEmpty() ? tr("Salary comparison") : m_session->loadedName());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Salary Comparison"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) { printComparison(target); });
    dialog.exec();
}

bool SalariesTab::saveComparison(const QString& name)
{
    if (!m_session->save(name))
        return false;
    m_ui->savedCombo->setEditText(m_session->loadedName());
    return true;
}

bool SalariesTab::loadComparison(const QString& name)
{
    if (!m_session->open(name))
        return false;
    m_ui->savedCombo->setEditText(m_session->loadedName());
    if (comparisonModel()->columnCount() > 0)
        selectPick(0);
    return true;
}

bool SalariesTab::deleteSavedComparison(const QString& name)
{
    if (!m_session->removeSaved(name))
        return false;
    m_ui->savedCombo->setEditText(QString());
    return true;
}

void SalariesTab::reloadUserData()
{
    if (m_session->isLoaded())
        refreshSaved();
}

} // namespace cg
