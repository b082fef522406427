#pragma once

#include "models/ItemTableModel.h"
#include "salary/StateWageFigures.h"

namespace cg {

// One occupation's pay by state: a row per state (and DC), the state's name, then every StateWageFigures figure in
// its order. SortRole gives a number to sort by; a figure BLS did not publish has the largest one.
class StateWageModel final : public ItemTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        StateCodeRole,
    };
    static constexpr int StateColumn = 0;

    explicit StateWageModel(QObject* parent = nullptr);

    void setRows(const QList<StateWageRow>& rows);
    const QList<StateWageRow>& rows() const { return m_rows; }
    int rowOfState(const QString& state) const;
    // The column of a figure, and the figure of a column (StateColumn has none).
    static int columnOf(StateWageFigures::Figure figure);
    static StateWageFigures::Figure figureOf(int column);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    int itemCount() const override { return int(m_rows.size()); }
    QStringList columnTitles() const override;

private:
    QList<StateWageRow> m_rows;
};

} // namespace cg
