#include "SalariesTab.h"

#include "ComparisonChartView.h"
#include "ExperienceChartView.h"
#include "FileDialogs.h"
#include "documents/Html.h"
#include "MessageBoxes.h"
#include "models/ComparisonModel.h"
#include "models/SalaryFilterProxyModel.h"
#include "models/SalaryTableModel.h"
#include "money/Currency.h"
#include "repositories/OfficialWageRepository.h"
#include "repositories/SalaryRepository.h"
#include "salary/ComparisonCsvWriter.h"
#include "salary/ExperienceProfiles.h"
#include "salary/SalaryComparisonDocument.h"
#include "salary/SalaryTerms.h"
#include "settings/Settings.h"
#include "ui_SalariesTab.h"
#include "user/ComparisonStore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QMap>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStandardPaths>

namespace cg {

namespace {
const QString SplitterKey = QStringLiteral("salaries");
const QString TableSplitterKey = QStringLiteral("salaries-table");

// The currencies offered first, in this order; any other currency with ECB rates follows alphabetically.
const QStringList PreferredCurrencies{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                                      QStringLiteral("INR"), QStringLiteral("CAD"), QStringLiteral("AUD")};

QString currencyName(const QString& code)
{
    static const QMap<QString, const char*> names{
        {QStringLiteral("AUD"), QT_TRANSLATE_NOOP("cg::SalariesTab", "Australian dollar")},
        {QStringLiteral("BRL"), QT_TRANSLATE_NOOP("cg::SalariesTab", "Brazilian real")},
        {QStringLiteral("CAD"), QT_TRANSLATE_NOOP("cg::SalariesTab", "Canadian dollar")},
        {QStringLiteral("CHF"), QT_TRANSLATE_NOOP("cg::SalariesTab", "Swiss franc")},
        {QStringLiteral("CNY"), QT_TRANSLATE_NOOP("cg::SalariesTab", "Chinese yuan")},
        {QStringLiteral("EUR"), QT_TRANSLATE_NOOP("cg::SalariesTab", "Euro")},
        {QStringLiteral("GBP"), QT_TRANSLATE_NOOP("cg::SalariesTab", "Pound sterling")},
        {QStringLiteral("INR"), QT_TRANSLATE_NOOP("cg::SalariesTab", "Indian rupee")},
        {QStringLiteral("JPY"), QT_TRANSLATE_NOOP("cg::SalariesTab", "Japanese yen")},
        {QStringLiteral("PLN"), QT_TRANSLATE_NOOP("cg::SalariesTab", "Polish złoty")},
        {QStringLiteral("SEK"), QT_TRANSLATE_NOOP("cg::SalariesTab", "Swedish krona")},
        {QStringLiteral("USD"), QT_TRANSLATE_NOOP("cg::SalariesTab", "US dollar")},
        {QStringLiteral("ZAR"), QT_TRANSLATE_NOOP("cg::SalariesTab", "South African rand")},
    };
    const auto found = names.constFind(code);
    return found == names.constEnd() ? QString() : QCoreApplication::translate("cg::SalariesTab", *found);
}
} // namespace

SalariesTab::SalariesTab(const SalaryRepository& salaries, const OfficialWageRepository& officialWages,
                         ComparisonStore& comparisons, bool userWritable, Settings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SalariesTab>()), m_salaries(salaries), m_officialWages(officialWages),
      m_comparisons(comparisons), m_userWritable(userWritable), m_settings(settings),
      m_model(new SalaryTableModel(this)), m_proxy(new SalaryFilterProxyModel(this)),
      m_comparisonModel(new ComparisonModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->figureTable->setModel(m_proxy);
    m_ui->figureTable->verticalHeader()->hide();
    m_ui->figureTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->figureTable->sortByColumn(SalaryTableModel::RoleColumn, Qt::AscendingOrder);

    m_ui->comparisonTable->setModel(m_comparisonModel);
    QHeaderView* columns = m_ui->comparisonTable->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Stretch);
    columns->setSectionsMovable(true); // dragging a header reorders the picks (see onHeaderMoved)
    columns->setHighlightSections(true);
    m_ui->comparisonTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->comparisonTable->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);

    // Pages behind the first are filled when first shown: the charts alone cost more than a tab switch may.
    connect(m_ui->comparisonTabs, &QTabWidget::currentChanged, this, &SalariesTab::ensurePage);

    for (ConversionBasis basis :
         {ConversionBasis::Market, ConversionBasis::Ppp, ConversionBasis::PppPrivateConsumption})
        m_ui->basisCombo->addItem(SalaryComparison::basisName(basis), SalaryComparison::basisKey(basis));
    m_ui->basisCombo->setItemData(0,
                                  tr("ECB euro reference rate of the figure's date, or the nearest earlier "
                                     "business day"),
                                  Qt::ToolTipRole);
    m_ui->basisCombo->setItemData(1,
                                  tr("What the pay buys at home: World Bank PPP factors (GDP) of the figure's "
                                     "year, or the nearest earlier one"),
                                  Qt::ToolTipRole);
    m_ui->basisCombo->setItemData(2,
                                  tr("World Bank PPP factors for household consumption, the closest to what a "
                                     "salary buys"),
                                  Qt::ToolTipRole);

    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->tableSplitter->setStretchFactor(0, 3);
    m_ui->tableSplitter->setStretchFactor(1, 1);
    if (!m_ui->splitter->restoreState(m_settings.splitterState(SplitterKey)))
        m_ui->splitter->setSizes({330, 420});
    if (!m_ui->tableSplitter->restoreState(m_settings.splitterState(TableSplitterKey)))
        m_ui->tableSplitter->setSizes({960, 300});

    if (!m_userWritable) {
        for (QPushButton* button : {m_ui->saveButton, m_ui->deleteButton}) {
            button->setEnabled(false);
            button->setToolTip(tr("Your data file is read-only, so comparisons cannot be saved."));
        }
    }

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &SalaryFilterProxyModel::setText);
    for (QComboBox* combo : {m_ui->roleCombo, m_ui->countryCombo, m_ui->sourceCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &SalariesTab::applyFilters);
    connect(m_ui->figureTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SalariesTab::showCurrentFigure);
    connect(m_ui->figureTable, &QAbstractItemView::activated, this, [this] { addCurrentToComparison(); });
    connect(m_ui->comparisonTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SalariesTab::showCurrentPick);
    connect(columns, &QHeaderView::sectionMoved, this, &SalariesTab::onHeaderMoved);
    connect(m_comparisonModel, &ComparisonModel::comparisonChanged, this, &SalariesTab::comparisonChanged);
    connect(m_comparisonModel, &QAbstractItemModel::modelReset, this, &SalariesTab::comparisonChanged);

    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { addCurrentToComparison(); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] { removeFromComparison(currentPick()); });
    connect(m_ui->moveLeftButton, &QPushButton::clicked, this,
            [this] { moveInComparison(currentPick(), currentPick() - 1); });
    connect(m_ui->moveRightButton, &QPushButton::clicked, this,
            [this] { moveInComparison(currentPick(), currentPick() + 1); });
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        m_comparisonModel->clear();
        m_loadedName.clear();
        setMessage(tr("The comparison is empty."));
    });
    auto* remove = new QShortcut(QKeySequence::Delete, m_ui->comparisonTable, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] { removeFromComparison(currentPick()); });
    auto* left = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left), m_ui->comparisonTable, nullptr,
                               nullptr, Qt::WidgetShortcut);
    connect(left, &QShortcut::activated, this, [this] { moveInComparison(currentPick(), currentPick() - 1); });
    auto* right = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right), m_ui->comparisonTable, nullptr,
                                nullptr, Qt::WidgetShortcut);
    connect(right, &QShortcut::activated, this, [this] { moveInComparison(currentPick(), currentPick() + 1); });

    connect(m_ui->currencyCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_ui->currencyCombo->currentData().toString();
        if (code.isEmpty())
            return;
        m_comparisonModel->setCurrency(code);
        m_settings.setDisplayCurrency(code);
        showCurrentFigure();
    });
    connect(m_ui->basisCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto basis = SalaryComparison::basisFromKey(m_ui->basisCombo->currentData().toString());
        if (!basis)
            return;
        m_comparisonModel->setBasis(*basis);
        m_settings.setConversionBasis(SalaryComparison::basisKey(*basis));
        showCurrentFigure();
    });

    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { saveComparison(m_ui->savedCombo->currentText()); });
    connect(m_ui->loadButton, &QPushButton::clicked, this, [this] { loadComparison(m_ui->savedCombo->currentText()); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this,
            [this] { deleteSavedComparison(m_ui->savedCombo->currentText()); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_ui->printButton, &QPushButton::clicked, this, &SalariesTab::showPrintPreview);

    connect(m_ui->splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setSplitterState(SplitterKey, m_ui->splitter->saveState()); });
    connect(m_ui->tableSplitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setSplitterState(TableSplitterKey, m_ui->tableSplitter->saveState()); });

    comparisonChanged();
    setMessage(
        tr("Select a figure, then Enter or double-click to compare it (up to %1).").arg(SalaryComparison::MaxPicks));
}

SalariesTab::~SalariesTab() = default;

void SalariesTab::showEvent(QShowEvent* event)
{
    load();
    QWidget::showEvent(event);
}

void SalariesTab::load()
{
    if (m_loaded)
        return;
    m_loaded = true;

    QList<SalaryEntry> entries;
    for (const SalaryFigure& figure : m_salaries.all())
        entries.append(SalaryEntry::fromFigure(figure));
    for (const RoleWage& wage : m_officialWages.roleWages())
        entries.append(SalaryEntry::fromRoleWage(wage));
    m_model->setEntries(entries);
    m_profiles = ExperienceProfiles::build(entries);

    // The converter reads only the rates a conversion asks for, so it is ready at once and the first figure shows
    // with its conversion.
    m_converter = m_salaries.converter(&m_converterError);
    m_comparisonModel->setConverter(&m_converter);
    m_comparisonModel->setCurrency(m_settings.displayCurrency());

    fillFilters();
    fillCurrencies();
    refreshSaved();
    ensurePage(m_ui->comparisonTabs->currentIndex());

    const auto basis = SalaryComparison::basisFromKey(m_settings.conversionBasis());
    {
        const QSignalBlocker blocker(m_ui->basisCombo);
        m_ui->basisCombo->setCurrentIndex(
            qMax(0, m_ui->basisCombo->findData(SalaryComparison::basisKey(basis.value_or(ConversionBasis::Market)))));
    }
    m_comparisonModel->setCurrency(m_ui->currencyCombo->currentData().toString());
    m_comparisonModel->setBasis(basis.value_or(ConversionBasis::Market));

    fitColumns();
    if (!m_converterError.isEmpty())
        setMessage(tr("Exchange rates could not be read (%1); conversions show “no rate”.").arg(m_converterError));
    if (m_proxy->rowCount() > 0)
        m_ui->figureTable->setCurrentIndex(m_proxy->index(0, 0));
}

void SalariesTab::fitColumns()
{
    // Fit the columns to their text, but no column may push the date and source out of sight. Measuring a cell
    // means laying out its text, and resizeColumnsToContents() measures every cell; the widest text of a column is
    // among its longest, so only cells at least 85% as long as the longest are measured. A shorter text would need
    // letters 18% wider on average to be wider.
    QTableView* table = m_ui->figureTable;
    const int letter = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    const int grid = table->showGrid() ? 1 : 0;
    const int rows = m_proxy->rowCount();
    // Told of each resized column, the table repaints them on a timer, after its first paint: a second paint of the
    // whole table. It is laid out once, below, instead.
    QHeaderView* header = table->horizontalHeader();
    const QSignalBlocker blocker(header);
    for (int column = 0; column < SalaryTableModel::ColumnCount; ++column) {
        QHash<QString, int> rowOfText; // a text repeated down the column is measured once
        qsizetype longest = 0;
        for (int row = 0; row < rows; ++row) {
            const QString text = m_proxy->index(row, column).data().toString();
            longest = qMax(longest, text.size());
            rowOfText.insert(text, row);
        }
        int width = header->sectionSizeHint(column);
        for (auto it = rowOfText.cbegin(); it != rowOfText.cend(); ++it) {
            if (it.key().size() * 100 >= longest * 85)
                width = qMax(width, table->sizeHintForIndex(m_proxy->index(it.value(), column)).width() + grid);
        }
        const int widest = letter * (column == SalaryTableModel::SourceColumn ? 32 : 21);
        header->resizeSection(column, qMin(width, widest));
    }
    header->setStretchLastSection(true);
    table->doItemsLayout();
}

void SalariesTab::reportUnreadRates()
{
    // Rates and PPP factors are read as conversions need them, so a damaged table shows up only then.
    QString error = m_converter.rates().readError();
    if (error.isEmpty())
        error = m_converter.pppFactors().readError();
    if (error.isEmpty() || error == m_converterError)
        return;
    m_converterError = error;
    setMessage(tr("Exchange rates could not be read (%1); conversions show “no rate”.").arg(error));
}

void SalariesTab::fillFilters()
{
    QMap<QString, QString> roles;     // name -> slug
    QMap<QString, QString> countries; // name -> code
    QStringList sources;
    for (const SalaryEntry& entry : m_model->entries()) {
        roles.insert(entry.roleName, entry.roleSlug);
        countries.insert(SalaryTerms::countryName(entry.country), entry.country);
        if (!sources.contains(entry.sourceLabel))
            sources.append(entry.sourceLabel);
    }
    std::sort(sources.begin(), sources.end(),
              [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });

    const QSignalBlocker roleBlocker(m_ui->roleCombo);
    const QSignalBlocker countryBlocker(m_ui->countryCombo);
    const QSignalBlocker sourceBlocker(m_ui->sourceCombo);
    m_ui->roleCombo->clear();
    m_ui->roleCombo->addItem(tr("All roles"), QString());
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        m_ui->roleCombo->addItem(it.key(), it.value());
    m_ui->countryCombo->clear();
    m_ui->countryCombo->addItem(tr("All countries"), QString());
    for (auto it = countries.cbegin(); it != countries.cend(); ++it)
        m_ui->countryCombo->addItem(it.key(), it.value());
    m_ui->sourceCombo->clear();
    m_ui->sourceCombo->addItem(tr("All sources"), QString());
    for (const QString& source : sources)
        m_ui->sourceCombo->addItem(source, source);
}

void SalariesTab::fillCurrencies()
{
    // When no rates could be read, every preferred currency and the remembered one are offered, so the choice
    // survives; otherwise the currencies the ECB table has.
    const bool known = !m_converter.rates().isEmpty();
    QStringList codes;
    const QStringList available = known ? m_converter.rates().currencies() : QStringList();
    for (const QString& code : PreferredCurrencies) {
        if (!known || available.contains(code))
            codes.append(code);
    }
    QStringList others;
    const QString remembered = m_settings.displayCurrency();
    if (!known && Currency::isValidCode(remembered) && !codes.contains(remembered))
        others.append(remembered);
    for (const QString& code : available) {
        if (!codes.contains(code))
            others.append(code);
    }
    others.sort();
    codes += others;

    const QSignalBlocker blocker(m_ui->currencyCombo);
    m_ui->currencyCombo->clear();
    for (const QString& code : codes) {
        const QString name = currencyName(code);
        m_ui->currencyCombo->addItem(name.isEmpty() ? code : tr("%1 — %2").arg(code, name), code);
    }
    const int chosen = m_ui->currencyCombo->findData(m_comparisonModel->comparison().currency());
    m_ui->currencyCombo->setCurrentIndex(qMax(0, chosen));
}

void SalariesTab::fillPremiums()
{
    const QList<PremiumStatement> premiums = m_salaries.premiums();
    QString page = html::heading(tr("Skill premiums, as stated"), 2);
    page += html::paragraph(tr("Each premium compares people in the role who have one skill with those who lack "
                               "it, as the source states it. They are shown one by one and never added up or "
                               "compounded: no source says what two skills together are worth."));
    if (premiums.isEmpty())
        page += html::paragraph(tr("The content states no skill premiums."));
    QString role;
    QStringList items;
    const auto flush = [&] {
        if (!items.isEmpty())
            page += html::heading(role, 3) + html::list(items);
        items.clear();
    };
    for (const PremiumStatement& premium : premiums) {
        if (premium.roleName != role) {
            flush();
            role = premium.roleName;
        }
        QString item = html::escape(premium.summary());
        if (!premium.note.isEmpty())
            item += QStringLiteral("<br/>") + html::muted(html::escape(premium.note));
        items.append(item);
    }
    flush();
    m_ui->premiumsView->setHtml(page);
}

void SalariesTab::refreshSaved()
{
    const QString typed = m_ui->savedCombo->currentText();
    const QSignalBlocker blocker(m_ui->savedCombo);
    m_ui->savedCombo->clear();
    m_savedIds = m_comparisons.ids();
    m_ui->savedCombo->addItems(savedComparisonNames());
    m_ui->savedCombo->setEditText(typed);
    const bool any = m_ui->savedCombo->count() > 0;
    m_ui->loadButton->setEnabled(any);
    m_ui->deleteButton->setEnabled(any && m_userWritable);
}

QStringList SalariesTab::savedComparisonNames() const
{
    QStringList names;
    for (const SavedComparison& saved : m_comparisons.list())
        names.append(saved.name);
    return names;
}

void SalariesTab::applyFilters()
{
    m_proxy->setRoleSlug(m_ui->roleCombo->currentData().toString());
    m_proxy->setCountry(m_ui->countryCombo->currentData().toString());
    m_proxy->setSourceLabel(m_ui->sourceCombo->currentData().toString());
    if (!m_ui->figureTable->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_ui->figureTable->setCurrentIndex(m_proxy->index(0, 0));
}

int SalariesTab::visibleFigureCount() const
{
    return m_proxy->rowCount();
}

void SalariesTab::setFilterText(const QString& text)
{
    load();
    m_ui->filterEdit->setText(text);
}

void SalariesTab::setRoleFilter(const QString& roleSlug)
{
    load();
    m_ui->roleCombo->setCurrentIndex(qMax(0, m_ui->roleCombo->findData(roleSlug)));
}

void SalariesTab::setCountryFilter(const QString& countryCode)
{
    load();
    m_ui->countryCombo->setCurrentIndex(qMax(0, m_ui->countryCombo->findData(countryCode)));
}

void SalariesTab::setSourceFilter(const QString& sourceLabel)
{
    load();
    m_ui->sourceCombo->setCurrentIndex(qMax(0, m_ui->sourceCombo->findData(sourceLabel)));
}

QString SalariesTab::messageText() const
{
    return m_ui->messageLabel->text();
}

void SalariesTab::setMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setToolTip(text);
}

bool SalariesTab::addCurrentToComparison()
{
    load();
    const QModelIndex current = m_ui->figureTable->currentIndex();
    if (!current.isValid()) {
        setMessage(tr("Select a figure in the table first."));
        return false;
    }
    return addToComparison(m_model->entryAt(m_proxy->mapToSource(current).row()).key);
}

bool SalariesTab::addToComparison(const QString& key)
{
    load();
    const int row = m_model->rowOfKey(key);
    if (row < 0) {
        setMessage(tr("That figure is not in this content release."));
        return false;
    }
    const SalaryEntry& entry = m_model->entryAt(row);
    switch (m_comparisonModel->add(entry)) {
    case SalaryComparison::AddOutcome::Added:
        selectPick(m_comparisonModel->columnCount() - 1);
        if (m_ui->comparisonTabs->currentIndex() != ChartPage)
            showPage(ComparisonPage);
        setMessage(tr("Added %1 (%2) as column %3.")
                       .arg(entry.roleName, SalaryTerms::countryName(entry.country))
                       .arg(m_comparisonModel->columnCount()));
        return true;
    case SalaryComparison::AddOutcome::AlreadyPicked:
        selectPick(m_comparisonModel->comparison().indexOf(key));
        setMessage(tr("That figure is already column %1.").arg(m_comparisonModel->comparison().indexOf(key) + 1));
        return false;
    case SalaryComparison::AddOutcome::Full:
        setMessage(tr("A comparison holds %1 picks; remove one first.").arg(SalaryComparison::MaxPicks));
        return false;
    }
    return false;
}

bool SalariesTab::removeFromComparison(int column)
{
    if (!m_comparisonModel->removeAt(column))
        return false;
    if (m_comparisonModel->columnCount() > 0)
        selectPick(qMin(column, m_comparisonModel->columnCount() - 1));
    setMessage(tr("Removed column %1.").arg(column + 1));
    return true;
}

bool SalariesTab::moveInComparison(int from, int to)
{
    if (!m_comparisonModel->move(from, to))
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
    return m_comparisonModel->columnCount() > 0 ? m_comparisonModel->columnCount() - 1 : -1;
}

void SalariesTab::selectPick(int column)
{
    if (column < 0 || column >= m_comparisonModel->columnCount())
        return;
    m_ui->comparisonTable->setCurrentIndex(m_comparisonModel->index(ComparisonModel::ConvertedRow, column));
    m_ui->comparisonTable->selectColumn(column);
}

void SalariesTab::comparisonChanged()
{
    const int count = m_comparisonModel->columnCount();
    const int pick = currentPick();
    m_ui->addButton->setEnabled(count < SalaryComparison::MaxPicks);
    m_ui->removeButton->setEnabled(count > 0);
    m_ui->clearButton->setEnabled(count > 0);
    m_ui->moveLeftButton->setEnabled(count > 1 && pick > 0);
    m_ui->moveRightButton->setEnabled(count > 1 && pick >= 0 && pick < count - 1);
    m_ui->exportButton->setEnabled(count > 0);
    m_ui->printButton->setEnabled(count > 0);
    m_ui->saveButton->setEnabled(m_userWritable && count > 0);
    if (m_comparisonChart)
        m_comparisonChart->setResult(m_comparisonModel->result());
    emit comparisonAvailable(count > 0);
}

void SalariesTab::showCurrentFigure()
{
    const QModelIndex current = m_ui->figureTable->currentIndex();
    if (!current.isValid()) {
        m_ui->detailView->clear();
        return;
    }
    showEntry(m_model->entryAt(m_proxy->mapToSource(current).row()));
}

void SalariesTab::showCurrentPick()
{
    const int pick = currentPick();
    const int count = m_comparisonModel->columnCount();
    m_ui->moveLeftButton->setEnabled(count > 1 && pick > 0);
    m_ui->moveRightButton->setEnabled(count > 1 && pick >= 0 && pick < count - 1);
    if (pick >= 0 && m_ui->comparisonTable->currentIndex().isValid())
        showEntry(m_comparisonModel->result().columns.at(pick).entry);
}

void SalariesTab::showEntry(const SalaryEntry& entry)
{
    const QLocale locale;
    QString page = html::heading(tr("%1 in %2").arg(entry.roleName, SalaryTerms::countryName(entry.country)), 3);
    page += html::paragraph(tr("%1 %2 — %3, %4")
                                .arg(entry.amount.text(locale), SalaryTerms::periodName(entry.period),
                                     SalaryTerms::statisticName(entry.statistic),
                                     SalaryTerms::experienceName(entry.experience)));
    if (entry.isOfficial()) {
        page += html::paragraph(tr("BLS occupation %1 (%2), linked to this role through O*NET %3.")
                                    .arg(entry.occupationTitle, entry.occupationCode, entry.socCode));
        page += html::list({html::escape(tr("10th percentile: %1").arg(entry.range.p10.text(locale))),
                            html::escape(tr("25th percentile: %1").arg(entry.range.p25.text(locale))),
                            html::escape(tr("Median: %1").arg(entry.range.median.text(locale))),
                            html::escape(tr("75th percentile: %1").arg(entry.range.p75.text(locale))),
                            html::escape(tr("90th percentile: %1").arg(entry.range.p90.text(locale)))});
    }
    page += html::paragraph(tr("Source: %1").arg(entry.source.citation()));

    // The same conversion the comparison would make, so the figure's value in the display currency is one click away.
    SalaryComparison single(m_comparisonModel->comparison().currency(), m_comparisonModel->comparison().basis());
    single.add(entry);
    const ComparisonColumn column = single.compute(m_converter).columns.value(0);
    if (column.isConverted() && entry.currency() != single.currency())
        page += html::paragraph(
            tr("In %1: %2 — %3")
                .arg(single.currency(), column.conversion.converted.format(locale), column.conversion.explanation));
    else if (!column.isConverted())
        page += html::paragraph(tr("In %1: no rate — %2").arg(single.currency(), column.conversion.explanation));
    reportUnreadRates();

    if (!entry.note.isEmpty() && !entry.isOfficial()) {
        const QString label = entry.doubtful ? tr("⚠ Doubtful:") : tr("Note:");
        page += QStringLiteral("<p><b>%1</b> %2</p>").arg(html::escape(label), html::escape(entry.note));
    } else if (entry.isOfficial()) {
        page += html::paragraph(entry.note.section(QStringLiteral(". Percentiles"), 0, 0) + u'.');
    }
    m_ui->detailView->setHtml(page);
}

void SalariesTab::setDisplayCurrency(const QString& currency)
{
    load();
    const int index = m_ui->currencyCombo->findData(currency);
    if (index >= 0)
        m_ui->currencyCombo->setCurrentIndex(index);
}

void SalariesTab::setConversionBasis(ConversionBasis basis)
{
    load();
    const int index = m_ui->basisCombo->findData(SalaryComparison::basisKey(basis));
    if (index >= 0)
        m_ui->basisCombo->setCurrentIndex(index);
}

void SalariesTab::showPage(Page page)
{
    m_ui->comparisonTabs->setCurrentIndex(int(page));
}

void SalariesTab::ensurePage(int page)
{
    // Only once the figures are read: until then there is nothing to draw or list, and the page is not visible.
    if (!m_loaded)
        return;
    if (page == ChartPage && !m_comparisonChart) {
        m_comparisonChart = new ComparisonChartView(m_comparisonModel->result(), m_ui->chartPage);
        m_ui->chartPage->layout()->addWidget(m_comparisonChart);
        m_comparisonChart->show();
    } else if (page == ExperiencePage && !m_experienceChart) {
        m_experienceChart = new ExperienceChartView(m_profiles, m_ui->experiencePage);
        m_ui->experiencePage->layout()->addWidget(m_experienceChart);
        m_experienceChart->show();
    } else if (page == PremiumsPage && m_ui->premiumsView->document()->isEmpty()) {
        fillPremiums();
    }
}

const ComparisonChartView* SalariesTab::comparisonChart()
{
    load();
    ensurePage(ChartPage);
    return m_comparisonChart;
}

const ExperienceChartView* SalariesTab::experienceChart()
{
    load();
    ensurePage(ExperiencePage);
    return m_experienceChart;
}

bool SalariesTab::exportCsv()
{
    load();
    if (m_comparisonModel->columnCount() == 0) {
        setMessage(tr("Nothing to export: add figures to the comparison first."));
        return false;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("salary-comparison.csv"));
    QString path = FileDialogs::getSaveFileName(this, tr("Export Comparison as CSV"), suggested,
                                                tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QString error;
    if (!ComparisonCsvWriter::write(path, m_comparisonModel->result(), &error)) {
        MessageBoxes::warning(this, tr("Export CSV"), error);
        return false;
    }
    setMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SalariesTab::printComparison(QPagedPaintDevice* device)
{
    load();
    const SalaryComparisonDocument document(m_comparisonModel->result(), m_loadedName);
    QString error;
    if (!document.print(device, &error)) {
        MessageBoxes::warning(this, tr("Print"), error);
        return false;
    }
    return true;
}

void SalariesTab::showPrintPreview()
{
    if (m_comparisonModel->columnCount() == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_loadedName.isEmpty() ? tr("Salary comparison") : m_loadedName);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Salary Comparison"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) { printComparison(target); });
    dialog.exec();
}

bool SalariesTab::saveComparison(const QString& rawName)
{
    load();
    const QString name = rawName.trimmed();
    if (name.isEmpty()) {
        setMessage(tr("Type a name for the comparison, then Save."));
        return false;
    }
    if (m_comparisonModel->columnCount() == 0) {
        setMessage(tr("Nothing to save: add figures to the comparison first."));
        return false;
    }
    SavedComparison saved;
    saved.id = m_savedIds.value(name); // replaces only the comparison of that name this window listed
    const bool replacing = saved.id > 0;
    saved.name = name;
    saved.currency = m_comparisonModel->comparison().currency();
    saved.basis = m_comparisonModel->comparison().basis();
    saved.keys = m_comparisonModel->comparison().keys();
    const SaveResult result = m_comparisons.saveIfUnchanged(saved);
    if (!result.ok()) {
        if (result.isStale())
            refreshSaved();
        MessageBoxes::warning(this, tr("Save Comparison"), result.error);
        return false;
    }
    m_loadedName = name;
    refreshSaved();
    m_ui->savedCombo->setEditText(name);
    setMessage(replacing ? tr("Replaced the saved comparison “%1”.").arg(name)
                         : tr("Saved the comparison as “%1”.").arg(name));
    return true;
}

bool SalariesTab::loadComparison(const QString& rawName)
{
    load();
    const QString name = rawName.trimmed();
    QString error;
    const std::optional<SavedComparison> saved = m_comparisons.load(name, &error);
    if (!saved) {
        setMessage(error);
        return false;
    }
    SalaryComparison comparison(saved->currency, saved->basis);
    int missing = 0;
    for (const QString& key : saved->keys) {
        const int row = m_model->rowOfKey(key);
        if (row < 0)
            ++missing;
        else
            comparison.add(m_model->entryAt(row));
    }
    // The combos follow the saved currency and basis; their handlers then find the model already set.
    m_comparisonModel->setComparison(comparison);
    const int currency = m_ui->currencyCombo->findData(saved->currency);
    if (currency >= 0)
        m_ui->currencyCombo->setCurrentIndex(currency);
    m_ui->basisCombo->setCurrentIndex(qMax(0, m_ui->basisCombo->findData(SalaryComparison::basisKey(saved->basis))));
    m_loadedName = saved->name;
    m_ui->savedCombo->setEditText(saved->name);
    if (comparison.count() > 0)
        selectPick(0);
    setMessage(missing == 0 ? tr("Loaded “%1”.").arg(saved->name)
                            : tr("Loaded “%1”; %2 of its figures are no longer in the content and were left out.")
                                  .arg(saved->name)
                                  .arg(missing));
    return true;
}

bool SalariesTab::deleteSavedComparison(const QString& rawName)
{
    const QString name = rawName.trimmed();
    if (!m_savedIds.contains(name))
        m_savedIds = m_comparisons.ids(); // a name typed rather than picked from the list
    if (!m_savedIds.contains(name)) {
        setMessage(tr("There is no saved comparison named \u201C%1\u201D.").arg(name));
        return false;
    }
    const SaveResult result = m_comparisons.removeIfUnchanged(name, m_savedIds.value(name));
    if (!result.ok()) {
        if (result.isStale())
            refreshSaved();
        setMessage(result.error);
        return false;
    }
    if (m_loadedName == name)
        m_loadedName.clear();
    refreshSaved();
    m_ui->savedCombo->setEditText(QString());
    setMessage(tr("Deleted the saved comparison “%1”; the columns on screen stay.").arg(name));
    return true;
}

void SalariesTab::reloadUserData()
{
    if (m_loaded)
        refreshSaved();
}

} // namespace cg
