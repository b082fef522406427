#pragma once

#include "salary/ComparisonResult.h"
#include "salary/SalaryComparison.h"

#include <QAbstractTableModel>

namespace cg {

class CurrencyConverter;

// The side-by-side salary comparison for a table view: one column per pick, one row per fact (as stated, converted,
// how it was converted, difference to the first pick, range, caution). Recomputed whenever the picks, the display
// currency or the basis change, so every cell always matches the conversion shown beside it.
class SalaryComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row
    {
        RoleRow,
        CountryRow,
        FigureRow,
        SourceRow,
        StatedRow,
        ConvertedRow,
        ConversionRow,
        DifferenceRow,
        RangeRow,
        CautionRow,
        RowCount
    };
    enum Roles
    {
        KeyRole = Qt::UserRole + 1, // the pick's SalaryEntry::key
        ConvertedMinorRole,         // converted amount in minor units; invalid when there is none
        StatusRole,                 // int(Conversion::Status)
    };

    explicit SalaryComparisonModel(QObject* parent = nullptr);

    // Not owned; must outlive the model. Without one every pick shows "no rate".
    void setConverter(const CurrencyConverter* converter);

    const SalaryComparison& comparison() const { return m_comparison; }
    const ComparisonResult& result() const { return m_result; }

    SalaryComparison::AddOutcome add(const SalaryEntry& entry);
    bool removeAt(int column);
    bool move(int from, int to);
    void clear();
    void setComparison(const SalaryComparison& comparison);
    void setCurrency(const QString& currency);
    void setBasis(ConversionBasis basis);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Column title: the pick's number, role and country, and on a second line what the figure is
    // (SalaryEntry::figureLabel), so two picks never read alike: "1 · Back-end developer (GB)\nMedian · …".
    static QString columnTitle(int column, const SalaryEntry& entry);

signals:
    void comparisonChanged();

private:
    void recompute();
    void announceAllChanged();
    QString cellText(int row, const ComparisonColumn& column) const;

    const CurrencyConverter* m_converter = nullptr;
    SalaryComparison m_comparison;
    ComparisonResult m_result;
};

} // namespace cg
