#pragma once

#include "fit/CareerMove.h"

#include <QAbstractTableModel>
#include <QList>

namespace cg {

// The career moves from one current career: each related occupation with O*NET's tier, the person's fit and top
// gaps, its pay and the pay change. SortRole gives each column a value to sort by.
class CareerMoveModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OccupationColumn,
        TierColumn,
        FitColumn,
        GapsColumn,
        PayColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role
    {
        CodeRole = Qt::UserRole + 1, // the related occupation's O*NET-SOC code
        AvailableRole,               // whether its page is in this build
        SortRole,
    };

    explicit CareerMoveModel(QObject* parent = nullptr);

    void setMoves(QList<CareerMove> moves);
    const QList<CareerMove>& moves() const { return m_moves; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Closely related (short)", "Closely related", "Also related" for O*NET's tiers.
    static QString tierText(const QString& tier);

private:
    QList<CareerMove> m_moves;
};

} // namespace cg
