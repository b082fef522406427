#include "CareerMoveModel.h"

#include "fit/CareerMoves.h"
#include "models/CareerFitModel.h"

#include <limits>

namespace cg {

CareerMoveModel::CareerMoveModel(QObject* parent) : QAbstractTableModel(parent) {}

void CareerMoveModel::setMoves(QList<CareerMove> moves)
{
    beginResetModel();
    m_moves = std::move(moves);
    endResetModel();
}

int CareerMoveModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_moves.size());
}

int CareerMoveModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CareerMoveModel::tierText(const QString& tier)
{
    switch (CareerMoves::tierRank(tier)) {
    case 0:
        return tr("Primary, short move");
    case 1:
        return tr("Primary, longer move");
    case 2:
        return tr("Supplemental");
    default:
        return tier;
    }
}

QVariant CareerMoveModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_moves.size())
        return {};
    const CareerMove& move = m_moves.at(index.row());
    switch (role) {
    case CodeRole:
        return move.related.socCode;
    case AvailableRole:
        return move.fit.isValid();
    case SortRole:
        switch (index.column()) {
        case OccupationColumn:
            return move.related.title;
        case TierColumn:
            return index.row(); // O*NET's tier order, as listed
        case FitColumn:
            if (!move.fit.isValid() || !move.fit.score.isRated())
                return -1.0;
            return double(move.fit.score.known()) / double(move.fit.score.total());
        case GapsColumn:
            return move.fit.isValid() ? CareerFitModel::gapsText(move.fit) : QString();
        case PayColumn:
            return CareerFitModel::paySortValue(move.fit.pay);
        case ChangeColumn: {
            // Higher change first when sorted descending; "at least" a little above, unknown below everything.
            if (!move.payChange.isKnown())
                return std::numeric_limits<double>::lowest();
            const double bias = move.payChange.kind() == PayChange::Kind::AtLeast  ? 0.5
                                : move.payChange.kind() == PayChange::Kind::AtMost ? -0.5
                                                                                   : 0.0;
            return double(move.payChange.dollars()) + bias;
        }
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case OccupationColumn:
            return move.related.title;
        case TierColumn:
            return tierText(move.related.tier);
        case FitColumn:
            return move.fit.isValid() ? CareerFitModel::fitText(move.fit.score) : tr("not in this guide");
        case GapsColumn:
            return move.fit.isValid() ? CareerFitModel::gapsText(move.fit) : QString();
        case PayColumn:
            return move.fit.pay.text();
        case ChangeColumn:
            return move.payChange.text();
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OccupationColumn:
            return tr("%1 (%2)").arg(move.related.title, move.related.socCode);
        case GapsColumn:
            return move.fit.topGaps.isEmpty() ? QVariant() : CareerFitModel::gapsText(move.fit);
        case PayColumn:
            return move.fit.pay.note();
        case ChangeColumn:
            return move.payChange.isKnown()
                       ? tr("Its annual median minus that of where you are now (BLS OEWS). A median BLS tops out "
                            "at $239,200 makes the change “at least” or “at most”.")
                       : tr("Unknown: BLS publishes no annual median for one of the two, or both are above its "
                            "top figure.");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FitColumn || index.column() == PayColumn || index.column() == ChangeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CareerMoveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OccupationColumn:
        return tr("Related occupation");
    case TierColumn:
        return tr("O*NET tier");
    case FitColumn:
        return tr("Fit");
    case GapsColumn:
        return tr("Top gaps");
    case PayColumn:
        return tr("Median pay");
    case ChangeColumn:
        return tr("Pay change");
    }
    return {};
}

} // namespace cg
