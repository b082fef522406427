#include "SearchResultModel.h"

#include "models/RowOf.h"

#include <QFont>

#include <algorithm>

namespace cg {

namespace {
// Children carry their group's kind + 1 as internal id, which stays valid when groups above them come and go;
// group rows carry 0.
constexpr quintptr GroupId = 0;

quintptr idOf(SearchHit::Kind kind)
{
    return quintptr(kind) + 1;
}
} // namespace

SearchResultModel::SearchResultModel(QObject* parent) : QAbstractItemModel(parent) {}

int SearchResultModel::groupRow(SearchHit::Kind kind) const
{
    return cg::rowOf(m_groups, &Group::kind, kind);
}

void SearchResultModel::setHits(const QList<SearchHit>& hits, const int* totals)
{
    QList<Group> next;
    for (const SearchHit& hit : hits) {
        if (next.isEmpty() || next.last().kind != hit.kind)
            next.append({hit.kind, 0, {}});
        next.last().hits.append(hit);
    }
    for (Group& group : next)
        group.total = totals && totals[int(group.kind)] > 0 ? totals[int(group.kind)] : int(group.hits.size());

    // Groups that are gone, from the bottom up so rows above stay put.
    for (int row = int(m_groups.size()) - 1; row >= 0; --row) {
        const SearchHit::Kind kind = m_groups.at(row).kind;
        const bool kept = std::any_of(next.cbegin(), next.cend(), [kind](const Group& g) { return g.kind == kind; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_groups.removeAt(row);
            endRemoveRows();
        }
    }
    // What is left is in kind order, as is next: walk both, updating shared groups and inserting new ones.
    for (int row = 0; row < next.size(); ++row) {
        if (row < m_groups.size() && m_groups.at(row).kind == next.at(row).kind) {
            updateGroup(row, next.at(row));
            continue;
        }
        beginInsertRows({}, row, row);
        m_groups.insert(row, next.at(row));
        endInsertRows();
    }
}

void SearchResultModel::updateGroup(int row, const Group& next)
{
    Group& group = m_groups[row];
    const QModelIndex parent = index(row, 0);
    const int oldCount = int(group.hits.size());
    const int newCount = int(next.hits.size());
    if (newCount < oldCount) {
        beginRemoveRows(parent, newCount, oldCount - 1);
        group.hits.resize(newCount);
        endRemoveRows();
    }
    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < std::min(oldCount, newCount); ++i) {
        if (group.hits.at(i) != next.hits.at(i)) {
            group.hits[i] = next.hits.at(i);
            firstChanged = firstChanged < 0 ? i : firstChanged;
            lastChanged = i;
        }
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0, parent), index(lastChanged, ColumnCount - 1, parent));
    if (newCount > oldCount) {
        beginInsertRows(parent, oldCount, newCount - 1);
        group.hits.append(next.hits.mid(oldCount));
        endInsertRows();
    }
    if (group.total != next.total) {
        group.total = next.total;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int SearchResultModel::hitCount() const
{
    int count = 0;
    for (const Group& group : m_groups)
        count += int(group.hits.size());
    return count;
}

bool SearchResultModel::isHit(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && index.internalId() != GroupId;
}

SearchHit SearchResultModel::hitAt(const QModelIndex& index) const
{
    if (!isHit(index))
        return {};
    const int group = groupRow(SearchHit::Kind(index.internalId() - 1));
    return group < 0 ? SearchHit() : m_groups.at(group).hits.value(index.row());
}

QList<QModelIndex> SearchResultModel::hitIndexes() const
{
    QList<QModelIndex> indexes;
    for (int row = 0; row < m_groups.size(); ++row) {
        const QModelIndex parent = index(row, 0);
        for (int child = 0; child < m_groups.at(row).hits.size(); ++child)
            indexes.append(index(child, 0, parent));
    }
    return indexes;
}

QModelIndex SearchResultModel::firstHit() const
{
    return m_groups.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

QModelIndex SearchResultModel::neighbourHit(const QModelIndex& current, int step) const
{
    const QList<QModelIndex> hits = hitIndexes();
    if (hits.isEmpty())
        return {};
    const QModelIndex here = isHit(current) ? current.siblingAtColumn(0) : QModelIndex();
    const qsizetype position = here.isValid() ? hits.indexOf(here) : -1;
    if (position < 0)
        return step >= 0 ? hits.first() : hits.last();
    return hits.at(std::clamp<qsizetype>(position + step, 0, hits.size() - 1));
}

QModelIndex SearchResultModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.column() != 0 || parent.row() >= m_groups.size())
        return {};
    const Group& group = m_groups.at(parent.row());
    return row < group.hits.size() ? createIndex(row, column, idOf(group.kind)) : QModelIndex();
}

QModelIndex SearchResultModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    const int row = groupRow(SearchHit::Kind(child.internalId() - 1));
    return row < 0 ? QModelIndex() : createIndex(row, 0, GroupId);
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != GroupId || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).hits.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId) {
        const Group& group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            if (index.column() != TitleColumn)
                return {};
            if (group.total > group.hits.size())
                return tr("%1 (%2 of %3)").arg(SearchHit::kindName(group.kind)).arg(group.hits.size()).arg(group.total);
            return tr("%1 (%2)").arg(SearchHit::kindName(group.kind)).arg(group.hits.size());
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case KindRole:
            return int(group.kind);
        case IsGroupRole:
            return true;
        default:
            return {};
        }
    }
    const SearchHit hit = hitAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TitleColumn ? hit.title : hit.context;
    case Qt::ToolTipRole:
        return hit.kind == SearchHit::Kind::Occupation ? tr("%1 (O*NET-SOC %2)").arg(hit.title, hit.ref) : hit.context;
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(SearchHit::kindName(hit.kind), hit.title);
    case KindRole:
        return int(hit.kind);
    case RefRole:
        return hit.ref;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Match");
    case ContextColumn:
        return tr("Context");
    }
    return {};
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Group rows are headings: visible, never selected or activated.
    if (index.internalId() == GroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace cg
