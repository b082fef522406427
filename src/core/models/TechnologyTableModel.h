#pragma once

#include "content/OnetSkill.h"
#include "models/ItemTableModel.h"
#include "user/SkillAssessmentStore.h"

#include <QHash>
#include <QList>

namespace cg {

class SkillRepository;

// The technology examples O*NET names (thousands of them), read a page at a time as a view scrolls: canFetchMore()
// and fetchMore() read the next page, setQuery() (filter and order, done by the database) starts again from the first
// page. Each example shows its occupations, In Demand count, Hot flag and the person's own status, keyed as
// SkillAssessmentStore::technologyKey() keys it.
class TechnologyTableModel final : public ItemTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;

    enum Column
    {
        NameColumn,
        OccupationsColumn,
        InDemandColumn,
        HotColumn,
        StatusColumn,
        ColumnCount
    };
    enum Roles
    {
        NameRole = Qt::UserRole + 1,
        StatusRole
    };

    explicit TechnologyTableModel(const SkillRepository& repository, QObject* parent = nullptr);

    // Reads the count and the first page of what `query` matches; nothing is read before the first call.
    void setQuery(const TechnologyQuery& query);
    const TechnologyQuery& query() const { return m_query; }
    bool isStarted() const { return m_started; }
    void setText(const QString& text);
    void setHotOnly(bool hotOnly);
    int totalCount() const { return m_total; }

    const TechnologyExample& technologyAt(int row) const { return m_rows.at(row); }
    // The row of an example among those read so far, or -1.
    int rowOf(const QString& name) const;
    // Reads pages until the example is among the rows, or to the end; its row, or -1 when the query leaves it out.
    int fetchUntil(const QString& name);

    void setStatuses(const QHash<QString, SkillAssessmentStore::Status>& statuses);
    void setStatus(const QString& name, SkillAssessmentStore::Status status);
    SkillAssessmentStore::Status status(const QString& name) const;

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sorts by name, occupations or In Demand count, in the database; the other columns keep the order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int itemCount() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;
    QVariant columnToolTip(int column) const override;

    const SkillRepository& m_repository;
    TechnologyQuery m_query;
    bool m_started = false;
    bool m_changing = false; // inside a reset or an insertion, until its signal has been heard
    int m_total = 0;
    QList<TechnologyExample> m_rows;
    QHash<QString, SkillAssessmentStore::Status> m_statuses; // by SkillAssessmentStore::technologyKey()
};

} // namespace cg
