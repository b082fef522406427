#include "SkillFilterProxyModel.h"

#include "SkillTableModel.h"

namespace cg {

SkillFilterProxyModel::SkillFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SkillFilterProxyModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void SkillFilterProxyModel::setCategory(const QString& categoryKey)
{
    m_category = categoryKey;
    invalidateFilter();
}

void SkillFilterProxyModel::setKind(const QString& kind)
{
    m_kind = kind;
    invalidateFilter();
}

bool SkillFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, SkillTableModel::NameColumn, sourceParent);
    if (!m_category.isEmpty() && name.data(SkillTableModel::CategoryKeyRole).toString() != m_category)
        return false;
    if (!m_kind.isEmpty() && name.data(SkillTableModel::KindKeyRole).toString() != m_kind)
        return false;
    if (m_text.isEmpty())
        return true;
    return name.data().toString().contains(m_text, Qt::CaseInsensitive)
        || name.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive)
        || sourceModel()
               ->index(sourceRow, SkillTableModel::CategoryColumn, sourceParent)
               .data()
               .toString()
               .contains(m_text, Qt::CaseInsensitive);
}

} // namespace cg
