#include "CatalogueFilterProxyModel.h"

#include "models/CatalogueListModel.h"

#include <algorithm>

namespace cg {

namespace {
// Highest first, a missing figure last; equal figures keep the order of their names.
int compareHighestFirst(const std::optional<qint64>& a, const std::optional<qint64>& b)
{
    if (a.has_value() != b.has_value())
        return a.has_value() ? -1 : 1;
    if (!a || *a == *b)
        return 0;
    return *a > *b ? -1 : 1;
}
} // namespace

CatalogueFilterProxyModel::CatalogueFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void CatalogueFilterProxyModel::setCatalogue(CatalogueListModel* catalogue)
{
    m_catalogue = catalogue;
    setSourceModel(catalogue);
}

void CatalogueFilterProxyModel::setText(const QString& text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void CatalogueFilterProxyModel::setFamily(const QString& familyCode)
{
    m_family = familyCode;
    invalidateFilter();
}

void CatalogueFilterProxyModel::setJobZone(int zone)
{
    m_jobZone = zone;
    invalidateFilter();
}

void CatalogueFilterProxyModel::setEducation(const QString& education)
{
    m_education = education;
    invalidateFilter();
}

void CatalogueFilterProxyModel::setGrowth(std::optional<GrowthCategory> growth)
{
    m_growth = growth;
    invalidateFilter();
}

void CatalogueFilterProxyModel::setPayRange(std::optional<qint64> minimum, std::optional<qint64> maximum)
{
    m_payMinimum = minimum;
    m_payMaximum = maximum;
    invalidateFilter();
}

void CatalogueFilterProxyModel::setSortBy(Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    invalidate();
}

bool CatalogueFilterProxyModel::isFiltered() const
{
    return !m_words.isEmpty() || !m_family.isEmpty() || m_jobZone != AnyJobZone || !m_education.isEmpty() ||
           m_growth.has_value() || m_payMinimum.has_value() || m_payMaximum.has_value();
}

void CatalogueFilterProxyModel::clearFilters()
{
    m_words.clear();
    m_family.clear();
    m_jobZone = AnyJobZone;
    m_education.clear();
    m_growth.reset();
    m_payMinimum.reset();
    m_payMaximum.reset();
    invalidateFilter();
}

bool CatalogueFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_catalogue || sourceParent.isValid())
        return false;
    const CatalogueEntry& entry = m_catalogue->entryAt(sourceRow);
    if (!m_family.isEmpty() && entry.familyCode != m_family)
        return false;
    if (m_jobZone != AnyJobZone && entry.jobZone != m_jobZone)
        return false;
    if (!m_education.isEmpty() && entry.education != m_education)
        return false;
    if (m_growth && entry.growth != *m_growth)
        return false;
    const CatalogueListModel::Keys& keys = m_catalogue->keysAt(sourceRow);
    if (!keys.pay.isWithin(m_payMinimum, m_payMaximum))
        return false;
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&keys](const QString& word) { return keys.searchText.contains(word, Qt::CaseInsensitive); });
}

bool CatalogueFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_catalogue)
        return QSortFilterProxyModel::lessThan(left, right);
    const CatalogueListModel::Keys& a = m_catalogue->keysAt(left.row());
    const CatalogueListModel::Keys& b = m_catalogue->keysAt(right.row());
    int order = 0;
    switch (m_sort) {
    case Sort::Name: {
        // The guide's roles, its own content, come first, as the catalogue lists them.
        const bool leftRole = m_catalogue->entryAt(left.row()).isRole();
        const bool rightRole = m_catalogue->entryAt(right.row()).isRole();
        if (leftRole != rightRole)
            return leftRole;
        if (leftRole)
            return left.row() < right.row();
        break;
    }
    case Sort::MedianPay:
        if (a.pay.ranksAbove(b.pay))
            return true;
        if (b.pay.ranksAbove(a.pay))
            return false;
        break;
    case Sort::Growth:
        order = compareHighestFirst(a.growthTenths, b.growthTenths);
        break;
    case Sort::Openings:
        order = compareHighestFirst(a.openingsTenths, b.openingsTenths);
        break;
    }
    if (order != 0)
        return order < 0;
    if (a.nameRank != b.nameRank)
        return a.nameRank < b.nameRank;
    return left.row() < right.row();
}

} // namespace cg
