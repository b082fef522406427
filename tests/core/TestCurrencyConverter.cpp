// Currency conversion over in-memory rate tables: ECB cross rates through EUR, the look-back to the previous business
// day, the no-rate state, PPP factors with their year fallback, and the single half-away-from-zero rounding.
#include "money/CurrencyConverter.h"
#include "money/Decimal.h"
#include "money/ExchangeRates.h"
#include "money/FxSourceIds.h"
#include "money/Money.h"
#include "money/PppFactors.h"

#include <QTest>

using cg::Conversion;
using cg::CurrencyConverter;
using cg::Decimal;
using cg::ExchangeRates;
using cg::Money;
using cg::PppBasis;
using cg::PppFactor;
using cg::PppFactors;
using Basis = cg::CurrencyConverter::Basis;

namespace {
QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Money money(const char* amount, const char* currency)
{
    return *Money::parse(QString::fromLatin1(amount), QString::fromLatin1(currency));
}

void addRate(ExchangeRates& rates, const char* currency, const char* date, const char* perEur)
{
    QVERIFY(rates.insert(QString::fromLatin1(currency), day(date), *Decimal::fromString(QString::fromLatin1(perEur))));
}

// ECB rates as published for a few days of 2023 (units per EUR); 2023-09-02/03 are a weekend, 2023-12-23/24 a
// weekend and 2023-12-25/26 TARGET holidays, so those days have no rows.
ExchangeRates ecbSample()
{
    ExchangeRates rates;
    const struct
    {
        const char* date;
        const char* usd;
        const char* gbp;
        const char* inr;
        const char* cad;
        const char* aud;
        const char* jpy;
    } days[] = {
        {"2015-01-02", "1.2043", "0.78", "76.3", "1.4069", "1.4841", "145.21"},
        {"2023-08-30", "1.0886", "0.8592", "90.0188", "1.4764", "1.6814", "159.15"},
        {"2023-08-31", "1.0868", "0.85718", "89.9293", "1.4721", "1.6785", "158.49"},
        {"2023-09-01", "1.0844", "0.85538", "89.697", "1.4656", "1.6737", "157.47"},
        {"2023-09-04", "1.0801", "0.8555", "89.3045", "1.4686", "1.6708", "158.11"},
        {"2023-12-21", "1.0983", "0.86805", "91.4335", "1.4668", "1.6243", "156.79"},
        {"2023-12-22", "1.1023", "0.8666", "91.628", "1.4639", "1.6197", "156.66"},
        {"2023-12-27", "1.1065", "0.8683", "92.186", "1.4612", "1.617", "157.81"},
        {"2023-12-28", "1.1114", "0.8706", "92.449", "1.4698", "1.6246", "156.57"},
    };
    for (const auto& d : days) {
        addRate(rates, "USD", d.date, d.usd);
        addRate(rates, "GBP", d.date, d.gbp);
        addRate(rates, "INR", d.date, d.inr);
        addRate(rates, "CAD", d.date, d.cad);
        addRate(rates, "AUD", d.date, d.aud);
        addRate(rates, "JPY", d.date, d.jpy);
    }
    // Made-up series for the edge cases: BRL has no rate on 2023-08-31 (as if N/A), ISK starts on 2023-09-04,
    // TST has rates that make exact half-cent ties.
    addRate(rates, "BRL", "2023-08-30", "5.4");
    addRate(rates, "ISK", "2023-09-04", "143.1");
    addRate(rates, "TST", "2023-08-31", "1.5");
    addRate(rates, "TSQ", "2023-08-31", "1.25");
    return rates;
}

void addFactor(PppFactors& factors, const char* country, const char* currency, int year, PppBasis basis,
               const char* value, const char* release)
{
    PppFactor factor;
    factor.country = QString::fromLatin1(country);
    factor.currency = QString::fromLatin1(currency);
    factor.year = year;
    factor.basis = basis;
    factor.value = *Decimal::fromString(QString::fromLatin1(value));
    factor.release = QString::fromLatin1(release);
    factor.sourceId =
        basis == PppBasis::Gdp ? cg::FxSourceIds::worldBankPppGdp() : cg::FxSourceIds::worldBankPppPrivate();
    QVERIFY(factors.insert(factor));
}

// World Bank factors as published (GDP: release 2026-03; private consumption: release unknown, ends in 2023).
PppFactors pppSample()
{
    PppFactors factors;
    const struct
    {
        const char* country;
        const char* currency;
        int year;
        const char* gdp;
        const char* privateConsumption;
    } rows[] = {
        {"US", "USD", 2022, "1", "1"},
        {"US", "USD", 2023, "1", "1"},
        {"US", "USD", 2024, "1", nullptr},
        {"GB", "GBP", 2022, "0.633175", "0.700129"},
        {"GB", "GBP", 2023, "0.660709", "0.710629"},
        {"GB", "GBP", 2024, "0.664153", nullptr},
        {"IN", "INR", 2023, "20.2904054217658", "19.51709171"},
        {"IN", "INR", 2024, "20.4219876045922", nullptr},
        {"DE", "EUR", 2023, "0.701054", "0.746175"},
        {"DE", "EUR", 2024, "0.700862", nullptr},
        {"ES", "EUR", 2023, "0.556506", "0.626199"},
        {"ES", "EUR", 2024, "0.562107", nullptr},
        {"JP", "JPY", 2024, "94.462599", nullptr},
        {"CA", "CAD", 2021, "1.25", nullptr}, // made up: a country whose factors stop early
    };
    for (const auto& row : rows) {
        addFactor(factors, row.country, row.currency, row.year, PppBasis::Gdp, row.gdp, "2026-03");
        if (row.privateConsumption)
            addFactor(factors, row.country, row.currency, row.year, PppBasis::PrivateConsumption,
                      row.privateConsumption, "");
    }
    // An older release with a different 2023 value for GB: the newer release must win whatever the insert order.
    addFactor(factors, "GB", "GBP", 2023, PppBasis::Gdp, "0.682911", "2025-03-24");
    return factors;
}
} // namespace

class TestCurrencyConverter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void marketRate_data();
    void marketRate();
    void noRate_data();
    void noRate();
    void sameCurrencyIsIdentity();
    void legsComeFromTheSameDay();
    void roundsOnceHalfAwayFromZero_data();
    void roundsOnceHalfAwayFromZero();
    void lookBackLimit();
    void rateTableLookups();

    void ppp_data();
    void ppp();
    void pppNoFactor_data();
    void pppNoFactor();
    void pppNewestReleaseWins();
    void pppEuroNeedsACountry();

    void invalidRequests();
    void nationalPricesRoundOnce();

private:
    CurrencyConverter m_converter;
};

void TestCurrencyConverter::initTestCase()
{
    m_converter = CurrencyConverter(ecbSample(), pppSample());
}

void TestCurrencyConverter::marketRate_data()
{
    QTest::addColumn<Money>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QDate>("rateDate");
    QTest::addColumn<QString>("explanation");

    // 105,366 × 0.85718 / 1.0868 = 83,104.184652… GBP
    QTest::newRow("USD to GBP") << money("105366", "USD") << "GBP" << day("2023-08-31") << qint64(8310418) << "0.7887"
                                << day("2023-08-31")
                                << "1 USD = 0.7887 GBP, ECB reference rate of 2023-08-31, derived through EUR";
    // 105,366 × 89.9293 / 1.0868 = 8,718,706.867684… INR
    QTest::newRow("USD to INR") << money("105366", "USD") << "INR" << day("2023-08-31") << qint64(871870687)
                                << "82.7469" << day("2023-08-31")
                                << "1 USD = 82.7469 INR, ECB reference rate of 2023-08-31, derived through EUR";
    // 105,366 / 1.0868 = 96,950.680898… EUR
    QTest::newRow("USD to EUR") << money("105366", "USD") << "EUR" << day("2023-08-31") << qint64(9695068) << "0.9201"
                                << day("2023-08-31") << "1 USD = 0.9201 EUR, ECB reference rate of 2023-08-31";
    QTest::newRow("USD to CAD") << money("105366", "USD") << "CAD" << day("2023-08-31") << qint64(14272110) << "1.3545"
                                << day("2023-08-31")
                                << "1 USD = 1.3545 CAD, ECB reference rate of 2023-08-31, derived through EUR";
    QTest::newRow("USD to AUD") << money("105366", "USD") << "AUD" << day("2023-08-31") << qint64(16273172) << "1.5444"
                                << day("2023-08-31")
                                << "1 USD = 1.5444 AUD, ECB reference rate of 2023-08-31, derived through EUR";
    // Yen have no minor unit: 15,365,713.4155… rounds to whole yen.
    QTest::newRow("USD to JPY") << money("105366", "USD") << "JPY" << day("2023-08-31") << qint64(15365713)
                                << "145.8318" << day("2023-08-31")
                                << "1 USD = 145.8318 JPY, ECB reference rate of 2023-08-31, derived through EUR";
    // From EUR the published rate is the rate, shown exactly.
    QTest::newRow("EUR to GBP") << money("1000", "EUR") << "GBP" << day("2023-08-31") << qint64(85718) << "0.85718"
                                << day("2023-08-31") << "1 EUR = 0.85718 GBP, ECB reference rate of 2023-08-31";
    QTest::newRow("EUR to USD with cents")
        << money("58682.50", "EUR") << "USD" << day("2023-08-31") << qint64(6377614) << "1.0868" << day("2023-08-31")
        << "1 EUR = 1.0868 USD, ECB reference rate of 2023-08-31";
    QTest::newRow("GBP to USD") << money("58682.50", "GBP") << "USD" << day("2023-08-31") << qint64(7440227) << "1.2679"
                                << day("2023-08-31")
                                << "1 GBP = 1.2679 USD, ECB reference rate of 2023-08-31, derived through EUR";
    QTest::newRow("INR to USD, small rate")
        << money("58682.50", "INR") << "USD" << day("2023-08-31") << qint64(70918) << "0.01209" << day("2023-08-31")
        << "1 INR = 0.01209 USD, ECB reference rate of 2023-08-31, derived "
           "through EUR";
    QTest::newRow("negative amount") << money("-105366", "USD") << "GBP" << day("2023-08-31") << qint64(-8310418)
                                     << "0.7887" << day("2023-08-31")
                                     << "1 USD = 0.7887 GBP, ECB reference rate of 2023-08-31, derived through EUR";
    QTest::newRow("zero amount") << money("0", "USD") << "GBP" << day("2023-08-31") << qint64(0) << "0.7887"
                                 << day("2023-08-31")
                                 << "1 USD = 0.7887 GBP, ECB reference rate of 2023-08-31, derived through EUR";
    // Saturday 2 September 2023 takes Friday's rates.
    QTest::newRow("Saturday") << money("105366", "USD") << "GBP" << day("2023-09-02") << qint64(8311321) << "0.7888"
                              << day("2023-09-01")
                              << "1 USD = 0.7888 GBP, ECB reference rate of 2023-09-01 (no rate on 2023-09-02), "
                                 "derived through EUR";
    QTest::newRow("Sunday") << money("105366", "USD") << "GBP" << day("2023-09-03") << qint64(8311321) << "0.7888"
                            << day("2023-09-01")
                            << "1 USD = 0.7888 GBP, ECB reference rate of 2023-09-01 (no rate on 2023-09-03), "
                               "derived through EUR";
    // Christmas Day and Boxing Day are TARGET holidays: the rates of Friday 22 December 2023 apply.
    QTest::newRow("Christmas Day") << money("105366", "USD") << "GBP" << day("2023-12-25") << qint64(8283605)
                                   << "0.7862" << day("2023-12-22")
                                   << "1 USD = 0.7862 GBP, ECB reference rate of 2023-12-22 (no rate on 2023-12-25), "
                                      "derived through EUR";
    QTest::newRow("Boxing Day") << money("105366", "USD") << "INR" << day("2023-12-26") << qint64(875848303)
                                << "83.1244" << day("2023-12-22")
                                << "1 USD = 83.1244 INR, ECB reference rate of 2023-12-22 (no rate on 2023-12-26), "
                                   "derived through EUR";
}

void TestCurrencyConverter::marketRate()
{
    QFETCH(Money, from);
    QFETCH(QString, to);
    QFETCH(QDate, asOf);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, rate);
    QFETCH(QDate, rateDate);
    QFETCH(QString, explanation);
    const Conversion result = m_converter.convert(from, to, asOf, Basis::Market);
    QVERIFY2(result.isOk(), qPrintable(result.reason));
    QCOMPARE(result.status, Conversion::Status::Ok);
    QCOMPARE(result.basis, Basis::Market);
    QCOMPARE(result.original, from);
    QCOMPARE(result.converted, Money(minorUnits, to));
    QCOMPARE(result.rate, rate);
    QCOMPARE(result.rateDate, rateDate);
    QCOMPARE(result.sourceId, cg::FxSourceIds::ecb());
    QCOMPARE(result.explanation, explanation);
    QVERIFY(result.reason.isEmpty());
}

void TestCurrencyConverter::noRate_data()
{
    QTest::addColumn<Money>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("reason");
    QTest::newRow("before the first rate") << money("100", "USD") << "GBP" << day("2014-12-20")
                                           << "No ECB reference rate for USD on 2014-12-20 or in the 10 days before.";
    QTest::newRow("target before its first rate")
        << money("100", "EUR") << "ISK" << day("2023-08-31")
        << "No ECB reference rate for ISK on 2023-08-31 or in the 10 days before.";
    QTest::newRow("currency not in the table")
        << money("100", "USD") << "XYZ" << day("2023-08-31") << "No ECB reference rate for XYZ.";
    QTest::newRow("source currency not in the table")
        << money("100", "RUB") << "EUR" << day("2023-08-31") << "No ECB reference rate for RUB.";
    QTest::newRow("after the rates end") << money("100", "USD") << "GBP" << day("2024-02-01")
                                         << "No ECB reference rate for USD on 2024-02-01 or in the 10 days before.";
    // ISK's first rate (2023-09-04) and BRL's last (2023-08-30) are both within ten days of 2023-09-05, but never
    // on the same day, and a cross rate needs both legs from one day.
    QTest::newRow("legs never meet within the look-back")
        << money("100", "ISK") << "BRL" << day("2023-09-05")
        << "No ECB reference rate for ISK on 2023-09-05 or in the 10 days before.";
}

void TestCurrencyConverter::noRate()
{
    QFETCH(Money, from);
    QFETCH(QString, to);
    QFETCH(QDate, asOf);
    QFETCH(QString, reason);
    const Conversion result = m_converter.convert(from, to, asOf, Basis::Market);
    QVERIFY(!result.isOk());
    QCOMPARE(result.status, Conversion::Status::NoRate);
    QVERIFY(!result.converted.isValid()); // never a number
    QVERIFY(result.rate.isEmpty());
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.explanation, reason);
}

void TestCurrencyConverter::sameCurrencyIsIdentity()
{
    // Even on a date without any rate: nothing needs converting.
    for (const QDate& date : {day("2023-08-31"), day("1990-01-01")}) {
        const Conversion result =
            m_converter.convert(money("105366.25", "USD"), QStringLiteral("USD"), date, Basis::Market);
        QVERIFY(result.isOk());
        QCOMPARE(result.converted, money("105366.25", "USD"));
        QCOMPARE(result.rate, QStringLiteral("1"));
        QVERIFY(result.sourceId.isEmpty());
        QCOMPARE(result.explanation, QStringLiteral("Same currency: no conversion"));
    }
}

void TestCurrencyConverter::legsComeFromTheSameDay()
{
    // BRL has no rate on 2023-08-31, so both legs use 2023-08-30: 105,366 × 5.4 / 1.0886.
    const Conversion result =
        m_converter.convert(money("105366", "USD"), QStringLiteral("BRL"), day("2023-08-31"), Basis::Market);
    QVERIFY2(result.isOk(), qPrintable(result.reason));
    QCOMPARE(result.rateDate, day("2023-08-30"));
    QCOMPARE(result.converted, Money(52266801, QStringLiteral("BRL")));
    QCOMPARE(result.rate, QStringLiteral("4.9605"));
}

void TestCurrencyConverter::roundsOnceHalfAwayFromZero_data()
{
    QTest::addColumn<Money>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("minorUnits");
    // TST = 1.5 per EUR, TSQ = 1.25 per EUR.
    QTest::newRow("1.5 cents -> 2") << money("0.01", "EUR") << "TST" << qint64(2);
    QTest::newRow("4.5 cents -> 5 (banker's rounding would give 4)") << money("0.03", "EUR") << "TST" << qint64(5);
    QTest::newRow("-4.5 cents -> -5") << money("-0.03", "EUR") << "TST" << qint64(-5);
    QTest::newRow("7.5 cents -> 8") << money("0.05", "EUR") << "TST" << qint64(8);
    QTest::newRow("1.25 cents -> 1") << money("0.01", "EUR") << "TSQ" << qint64(1);
    QTest::newRow("-1.25 cents -> -1") << money("-0.01", "EUR") << "TSQ" << qint64(-1);
    QTest::newRow("3.75 cents -> 4") << money("0.03", "EUR") << "TSQ" << qint64(4);
    // TST -> TSQ: 0.03 × 1.25 / 1.5 = 0.025, a tie after the cross rate; rounded once, not per leg.
    QTest::newRow("cross tie 2.5 cents -> 3") << money("0.03", "TST") << "TSQ" << qint64(3);
    QTest::newRow("cross tie -2.5 cents -> -3") << money("-0.03", "TST") << "TSQ" << qint64(-3);
    QTest::newRow("zero stays zero") << money("0", "TST") << "TSQ" << qint64(0);
}

void TestCurrencyConverter::roundsOnceHalfAwayFromZero()
{
    QFETCH(Money, from);
    QFETCH(QString, to);
    QFETCH(qint64, minorUnits);
    const Conversion result = m_converter.convert(from, to, day("2023-08-31"), Basis::Market);
    QVERIFY2(result.isOk(), qPrintable(result.reason));
    QCOMPARE(result.converted, Money(minorUnits, to));
}

void TestCurrencyConverter::lookBackLimit()
{
    const ExchangeRates& rates = m_converter.rates();
    // The last rate is 2023-12-28: ten days later it still applies, eleven days later it does not.
    const std::optional<cg::FxRate> tenDays = rates.perEur(QStringLiteral("USD"), day("2024-01-07"));
    QVERIFY(tenDays.has_value());
    QCOMPARE(tenDays->date, day("2023-12-28"));
    QCOMPARE(tenDays->perEur.toString(), QStringLiteral("1.1114"));
    QVERIFY(!rates.perEur(QStringLiteral("USD"), day("2024-01-08")).has_value());
    QVERIFY(m_converter.convert(money("1", "USD"), QStringLiteral("GBP"), day("2024-01-07"), Basis::Market).isOk());
    QVERIFY(!m_converter.convert(money("1", "USD"), QStringLiteral("GBP"), day("2024-01-08"), Basis::Market).isOk());
}

void TestCurrencyConverter::rateTableLookups()
{
    const ExchangeRates& rates = m_converter.rates();
    const std::optional<cg::FxRate> usd = rates.perEur(QStringLiteral("USD"), day("2023-08-31"));
    QVERIFY(usd.has_value());
    QCOMPARE(usd->perEur.toString(), QStringLiteral("1.0868"));
    QCOMPARE(usd->date, day("2023-08-31"));
    QCOMPARE(usd->sourceId, cg::FxSourceIds::ecb());
    const std::optional<cg::FxRate> euro = rates.perEur(QStringLiteral("EUR"), day("1990-05-05"));
    QVERIFY(euro.has_value());
    QCOMPARE(euro->perEur.toString(), QStringLiteral("1"));
    QCOMPARE(euro->date, day("1990-05-05"));
    const std::optional<cg::FxRate> saturday = rates.perEur(QStringLiteral("GBP"), day("2023-09-02"));
    QVERIFY(saturday.has_value());
    QCOMPARE(saturday->date, day("2023-09-01"));
    QCOMPARE(saturday->perEur.toString(), QStringLiteral("0.85538"));
    QVERIFY(!rates.perEur(QStringLiteral("XYZ"), day("2023-08-31")).has_value());
    QVERIFY(!rates.perEur(QStringLiteral("USD"), QDate()).has_value());
    QCOMPARE(rates.firstDate(QStringLiteral("USD")), day("2015-01-02"));
    QCOMPARE(rates.lastDate(), day("2023-12-28"));
    QVERIFY(rates.currencies().startsWith(QStringLiteral("EUR")));
    QVERIFY(rates.currencies().contains(QStringLiteral("INR")));

    ExchangeRates refusing;
    QVERIFY(!refusing.insert(QStringLiteral("EUR"), day("2023-08-31"), Decimal(1, 0)));
    QVERIFY(!refusing.insert(QStringLiteral("usd"), day("2023-08-31"), Decimal(1, 0)));
    QVERIFY(!refusing.insert(QStringLiteral("USD"), QDate(), Decimal(1, 0)));
    QVERIFY(!refusing.insert(QStringLiteral("USD"), day("2023-08-31"), Decimal(0, 0)));
    QVERIFY(!refusing.insert(QStringLiteral("USD"), day("2023-08-31"), Decimal(-1, 0)));
    QVERIFY(refusing.isEmpty());
}

void TestCurrencyConverter::ppp_data()
{
    QTest::addColumn<Money>("from");
    QTest::addColumn<QString>("fromCountry");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("toCountry");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("basis");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("explanation");
    const int gdp = int(Basis::Ppp);
    const int household = int(Basis::PppPrivateConsumption);

    // 105,366 / 1 × 0.664153 = 69,979.14… GBP
    QTest::newRow("US to GB, 2024") << money("105366", "USD") << "US"
                                    << "GBP"
                                    << "GB" << day("2024-06-30") << gdp << qint64(6997914) << "0.664153" << 2024
                                    << "1 USD in US = 0.664153 GBP in GB at purchasing-power parity, World Bank PPP "
                                       "factors (GDP) of 2024, through international $";
    // A 2025 figure uses 2024, the latest year with factors.
    QTest::newRow("2025 falls back to 2024")
        << money("105366", "USD") << "US"
        << "GBP"
        << "GB" << day("2025-03-01") << gdp << qint64(6997914) << "0.664153" << 2024
        << "1 USD in US = 0.664153 GBP in GB at purchasing-power parity, World "
           "Bank PPP factors (GDP) of 2024 (none yet for 2025), through "
           "international $";
    QTest::newRow("2027 is three years on") << money("105366", "USD") << "US"
                                            << "GBP"
                                            << "GB" << day("2027-01-01") << gdp << qint64(6997914) << "0.664153" << 2024
                                            << "1 USD in US = 0.664153 GBP in GB at purchasing-power parity, World "
                                               "Bank PPP factors (GDP) of 2024 (none yet for 2027), through "
                                               "international $";
    // Private consumption ends in 2023.
    QTest::newRow("household basis, 2025 falls back to 2023")
        << money("105366", "USD") << "US"
        << "GBP"
        << "GB" << day("2025-03-01") << household << qint64(7487614) << "0.710629" << 2023
        << "1 USD in US = 0.710629 GBP in GB at purchasing-power parity, World Bank PPP factors (private consumption) "
           "of 2023 (none yet for 2025), through international $";
    QTest::newRow("US to IN") << money("105366", "USD") << "US"
                              << "INR"
                              << "IN" << day("2024-01-01") << gdp << qint64(215178315) << "20.4220" << 2024
                              << "1 USD in US = 20.4220 INR in IN at purchasing-power parity, World Bank PPP factors "
                                 "(GDP) of 2024, through international $";
    QTest::newRow("IN to US") << money("900000", "INR") << "IN"
                              << "USD"
                              << "US" << day("2024-01-01") << gdp << qint64(4407015) << "0.04897" << 2024
                              << "1 INR in IN = 0.04897 USD in US at purchasing-power parity, World Bank PPP factors "
                                 "(GDP) of 2024, through international $";
    QTest::newRow("US to JP, whole yen") << money("105366", "USD") << "US"
                                         << "JPY"
                                         << "JP" << day("2024-01-01") << gdp << qint64(9953146) << "94.462599" << 2024
                                         << "1 USD in US = 94.462599 JPY in JP at purchasing-power parity, World Bank "
                                            "PPP factors (GDP) of 2024, through international $";
    // The euro between two euro countries still differs in what it buys.
    QTest::newRow("DE to ES, same currency") << money("60000", "EUR") << "DE"
                                             << "EUR"
                                             << "ES" << day("2024-05-01") << gdp << qint64(4812134) << "0.8020" << 2024
                                             << "1 EUR in DE = 0.8020 EUR in ES at purchasing-power parity, World "
                                                "Bank PPP factors (GDP) of 2024, through international $";
    QTest::newRow("negative") << money("-105366", "USD") << "US"
                              << "GBP"
                              << "GB" << day("2024-06-30") << gdp << qint64(-6997914) << "0.664153" << 2024
                              << "1 USD in US = 0.664153 GBP in GB at purchasing-power parity, World Bank PPP factors "
                                 "(GDP) of 2024, through international $";
    QTest::newRow("same country and currency") << money("105366", "USD") << "US"
                                               << "USD"
                                               << "US" << day("2024-06-30") << gdp << qint64(10536600) << "1" << 2024
                                               << "Same country and currency: no conversion";
}

void TestCurrencyConverter::ppp()
{
    QFETCH(Money, from);
    QFETCH(QString, fromCountry);
    QFETCH(QString, to);
    QFETCH(QString, toCountry);
    QFETCH(QDate, asOf);
    QFETCH(int, basis);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, rate);
    QFETCH(int, year);
    QFETCH(QString, explanation);
    const Conversion result = m_converter.convert(from, fromCountry, to, toCountry, asOf, Basis(basis));
    QVERIFY2(result.isOk(), qPrintable(result.reason));
    QCOMPARE(result.basis, Basis(basis));
    QCOMPARE(result.converted, Money(minorUnits, to));
    QCOMPARE(result.rate, rate);
    QCOMPARE(result.pppYear, year);
    QCOMPARE(result.explanation, explanation);
    if (fromCountry != toCountry) {
        QCOMPARE(result.sourceId, Basis(basis) == Basis::Ppp ? cg::FxSourceIds::worldBankPppGdp()
                                                             : cg::FxSourceIds::worldBankPppPrivate());
        QCOMPARE(result.release, Basis(basis) == Basis::Ppp ? QStringLiteral("2026-03") : QString());
    }
}

void TestCurrencyConverter::pppNoFactor_data()
{
    QTest::addColumn<Money>("from");
    QTest::addColumn<QString>("fromCountry");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("toCountry");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("reason");
    QTest::newRow("more than three years after the last factor")
        << money("100", "USD") << "US"
        << "GBP"
        << "GB" << day("2028-01-01") << "No World Bank PPP factor (GDP) for US in 2028 or the 3 years before.";
    QTest::newRow("before the first factor")
        << money("100", "USD") << "US"
        << "GBP"
        << "GB" << day("2005-01-01") << "No World Bank PPP factor (GDP) for US in 2005 or the 3 years before.";
    QTest::newRow("country without factors")
        << money("100", "USD") << "US"
        << "BRL"
        << "BR" << day("2024-01-01") << "No World Bank PPP factor (GDP) for BR in 2024 or the 3 years before.";
    // JP's only factor is for 2024, after the figure's year.
    QTest::newRow("no common year") << money("100", "JPY") << "JP"
                                    << "INR"
                                    << "IN" << day("2023-06-01")
                                    << "No World Bank PPP factor (GDP) for JP in 2023 or the 3 years before.";
    // Both countries have factors within reach, but for different years.
    QTest::newRow("factors of different years") << money("100", "JPY") << "JP"
                                                << "CAD"
                                                << "CA" << day("2024-06-01")
                                                << "No year from 2024 back to 2021 has World Bank PPP factors (GDP) "
                                                   "for both JP and CA.";
    QTest::newRow("amount not in the country's currency")
        << money("100", "USD") << "DE"
        << "GBP"
        << "GB" << day("2024-01-01") << "The PPP factor for DE is in EUR, but the amount is in USD.";
    QTest::newRow("target currency not the country's")
        << money("100", "USD") << "US"
        << "USD"
        << "GB" << day("2024-01-01") << "The PPP factor for GB is in GBP, not USD.";
}

void TestCurrencyConverter::pppNoFactor()
{
    QFETCH(Money, from);
    QFETCH(QString, fromCountry);
    QFETCH(QString, to);
    QFETCH(QString, toCountry);
    QFETCH(QDate, asOf);
    QFETCH(QString, reason);
    const Conversion result = m_converter.convert(from, fromCountry, to, toCountry, asOf, Basis::Ppp);
    QCOMPARE(result.status, Conversion::Status::NoRate);
    QVERIFY(!result.converted.isValid());
    QCOMPARE(result.reason, reason);
}

void TestCurrencyConverter::pppNewestReleaseWins()
{
    // GB 2023 is 0.660709 in the 2026-03 release and 0.682911 in the 2025-03-24 one, inserted later.
    const std::optional<PppFactor> factor = m_converter.pppFactors().factor(QStringLiteral("GB"), PppBasis::Gdp, 2023);
    QVERIFY(factor.has_value());
    QCOMPARE(factor->value.toString(), QStringLiteral("0.660709"));
    QCOMPARE(factor->release, QStringLiteral("2026-03"));
    // 58,682.50 / 0.660709 = 88,817.47… USD
    const Conversion result =
        m_converter.convert(money("58682.50", "GBP"), QStringLiteral("USD"), day("2023-07-01"), Basis::Ppp);
    QVERIFY2(result.isOk(), qPrintable(result.reason));
    QCOMPARE(result.converted, Money(8881747, QStringLiteral("USD")));
    QCOMPARE(result.rate, QStringLiteral("1.5135"));
}

void TestCurrencyConverter::pppEuroNeedsACountry()
{
    QCOMPARE(m_converter.pppFactors().homeCountry(QStringLiteral("USD")), QStringLiteral("US"));
    QVERIFY(m_converter.pppFactors().homeCountry(QStringLiteral("EUR")).isEmpty());
    const Conversion result =
        m_converter.convert(money("60000", "EUR"), QStringLiteral("USD"), day("2024-01-01"), Basis::Ppp);
    QCOMPARE(result.status, Conversion::Status::NoRate);
    QVERIFY(!result.converted.isValid());
    QVERIFY(result.reason.contains(QStringLiteral("EUR")));
    // Without countries, a currency with one country works.
    QVERIFY(m_converter.convert(money("1", "USD"), QStringLiteral("GBP"), day("2024-01-01"), Basis::Ppp).isOk());
}

void TestCurrencyConverter::invalidRequests()
{
    const Conversion noCurrency = m_converter.convert(Money(), QStringLiteral("GBP"), day("2023-08-31"), Basis::Market);
    QCOMPARE(noCurrency.status, Conversion::Status::Invalid);
    QVERIFY(!noCurrency.reason.isEmpty());
    const Conversion badTarget =
        m_converter.convert(money("1", "USD"), QStringLiteral("pounds"), day("2023-08-31"), Basis::Market);
    QCOMPARE(badTarget.status, Conversion::Status::Invalid);
    const Conversion noDate = m_converter.convert(money("1", "USD"), QStringLiteral("GBP"), QDate(), Basis::Market);
    QCOMPARE(noDate.status, Conversion::Status::Invalid);
    const Conversion badCountry = m_converter.convert(money("1", "USD"), QStringLiteral("USA"), QStringLiteral("GBP"),
                                                      QStringLiteral("GB"), day("2024-01-01"), Basis::Ppp);
    QCOMPARE(badCountry.status, Conversion::Status::Invalid);
    // The largest amount there is, converted to a currency worth more per unit, does not fit: refused, not wrapped.
    const Conversion tooLarge = m_converter.convert(Money(std::numeric_limits<qint64>::max(), QStringLiteral("INR")),
                                                    QStringLiteral("USD"), day("2023-08-31"), Basis::Market);
    QVERIFY(tooLarge.isOk());
    const Conversion overflow = m_converter.convert(Money(std::numeric_limits<qint64>::max(), QStringLiteral("USD")),
                                                    QStringLiteral("INR"), day("2023-08-31"), Basis::Market);
    QCOMPARE(overflow.status, Conversion::Status::Invalid);
    QVERIFY(!overflow.converted.isValid());
}

void TestCurrencyConverter::nationalPricesRoundOnce()
{
    // A state's pay at U.S. average prices (÷ RPP/100) and the currency step are one exact product, rounded once:
    // rounding the price step to the cent first would give £70,057.93 and £100,302.70 here.
    const QString california = QStringLiteral("112.581");
    const Conversion usd = m_converter.convertAtNationalPrices(money("170910", "USD"), california, QStringLiteral("US"),
                                                               QStringLiteral("USD"), QStringLiteral("US"),
                                                               day("2024-05-31"), Basis::Market);
    QVERIFY(usd.isOk());
    QCOMPARE(usd.converted, money("151810.70", "USD"));
    QCOMPARE(usd.original, money("170910", "USD"));

    const Conversion market = m_converter.convertAtNationalPrices(
        money("99999.99", "USD"), california, QStringLiteral("US"), QStringLiteral("GBP"), QStringLiteral("GB"),
        day("2023-08-31"), Basis::Market);
    QVERIFY(market.isOk());
    QCOMPARE(market.converted, money("70057.92", "GBP"));
    // The rate shown is the currency step's alone.
    QCOMPARE(market.rate,
             m_converter.convert(money("1", "USD"), QStringLiteral("GBP"), day("2023-08-31"), Basis::Market).rate);

    const Conversion ppp =
        m_converter.convertAtNationalPrices(money("170910", "USD"), california, QStringLiteral("US"),
                                            QStringLiteral("GBP"), QStringLiteral("GB"), day("2023-12-31"), Basis::Ppp);
    QVERIFY(ppp.isOk());
    QCOMPARE(ppp.converted, money("100302.69", "GBP"));

    for (const QString& index : {QString(), QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral("abc")}) {
        const Conversion refused = m_converter.convertAtNationalPrices(
            money("170910", "USD"), index, QStringLiteral("US"), QStringLiteral("USD"), QStringLiteral("US"),
            day("2024-05-31"), Basis::Market);
        QVERIFY(!refused.isOk());
        QVERIFY(!refused.converted.isValid());
        QVERIFY(!refused.reason.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCurrencyConverter)
#include "TestCurrencyConverter.moc"
