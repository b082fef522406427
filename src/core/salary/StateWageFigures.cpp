#include "StateWageFigures.h"

#include "money/Decimal.h"
#include "money/Fraction.h"
#include "salary/PriceParityAdjustment.h"

namespace cg {

namespace {
const QString Usd = QStringLiteral("USD");

QString published(const StateWage& wage, StateWageFigures::Figure figure)
{
    using Figure = StateWageFigures::Figure;
    switch (figure) {
    case Figure::AnnualMedian:
        return wage.annualMedian;
    case Figure::AdjustedMedian:
        break;
    case Figure::AnnualP10:
        return wage.annualP10;
    case Figure::AnnualP25:
        return wage.annualP25;
    case Figure::AnnualP75:
        return wage.annualP75;
    case Figure::AnnualP90:
        return wage.annualP90;
    case Figure::Employment:
        return wage.employment;
    case Figure::JobsPer1000:
        return wage.jobsPer1000;
    case Figure::LocationQuotient:
        return wage.locationQuotient;
    }
    return {};
}

std::optional<Money> dollars(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    return Money::parse(text, Usd);
}
} // namespace

QList<StateWageFigures::Figure> StateWageFigures::all()
{
    return {Figure::AnnualMedian, Figure::AdjustedMedian, Figure::AnnualP10,
            Figure::AnnualP25,    Figure::AnnualP75,      Figure::AnnualP90,
            Figure::Employment,   Figure::JobsPer1000,    Figure::LocationQuotient};
}

QString StateWageFigures::name(Figure figure)
{
    switch (figure) {
    case Figure::AnnualMedian:
        return tr("Median (as stated)");
    case Figure::AdjustedMedian:
        return tr("Median at U.S. average prices");
    case Figure::AnnualP10:
        return tr("10th percentile");
    case Figure::AnnualP25:
        return tr("25th percentile");
    case Figure::AnnualP75:
        return tr("75th percentile");
    case Figure::AnnualP90:
        return tr("90th percentile");
    case Figure::Employment:
        return tr("Employment");
    case Figure::JobsPer1000:
        return tr("Jobs per 1,000");
    case Figure::LocationQuotient:
        return tr("Location quotient");
    }
    return {};
}

bool StateWageFigures::isMoney(Figure figure)
{
    return figure != Figure::Employment && figure != Figure::JobsPer1000 && figure != Figure::LocationQuotient;
}

QList<StateWageRow> StateWageFigures::rows(const QList<StateWage>& wages, const QHash<QString, PriceParity>& parities)
{
    QList<StateWageRow> rows;
    rows.reserve(wages.size());
    for (const StateWage& wage : wages) {
        StateWageRow row{wage, parities.value(wage.state), std::nullopt};
        if (const std::optional<Money> median = dollars(wage.annualMedian); median && row.parity.isValid())
            row.adjustedMedian = PriceParityAdjustment::atNationalPrices(*median, row.parity.value);
        rows.append(row);
    }
    return rows;
}

std::optional<qint64> StateWageFigures::value(const StateWageRow& row, Figure figure)
{
    if (figure == Figure::AdjustedMedian)
        return row.adjustedMedian ? std::optional<qint64>(row.adjustedMedian->minorUnits()) : std::nullopt;
    const QString text = published(row.wage, figure);
    if (isMoney(figure)) {
        const std::optional<Money> money = dollars(text);
        return money ? std::optional<qint64>(money->minorUnits()) : std::nullopt;
    }
    const std::optional<Decimal> number = text.isEmpty() ? std::nullopt : Decimal::fromString(text);
    if (!number)
        return std::nullopt;
    if (figure == Figure::Employment)
        return Fraction::fromDecimal(*number).roundedHalfAwayFromZero();
    return Fraction::fromDecimal(*number).timesPowerOfTen(3).roundedHalfAwayFromZero();
}

QString StateWageFigures::text(const StateWageRow& row, Figure figure, const QLocale& locale)
{
    const std::optional<qint64> number = value(row, figure);
    if (!number)
        return tr("not published");
    if (isMoney(figure))
        return Money(*number, Usd).format(locale);
    if (figure == Figure::Employment)
        return locale.toString(*number);
    // Decimals as BLS prints them, in the reader's notation.
    return published(row.wage, figure).replace(u'.', locale.decimalPoint());
}

QString StateWageFigures::notPublished()
{
    return tr("not published (at least $239,200, or no estimate)");
}

QList<QStringList> StateWageFigures::csvRecords(const QString& occupation, const QList<StateWageRow>& rows)
{
    QList<QStringList> records;
    records.append({tr("Pay by state"), occupation});
    records.append({tr("Wages"), tr("U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, "
                                    "May 2024, state estimates")});
    records.append({tr("Price levels"),
                    tr("U.S. Bureau of Economic Analysis, Regional Price Parities by State (SARPP), all items")});
    records.append({tr("Empty cell"), notPublished()});
    records.append(
        {tr("At U.S. average prices"), tr("the median divided by the state's RPP over 100, rounded once to the cent")});
    records.append(QStringList());
    records.append({tr("State"), tr("State code"), tr("Employment"), tr("Jobs per 1,000"), tr("Location quotient"),
                    tr("Hourly median (USD)"), tr("Annual 10th percentile (USD)"), tr("Annual 25th percentile (USD)"),
                    tr("Annual median (USD)"), tr("Annual 75th percentile (USD)"), tr("Annual 90th percentile (USD)"),
                    tr("Annual median at U.S. average prices (USD)"), tr("RPP (all items)"), tr("RPP year")});
    for (const StateWageRow& row : rows) {
        const StateWage& w = row.wage;
        records.append({w.stateName, w.state, w.employment, w.jobsPer1000, w.locationQuotient, w.hourlyMedian,
                        w.annualP10, w.annualP25, w.annualMedian, w.annualP75, w.annualP90,
                        row.adjustedMedian ? row.adjustedMedian->toDecimalString() : QString(), row.parity.value,
                        row.parity.isValid() ? QString::number(row.parity.year) : QString()});
    }
    // Every record as wide as the table, as spreadsheets expect.
    const qsizetype width = records.at(6).size();
    for (QStringList& record : records) {
        while (record.size() < width)
            record.append(QString());
    }
    return records;
}

} // namespace cg
