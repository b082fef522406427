#include "StateWageModel.h"

#include <limits>

namespace cg {

StateWageModel::StateWageModel(QObject* parent) : ItemTableModel(1 + int(StateWageFigures::all().size()), parent) {}

void StateWageModel::setRows(const QList<StateWageRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int StateWageModel::rowOfState(const QString& state) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).wage.state == state)
            return row;
    }
    return -1;
}

int StateWageModel::columnOf(StateWageFigures::Figure figure)
{
    return 1 + int(StateWageFigures::all().indexOf(figure));
}

StateWageFigures::Figure StateWageModel::figureOf(int column)
{
    return StateWageFigures::all().value(column - 1, StateWageFigures::Figure::AnnualMedian);
}

QStringList StateWageModel::columnTitles() const
{
    QStringList titles{tr("State")};
    for (StateWageFigures::Figure figure : StateWageFigures::all())
        titles.append(StateWageFigures::name(figure));
    return titles;
}

QVariant StateWageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StateWageRow& row = m_rows.at(index.row());
    const bool isState = index.column() == StateColumn;
    switch (role) {
    case Qt::DisplayRole:
        return isState ? row.wage.stateName : StateWageFigures::text(row, figureOf(index.column()), QLocale());
    case Qt::ToolTipRole:
        if (isState)
            return row.parity.isValid() ? tr("%1: price level %2 in %3 (BEA RPP, U.S. = 100)")
                                              .arg(row.wage.stateName, row.parity.value)
                                              .arg(row.parity.year)
                                        : row.wage.stateName;
        if (!StateWageFigures::value(row, figureOf(index.column())))
            return StateWageFigures::notPublished();
        return {};
    case Qt::TextAlignmentRole:
        return numberAlignment(!isState);
    case SortRole: {
        if (isState)
            return row.wage.stateName;
        // An unpublished figure has no number: it takes the largest key, at the end from lowest to highest (a view
        // that sorts from highest first should put them last itself, see lessThan of its proxy).
        const std::optional<qint64> value = StateWageFigures::value(row, figureOf(index.column()));
        return value ? *value : std::numeric_limits<qint64>::max();
    }
    case StateCodeRole:
        return row.wage.state;
    default:
        return {};
    }
}

} // namespace cg
