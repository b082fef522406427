#include "SkillFilterProxyModel.h"

#include "SkillTableModel.h"
#include "user/SkillAssessmentStore.h"

namespace cg {

SkillFilterProxyModel::SkillFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    // The model's sort keys are case-folded already; comparing them case-sensitively is the cheaper, same order.
    setSortCaseSensitivity(Qt::CaseSensitive);
    setSortRole(SkillTableModel::SortRole);
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

void SkillFilterProxyModel::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

void SkillFilterProxyModel::setHotOnly(bool hotOnly)
{
    m_hotOnly = hotOnly;
    invalidateFilter();
}

void SkillFilterProxyModel::restrictTo(const QSet<QString>& slugs)
{
    m_restricted = true;
    m_slugs = slugs;
    invalidateFilter();
}

void SkillFilterProxyModel::clearRestriction()
{
    m_restricted = false;
    m_slugs.clear();
    invalidateFilter();
}

bool SkillFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // The default order, by category, compares the model's prepared keys directly: through QVariant, sorting a
    // large catalogue took most of the Skills tab's first showing.
    const auto* model = qobject_cast<const SkillTableModel*>(sourceModel());
    if (model != nullptr && left.column() == SkillTableModel::CategoryColumn &&
        right.column() == SkillTableModel::CategoryColumn)
        return model->categorySortKey(left.row()) < model->categorySortKey(right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

bool SkillFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, SkillTableModel::NameColumn, sourceParent);
    if (m_restricted && !m_slugs.contains(name.data(SkillTableModel::SlugRole).toString()))
        return false;
    if (!m_category.isEmpty() && name.data(SkillTableModel::CategoryKeyRole).toString() != m_category)
        return false;
    if (!m_kind.isEmpty() && name.data(SkillTableModel::KindKeyRole).toString() != m_kind)
        return false;
    if (m_hotOnly && !name.data(SkillTableModel::HotRole).toBool())
        return false;
    if (m_status != AnyStatus) {
        const int status = name.data(SkillTableModel::StatusRole).toInt();
        if (m_status == NotKnown ? status == int(SkillAssessmentStore::Status::Know) : status != m_status)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    return name.data().toString().contains(m_text, Qt::CaseInsensitive) ||
           name.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive) ||
           sourceModel()
               ->index(sourceRow, SkillTableModel::CategoryColumn, sourceParent)
               .data()
               .toString()
               .contains(m_text, Qt::CaseInsensitive);
}

} // namespace cg
