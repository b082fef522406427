// Official figures reach the screen exactly as published, markers spelled out and never turned into numbers.
#include "content/OfficialFigure.h"

#include <QTest>

using cg::OfficialFigure;

class TestOfficialFigure : public QObject
{
    Q_OBJECT

private:
    const QLocale m_english{QLocale::English, QLocale::UnitedStates};

private slots:
    void annualWage_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << "133080"
                               << "$133,080";
        QTest::newRow("small") << "980"
                               << "$980";
        QTest::newRow("top coded") << "#"
                                   << "\u2265 $239,200";
        QTest::newRow("projection top code") << ">=$239,200"
                                             << "\u2265 $239,200";
        QTest::newRow("no estimate") << "*"
                                     << "no estimate";
        QTest::newRow("blank") << ""
                               << "not published";
        QTest::newRow("spaces") << " 61550 "
                                << "$61,550";
    }

    void annualWage()
    {
        QFETCH(QString, raw);
        QFETCH(QString, shown);
        QCOMPARE(OfficialFigure::annualWage(raw, m_english), shown);
    }

    void hourlyWage_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("shown");
        QTest::newRow("cents kept") << "64.00"
                                    << "$64.00";
        QTest::newRow("odd cents") << "29.59"
                                   << "$29.59";
        QTest::newRow("one decimal padded") << "69.5"
                                            << "$69.50";
        QTest::newRow("whole dollars") << "70"
                                       << "$70.00";
        QTest::newRow("more decimals kept") << "12.345"
                                            << "$12.345";
        QTest::newRow("top coded") << "#"
                                   << "\u2265 $115.00";
        QTest::newRow("no estimate") << "*"
                                     << "no estimate";
    }

    void hourlyWage()
    {
        QFETCH(QString, raw);
        QFETCH(QString, shown);
        QCOMPARE(OfficialFigure::hourlyWage(raw, m_english), shown);
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("signedPercent");
        QTest::addColumn<QString>("thousands");
        QTest::newRow("growth") << "15.8"
                                << "15.8"
                                << "+15.8%"
                                << "15,800";
        QTest::newRow("decline") << "-6"
                                 << "-6"
                                 << "-6%"
                                 << "-6,000";
        QTest::newRow("zero") << "0.0"
                              << "0.0"
                              << "0.0%"
                              << "0";
        QTest::newRow("employment") << "1693.8"
                                    << "1,693.8"
                                    << "+1,693.8%"
                                    << "1,693,800";
        QTest::newRow("fraction of a thousand") << "0.05"
                                                << "0.05"
                                                << "+0.05%"
                                                << "50";
        QTest::newRow("more decimals") << "12.3456"
                                       << "12.3456"
                                       << "+12.3456%"
                                       << "12,345.6";
        QTest::newRow("no employment estimate") << "**"
                                                << "no estimate"
                                                << "no estimate"
                                                << "no estimate";
        QTest::newRow("not applicable") << "\u2014"
                                        << "not applicable"
                                        << "not applicable"
                                        << "not applicable";
    }

    void numbers()
    {
        QFETCH(QString, raw);
        QFETCH(QString, number);
        QFETCH(QString, signedPercent);
        QFETCH(QString, thousands);
        QCOMPARE(OfficialFigure::number(raw, m_english), number);
        QCOMPARE(OfficialFigure::signedPercent(raw, m_english), signedPercent);
        QCOMPARE(OfficialFigure::thousands(raw, m_english), thousands);
    }

    void markersAreNotNumbers()
    {
        for (const QString& marker :
             {QStringLiteral("#"), QStringLiteral("*"), QStringLiteral("**"), QStringLiteral("\u2014"), QString(),
              QStringLiteral("1.2.3"), QStringLiteral("1e5")})
            QVERIFY2(!OfficialFigure::isNumber(marker), qPrintable(marker));
        QVERIFY(OfficialFigure::isNumber(QStringLiteral("239200")));
    }

    void followsTheLocale()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(OfficialFigure::number(QStringLiteral("1693.8"), german), QStringLiteral("1.693,8"));
    }
};

QTEST_GUILESS_MAIN(TestOfficialFigure)
#include "TestOfficialFigure.moc"
