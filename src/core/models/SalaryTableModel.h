#pragma once

#include "content/SalaryFigure.h"
#include "models/ItemTableModel.h"
#include "salary/SalaryEntry.h"

#include <QList>

namespace cg {

// Every salary figure as stated by its source, and the official BLS percentile wages of the occupations linked to
// each role: amount in its own currency, with source and date beside it.
class SalaryTableModel final : public ItemTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RoleColumn,
        CountryColumn,
        AmountColumn,
        RangeColumn, // p10-p90 of official wages; empty for article figures
        StatisticColumn,
        ExperienceColumn,
        PeriodColumn,
        AsOfColumn,
        SourceColumn, // last, so it takes the remaining width
        ColumnCount
    };
    enum Roles
    {
        FigureIdRole = Qt::UserRole + 1,
        AmountMinorRole, // the headline amount in minor units; invalid when the source printed no number
        CurrencyRole,
        RoleSlugRole,
        DoubtfulRole,
        KeyRole, // SalaryEntry::key
        CountryCodeRole,
        SourceLabelRole,
        OfficialRole,
    };

    explicit SalaryTableModel(QObject* parent = nullptr);

    void setFigures(const QList<SalaryFigure>& figures);
    void setEntries(const QList<SalaryEntry>& entries);
    const SalaryEntry& entryAt(int row) const { return m_entries.at(row); }
    const QList<SalaryEntry>& entries() const { return m_entries; }
    int rowOfKey(const QString& key) const; // -1 when absent

    // Kept for callers that name salary terms; SalaryTerms has the words.
    static QString statisticName(const QString& key);
    static QString experienceName(const QString& key);
    static QString periodName(const QString& key);
    static QString countryName(const QString& code);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int itemCount() const override { return int(m_entries.size()); }
    QStringList columnTitles() const override;
    QVariant columnToolTip(int column) const override;

    QList<SalaryEntry> m_entries;
};

} // namespace cg
