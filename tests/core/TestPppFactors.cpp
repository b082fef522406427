// PppFactors read from the content database when first needed: the same answers as the table inserted row by row,
// and a bad row reported on first use rather than when the converter is made.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "money/Decimal.h"
#include "money/PppFactors.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using cg::PppBasis;
using cg::PppFactor;
using cg::PppFactors;

namespace {
QString describe(const std::optional<PppFactor>& factor)
{
    if (!factor)
        return QStringLiteral("none");
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
        .arg(factor->country, factor->currency)
        .arg(factor->year)
        .arg(cg::pppBasisName(factor->basis), factor->value.toString(), factor->release, factor->sourceId);
}
} // namespace

class TestPppFactors : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;
    PppFactors m_everyRow;
    QSet<QString> m_countries;
    QSet<QString> m_currencies;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
        QSqlQuery query(m_content.database());
        QVERIFY(query.exec(
            QStringLiteral("SELECT country, currency, year, basis, value, release, source_id FROM ppp_factor")));
        while (query.next()) {
            PppFactor factor;
            factor.country = query.value(0).toString();
            factor.currency = query.value(1).toString();
            factor.year = query.value(2).toInt();
            factor.basis = cg::pppBasisFromName(query.value(3).toString()).value_or(PppBasis::Gdp);
            factor.value = cg::Decimal::fromString(query.value(4).toString()).value_or(cg::Decimal());
            factor.release = query.value(5).toString();
            factor.sourceId = query.value(6).toString();
            QVERIFY(m_everyRow.insert(factor));
            m_countries.insert(factor.country);
            m_currencies.insert(factor.currency);
        }
        QVERIFY(m_countries.size() > 3);
    }

    void answersWhatTheWholeTableGives()
    {
        QString error;
        const PppFactors factors = PppFactors::load(m_content.database(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!factors.isEmpty());
        for (const QString& country : std::as_const(m_countries)) {
            for (PppBasis basis : {PppBasis::Gdp, PppBasis::PrivateConsumption}) {
                for (int year = 2005; year <= 2030; ++year) {
                    QCOMPARE(describe(factors.factor(country, basis, year)),
                             describe(m_everyRow.factor(country, basis, year)));
                    QCOMPARE(describe(factors.latestOnOrBefore(country, basis, year, year - 3)),
                             describe(m_everyRow.latestOnOrBefore(country, basis, year, year - 3)));
                }
            }
        }
        for (const QString& currency : std::as_const(m_currencies))
            QCOMPARE(factors.homeCountry(currency), m_everyRow.homeCountry(currency));
        QVERIFY(factors.readError().isEmpty());
    }

    void reportsABadRowOnFirstUse()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bad-factor"));
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE ppp_factor (country TEXT, currency TEXT, year INTEGER, "
                                              "basis TEXT, value TEXT, release TEXT, source_id TEXT)")));
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO ppp_factor VALUES ('US', 'USD', 2023, 'gdp', '1', "
                                          "'2025-01', 'wb'), ('GB', 'GBP', 2023, 'gdp', 'lots', '2025-01', 'wb')")));
            QString error;
            const PppFactors factors = PppFactors::load(db, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));                        // nothing read yet
            QVERIFY(!factors.factor(QStringLiteral("US"), PppBasis::Gdp, 2023)); // a bad row empties the table
            QVERIFY2(factors.readError().contains(QStringLiteral("'lots' is not a usable factor")),
                     qPrintable(factors.readError()));
            QVERIFY(factors.isEmpty());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bad-factor"));
    }

    void refusesAMissingTable()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("no-table"));
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            QString error;
            const PppFactors factors = PppFactors::load(db, &error);
            QVERIFY2(error.contains(QStringLiteral("cannot read PPP factors")), qPrintable(error));
            QVERIFY(factors.isEmpty());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("no-table"));
    }
};

QTEST_GUILESS_MAIN(TestPppFactors)
#include "TestPppFactors.moc"
