#include "TechnologyTableModel.h"

#include "repositories/SkillRepository.h"

#include <QScopedValueRollback>

namespace cg {

TechnologyTableModel::TechnologyTableModel(const SkillRepository& repository, QObject* parent)
    : ItemTableModel(ColumnCount, parent), m_repository(repository)
{
}

void TechnologyTableModel::setQuery(const TechnologyQuery& query)
{
    // Whoever hears modelReset may ask for more at once; rows inserted before the reset has ended would be seen as
    // part of it, so those asks wait for the view's next one.
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_query = query;
    m_started = true;
    m_total = m_repository.technologyCount(m_query);
    m_rows = m_total > 0 ? m_repository.technologyPage(m_query, 0, PageSize) : QList<TechnologyExample>();
    // A failed read gives no rows; never offer pages that cannot be read.
    if (m_rows.isEmpty())
        m_total = 0;
    endResetModel();
}

void TechnologyTableModel::setText(const QString& text)
{
    TechnologyQuery query = m_query;
    query.text = text;
    if (!m_started || query != m_query)
        setQuery(query);
}

void TechnologyTableModel::setHotOnly(bool hotOnly)
{
    TechnologyQuery query = m_query;
    query.hotOnly = hotOnly;
    if (!m_started || query != m_query)
        setQuery(query);
}

int TechnologyTableModel::rowOf(const QString& name) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return int(row);
    }
    return -1;
}

int TechnologyTableModel::fetchUntil(const QString& name)
{
    int row = rowOf(name);
    while (row < 0 && canFetchMore({})) {
        const int before = int(m_rows.size());
        fetchMore({});
        for (int i = before; i < m_rows.size() && row < 0; ++i) {
            if (m_rows.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
                row = i;
        }
    }
    return row;
}

bool TechnologyTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void TechnologyTableModel::fetchMore(const QModelIndex& parent)
{
    if (m_changing || !canFetchMore(parent))
        return;
    const QList<TechnologyExample> page = m_repository.technologyPage(m_query, int(m_rows.size()), PageSize);
    if (page.isEmpty()) {
        // Read failed, or the database holds fewer rows than it counted: stop offering more.
        m_total = int(m_rows.size());
        return;
    }
    // As in setQuery(): no page inside this one while rowsInserted is being heard.
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void TechnologyTableModel::sort(int column, Qt::SortOrder order)
{
    TechnologyQuery query = m_query;
    switch (column) {
    case NameColumn:
        query.order = TechnologyQuery::Order::Name;
        break;
    case OccupationsColumn:
        query.order = TechnologyQuery::Order::Occupations;
        break;
    case InDemandColumn:
        query.order = TechnologyQuery::Order::InDemand;
        break;
    default:
        return;
    }
    query.descending = order == Qt::DescendingOrder;
    // Before the list is first chosen, only remember the order: nothing is read until setQuery().
    if (!m_started) {
        m_query = query;
        return;
    }
    if (query != m_query)
        setQuery(query);
}

void TechnologyTableModel::setStatuses(const QHash<QString, SkillAssessmentStore::Status>& statuses)
{
    QHash<QString, SkillAssessmentStore::Status> mine;
    const QString prefix = SkillAssessmentStore::technologyKey(QString());
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        if (it.key().startsWith(prefix) && it.value() != SkillAssessmentStore::Status::Unknown)
            mine.insert(it.key(), it.value());
    }
    if (mine == m_statuses)
        return;
    m_statuses = mine;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void TechnologyTableModel::setStatus(const QString& name, SkillAssessmentStore::Status status)
{
    const QString key = SkillAssessmentStore::technologyKey(name);
    if (status == SkillAssessmentStore::Status::Unknown)
        m_statuses.remove(key);
    else
        m_statuses.insert(key, status);
    const int row = rowOf(name);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

SkillAssessmentStore::Status TechnologyTableModel::status(const QString& name) const
{
    return m_statuses.value(SkillAssessmentStore::technologyKey(name), SkillAssessmentStore::Status::Unknown);
}

QVariant TechnologyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TechnologyExample& technology = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return technology.name;
        case OccupationsColumn:
            return technology.occupationCount;
        case InDemandColumn:
            return technology.inDemandCount;
        case HotColumn:
            return technology.hot ? tr("Hot") : QString();
        case StatusColumn: {
            const auto mine = status(technology.name);
            return mine == SkillAssessmentStore::Status::Unknown ? QString() : SkillAssessmentStore::displayName(mine);
        }
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == HotColumn)
            return technology.hot ? tr("Hot Technology") : tr("not a Hot Technology");
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OccupationsColumn:
            return tr("Occupations that list it in O*NET 29.3");
        case InDemandColumn:
            return tr("Occupations whose job postings often name it (O*NET In Demand)");
        case HotColumn:
            return technology.hot ? tr("A Hot Technology: one employers name often in job postings") : QString();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return numberAlignment(index.column() == OccupationsColumn || index.column() == InDemandColumn);
    case NameRole:
        return technology.name;
    case StatusRole:
        return int(status(technology.name));
    default:
        return {};
    }
}

QStringList TechnologyTableModel::columnTitles() const
{
    return {tr("Technology"), tr("Occupations"), tr("In demand"), tr("Hot"), tr("My status")};
}

QVariant TechnologyTableModel::columnToolTip(int column) const
{
    switch (column) {
    case OccupationsColumn:
        return tr("Occupations that list it in O*NET 29.3");
    case InDemandColumn:
        return tr("Occupations whose job postings often name it (O*NET In Demand)");
    case HotColumn:
        return tr("O*NET's Hot Technology flag: often named in job postings");
    default:
        return {};
    }
}

} // namespace cg
