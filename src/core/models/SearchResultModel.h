#pragma once

#include "search/SearchHit.h"

#include <QAbstractItemModel>
#include <QList>

namespace cg {

// Search results as a two-level tree: one row per kind that has hits ("Skills (3)"), the hits beneath it.
// setHits() updates rows in place, inserting and removing only what changed, so a view keeps its state while the
// person types instead of being reset on every keystroke.
class SearchResultModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        ContextColumn,
        ColumnCount
    };
    enum Roles
    {
        KindRole = Qt::UserRole + 1,
        RefRole,
        IsGroupRole
    };

    explicit SearchResultModel(QObject* parent = nullptr);

    // hits grouped by kind in SearchHit::Kind order; totals[k] is the number of matches of kind k (0: count the
    // hits given).
    void setHits(const QList<SearchHit>& hits, const int* totals = nullptr);
    void clear() { setHits({}); }

    int hitCount() const;
    bool isHit(const QModelIndex& index) const;
    SearchHit hitAt(const QModelIndex& index) const;
    QModelIndex firstHit() const;
    // The hit step places after (or, negative, before) current in reading order, skipping group rows; current when
    // there is none further. An invalid current starts before the first hit.
    QModelIndex neighbourHit(const QModelIndex& current, int step) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Group
    {
        SearchHit::Kind kind;
        int total = 0;
        QList<SearchHit> hits;
    };

    int groupRow(SearchHit::Kind kind) const;
    void updateGroup(int row, const Group& next);
    QList<QModelIndex> hitIndexes() const;

    QList<Group> m_groups;
};

} // namespace cg
