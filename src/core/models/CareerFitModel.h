#pragma once

#include "fit/CareerFitEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace cg {

// Every career with the person's fit to it, in ranking order (best fit first): name, kind, fit, top gaps and pay.
// SortRole gives each column a value to sort by; the fit column sorts by the ranking itself, which compares exact
// fractions, so two careers shown at the same whole percent keep their true order.
class CareerFitModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        FitColumn,
        GapsColumn,
        PayColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // a role's slug or an occupation's O*NET-SOC code
        SortRole,
        IsRoleRole,
    };

    explicit CareerFitModel(QObject* parent = nullptr);

    // A new ranking of the same careers changes the rows in place (selection and scroll position stay).
    void setEntries(QList<CareerFitEntry> entries);
    const QList<CareerFitEntry>& entries() const { return m_entries; }
    const CareerFitEntry& entryAt(int row) const { return m_entries.at(row); }
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "71%", or "not rated" for a career with nothing weighed.
    static QString fitText(const FitScore& score);
    // "Mathematics, Writing"; "none" when everything is known; empty when not rated.
    static QString gapsText(const CareerFitEntry& entry);
    // The pay's sort value: dollars, a top-coded median above every number, none below everything.
    static qint64 paySortValue(const CareerPay& pay);

private:
    QList<CareerFitEntry> m_entries;
};

} // namespace cg
