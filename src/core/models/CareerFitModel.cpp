#include "CareerFitModel.h"

#include "content/AnnualPay.h"

namespace cg {

CareerFitModel::CareerFitModel(QObject* parent) : QAbstractTableModel(parent) {}

void CareerFitModel::setEntries(QList<CareerFitEntry> entries)
{
    if (!m_entries.isEmpty() && entries.size() == m_entries.size()) {
        m_entries = std::move(entries);
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int CareerFitModel::rowOf(const QString& key) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).key == key)
            return row;
    }
    return -1;
}

int CareerFitModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CareerFitModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CareerFitModel::fitText(const FitScore& score)
{
    //: a fit score in whole percent
    return score.isRated() ? tr("%1%").arg(score.percent()) : tr("not rated");
}

QString CareerFitModel::gapsText(const CareerFitEntry& entry)
{
    if (!entry.score.isRated())
        return {};
    return entry.topGaps.isEmpty() ? tr("none") : entry.topGaps.join(tr(", "));
}

qint64 CareerFitModel::paySortValue(const CareerPay& pay)
{
    if (!pay.isKnown())
        return -1;
    const AnnualPay parsed = AnnualPay::parse(pay.annualMedian);
    switch (parsed.kind()) {
    case AnnualPay::Kind::None:
        return -1;
    case AnnualPay::Kind::AtLeast:
        return AnnualPay::TopCode + 1;
    case AnnualPay::Kind::Exact:
        break;
    }
    return parsed.dollars();
}

QVariant CareerFitModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const CareerFitEntry& entry = m_entries.at(index.row());
    switch (role) {
    case KeyRole:
        return entry.key;
    case IsRoleRole:
        return entry.isRole();
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return entry.title;
        case KindColumn:
            return entry.isRole() ? 0 : 1;
        case FitColumn:
            return int(m_entries.size()) - index.row(); // ascending: worst fit first
        case GapsColumn:
            return gapsText(entry);
        case PayColumn:
            return paySortValue(entry.pay);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entry.title;
        case KindColumn:
            return entry.isRole() ? tr("Role") : tr("Occupation");
        case FitColumn:
            return fitText(entry.score);
        case GapsColumn:
            return gapsText(entry);
        case PayColumn:
            return entry.pay.text();
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FitColumn:
            if (!entry.score.isRated())
                return entry.isRole() ? tr("The guide lists no skills for this role.")
                                      : tr("O*NET publishes no usable skill or knowledge ratings for this "
                                           "occupation, so it is not scored.");
            return entry.isRole() ? tr("Share of the role's skills you know, each weighed by its importance "
                                       "(1 useful to 5 essential).")
                                  : tr("Share of the occupation's O*NET skills and knowledge you know, each "
                                       "weighed by importance \u00d7 level.");
        case GapsColumn:
            //: %1 the skills or knowledge areas still to learn, most important first
            return entry.topGaps.isEmpty() ? QVariant() : tr("Most important to learn: %1").arg(gapsText(entry));
        case PayColumn:
            return entry.pay.note();
        case NameColumn:
            return entry.isRole() ? entry.title : tr("%1 (%2)").arg(entry.title, entry.key);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FitColumn || index.column() == PayColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CareerFitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Career");
        case KindColumn:
            return tr("Kind");
        case FitColumn:
            return tr("Fit");
        case GapsColumn:
            return tr("Top gaps");
        case PayColumn:
            return tr("Median pay");
        }
    }
    if (role == Qt::ToolTipRole && section == PayColumn)
        return tr("U.S. national annual median wage, BLS OEWS; hover a figure for its source and date.");
    if (role == Qt::ToolTipRole && section == FitColumn)
        return tr("How much of what the career needs you know, weighted by importance.");
    return {};
}

} // namespace cg
