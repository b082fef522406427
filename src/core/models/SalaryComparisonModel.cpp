#include "SalaryComparisonModel.h"

#include "money/CurrencyConverter.h"
#include "salary/SalaryTerms.h"

#include <QFont>
#include <QLocale>

namespace cg {

SalaryComparisonModel::SalaryComparisonModel(QObject* parent) : QAbstractTableModel(parent)
{
    recompute();
}

void SalaryComparisonModel::setConverter(const CurrencyConverter* converter)
{
    m_converter = converter;
    recompute();
    announceAllChanged();
}

void SalaryComparisonModel::recompute()
{
    static const CurrencyConverter noRates;
    m_result = m_comparison.compute(m_converter ? *m_converter : noRates);
}

void SalaryComparisonModel::announceAllChanged()
{
    if (columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, 0, RowCount - 1);
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    emit comparisonChanged();
}

SalaryComparison::AddOutcome SalaryComparisonModel::add(const SalaryEntry& entry)
{
    SalaryComparison next = m_comparison;
    const SalaryComparison::AddOutcome outcome = next.add(entry);
    if (outcome != SalaryComparison::AddOutcome::Added)
        return outcome;
    const int column = columnCount();
    beginInsertColumns(QModelIndex(), column, column);
    m_comparison = next;
    recompute();
    endInsertColumns();
    announceAllChanged();
    return outcome;
}

bool SalaryComparisonModel::removeAt(int column)
{
    if (column < 0 || column >= columnCount())
        return false;
    beginRemoveColumns(QModelIndex(), column, column);
    m_comparison.removeAt(column);
    recompute();
    endRemoveColumns();
    announceAllChanged(); // the first column may have changed, and with it every difference
    return true;
}

bool SalaryComparisonModel::move(int from, int to)
{
    if (from < 0 || from >= columnCount() || to < 0 || to >= columnCount() || from == to)
        return false;
    // Qt counts the destination before the move: moving right means "before the column after `to`".
    if (!beginMoveColumns(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to))
        return false;
    m_comparison.move(from, to);
    recompute();
    endMoveColumns();
    announceAllChanged();
    return true;
}

void SalaryComparisonModel::clear()
{
    if (m_comparison.isEmpty())
        return;
    beginRemoveColumns(QModelIndex(), 0, columnCount() - 1);
    m_comparison.clear();
    recompute();
    endRemoveColumns();
    announceAllChanged();
}

void SalaryComparisonModel::setComparison(const SalaryComparison& comparison)
{
    beginResetModel();
    m_comparison = comparison;
    recompute();
    endResetModel();
    emit comparisonChanged();
}

void SalaryComparisonModel::setCurrency(const QString& currency)
{
    if (m_comparison.currency() == currency)
        return;
    m_comparison.setCurrency(currency);
    recompute();
    announceAllChanged();
}

void SalaryComparisonModel::setBasis(ConversionBasis basis)
{
    if (m_comparison.basis() == basis)
        return;
    m_comparison.setBasis(basis);
    recompute();
    announceAllChanged();
}

int SalaryComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int SalaryComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.columns.size());
}

QString SalaryComparisonModel::columnTitle(int column, const SalaryEntry& entry)
{
    return tr("%1 · %2 (%3)\n%4").arg(column + 1).arg(entry.roleName, entry.country, entry.figureLabel());
}

QString SalaryComparisonModel::cellText(int row, const ComparisonColumn& column) const
{
    const QLocale locale;
    const SalaryEntry& entry = column.entry;
    switch (row) {
    case RoleRow:
        return entry.roleName;
    case CountryRow:
        return entry.placeName();
    case FigureRow:
        return tr("%1 · %2").arg(entry.figureLabel(), SalaryTerms::periodName(entry.period));
    case SourceRow:
        return tr("%1, as of %2").arg(entry.sourceLabel, entry.asOf());
    case StatedRow:
        return entry.amount.text(locale);
    case ConvertedRow:
        if (column.isConverted())
            return column.conversion.converted.format(locale);
        return column.conversion.status == Conversion::Status::NoRate ? tr("no rate") : tr("not converted");
    case ConversionRow:
        return column.conversion.explanation;
    case DifferenceRow:
        switch (column.differenceState) {
        case ComparisonColumn::Difference::Reference:
            return tr("reference (pick 1)");
        case ComparisonColumn::Difference::Ok:
            if (column.percentText(locale).isEmpty())
                return column.differenceText(locale);
            return tr("%1 (%2)").arg(column.differenceText(locale), column.percentText(locale));
        case ComparisonColumn::Difference::Unavailable:
            break;
        }
        return column.differenceReason;
    case RangeRow:
        if (column.convertedRange.isEmpty())
            return entry.range.isEmpty() ? tr("— (a single figure)") : tr("no rate");
        return tr("%1 – %2, middle half %3 – %4")
            .arg(column.convertedRange.p10.text(locale), column.convertedRange.p90.text(locale),
                 column.convertedRange.p25.text(locale), column.convertedRange.p75.text(locale));
    case CautionRow:
        if (entry.doubtful)
            return tr("⚠ doubtful (hover or select for why)");
        return entry.note.isEmpty() ? QString() : tr("Has a note (hover or select)");
    }
    return {};
}

QVariant SalaryComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonColumn& column = m_result.columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(index.row(), column);
    case Qt::ToolTipRole:
        switch (index.row()) {
        case SourceRow:
            return column.entry.source.citation();
        case ConvertedRow:
        case ConversionRow:
            return column.conversion.explanation;
        case CautionRow:
        case FigureRow:
            return column.entry.note.isEmpty() ? QVariant() : QVariant(column.entry.note);
        default:
            return cellText(index.row(), column);
        }
    case Qt::FontRole:
        if (index.row() == ConvertedRow) {
            QFont font;
            font.setBold(column.isConverted());
            font.setItalic(!column.isConverted());
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    case KeyRole:
        return column.entry.key;
    case ConvertedMinorRole:
        return column.isConverted() ? QVariant(column.conversion.converted.minorUnits()) : QVariant();
    case StatusRole:
        return int(column.conversion.status);
    default:
        return {};
    }
}

QVariant SalaryComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const SalaryEntry& entry = m_result.columns.at(section).entry;
        if (role == Qt::DisplayRole)
            return columnTitle(section, entry);
        if (role == Qt::ToolTipRole)
            return tr("%1 in %2 — %3. Drag to reorder.")
                .arg(entry.roleName, entry.placeName(), entry.source.citation());
        return {};
    }
    if (role != Qt::DisplayRole || section < 0 || section >= RowCount)
        return {};
    // In Row order.
    const QStringList titles{tr("Role"),          tr("Country"),         tr("Figure"),
                             tr("Source"),        tr("As stated"),       tr("In %1").arg(m_comparison.currency()),
                             tr("How converted"), tr("Difference to 1"), tr("Range p10–p90"),
                             tr("Caution")};
    return titles.value(section);
}

} // namespace cg
