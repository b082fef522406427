// A state's pay at U.S. average prices: divided by the state's Regional Price Parity over 100, exactly, and rounded
// once to the minor unit, half away from zero.
#include "salary/PriceParityAdjustment.h"

#include <QTest>

using cg::Money;
using cg::PriceParityAdjustment;

class TestPriceParityAdjustment final : public QObject
{
    Q_OBJECT

private slots:
    void dividesByTheParityOverAHundred_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("parity");
        QTest::addColumn<qint64>("expected");
        // 17,091,000 cents × 100 / 112.581 = 15,181,069.6298… cents (BEA RPP 2023, California).
        QTest::newRow("California") << qint64(17091000) << "USD"
                                    << "112.581" << qint64(15181070);
        // 8,646,000 × 100 / 87.292 = 9,904,687.7147…: cheaper than average, so worth more.
        QTest::newRow("Mississippi") << qint64(8646000) << "USD"
                                     << "87.292" << qint64(9904688);
        QTest::newRow("national average") << qint64(13308000) << "USD"
                                          << "100.000" << qint64(13308000);
        // Exactly half a minor unit goes away from zero, once.
        QTest::newRow("half up") << qint64(1) << "USD"
                                 << "200" << qint64(1);
        QTest::newRow("half up, negative") << qint64(-1) << "USD"
                                           << "200" << qint64(-1);
        QTest::newRow("one and a half") << qint64(3) << "USD"
                                        << "200" << qint64(2);
        QTest::newRow("just under half") << qint64(49999) << "USD"
                                         << "10000000" << qint64(0);
        // A currency without minor units rounds to whole units: 1,000 × 100 / 112.581 = 888.25…
        QTest::newRow("yen") << qint64(1000) << "JPY"
                             << "112.581" << qint64(888);
    }

    void dividesByTheParityOverAHundred()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, parity);
        QFETCH(qint64, expected);
        const std::optional<Money> adjusted = PriceParityAdjustment::atNationalPrices(Money(minor, currency), parity);
        QVERIFY(adjusted);
        QCOMPARE(adjusted->minorUnits(), expected);
        QCOMPARE(adjusted->currency(), currency);
    }

    void refusesWhatIsNotAPositiveParity_data()
    {
        QTest::addColumn<QString>("parity");
        for (const char* bad : {"", "0", "0.000", "-12.5", "abc", "1e2", "1,000", " 100"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }

    void refusesWhatIsNotAPositiveParity()
    {
        QFETCH(QString, parity);
        QVERIFY(!PriceParityAdjustment::atNationalPrices(Money(17091000, QStringLiteral("USD")), parity));
        QVERIFY(PriceParityAdjustment::statement(Money(17091000, QStringLiteral("USD")), QStringLiteral("California"),
                                                 {QStringLiteral("CA"), 2023, parity, QStringLiteral("bea")},
                                                 QLocale(QLocale::English, QLocale::UnitedStates))
                    .isEmpty());
    }

    void refusesAnInvalidAmount() { QVERIFY(!PriceParityAdjustment::atNationalPrices(Money(), QStringLiteral("100"))); }

    void statesTheAdjustmentInOneSentence()
    {
        const cg::PriceParity california{QStringLiteral("CA"), 2023, QStringLiteral("112.581"),
                                         QStringLiteral("bea-rpp-state")};
        const QString text =
            PriceParityAdjustment::statement(Money(17091000, QStringLiteral("USD")), QStringLiteral("California"),
                                             california, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(text, QStringLiteral("$170,910 in California \u2248 $151,811 at U.S. average prices (BEA RPP 2023: "
                                      "112.581)"));
    }
};

QTEST_GUILESS_MAIN(TestPriceParityAdjustment)
#include "TestPriceParityAdjustment.moc"
