#include "SalaryFilterProxyModel.h"

#include "SalaryTableModel.h"

namespace cg {

SalaryFilterProxyModel::SalaryFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void SalaryFilterProxyModel::update(QString& field, const QString& value)
{
    if (field == value)
        return;
    field = value;
    invalidateRowsFilter();
}

void SalaryFilterProxyModel::setRoleSlug(const QString& slug)
{
    update(m_roleSlug, slug);
}

void SalaryFilterProxyModel::setCountry(const QString& code)
{
    update(m_country, code);
}

void SalaryFilterProxyModel::setSourceLabel(const QString& label)
{
    update(m_sourceLabel, label);
}

void SalaryFilterProxyModel::setText(const QString& text)
{
    update(m_text, text.trimmed());
}

bool SalaryFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_roleSlug.isEmpty() && first.data(SalaryTableModel::RoleSlugRole).toString() != m_roleSlug)
        return false;
    if (!m_country.isEmpty() && first.data(SalaryTableModel::CountryCodeRole).toString() != m_country)
        return false;
    if (!m_sourceLabel.isEmpty() && first.data(SalaryTableModel::SourceLabelRole).toString() != m_sourceLabel)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    // Country codes too, so "GB" or "US" finds what the Country column spells out.
    return first.data(SalaryTableModel::CountryCodeRole).toString().compare(m_text, Qt::CaseInsensitive) == 0;
}

bool SalaryFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == SalaryTableModel::AmountColumn) {
        const QString leftCurrency = left.data(SalaryTableModel::CurrencyRole).toString();
        const QString rightCurrency = right.data(SalaryTableModel::CurrencyRole).toString();
        if (leftCurrency != rightCurrency)
            return leftCurrency < rightCurrency;
        const QVariant leftAmount = left.data(SalaryTableModel::AmountMinorRole);
        const QVariant rightAmount = right.data(SalaryTableModel::AmountMinorRole);
        if (leftAmount.isValid() != rightAmount.isValid())
            return leftAmount.isValid(); // a number before "no estimate"
        return leftAmount.toLongLong() < rightAmount.toLongLong();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace cg
