#include "SalariesTab.h"

#include "Html.h"
#include "models/SalaryTableModel.h"
#include "money/Money.h"
#include "repositories/SalaryRepository.h"
#include "settings/Settings.h"
#include "ui_SalariesTab.h"

#include <QHeaderView>
#include <QLocale>

namespace cg {

SalariesTab::SalariesTab(const SalaryRepository& salaries, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SalariesTab>())
    , m_salaries(salaries)
    , m_settings(settings)
    , m_model(new SalaryTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_ui->figureTable->setModel(m_proxy);
    m_ui->figureTable->verticalHeader()->hide();
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->restoreState(m_settings.splitterState(QStringLiteral("salaries")));

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->figureTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SalariesTab::showCurrent);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setSplitterState(QStringLiteral("salaries"), m_ui->splitter->saveState()); });
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
    m_model->setFigures(m_salaries.all());
    m_ui->figureTable->resizeColumnsToContents();
    m_ui->figureTable->horizontalHeader()->setStretchLastSection(true);
    if (m_proxy->rowCount() > 0)
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

void SalariesTab::showCurrent()
{
    const QModelIndex current = m_ui->figureTable->currentIndex();
    if (!current.isValid()) {
        m_ui->detailView->clear();
        return;
    }
    const SalaryFigure& figure = m_model->figureAt(m_proxy->mapToSource(current).row());
    QString page = html::heading(tr("%1 in %2").arg(figure.roleName, SalaryTableModel::countryName(figure.country)), 2);
    page += html::paragraph(tr("%1 %2 (%3, %4)")
                                .arg(Money(figure.amountMinor, figure.currency).format(QLocale()),
                                     SalaryTableModel::periodName(figure.period),
                                     SalaryTableModel::statisticName(figure.statistic),
                                     SalaryTableModel::experienceName(figure.experience)));
    page += html::paragraph(tr("Source: %1").arg(figure.source.citation()));
    if (!figure.note.isEmpty())
        page += QStringLiteral("<p><b>%1</b> %2</p>").arg(html::escape(tr("Note:")), html::escape(figure.note));
    m_ui->detailView->setHtml(page);
}

} // namespace cg
