// Digit grouping after CLDR: group sizes, minimum grouping digits and the locale's separator and digits.
#include "money/NumberGrouping.h"

#include <QLocale>
#include <QTest>

using cg::NumberGrouping;

class TestNumberGrouping final : public QObject
{
    Q_OBJECT

private slots:
    void group_data();
    void group();
    void rulesPerLocale_data();
    void rulesPerLocale();
    void format_data();
    void format();
    void localDigits();
};

void TestNumberGrouping::group_data()
{
    QTest::addColumn<int>("primary");
    QTest::addColumn<int>("secondary");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("expected");

    QTest::newRow("threes, 1 digit") << 3 << 3 << 1 << "7"
                                     << "7";
    QTest::newRow("threes, 3 digits") << 3 << 3 << 1 << "999"
                                      << "999";
    QTest::newRow("threes, 4 digits") << 3 << 3 << 1 << "1000"
                                      << "1,000";
    QTest::newRow("threes, 7 digits") << 3 << 3 << 1 << "1000000"
                                      << "1,000,000";
    QTest::newRow("threes, 9 digits") << 3 << 3 << 1 << "123456789"
                                      << "123,456,789";
    QTest::newRow("minimum 2, 4 digits") << 3 << 3 << 2 << "1000"
                                         << "1000";
    QTest::newRow("minimum 2, 5 digits") << 3 << 3 << 2 << "10000"
                                         << "10,000";
    QTest::newRow("minimum 2, 7 digits") << 3 << 3 << 2 << "1000000"
                                         << "1,000,000";
    QTest::newRow("Indian, 4 digits") << 3 << 2 << 1 << "1000"
                                      << "1,000";
    QTest::newRow("Indian, 5 digits") << 3 << 2 << 1 << "12345"
                                      << "12,345";
    QTest::newRow("Indian, 6 digits") << 3 << 2 << 1 << "123456"
                                      << "1,23,456";
    QTest::newRow("Indian, 7 digits") << 3 << 2 << 1 << "1000000"
                                      << "10,00,000";
    QTest::newRow("Indian, 10 digits") << 3 << 2 << 1 << "1234567890"
                                       << "1,23,45,67,890";
    QTest::newRow("empty") << 3 << 3 << 1 << ""
                           << "";
}

void TestNumberGrouping::group()
{
    QFETCH(int, primary);
    QFETCH(int, secondary);
    QFETCH(int, minimum);
    QFETCH(QString, digits);
    QFETCH(QString, expected);
    QCOMPARE(NumberGrouping(primary, secondary, minimum).group(digits, QStringLiteral(",")), expected);
}

void TestNumberGrouping::rulesPerLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("secondary");
    QTest::addColumn<int>("minimum");

    QTest::newRow("English") << "en_US" << 3 << 1;
    QTest::newRow("POSIX") << "C" << 3 << 1;
    QTest::newRow("English in India") << "en_IN" << 2 << 1;
    QTest::newRow("Hindi") << "hi_IN" << 2 << 1;
    QTest::newRow("Spanish") << "es_ES" << 3 << 2;
    QTest::newRow("Spanish in Mexico") << "es_MX" << 3 << 1; // CLDR es_419 groups from four digits
    QTest::newRow("Spanish in the United States") << "es_US" << 3 << 1;
    QTest::newRow("Portuguese in Portugal") << "pt_PT" << 3 << 2;
    QTest::newRow("Portuguese in Brazil") << "pt_BR" << 3 << 1;
    QTest::newRow("Polish") << "pl_PL" << 3 << 2;
    QTest::newRow("German") << "de_DE" << 3 << 1;
}

void TestNumberGrouping::rulesPerLocale()
{
    QFETCH(QString, locale);
    QFETCH(int, secondary);
    QFETCH(int, minimum);
    const NumberGrouping grouping = NumberGrouping::forLocale(QLocale(locale));
    QCOMPARE(grouping.primary(), 3);
    QCOMPARE(grouping.secondary(), secondary);
    QCOMPARE(grouping.minimumGroupingDigits(), minimum);
}

void TestNumberGrouping::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qulonglong>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("es 4 digits") << "es_ES" << 1000ULL << "1000";
    QTest::newRow("es 5 digits") << "es_ES" << 12345ULL << "12.345";
    QTest::newRow("es 7 digits") << "es_ES" << 1000000ULL << "1.000.000";
    QTest::newRow("es_MX 4 digits") << "es_MX" << 1000ULL << "1,000";
    QTest::newRow("hi 7 digits") << "hi_IN" << 1000000ULL << "10,00,000";
    QTest::newRow("en 7 digits") << "en_US" << 1000000ULL << "1,000,000";
    QTest::newRow("C reads as English") << "C" << 1000000ULL << "1,000,000";
    QTest::newRow("de 4 digits") << "de_DE" << 1000ULL << "1.000";
    QTest::newRow("zero") << "es_ES" << 0ULL << "0";
    QTest::newRow("largest") << "en_US" << 18446744073709551615ULL << "18,446,744,073,709,551,615";
}

void TestNumberGrouping::format()
{
    QFETCH(QString, locale);
    QFETCH(qulonglong, value);
    QFETCH(QString, expected);
    QCOMPARE(NumberGrouping::forLocale(QLocale(locale)).format(value, QLocale(locale)), expected);
}

void TestNumberGrouping::localDigits()
{
    // A locale that writes its own digits gets them, grouped the same way.
    QLocale arabic(QLocale::Arabic, QLocale::Egypt);
    if (arabic.zeroDigit() == QLatin1String("0"))
        QSKIP("this Qt writes Latin digits for Arabic (Egypt)");
    const QString zero = arabic.zeroDigit();
    QCOMPARE(NumberGrouping::localDigits(QStringLiteral("10"), arabic),
             QString(QChar(zero.at(0).unicode() + 1)) + zero);
    QCOMPARE(NumberGrouping::forLocale(arabic).format(1000, arabic), arabic.toString(1000));
    QCOMPARE(NumberGrouping::localDigits(QStringLiteral("123"), QLocale(QStringLiteral("en_US"))),
             QStringLiteral("123"));

    QLocale plain(QStringLiteral("en_US"));
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    QCOMPARE(NumberGrouping::forLocale(plain).format(1234567, plain), QStringLiteral("1234567"));
}

QTEST_GUILESS_MAIN(TestNumberGrouping)
#include "TestNumberGrouping.moc"
