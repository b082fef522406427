#include "RoleFilterProxyModel.h"

#include "RoleListModel.h"

#include <algorithm>

namespace cg {

RoleFilterProxyModel::RoleFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void RoleFilterProxyModel::setText(const QString& text)
{
    m_text = text.simplified();
    invalidateFilter();
}

void RoleFilterProxyModel::setOutlook(Outlook outlook)
{
    m_outlook = outlook;
    invalidateFilter();
}

void RoleFilterProxyModel::setAverageGrowth(const QString& percent)
{
    m_average = percent;
    invalidateFilter();
}

void RoleFilterProxyModel::setEducation(const QString& education)
{
    m_education = education;
    invalidateFilter();
}

bool RoleFilterProxyModel::matches(Outlook outlook, const QString& growth, const QString& averageGrowth)
{
    if (outlook == Outlook::Any)
        return true;
    // Only compared here, never shown: the figures on screen stay the published strings.
    bool known = false;
    const double value = growth.toDouble(&known);
    if (!known)
        return false;
    switch (outlook) {
    case Outlook::FasterThanAverage: {
        bool averageKnown = false;
        const double average = averageGrowth.toDouble(&averageKnown);
        return averageKnown && value > average;
    }
    case Outlook::Growing:
        return value > 0;
    case Outlook::NotGrowing:
        return value <= 0;
    case Outlook::Any:
        break;
    }
    return true;
}

bool RoleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_education.isEmpty() && index.data(RoleListModel::EducationRole).toString() != m_education)
        return false;
    if (!matches(m_outlook, index.data(RoleListModel::GrowthRole).toString(), m_average))
        return false;
    if (m_text.isEmpty())
        return true;
    const QString haystack = index.data(RoleListModel::SearchTextRole).toString();
    const QStringList words = m_text.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
                       [&haystack](const QString& word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

} // namespace cg
