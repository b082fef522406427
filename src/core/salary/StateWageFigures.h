#pragma once

#include "content/StateWage.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <optional>

namespace cg {

// One state's pay for an occupation, with the state's price level and the median at U.S. average prices.
struct StateWageRow
{
    StateWage wage;
    PriceParity parity;                  // invalid when BEA gives none for the state
    std::optional<Money> adjustedMedian; // empty when the median or the parity is not published
};

// The figures of pay by state, one vocabulary for the table, the map, the chart and the CSV: what each figure is
// called, its value to rank and colour by, and its text. Nothing here guesses: a figure BLS did not publish has no
// value and reads "not published".
class StateWageFigures final
{
    Q_DECLARE_TR_FUNCTIONS(cg::StateWageFigures)

public:
    StateWageFigures() = delete;

    enum class Figure
    {
        AnnualMedian,
        AdjustedMedian, // the median divided by the state's RPP over 100
        AnnualP10,
        AnnualP25,
        AnnualP75,
        AnnualP90,
        Employment,
        JobsPer1000,
        LocationQuotient,
    };
    static QList<Figure> all();
    static QString name(Figure figure);
    static bool isMoney(Figure figure);

    static QList<StateWageRow> rows(const QList<StateWage>& wages, const QHash<QString, PriceParity>& parities);
    // The figure as an integer to rank and colour by: money in cents, decimals in thousandths, counts as they are;
    // empty when it was not published.
    static std::optional<qint64> value(const StateWageRow& row, Figure figure);
    static QString text(const StateWageRow& row, Figure figure, const QLocale& locale);
    // What an empty figure means, in words.
    static QString notPublished();

    // The table as CSV records: a heading that names the occupation, both sources and what an empty cell means,
    // then one record per state with the figures as plain decimals (empty when not published).
    static QList<QStringList> csvRecords(const QString& occupation, const QList<StateWageRow>& rows);
};

} // namespace cg
