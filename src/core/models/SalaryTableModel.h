#pragma once

#include "content/SalaryFigure.h"

#include <QAbstractTableModel>
#include <QList>

namespace cg {

// Every salary figure as stated by its source: amount in its own currency, with source and date beside it.
class SalaryTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RoleColumn,
        CountryColumn,
        AmountColumn,
        StatisticColumn,
        ExperienceColumn,
        PeriodColumn,
        SourceColumn,
        AsOfColumn,
        ColumnCount
    };
    enum Roles { FigureIdRole = Qt::UserRole + 1, AmountMinorRole, CurrencyRole, RoleSlugRole, DoubtfulRole };

    explicit SalaryTableModel(QObject* parent = nullptr);

    void setFigures(const QList<SalaryFigure>& figures);
    const SalaryFigure& figureAt(int row) const { return m_figures.at(row); }

    static QString statisticName(const QString& key);
    static QString experienceName(const QString& key);
    static QString periodName(const QString& key);
    static QString countryName(const QString& code);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SalaryFigure> m_figures;
};

} // namespace cg
