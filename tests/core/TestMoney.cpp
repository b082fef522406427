// Exact money: parsing decimal strings into minor units, rounding to whole units and locale formatting, plus the
// exact decimal and fraction types underneath.
#include "money/Currency.h"
#include "money/Decimal.h"
#include "money/Fraction.h"
#include "money/Money.h"

#include <QLocale>
#include <QTest>

using cg::Currency;
using cg::Decimal;
using cg::Fraction;
using cg::Money;

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void minorUnitExponent_data();
    void minorUnitExponent();
    void parse_data();
    void parse();
    void parseRefuses_data();
    void parseRefuses();
    void toDecimalString_data();
    void toDecimalString();
    void roundedWholeUnits_data();
    void roundedWholeUnits();
    void format_data();
    void format();
    void invalidMoneyFormatsAsNothing();
    void decimalRoundTrips_data();
    void decimalRoundTrips();
    void decimalRefuses_data();
    void decimalRefuses();
    void decimalComparesByValue();
    void fractionRoundsHalfAwayFromZero_data();
    void fractionRoundsHalfAwayFromZero();
    void fractionDecimalString_data();
    void fractionDecimalString();
    void fractionOverflowIsInvalidNotWrong();
};

void TestMoney::minorUnitExponent_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("exponent");
    QTest::newRow("USD") << QStringLiteral("USD") << 2;
    QTest::newRow("GBP") << QStringLiteral("GBP") << 2;
    QTest::newRow("INR") << QStringLiteral("INR") << 2;
    QTest::newRow("EUR") << QStringLiteral("EUR") << 2;
    QTest::newRow("JPY") << QStringLiteral("JPY") << 0;
    QTest::newRow("KRW") << QStringLiteral("KRW") << 0;
    QTest::newRow("KWD") << QStringLiteral("KWD") << 3;
    QTest::newRow("unknown code") << QStringLiteral("XYZ") << 2;
}

void TestMoney::minorUnitExponent()
{
    QFETCH(QString, currency);
    QFETCH(int, exponent);
    QCOMPARE(Currency::minorUnitExponent(currency), exponent);
    QCOMPARE(Money(0, currency).exponent(), exponent);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minorUnits");
    QTest::newRow("whole dollars") << QStringLiteral("105366") << QStringLiteral("USD") << qint64(10536600);
    QTest::newRow("pounds and pence") << QStringLiteral("58682.50") << QStringLiteral("GBP") << qint64(5868250);
    QTest::newRow("one decimal") << QStringLiteral("58682.5") << QStringLiteral("GBP") << qint64(5868250);
    QTest::newRow("rupees") << QStringLiteral("900000") << QStringLiteral("INR") << qint64(90000000);
    QTest::newRow("yen have no minor unit") << QStringLiteral("105366") << QStringLiteral("JPY") << qint64(105366);
    QTest::newRow("dinar thousandths") << QStringLiteral("1.234") << QStringLiteral("KWD") << qint64(1234);
    QTest::newRow("trailing zeros beyond cents") << QStringLiteral("1.500") << QStringLiteral("USD") << qint64(150);
    QTest::newRow("yen with zero decimals") << QStringLiteral("500.00") << QStringLiteral("JPY") << qint64(500);
    QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("USD") << qint64(0);
    QTest::newRow("negative zero") << QStringLiteral("-0.00") << QStringLiteral("USD") << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-12.5") << QStringLiteral("EUR") << qint64(-1250);
    QTest::newRow("leading zeros") << QStringLiteral("007.05") << QStringLiteral("USD") << qint64(705);
    QTest::newRow("cents only") << QStringLiteral("0.01") << QStringLiteral("USD") << qint64(1);
    QTest::newRow("large") << QStringLiteral("9999999999999999") << QStringLiteral("USD") << qint64(999999999999999900);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minorUnits);
    QString error;
    const std::optional<Money> money = Money::parse(text, currency, &error);
    QVERIFY2(money.has_value(), qPrintable(error));
    QVERIFY(money->isValid());
    QCOMPARE(money->minorUnits(), minorUnits);
    QCOMPARE(money->currency(), currency);
    QCOMPARE(*money, Money(minorUnits, currency));
}

void TestMoney::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::newRow("sub-cent digits") << QStringLiteral("1.005") << QStringLiteral("USD");
    QTest::newRow("yen with decimals") << QStringLiteral("12.5") << QStringLiteral("JPY");
    QTest::newRow("exponent") << QStringLiteral("1e5") << QStringLiteral("USD");
    QTest::newRow("grouping") << QStringLiteral("105,366") << QStringLiteral("USD");
    QTest::newRow("space") << QStringLiteral(" 12") << QStringLiteral("USD");
    QTest::newRow("plus sign") << QStringLiteral("+12") << QStringLiteral("USD");
    QTest::newRow("no fraction digits") << QStringLiteral("12.") << QStringLiteral("USD");
    QTest::newRow("no integer digits") << QStringLiteral(".5") << QStringLiteral("USD");
    QTest::newRow("empty") << QString() << QStringLiteral("USD");
    QTest::newRow("lone minus") << QStringLiteral("-") << QStringLiteral("USD");
    QTest::newRow("symbol") << QStringLiteral("$12") << QStringLiteral("USD");
    QTest::newRow("too many digits") << QStringLiteral("1234567890123456789") << QStringLiteral("USD");
    QTest::newRow("does not fit in minor units") << QStringLiteral("999999999999999999") << QStringLiteral("USD");
    QTest::newRow("lower-case currency") << QStringLiteral("12") << QStringLiteral("usd");
    QTest::newRow("no currency") << QStringLiteral("12") << QString();
}

void TestMoney::parseRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QString error;
    QVERIFY(!Money::parse(text, currency, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestMoney::toDecimalString_data()
{
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::newRow("pence") << qint64(5868250) << QStringLiteral("GBP") << QStringLiteral("58682.50");
    QTest::newRow("whole") << qint64(10536600) << QStringLiteral("USD") << QStringLiteral("105366.00");
    QTest::newRow("small negative") << qint64(-5) << QStringLiteral("USD") << QStringLiteral("-0.05");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("EUR") << QStringLiteral("0.00");
    QTest::newRow("yen") << qint64(105366) << QStringLiteral("JPY") << QStringLiteral("105366");
    QTest::newRow("dinar") << qint64(-1234) << QStringLiteral("KWD") << QStringLiteral("-1.234");
}

void TestMoney::toDecimalString()
{
    QFETCH(qint64, minorUnits);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    const Money money(minorUnits, currency);
    QCOMPARE(money.toDecimalString(), text);
    QCOMPARE(Money::parse(text, currency), std::optional<Money>(money));
}

void TestMoney::roundedWholeUnits_data()
{
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("whole");
    QTest::newRow("exact") << qint64(10536600) << QStringLiteral("USD") << qint64(105366);
    QTest::newRow("half rounds up") << qint64(5868250) << QStringLiteral("GBP") << qint64(58683);
    QTest::newRow("below half rounds down") << qint64(5868249) << QStringLiteral("GBP") << qint64(58682);
    QTest::newRow("negative half rounds away from zero") << qint64(-50) << QStringLiteral("USD") << qint64(-1);
    QTest::newRow("negative below half rounds to zero") << qint64(-49) << QStringLiteral("USD") << qint64(0);
    QTest::newRow("positive half") << qint64(50) << QStringLiteral("USD") << qint64(1);
    QTest::newRow("even half still away from zero") << qint64(250) << QStringLiteral("USD") << qint64(3);
    QTest::newRow("zero") << qint64(0) << QStringLiteral("USD") << qint64(0);
    QTest::newRow("yen") << qint64(105366) << QStringLiteral("JPY") << qint64(105366);
    QTest::newRow("dinar half") << qint64(2500) << QStringLiteral("KWD") << qint64(3);
}

void TestMoney::roundedWholeUnits()
{
    QFETCH(qint64, minorUnits);
    QFETCH(QString, currency);
    QFETCH(qint64, whole);
    QCOMPARE(Money(minorUnits, currency).roundedWholeUnits(), whole);
}

void TestMoney::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("minorUnits");
    QTest::addColumn<QString>("expected");
    const QString nbsp(QChar(0x00A0));
    QTest::newRow("US dollars") << "en_US"
                                << "105366"
                                << "USD" << false << "$105,366";
    QTest::newRow("POSIX C locale reads as US English") << "C"
                                                        << "160000"
                                                        << "USD" << false << "$160,000";
    QTest::newRow("pounds") << "en_US"
                            << "58682"
                            << "GBP" << false << "£58,682";
    QTest::newRow("pounds rounded half up") << "en_GB"
                                            << "58682.50"
                                            << "GBP" << false << "£58,683";
    QTest::newRow("pounds with pence") << "en_GB"
                                       << "58682.50"
                                       << "GBP" << true << "£58,682.50";
    QTest::newRow("rupees, western grouping") << "en_US"
                                              << "900000"
                                              << "INR" << false << "₹900,000";
    QTest::newRow("rupees, Indian grouping") << "en_IN"
                                             << "900000"
                                             << "INR" << false << "₹9,00,000";
    QTest::newRow("Canadian dollars") << "en_US"
                                      << "83038"
                                      << "CAD" << false << "CA$83,038";
    QTest::newRow("Australian dollars") << "en_US"
                                        << "83038"
                                        << "AUD" << false << "A$83,038";
    QTest::newRow("euro after the number") << "de_DE"
                                           << "1234.56"
                                           << "EUR" << true << QStringLiteral("1.234,56") + nbsp + QStringLiteral("€");
    QTest::newRow("euro whole") << "de_DE"
                                << "1234.56"
                                << "EUR" << false << QStringLiteral("1.235") + nbsp + QStringLiteral("€");
    QTest::newRow("yen ignore minor units") << "en_US"
                                            << "105366"
                                            << "JPY" << true << "¥105,366";
    QTest::newRow("letter symbol is spaced") << "en_US"
                                             << "100"
                                             << "CHF" << false << QStringLiteral("CHF") + nbsp + QStringLiteral("100");
    QTest::newRow("zero") << "en_US"
                          << "0"
                          << "USD" << false << "$0";
    QTest::newRow("zero with cents") << "en_US"
                                     << "0"
                                     << "USD" << true << "$0.00";
    QTest::newRow("small amount rounds to zero") << "en_US"
                                                 << "0.49"
                                                 << "USD" << false << "$0";
    QTest::newRow("negative, locale style") << "en_US"
                                            << "-5"
                                            << "USD" << false << "($5)";
    QTest::newRow("negative cents below one unit") << "en_US"
                                                   << "-0.05"
                                                   << "USD" << true << "($0.05)";
    QTest::newRow("negative German") << "de_DE"
                                     << "-5"
                                     << "EUR" << false << QStringLiteral("-5") + nbsp + QStringLiteral("€");
    QTest::newRow("negative half rounds away from zero") << "en_US"
                                                         << "-0.50"
                                                         << "USD" << false << "($1)";

    // The three languages of the interface, each with its own CLDR grouping, whatever Qt's locale data says:
    // Spanish groups only from five digits (minimum grouping digits 2) with "." and writes "," before the cents;
    // Hindi groups the Indian way (3, then 2s); English in threes. Amounts of 4, 5, 6 and 7 digits, negative, cents.
    const QString euro = nbsp + QStringLiteral("€");
    const QString rupee = nbsp + QStringLiteral("₹");
    const struct
    {
        const char* name;
        const char* locale;
        const char* amount;
        const char* currency;
        bool minorUnits;
        QString expected;
    } languages[] = {
        {"es 4 digits stay whole", "es_ES", "1000", "EUR", false, QStringLiteral("1000") + euro},
        {"es 4 digits of rupees", "es_ES", "9999", "INR", false, QStringLiteral("9999") + rupee},
        {"es 5 digits grouped", "es_ES", "12345", "EUR", false, QStringLiteral("12.345") + euro},
        {"es 6 digits", "es_ES", "100000", "INR", false, QStringLiteral("100.000") + rupee},
        {"es 7 digits (the report)", "es_ES", "1000000", "INR", false, QStringLiteral("1.000.000") + rupee},
        {"es 7 digits with cents", "es_ES", "1234567.89", "EUR", true, QStringLiteral("1.234.567,89") + euro},
        {"es 4 digits with cents", "es_ES", "1234.50", "EUR", true, QStringLiteral("1234,50") + euro},
        {"es negative", "es_ES", "-1234567", "EUR", false, QStringLiteral("-1.234.567") + euro},
        {"es negative with cents", "es_ES", "-12345.06", "EUR", true, QStringLiteral("-12.345,06") + euro},
        {"es language alone", "es", "1000000", "INR", false, QStringLiteral("1.000.000") + rupee},
        {"es 10 digits", "es_ES", "1234567890", "USD", false,
         QStringLiteral("1.234.567.890") + nbsp + QStringLiteral("$")},
        {"hi 4 digits", "hi_IN", "1000", "INR", false, QStringLiteral("₹1,000")},
        {"hi 5 digits", "hi_IN", "12345", "INR", false, QStringLiteral("₹12,345")},
        {"hi 6 digits: one lakh", "hi_IN", "100000", "INR", false, QStringLiteral("₹1,00,000")},
        {"hi 7 digits: ten lakh", "hi_IN", "1000000", "INR", false, QStringLiteral("₹10,00,000")},
        {"hi 9 digits: ten crore", "hi_IN", "100000000", "INR", false, QStringLiteral("₹10,00,00,000")},
        {"hi 7 digits with paise", "hi_IN", "1234567.89", "INR", true, QStringLiteral("₹12,34,567.89")},
        {"hi negative", "hi_IN", "-1234567", "INR", false, QStringLiteral("-₹12,34,567")},
        {"hi negative with cents", "hi_IN", "-12345.50", "USD", true, QStringLiteral("-$12,345.50")},
        {"hi language alone", "hi", "1000000", "INR", false, QStringLiteral("₹10,00,000")},
        {"en 4 digits", "en_US", "1000", "INR", false, QStringLiteral("₹1,000")},
        {"en 5 digits", "en_US", "12345", "EUR", false, QStringLiteral("€12,345")},
        {"en 7 digits", "en_US", "1000000", "INR", false, QStringLiteral("₹1,000,000")},
        {"en 7 digits with cents", "en_US", "1234567.89", "USD", true, QStringLiteral("$1,234,567.89")},
        {"en negative", "en_US", "-1234567", "USD", false, QStringLiteral("($1,234,567)")},
        {"en negative with cents", "en_US", "-12345.06", "GBP", true, QStringLiteral("(£12,345.06)")},
        {"en language alone", "en", "1000000", "INR", false, QStringLiteral("₹1,000,000")},
    };
    for (const auto& row : languages)
        QTest::newRow(row.name) << QString::fromLatin1(row.locale) << QString::fromLatin1(row.amount)
                                << QString::fromLatin1(row.currency) << row.minorUnits << row.expected;
}

void TestMoney::format()
{
    QFETCH(QString, locale);
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(bool, minorUnits);
    QFETCH(QString, expected);
    const std::optional<Money> money = Money::parse(amount, currency);
    QVERIFY(money.has_value());
    QCOMPARE(money->format(QLocale(locale), minorUnits ? Money::Precision::MinorUnits : Money::Precision::WholeUnits),
             expected);
}

void TestMoney::invalidMoneyFormatsAsNothing()
{
    const Money nothing;
    QVERIFY(!nothing.isValid());
    QVERIFY(nothing.format(QLocale(QStringLiteral("en_US"))).isEmpty());
}

void TestMoney::decimalRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("mantissa");
    QTest::addColumn<int>("scale");
    QTest::newRow("ECB rate") << QStringLiteral("1.0868") << qint64(10868) << 4;
    QTest::newRow("five decimals") << QStringLiteral("0.85718") << qint64(85718) << 5;
    QTest::newRow("trailing zero kept") << QStringLiteral("1.0860") << qint64(10860) << 4;
    QTest::newRow("integer") << QStringLiteral("1") << qint64(1) << 0;
    QTest::newRow("long PPP factor") << QStringLiteral("20.7278957366943") << qint64(207278957366943) << 13;
    QTest::newRow("negative") << QStringLiteral("-0.5") << qint64(-5) << 1;
    QTest::newRow("eighteen digits") << QStringLiteral("0.123456789012345678") << qint64(123456789012345678) << 18;
}

void TestMoney::decimalRoundTrips()
{
    QFETCH(QString, text);
    QFETCH(qint64, mantissa);
    QFETCH(int, scale);
    const std::optional<Decimal> decimal = Decimal::fromString(text);
    QVERIFY(decimal.has_value());
    QCOMPARE(decimal->mantissa(), mantissa);
    QCOMPARE(decimal->scale(), scale);
    QCOMPARE(decimal->toString(), text);
}

void TestMoney::decimalRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("N/A") << QStringLiteral("N/A");
    QTest::newRow("empty") << QString();
    QTest::newRow("exponent") << QStringLiteral("1.2E-05");
    QTest::newRow("comma decimal") << QStringLiteral("1,0868");
    QTest::newRow("two points") << QStringLiteral("1.2.3");
    QTest::newRow("nineteen digits") << QStringLiteral("1234567890.123456789");
    QTest::newRow("nineteen decimals") << QStringLiteral("0.0000000000000000001");
    QTest::newRow("trailing space") << QStringLiteral("1.5 ");
}

void TestMoney::decimalRefuses()
{
    QFETCH(QString, text);
    QVERIFY(!Decimal::fromString(text).has_value());
}

void TestMoney::decimalComparesByValue()
{
    QCOMPARE(*Decimal::fromString(u"1.50"), *Decimal::fromString(u"1.5"));
    QVERIFY(*Decimal::fromString(u"0.85718") < *Decimal::fromString(u"1.0868"));
    QVERIFY(*Decimal::fromString(u"-2") < *Decimal::fromString(u"0"));
    QVERIFY(*Decimal::fromString(u"1.0869") != *Decimal::fromString(u"1.0868"));
}

void TestMoney::fractionRoundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("rounded");
    QTest::newRow("2.5 -> 3 (not to even)") << qint64(5) << qint64(2) << qint64(3);
    QTest::newRow("3.5 -> 4") << qint64(7) << qint64(2) << qint64(4);
    QTest::newRow("-2.5 -> -3") << qint64(-5) << qint64(2) << qint64(-3);
    QTest::newRow("-0.5 -> -1") << qint64(-1) << qint64(2) << qint64(-1);
    QTest::newRow("0.5 -> 1") << qint64(1) << qint64(2) << qint64(1);
    QTest::newRow("2.4999 -> 2") << qint64(24999) << qint64(10000) << qint64(2);
    QTest::newRow("-2.4999 -> -2") << qint64(-24999) << qint64(10000) << qint64(-2);
    QTest::newRow("2/3 -> 1") << qint64(2) << qint64(3) << qint64(1);
    QTest::newRow("-1/3 -> 0") << qint64(-1) << qint64(3) << qint64(0);
    QTest::newRow("negative denominator") << qint64(5) << qint64(-2) << qint64(-3);
    QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(0);
}

void TestMoney::fractionRoundsHalfAwayFromZero()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, rounded);
    QCOMPARE(Fraction(numerator, denominator).roundedHalfAwayFromZero(), std::optional<qint64>(rounded));
}

void TestMoney::fractionDecimalString_data()
{
    QTest::addColumn<QString>("numerator");
    QTest::addColumn<QString>("denominator");
    QTest::addColumn<int>("places");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("exactPlaces");
    QTest::newRow("GBP per USD") << "0.85718"
                                 << "1.0868" << 4 << "0.7887" << -1;
    QTest::newRow("INR per USD") << "89.9293"
                                 << "1.0868" << 4 << "82.7469" << -1;
    QTest::newRow("published rate") << "0.85718"
                                    << "1" << 5 << "0.85718" << 5;
    QTest::newRow("tie at the last place") << "0.00125"
                                           << "1" << 4 << "0.0013" << 5;
    QTest::newRow("negative tie") << "-0.00125"
                                  << "1" << 4 << "-0.0013" << 5;
    QTest::newRow("small value") << "1"
                                 << "158.49" << 6 << "0.006310" << -1;
    QTest::newRow("integer") << "2"
                             << "1" << 0 << "2" << 0;
}

void TestMoney::fractionDecimalString()
{
    QFETCH(QString, numerator);
    QFETCH(QString, denominator);
    QFETCH(int, places);
    QFETCH(QString, text);
    QFETCH(int, exactPlaces);
    const Fraction value = Fraction::fromDecimal(*Decimal::fromString(numerator))
                               .dividedBy(Fraction::fromDecimal(*Decimal::fromString(denominator)));
    QVERIFY(value.isValid());
    QCOMPARE(value.toDecimalString(places), text);
    QCOMPARE(value.exactDecimalPlaces(6), exactPlaces);
}

void TestMoney::fractionOverflowIsInvalidNotWrong()
{
    const Fraction huge(std::numeric_limits<qint64>::max());
    const Fraction product = huge.multipliedBy(huge).multipliedBy(huge);
    QVERIFY(!product.isValid());
    QVERIFY(!product.roundedHalfAwayFromZero().has_value());
    QVERIFY(product.toDecimalString(2).isEmpty());
    QVERIFY(!Fraction(1).dividedBy(Fraction(0)).isValid());
    // Fits in 128 bits but not in qint64: the rounding refuses instead of wrapping.
    QVERIFY(!huge.multipliedBy(Fraction(2)).roundedHalfAwayFromZero().has_value());
    QVERIFY(huge.multipliedBy(Fraction(2)).dividedBy(Fraction(4)).roundedHalfAwayFromZero().has_value());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
