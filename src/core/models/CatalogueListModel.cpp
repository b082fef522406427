#include "CatalogueListModel.h"

#include "content/OfficialFigure.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace cg {

CatalogueListModel::CatalogueListModel(QObject* parent) : ItemTableModel(ColumnCount, parent) {}

void CatalogueListModel::setEntries(const QList<CatalogueEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    m_keys = QList<Keys>(entries.size());
    m_rowByKey.clear();
    m_rowByKey.reserve(entries.size());
    m_roleCount = 0;
    for (qsizetype row = 0; row < entries.size(); ++row) {
        const CatalogueEntry& entry = entries.at(row);
        Keys& keys = m_keys[row];
        keys.pay = AnnualPay::parse(entry.annualMedian);
        keys.growthTenths = GrowthCategories::tenths(entry.changePercent);
        keys.openingsTenths = GrowthCategories::tenths(entry.openings);
        QStringList words{entry.title};
        if (entry.isRole()) {
            words << entry.aliases << entry.category;
            ++m_roleCount;
        } else {
            words << entry.key;
        }
        keys.searchText = words.join(u' ');
        m_rowByKey.insert(entry.key, int(row));
    }
    // Titles are compared once here, so sorting by name later compares integers.
    QList<int> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&entries](int a, int b) {
        return QString::compare(entries.at(a).title, entries.at(b).title, Qt::CaseInsensitive) < 0;
    });
    for (qsizetype rank = 0; rank < order.size(); ++rank)
        m_keys[order.at(rank)].nameRank = int(rank);
    endResetModel();
}

QString CatalogueListModel::kindText(CatalogueEntry::Kind kind)
{
    return kind == CatalogueEntry::Kind::Role ? tr("Guide") : tr("O*NET");
}

QStringList CatalogueListModel::columnTitles() const
{
    return {tr("Career"), tr("Kind"), tr("Median pay"), tr("Growth")};
}

QVariant CatalogueListModel::columnToolTip(int column) const
{
    switch (column) {
    case KindColumn:
        return tr("Guide: a role this guide describes in depth. O*NET: an official occupation.");
    case PayColumn:
        return tr("Median annual wage, BLS OEWS May 2024 (national)");
    case GrowthColumn:
        return tr("Projected change in employment 2024–34, BLS Employment Projections");
    default:
        return {};
    }
}

QVariant CatalogueListModel::data(const QModelIndex& index, int role) const
{
    // QComboBox asks for the data of row -1 while nothing is chosen: no answer, and no warning.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogueEntry& entry = m_entries.at(index.row());
    switch (role) {
    case KeyRole:
        return entry.key;
    case KindRole:
        return int(entry.kind);
    case FamilyRole:
        return entry.familyCode;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return entry.title;
        case KindColumn:
            return kindText(entry.kind);
        case PayColumn:
            return entry.annualMedian.isEmpty() ? QString() : OfficialFigure::annualWage(entry.annualMedian);
        case GrowthColumn:
            return entry.changePercent.isEmpty() ? QString() : OfficialFigure::signedPercent(entry.changePercent);
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        const QString family = entry.familyName.isEmpty() ? entry.familyCode : entry.familyName;
        QString what = tr("O*NET occupation %1").arg(entry.key);
        if (entry.isRole()) {
            what = entry.occupationCode.isEmpty()
                       ? tr("A role in the guide")
                       : tr("A role in the guide, filed under O*NET %1").arg(entry.occupationCode);
        }
        const QString growth = GrowthCategories::name(entry.growth);
        return family.isEmpty() ? tr("%1; growth: %2").arg(what, growth)
                                : tr("%1, %2; growth: %3").arg(what, family, growth);
    }
    case Qt::TextAlignmentRole:
        return numberAlignment(index.column() == PayColumn || index.column() == GrowthColumn);
    default:
        return {};
    }
}

} // namespace cg
