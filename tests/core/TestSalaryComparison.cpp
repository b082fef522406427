// SalaryComparison over in-memory ECB rates and World Bank factors: which day an as-of date stands for, exact
// differences, the stated percentage rounding, columns without a rate, periods that differ, official percentile
// ranges and markers, PPP, and the pick list itself (order, duplicates, the limit of four).
#include "money/CurrencyConverter.h"
#include "money/Decimal.h"
#include "money/ExchangeRates.h"
#include "money/FxSourceIds.h"
#include "money/PppFactors.h"
#include "salary/SalaryComparison.h"
#include "salary/SalaryEntry.h"

#include <QTest>

using cg::ComparisonColumn;
using cg::ConversionBasis;
using cg::Money;
using cg::SalaryComparison;
using cg::SalaryEntry;
using cg::StatedAmount;

namespace {
QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Money money(const char* amount, const char* currency)
{
    return *Money::parse(QString::fromLatin1(amount), QString::fromLatin1(currency));
}

SalaryEntry figure(const char* key, const char* country, const char* amount, const char* currency, const char* asOf,
                   const char* period = "year")
{
    SalaryEntry entry;
    entry.key = QString::fromLatin1(key);
    entry.roleSlug = QStringLiteral("backend-developer");
    entry.roleName = QStringLiteral("Back-end developer");
    entry.country = QString::fromLatin1(country);
    entry.amount = StatedAmount::of(money(amount, currency));
    entry.period = QString::fromLatin1(period);
    entry.statistic = QStringLiteral("average");
    entry.experience = QStringLiteral("all");
    entry.source.sourceId = QStringLiteral("test-article");
    entry.source.asOf = QString::fromLatin1(asOf);
    entry.sourceLabel = QStringLiteral("Test");
    return entry;
}

// ECB rates as published for the days used (units per EUR); 2023-09-30/10-01 are a weekend.
cg::ExchangeRates rates()
{
    cg::ExchangeRates table;
    const struct
    {
        const char* currency;
        const char* date;
        const char* perEur;
    } rows[] = {
        {"USD", "2023-08-31", "1.0868"},  {"GBP", "2023-08-31", "0.85718"}, {"INR", "2023-08-31", "89.9293"},
        {"USD", "2023-09-29", "1.0594"},  {"GBP", "2023-09-29", "0.86458"}, {"USD", "2024-05-31", "1.0852"},
        {"GBP", "2024-05-31", "0.85365"},
    };
    for (const auto& row : rows) {
        const bool inserted = table.insert(QString::fromLatin1(row.currency), day(row.date),
                                           *cg::Decimal::fromString(QString::fromLatin1(row.perEur)));
        Q_ASSERT(inserted);
        Q_UNUSED(inserted);
    }
    return table;
}

cg::PppFactors factors()
{
    cg::PppFactors table;
    const struct
    {
        const char* country;
        const char* currency;
        const char* value;
    } rows[] = {{"US", "USD", "1"},
                {"GB", "GBP", "0.660709"},
                {"IN", "INR", "20.2904054217658"},
                {"DE", "EUR", "0.701054"},
                {"ES", "EUR", "0.556506"}};
    for (const auto& row : rows) {
        cg::PppFactor factor;
        factor.country = QString::fromLatin1(row.country);
        factor.currency = QString::fromLatin1(row.currency);
        factor.year = 2023;
        factor.basis = cg::PppBasis::Gdp;
        factor.value = *cg::Decimal::fromString(QString::fromLatin1(row.value));
        factor.release = QStringLiteral("2026-03");
        factor.sourceId = cg::FxSourceIds::worldBankPppGdp();
        const bool inserted = table.insert(factor);
        Q_ASSERT(inserted);
        Q_UNUSED(inserted);
    }
    return table;
}
} // namespace

class TestSalaryComparison final : public QObject
{
    Q_OBJECT

private:
    cg::CurrencyConverter m_converter;

    SalaryComparison threeCountries(ConversionBasis basis) const
    {
        SalaryComparison comparison(QStringLiteral("USD"), basis);
        comparison.add(figure("us", "US", "105366", "USD", "2023-08"));
        comparison.add(figure("gb", "GB", "58682", "GBP", "2023-08"));
        comparison.add(figure("in", "IN", "900000", "INR", "2023-08"));
        return comparison;
    }

private slots:
    void initTestCase() { m_converter = cg::CurrencyConverter(rates(), factors()); }

    void conversionDate_data()
    {
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("a day stays that day") << "2022-04-18" << day("2022-04-18");
        QTest::newRow("a month is its last day") << "2023-08" << day("2023-08-31");
        QTest::newRow("30-day month") << "2023-09" << day("2023-09-30");
        QTest::newRow("February") << "2023-02" << day("2023-02-28");
        QTest::newRow("February of a leap year") << "2024-02" << day("2024-02-29");
        QTest::newRow("December") << "2023-12" << day("2023-12-31");
        QTest::newRow("a year is 31 December") << "2023" << day("2023-12-31");
        QTest::newRow("empty") << "" << QDate();
        QTest::newRow("two-digit year") << "23" << QDate();
        QTest::newRow("month 13") << "2023-13" << QDate();
        QTest::newRow("month 0") << "2023-00" << QDate();
        QTest::newRow("no such day") << "2023-02-30" << QDate();
        QTest::newRow("one-digit month") << "2023-8" << QDate();
        QTest::newRow("slashes") << "2023/08" << QDate();
        QTest::newRow("trailing text") << "2023-08 (approx.)" << QDate();
    }

    void conversionDate()
    {
        QFETCH(QString, asOf);
        QFETCH(QDate, expected);
        QCOMPARE(SalaryEntry::conversionDate(asOf), expected);
    }

    void marketDifferencesAreExact()
    {
        const cg::ComparisonResult result = threeCountries(ConversionBasis::Market).compute(m_converter);
        QCOMPARE(result.columns.size(), 3);
        for (const ComparisonColumn& column : result.columns) {
            QCOMPARE(column.conversionDate, day("2023-08-31"));
            QVERIFY(column.isConverted());
        }
        // 58,682 × 1.0868 / 0.85718 = 74,401.6397956…; 900,000 × 1.0868 / 89.9293 = 10,876.5441296…
        QCOMPARE(result.columns.at(0).conversion.converted, money("105366", "USD"));
        QCOMPARE(result.columns.at(1).conversion.converted, money("74401.64", "USD"));
        QCOMPARE(result.columns.at(2).conversion.converted, money("10876.54", "USD"));
        QCOMPARE(result.columns.at(1).conversion.rateDate, day("2023-08-31"));

        QCOMPARE(result.columns.at(0).differenceState, ComparisonColumn::Difference::Reference);
        QVERIFY(!result.columns.at(0).tenthsOfPercent.has_value());
        // 74,401.64 − 105,366.00 = −30,964.36, exactly; −30,964.36 / 105,366 = −29.3874…% -> −29.4%.
        const ComparisonColumn& uk = result.columns.at(1);
        QCOMPARE(uk.differenceState, ComparisonColumn::Difference::Ok);
        QCOMPARE(uk.difference, money("-30964.36", "USD"));
        QCOMPARE(uk.tenthsOfPercent, std::optional<qint64>(-294));
        QCOMPARE(uk.percentText(QLocale::c()), QStringLiteral("−29.4%"));
        QCOMPARE(uk.differenceText(QLocale::c()), QStringLiteral("−$30,964"));
        // 10,876.54 − 105,366.00 = −94,489.46; −89.6773…% -> −89.7%.
        QCOMPARE(result.columns.at(2).difference, money("-94489.46", "USD"));
        QCOMPARE(result.columns.at(2).tenthsOfPercent, std::optional<qint64>(-897));
    }

    void differencesFollowTheFirstColumn()
    {
        SalaryComparison comparison = threeCountries(ConversionBasis::Market);
        QVERIFY(comparison.move(2, 0)); // India first
        const cg::ComparisonResult result = comparison.compute(m_converter);
        QCOMPARE(result.columns.at(0).entry.key, QStringLiteral("in"));
        QCOMPARE(result.columns.at(0).differenceState, ComparisonColumn::Difference::Reference);
        // 105,366 − 10,876.54 = 94,489.46; / 10,876.54 = +868.7447…% -> +868.7%.
        QCOMPARE(result.columns.at(1).difference, money("94489.46", "USD"));
        QCOMPARE(result.columns.at(1).tenthsOfPercent, std::optional<qint64>(8687));
        QCOMPARE(result.columns.at(1).percentText(QLocale::c()), QStringLiteral("+868.7%"));
        QCOMPARE(result.columns.at(1).differenceText(QLocale::c()), QStringLiteral("+$94,489"));
    }

    void percentRounding_data()
    {
        QTest::addColumn<Money>("value");
        QTest::addColumn<Money>("reference");
        QTest::addColumn<bool>("defined");
        QTest::addColumn<qint64>("tenths");
        QTest::addColumn<QString>("text");
        // Ties at exactly half a tenth go away from zero, on both sides.
        QTest::newRow("+0.05% tie") << money("2001", "USD") << money("2000", "USD") << true << qint64(1) << "+0.1%";
        QTest::newRow("-0.05% tie") << money("1999", "USD") << money("2000", "USD") << true << qint64(-1) << "−0.1%";
        QTest::newRow("below a tie") << money("2000.99", "USD") << money("2000", "USD") << true << qint64(0) << "0.0%";
        QTest::newRow("equal") << money("58682", "GBP") << money("58682", "GBP") << true << qint64(0) << "0.0%";
        QTest::newRow("two thirds less") << money("1", "USD") << money("3", "USD") << true << qint64(-667) << "−66.7%";
        QTest::newRow("a third less") << money("2", "USD") << money("3", "USD") << true << qint64(-333) << "−33.3%";
        QTest::newRow("half as much again")
            << money("3", "USD") << money("2", "USD") << true << qint64(500) << "+50.0%";
        QTest::newRow("tiny") << money("1000000.01", "USD") << money("1000000", "USD") << true << qint64(0) << "0.0%";
        QTest::newRow("tenfold") << money("1000", "JPY") << money("100", "JPY") << true << qint64(9000) << "+900.0%";
        QTest::newRow("large exact") << money("9000000000000", "INR") << money("4500000000000", "INR") << true
                                     << qint64(1000) << "+100.0%";
        QTest::newRow("zero reference") << money("1", "USD") << money("0", "USD") << false << qint64(0) << "";
        QTest::newRow("currencies differ") << money("1", "USD") << money("1", "GBP") << false << qint64(0) << "";
        QTest::newRow("invalid") << Money() << money("1", "USD") << false << qint64(0) << "";
    }

    void percentRounding()
    {
        QFETCH(Money, value);
        QFETCH(Money, reference);
        QFETCH(bool, defined);
        QFETCH(qint64, tenths);
        QFETCH(QString, text);
        const std::optional<qint64> result = SalaryComparison::tenthsOfPercent(value, reference);
        QCOMPARE(result.has_value(), defined);
        ComparisonColumn column;
        column.tenthsOfPercent = result;
        QCOMPARE(column.percentText(QLocale::c()), text);
        if (defined)
            QCOMPARE(*result, tenths);
    }

    void columnWithoutRateShowsNoNumber()
    {
        SalaryComparison comparison = threeCountries(ConversionBasis::Market);
        comparison.removeAt(2);
        comparison.add(figure("xx", "ZZ", "5000", "XTS", "2023-08")); // ISO test currency: no ECB rate
        const cg::ComparisonResult result = comparison.compute(m_converter);
        const ComparisonColumn& column = result.columns.at(2);
        QCOMPARE(column.conversion.status, cg::Conversion::Status::NoRate);
        QVERIFY(!column.isConverted());
        QVERIFY(!column.conversion.converted.isValid());
        QVERIFY(column.conversion.explanation.contains(QStringLiteral("XTS")));
        QCOMPARE(column.differenceState, ComparisonColumn::Difference::Unavailable);
        QVERIFY(!column.tenthsOfPercent.has_value());
        QVERIFY(column.differenceText().isEmpty());
        QVERIFY2(column.differenceReason.contains(QStringLiteral("No amount in USD")),
                 qPrintable(column.differenceReason));
        // The other columns are unaffected.
        QCOMPARE(result.columns.at(1).differenceState, ComparisonColumn::Difference::Ok);
    }

    void firstColumnWithoutRateLeavesNothingToCompareWith()
    {
        SalaryComparison comparison(QStringLiteral("USD"), ConversionBasis::Market);
        comparison.add(figure("late", "GB", "58682", "GBP", "2026-12")); // after the last rate in the table
        comparison.add(figure("us", "US", "105366", "USD", "2023-08"));
        const cg::ComparisonResult result = comparison.compute(m_converter);
        QCOMPARE(result.columns.at(0).conversion.status, cg::Conversion::Status::NoRate);
        QCOMPARE(result.columns.at(0).differenceState, ComparisonColumn::Difference::Reference);
        QVERIFY(result.columns.at(1).isConverted());
        QCOMPARE(result.columns.at(1).differenceState, ComparisonColumn::Difference::Unavailable);
        QVERIFY(result.columns.at(1).differenceReason.contains(QStringLiteral("first column")));
    }

    void weekendFallsBackToTheLastBusinessDay()
    {
        // As of 2023-09 stands for Saturday 2023-09-30; Friday 2023-09-29 has rates:
        // 58,682 × 1.0594 / 0.86458 = 71,905.1015… -> 71,905.10.
        SalaryComparison comparison(QStringLiteral("USD"), ConversionBasis::Market);
        comparison.add(figure("gb", "GB", "58682", "GBP", "2023-09"));
        const ComparisonColumn column = comparison.compute(m_converter).columns.first();
        QCOMPARE(column.conversionDate, day("2023-09-30"));
        QCOMPARE(column.conversion.rateDate, day("2023-09-29"));
        QCOMPARE(column.conversion.converted, money("71905.10", "USD"));
        QVERIFY(column.conversion.explanation.contains(QStringLiteral("no rate on 2023-09-30")));
    }

    void differentPeriodsAreNotCompared()
    {
        SalaryComparison comparison(QStringLiteral("USD"), ConversionBasis::Market);
        comparison.add(figure("year", "US", "105366", "USD", "2023-08"));
        comparison.add(figure("hour", "US", "63.98", "USD", "2023-08", "hour"));
        const cg::ComparisonResult result = comparison.compute(m_converter);
        QVERIFY(result.columns.at(1).isConverted());
        QCOMPARE(result.columns.at(1).differenceState, ComparisonColumn::Difference::Unavailable);
        QVERIFY(result.columns.at(1).differenceReason.contains(QStringLiteral("per hour")));
    }

    void pppUsesWorldBankFactors()
    {
        const cg::ComparisonResult result = threeCountries(ConversionBasis::Ppp).compute(m_converter);
        // 58,682 / 0.660709 = 88,816.7075…; 900,000 / 20.2904054217658 = 44,355.9409…
        QCOMPARE(result.columns.at(1).conversion.converted, money("88816.71", "USD"));
        QCOMPARE(result.columns.at(2).conversion.converted, money("44355.94", "USD"));
        QCOMPARE(result.columns.at(1).conversion.pppYear, 2023);
        QVERIFY(result.columns.at(1).conversion.explanation.contains(QStringLiteral("purchasing-power parity")));
        // −16,549.29 / 105,366 = −15.7065…% -> −15.7%.
        QCOMPARE(result.columns.at(1).difference, money("-16549.29", "USD"));
        QCOMPARE(result.columns.at(1).tenthsOfPercent, std::optional<qint64>(-157));
    }

    void pppIntoACurrencyOfSeveralCountriesHasNoRate()
    {
        SalaryComparison comparison = threeCountries(ConversionBasis::Ppp);
        comparison.setCurrency(QStringLiteral("EUR")); // Germany and Spain both use it: whose prices?
        const cg::ComparisonResult result = comparison.compute(m_converter);
        for (const ComparisonColumn& column : result.columns) {
            QCOMPARE(column.conversion.status, cg::Conversion::Status::NoRate);
            QVERIFY(column.conversion.explanation.contains(QStringLiteral("one country")));
        }
        comparison.setBasis(ConversionBasis::Market); // at market rates EUR is fine
        QVERIFY(comparison.compute(m_converter).columns.at(1).isConverted());
    }

    void officialRangeConvertsAtTheSameRate()
    {
        SalaryEntry official = figure("oews", "US", "133080", "USD", "2024-05");
        official.kind = SalaryEntry::Kind::OfficialWage;
        official.range = {StatedAmount::of(money("79850", "USD")), StatedAmount::of(money("103050", "USD")),
                          StatedAmount::of(money("133080", "USD")), StatedAmount::of(money("169000", "USD")),
                          StatedAmount::atLeast(money("239200", "USD"))};
        SalaryComparison comparison(QStringLiteral("GBP"), ConversionBasis::Market);
        comparison.add(official);
        const ComparisonColumn column = comparison.compute(m_converter).columns.first();
        // 2024-05-31: × 0.85365 / 1.0852. 79,850 -> 62,812.34; 133,080 -> 104,684.61; 239,200 -> 188,161.70.
        QCOMPARE(column.conversion.converted, money("104684.61", "GBP"));
        QCOMPARE(column.convertedRange.p10.amount, money("62812.34", "GBP"));
        QCOMPARE(column.convertedRange.median.amount, column.conversion.converted);
        QCOMPARE(column.convertedRange.p75.amount, money("132940.33", "GBP"));
        // A top-coded percentile stays a lower bound in the new currency; it never becomes a plain figure.
        QCOMPARE(column.convertedRange.p90.kind, StatedAmount::Kind::AtLeast);
        QCOMPARE(column.convertedRange.p90.amount, money("188161.70", "GBP"));
        QCOMPARE(column.convertedRange.p90.text(QLocale::c()), QStringLiteral("at least £188,162"));
    }

    void markersAreNeverConverted()
    {
        SalaryEntry topCoded = figure("top", "US", "1", "USD", "2024-05");
        topCoded.amount =
            StatedAmount::fromPublished(QStringLiteral("#"), QStringLiteral("USD"), QStringLiteral("239200"));
        SalaryEntry none = figure("none", "US", "1", "USD", "2024-05");
        none.amount = StatedAmount::fromPublished(QStringLiteral("*"), QStringLiteral("USD"), QStringLiteral("239200"));
        QCOMPARE(topCoded.amount.kind, StatedAmount::Kind::AtLeast);
        QCOMPARE(none.amount.kind, StatedAmount::Kind::NoEstimate);
        QCOMPARE(none.amount.text(QLocale::c()), QStringLiteral("no estimate"));

        SalaryComparison comparison(QStringLiteral("USD"), ConversionBasis::Market);
        comparison.add(figure("us", "US", "105366", "USD", "2023-08"));
        comparison.add(topCoded);
        comparison.add(none);
        const cg::ComparisonResult result = comparison.compute(m_converter);
        QCOMPARE(result.columns.at(1).conversion.status, cg::Conversion::Status::Invalid);
        QVERIFY(result.columns.at(1).conversion.explanation.contains(QStringLiteral("at least $239,200")));
        QCOMPARE(result.columns.at(1).differenceState, ComparisonColumn::Difference::Unavailable);
        QVERIFY(!result.columns.at(2).isConverted());
        QVERIFY(result.columns.at(2).conversion.explanation.contains(QStringLiteral("no figure")));
    }

    void picksKeepTheirOrderAndLimit()
    {
        SalaryComparison comparison;
        QCOMPARE(comparison.currency(), QStringLiteral("USD"));
        QCOMPARE(comparison.add(figure("a", "US", "1", "USD", "2023")), SalaryComparison::AddOutcome::Added);
        QCOMPARE(comparison.add(figure("a", "US", "1", "USD", "2023")), SalaryComparison::AddOutcome::AlreadyPicked);
        for (const char* key : {"b", "c", "d"})
            QCOMPARE(comparison.add(figure(key, "US", "1", "USD", "2023")), SalaryComparison::AddOutcome::Added);
        QVERIFY(comparison.isFull());
        QCOMPARE(comparison.add(figure("e", "US", "1", "USD", "2023")), SalaryComparison::AddOutcome::Full);
        QCOMPARE(comparison.keys(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        QVERIFY(comparison.move(0, 3));
        QCOMPARE(comparison.keys(),
                 (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("a")}));
        QVERIFY(comparison.move(3, 1));
        QCOMPARE(comparison.indexOf(QStringLiteral("a")), 1);
        QVERIFY(!comparison.move(0, 4));
        QVERIFY(!comparison.move(-1, 0));
        QVERIFY(!comparison.move(2, 2));
        QVERIFY(comparison.removeAt(1));
        QVERIFY(!comparison.removeAt(3));
        QCOMPARE(comparison.count(), 3);
        QCOMPARE(comparison.indexOf(QStringLiteral("a")), -1);
        comparison.clear();
        QVERIFY(comparison.isEmpty());
        QVERIFY(comparison.compute(m_converter).columns.isEmpty());
    }

    void basisKeysRoundTrip()
    {
        for (ConversionBasis basis :
             {ConversionBasis::Market, ConversionBasis::Ppp, ConversionBasis::PppPrivateConsumption}) {
            QCOMPARE(SalaryComparison::basisFromKey(SalaryComparison::basisKey(basis)), std::optional(basis));
            QVERIFY(!SalaryComparison::basisName(basis).isEmpty());
        }
        QCOMPARE(SalaryComparison::basisKey(ConversionBasis::PppPrivateConsumption), QStringLiteral("ppp-private"));
        QVERIFY(!SalaryComparison::basisFromKey(QStringLiteral("MARKET")).has_value());
        QVERIFY(SalaryComparison::roundingNote().contains(QStringLiteral("half away from zero")));
    }
};

QTEST_GUILESS_MAIN(TestSalaryComparison)
#include "TestSalaryComparison.moc"
