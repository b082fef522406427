// Imports the committed exchange-rate subset (resources/data/official/fx) into an in-memory content schema and
// checks the stored values, the sources, the conversions they give, and that bad files stop the import with
// "FILE:LINE: reason".
#include "FxImporter.h"
#include "FxSubset.h"
#include "TestSupport.h"
#include "database/SqlScript.h"
#include "money/Conversion.h"
#include "money/CurrencyConverter.h"
#include "money/ExchangeRates.h"
#include "money/FxSourceIds.h"
#include "money/Money.h"
#include "money/PppFactors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using cg::Conversion;
using cg::CurrencyConverter;
using cg::Money;
using Basis = cg::CurrencyConverter::Basis;

namespace {
const QString connectionName()
{
    return QStringLiteral("test-fx-importer");
}

const QString sharedConnectionName()
{
    return QStringLiteral("test-fx-importer-subset");
}

QString subsetDir()
{
    return QDir(cg::test::sourceDir()).filePath(QStringLiteral("resources/data/official/fx"));
}

// The full release files, when the shared data folder sits next to the source tree (as CG_OFFICIAL_DATA_DIR assumes).
QString fullReleaseDir()
{
    return QDir(cg::test::sourceDir()).filePath(QStringLiteral("../shared/data/fx"));
}

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Money money(const char* amount, const char* currency)
{
    return *Money::parse(QString::fromLatin1(amount), QString::fromLatin1(currency));
}

QStringList fxFiles()
{
    return {QStringLiteral("eurofxref-hist.csv"), QStringLiteral("ppp-gdp.csv"),
            QStringLiteral("API_PA.NUS.PRVT.PP_DS2_en_csv_v2_14409.csv")};
}
} // namespace

class TestFxImporter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void importsTheCommittedSubset();
    void storesRatesAsPublished_data();
    void storesRatesAsPublished();
    void notAvailableGivesNoRow();
    void convertsWithImportedRates_data();
    void convertsWithImportedRates();
    void noRateOutsideTheData();
    void pppFactors();
    void writesSourcesWithCitations();
    void everyRowCitesAKnownSource();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesAMissingFile();
    void needsTheSchema();
    void fullReleaseGivesTheSameRows();
    void subsetIsReproducible();

private:
    // Opens a fresh in-memory database with schema.sql and schema-fx.sql applied.
    static void openDatabase(QSqlDatabase& db, const QString& name);
    static bool import(QSqlDatabase& db, const QString& dir, QString* error);
    bool import(const QString& dir, QString* error) { return import(m_db, dir, error); }
    static QString scalar(const QSqlDatabase& db, const QString& sql);
    QString scalar(const QString& sql) const { return scalar(m_db, sql); }
    // Every fx_rate row and the ppp_factor rows matching `pppFilter`, as text, in key order.
    static QStringList contentRows(const QSqlDatabase& db, const QString& pppFilter);
    // Copies the committed subset into m_scratch, replacing the first `find` in `fileName` by `replace`; returns
    // the 1-based line of the replacement, or 0 when `find` is not in the file.
    int copyWithChange(const QString& fileName, const QByteArray& find, const QByteArray& replace);

    QSqlDatabase m_db;             // fresh for every test
    QSqlDatabase m_subset;         // the committed subset, imported once for the tests that only read
    CurrencyConverter m_converter; // loaded from m_subset
    std::unique_ptr<QTemporaryDir> m_scratch;
};

void TestFxImporter::initTestCase()
{
    QVERIFY2(QFileInfo::exists(subsetDir()), qPrintable(subsetDir()));
    openDatabase(m_subset, sharedConnectionName());
    QString error;
    QVERIFY2(import(m_subset, subsetDir(), &error), qPrintable(error));
    m_converter = CurrencyConverter::load(m_subset, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestFxImporter::cleanupTestCase()
{
    m_subset.close();
    m_subset = QSqlDatabase();
    QSqlDatabase::removeDatabase(sharedConnectionName());
}

void TestFxImporter::init()
{
    m_scratch = std::make_unique<QTemporaryDir>();
    QVERIFY(m_scratch->isValid());
    openDatabase(m_db, connectionName());
}

void TestFxImporter::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName());
    m_scratch.reset();
}

void TestFxImporter::openDatabase(QSqlDatabase& db, const QString& name)
{
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    const QDir data(QDir(cg::test::sourceDir()).filePath(QStringLiteral("resources/data")));
    for (const QString& schema : {QStringLiteral("schema.sql"), QStringLiteral("schema-fx.sql")}) {
        QString error;
        QVERIFY2(cg::SqlScript::runFile(db, data.filePath(schema), &error), qPrintable(error));
    }
}

bool TestFxImporter::import(QSqlDatabase& db, const QString& dir, QString* error)
{
    // As ContentGenerator does: one transaction around the import.
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    cg::FxImporter importer;
    const bool ok = importer.run(db, dir, error);
    if (ok)
        db.commit();
    else
        db.rollback();
    return ok;
}

QString TestFxImporter::scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<%1>").arg(query.lastError().text());
    return query.value(0).toString();
}

QStringList TestFxImporter::contentRows(const QSqlDatabase& db, const QString& pppFilter)
{
    QStringList rows;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT currency, date, per_eur, source_id FROM fx_rate ORDER BY currency, date"))) {
        while (query.next())
            rows.append(QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                    query.value(3).toString()}
                            .join(u'|'));
    }
    if (query.exec(QStringLiteral("SELECT country, currency, year, basis, value, release, source_id FROM ppp_factor "
                                  "%1 ORDER BY country, basis, year, release")
                       .arg(pppFilter))) {
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < 7; ++i)
                fields.append(query.value(i).toString());
            rows.append(fields.join(u'|'));
        }
    }
    return rows;
}

int TestFxImporter::copyWithChange(const QString& fileName, const QByteArray& find, const QByteArray& replace)
{
    int line = 0;
    for (const QString& name : fxFiles()) {
        QFile in(QDir(subsetDir()).filePath(name));
        if (!in.open(QIODevice::ReadOnly))
            return 0;
        QByteArray bytes = in.readAll();
        if (name == fileName) {
            const qsizetype at = bytes.indexOf(find);
            if (at < 0)
                return 0;
            line = int(bytes.left(at).count('\n')) + 1;
            bytes.replace(at, find.size(), replace);
        }
        QFile out(QDir(m_scratch->path()).filePath(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return 0;
    }
    return line;
}

void TestFxImporter::importsTheCommittedSubset()
{
    QString error;
    QVERIFY2(import(subsetDir(), &error), qPrintable(error));
    // 12 currencies on 2,886 business days, none N/A.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM fx_rate")), QStringLiteral("34632"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT currency) FROM fx_rate")), QStringLiteral("12"));
    QCOMPARE(scalar(QStringLiteral("SELECT min(date) FROM fx_rate")), QStringLiteral("2015-01-02"));
    QCOMPARE(scalar(QStringLiteral("SELECT max(date) FROM fx_rate")), QStringLiteral("2026-04-13"));
    // 17 countries × 2010–2024 on GDP basis, 17 × 2010–2023 on private-consumption basis.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ppp_factor WHERE basis = 'gdp'")), QStringLiteral("255"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ppp_factor WHERE basis = 'private-consumption'")),
             QStringLiteral("238"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT country) FROM ppp_factor")), QStringLiteral("17"));
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(DISTINCT release) FROM ppp_factor WHERE basis = 'gdp'")),
             QStringLiteral("2026-03"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ppp_factor WHERE basis = 'private-consumption' "
                                   "AND release <> ''")),
             QStringLiteral("0"));
}

void TestFxImporter::storesRatesAsPublished_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("perEur");
    QTest::newRow("USD") << "USD"
                         << "2023-08-31"
                         << "1.0868";
    QTest::newRow("GBP") << "GBP"
                         << "2023-08-31"
                         << "0.85718";
    QTest::newRow("INR") << "INR"
                         << "2023-08-31"
                         << "89.9293";
    QTest::newRow("CAD") << "CAD"
                         << "2023-08-31"
                         << "1.4721";
    QTest::newRow("AUD") << "AUD"
                         << "2023-08-31"
                         << "1.6785";
    QTest::newRow("JPY") << "JPY"
                         << "2023-08-31"
                         << "158.49";
    QTest::newRow("first day") << "GBP"
                               << "2015-01-02"
                               << "0.78";
    QTest::newRow("last day") << "INR"
                              << "2026-04-13"
                              << "109.047";
}

void TestFxImporter::storesRatesAsPublished()
{
    QFETCH(QString, currency);
    QFETCH(QString, date);
    QFETCH(QString, perEur);
    QSqlQuery query(m_subset);
    QVERIFY(query.prepare(QStringLiteral("SELECT per_eur, typeof(per_eur), source_id FROM fx_rate "
                                         "WHERE currency = ? AND date = ?")));
    query.addBindValue(currency);
    query.addBindValue(date);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toString(), perEur);
    QCOMPARE(query.value(1).toString(), QStringLiteral("text"));
    QCOMPARE(query.value(2).toString(), cg::FxSourceIds::ecb());
    // And as the app reads it.
    const std::optional<cg::FxRate> rate = m_converter.rates().perEur(currency, QDate::fromString(date, Qt::ISODate));
    QVERIFY(rate.has_value());
    QCOMPARE(rate->perEur.toString(), perEur);
}

void TestFxImporter::notAvailableGivesNoRow()
{
    QVERIFY(copyWithChange(QStringLiteral("eurofxref-hist.csv"), "2023-08-31,1.0868,", "2023-08-31,N/A,") > 0);
    QString error;
    QVERIFY2(import(m_scratch->path(), &error), qPrintable(error));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM fx_rate WHERE currency = 'USD' AND date = '2023-08-31'")),
             QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM fx_rate WHERE currency = 'GBP' AND date = '2023-08-31'")),
             QStringLiteral("1"));
    // Both legs of a cross rate then come from the day before.
    QString loadError;
    const CurrencyConverter converter = CurrencyConverter::load(m_db, &loadError);
    QVERIFY2(loadError.isEmpty(), qPrintable(loadError));
    const Conversion result =
        converter.convert(money("105366", "USD"), QStringLiteral("GBP"), day("2023-08-31"), Basis::Market);
    QVERIFY(result.isOk());
    QCOMPARE(result.rateDate, day("2023-08-30"));
}

void TestFxImporter::convertsWithImportedRates_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QDate>("rateDate");
    QTest::addColumn<QString>("formatted");
    // USD 105,366 on 2023-08-31: × 0.85718 / 1.0868, × 89.9293 / 1.0868, / 1.0868 …, rounded once to the cent.
    QTest::newRow("GBP") << "GBP" << day("2023-08-31") << qint64(8310418) << "0.7887" << day("2023-08-31") << "£83,104";
    QTest::newRow("INR") << "INR" << day("2023-08-31") << qint64(871870687) << "82.7469" << day("2023-08-31")
                         << "₹8,718,707";
    QTest::newRow("EUR") << "EUR" << day("2023-08-31") << qint64(9695068) << "0.9201" << day("2023-08-31") << "€96,951";
    QTest::newRow("CAD") << "CAD" << day("2023-08-31") << qint64(14272110) << "1.3545" << day("2023-08-31")
                         << "CA$142,721";
    QTest::newRow("AUD") << "AUD" << day("2023-08-31") << qint64(16273172) << "1.5444" << day("2023-08-31")
                         << "A$162,732";
    QTest::newRow("Saturday") << "GBP" << day("2023-09-02") << qint64(8311321) << "0.7888" << day("2023-09-01")
                              << "£83,113";
    QTest::newRow("Christmas Day") << "GBP" << day("2023-12-25") << qint64(8283605) << "0.7862" << day("2023-12-22")
                                   << "£82,836";
    QTest::newRow("Boxing Day") << "INR" << day("2023-12-26") << qint64(875848303) << "83.1244" << day("2023-12-22")
                                << "₹8,758,483";
}

void TestFxImporter::convertsWithImportedRates()
{
    QFETCH(QString, to);
    QFETCH(QDate, asOf);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, rate);
    QFETCH(QDate, rateDate);
    QFETCH(QString, formatted);
    const Conversion result = m_converter.convert(money("105366", "USD"), to, asOf, Basis::Market);
    QVERIFY2(result.isOk(), qPrintable(result.reason));
    QCOMPARE(result.converted, Money(minorUnits, to));
    QCOMPARE(result.rate, rate);
    QCOMPARE(result.rateDate, rateDate);
    QCOMPARE(result.sourceId, cg::FxSourceIds::ecb());
    QCOMPARE(result.converted.format(QLocale(QStringLiteral("en_US"))), formatted);
}

void TestFxImporter::noRateOutsideTheData()
{
    const CurrencyConverter& converter = m_converter;
    // Before the first rate of the subset.
    const Conversion early =
        converter.convert(money("100", "USD"), QStringLiteral("GBP"), day("2014-12-20"), Basis::Market);
    QCOMPARE(early.status, Conversion::Status::NoRate);
    QVERIFY(!early.converted.isValid());
    // A currency the subset does not carry (the ECB stopped RUB in 2022; it is not in scope anyway).
    const Conversion rouble =
        converter.convert(money("100", "RUB"), QStringLiteral("EUR"), day("2023-08-31"), Basis::Market);
    QCOMPARE(rouble.status, Conversion::Status::NoRate);
    QCOMPARE(rouble.reason, QStringLiteral("No ECB reference rate for RUB."));
}

void TestFxImporter::pppFactors()
{
    QCOMPARE(scalar(m_subset, QStringLiteral("SELECT value FROM ppp_factor WHERE country = 'IN' AND basis = 'gdp' "
                                             "AND year = 2024")),
             QStringLiteral("20.4219876045922"));
    QCOMPARE(scalar(m_subset, QStringLiteral("SELECT currency FROM ppp_factor WHERE country = 'IE' AND year = 2010 "
                                             "AND basis = 'private-consumption'")),
             QStringLiteral("EUR"));
    const CurrencyConverter& converter = m_converter;
    // A 2025 figure on GDP basis uses the 2024 factors; on private-consumption basis those of 2023.
    const Conversion gdp =
        converter.convert(money("105366", "USD"), QStringLiteral("GBP"), day("2025-06-30"), Basis::Ppp);
    QVERIFY2(gdp.isOk(), qPrintable(gdp.reason));
    QCOMPARE(gdp.pppYear, 2024);
    QCOMPARE(gdp.rate, QStringLiteral("0.664153"));
    QCOMPARE(gdp.converted, Money(6997914, QStringLiteral("GBP")));
    QCOMPARE(gdp.release, QStringLiteral("2026-03"));
    QCOMPARE(gdp.sourceId, cg::FxSourceIds::worldBankPppGdp());
    const Conversion household = converter.convert(money("105366", "USD"), QStringLiteral("GBP"), day("2025-06-30"),
                                                   Basis::PppPrivateConsumption);
    QVERIFY2(household.isOk(), qPrintable(household.reason));
    QCOMPARE(household.pppYear, 2023);
    QCOMPARE(household.rate, QStringLiteral("0.710629"));
    QCOMPARE(household.converted, Money(7487614, QStringLiteral("GBP")));
    QCOMPARE(household.sourceId, cg::FxSourceIds::worldBankPppPrivate());
    // The euro: the country decides.
    const Conversion euro = converter.convert(money("60000", "EUR"), QStringLiteral("DE"), QStringLiteral("EUR"),
                                              QStringLiteral("ES"), day("2024-05-01"), Basis::Ppp);
    QVERIFY2(euro.isOk(), qPrintable(euro.reason));
    QCOMPARE(euro.converted, Money(4812134, QStringLiteral("EUR")));
    QCOMPARE(converter.convert(money("60000", "EUR"), QStringLiteral("USD"), day("2024-05-01"), Basis::Ppp).status,
             Conversion::Status::NoRate);
}

void TestFxImporter::writesSourcesWithCitations()
{
    QSqlQuery query(m_subset);
    QVERIFY(query.exec(QStringLiteral("SELECT s.id, s.kind, s.publisher, s.published, s.as_of, s.licence, c.citation "
                                      "FROM source s JOIN source_citation c ON c.source_id = s.id ORDER BY s.id")));
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < 7; ++i)
            fields.append(query.value(i).toString());
        rows.append(fields.join(u'|'));
    }
    QCOMPARE(rows,
             QStringList({QStringLiteral("ecb-eurofxref|dataset|European Central Bank||2026-04-13|Published by the "
                                         "ECB for information; reused with the source cited|Source: ECB euro "
                                         "foreign exchange reference rates"),
                          QStringLiteral("worldbank-ppp-gdp|dataset|The World Bank|2026-03|2024|CC BY 4.0|The World "
                                         "Bank: PPP conversion factor, GDP (LCU per international $) (PA.NUS.PPP): "
                                         "International Comparison Program"),
                          QStringLiteral("worldbank-ppp-private|dataset|The World Bank||2023|CC BY 4.0|The World "
                                         "Bank: PPP conversion factor, private consumption (LCU per international $) "
                                         "(PA.NUS.PRVT.PP): International Comparison Program")}));
}

void TestFxImporter::everyRowCitesAKnownSource()
{
    for (const QString& table : {QStringLiteral("fx_rate"), QStringLiteral("ppp_factor")}) {
        QCOMPARE(scalar(m_subset, QStringLiteral("SELECT count(*) FROM %1 WHERE source_id IS NULL OR source_id NOT IN "
                                                 "(SELECT id FROM source)")
                                      .arg(table)),
                 QStringLiteral("0"));
    }
    QCOMPARE(scalar(m_subset, QStringLiteral("SELECT count(*) FROM fx_rate WHERE per_eur NOT GLOB '[0-9]*'")),
             QStringLiteral("0"));
}

void TestFxImporter::refusesBadFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("find");
    QTest::addColumn<QByteArray>("replace");
    QTest::addColumn<QString>("reason");
    const QString ecb = QStringLiteral("eurofxref-hist.csv");
    const QString gdp = QStringLiteral("ppp-gdp.csv");
    const QString household = QStringLiteral("API_PA.NUS.PRVT.PP_DS2_en_csv_v2_14409.csv");
    QTest::newRow("ECB: not a number") << ecb << QByteArray("2023-08-31,1.0868,") << QByteArray("2023-08-31,1.08x68,")
                                       << "USD: '1.08x68' is not a rate";
    QTest::newRow("ECB: empty value") << ecb << QByteArray("2023-08-31,1.0868,") << QByteArray("2023-08-31,,")
                                      << "USD: '' is not a rate";
    QTest::newRow("ECB: decimal comma") << ecb << QByteArray("2023-08-31,1.0868,")
                                        << QByteArray("2023-08-31,\"1,0868\",") << "USD: '1,0868' is not a rate";
    QTest::newRow("ECB: exponent") << ecb << QByteArray("2023-08-31,1.0868,") << QByteArray("2023-08-31,1.0868E0,")
                                   << "USD: '1.0868E0' is not a rate";
    QTest::newRow("ECB: negative") << ecb << QByteArray("2023-08-31,1.0868,") << QByteArray("2023-08-31,-1.0868,")
                                   << "USD: '-1.0868' is not a rate";
    QTest::newRow("ECB: zero") << ecb << QByteArray("2023-08-31,1.0868,") << QByteArray("2023-08-31,0,")
                               << "USD: '0' is not a rate";
    QTest::newRow("ECB: impossible date")
        << ecb << QByteArray("2023-08-31,") << QByteArray("2023-02-31,") << "'2023-02-31' is not a date (YYYY-MM-DD)";
    QTest::newRow("ECB: date twice") << ecb << QByteArray("2023-08-31,") << QByteArray("2023-09-01,")
                                     << "2023-09-01 appears twice";
    QTest::newRow("ECB: missing field") << ecb << QByteArray("2023-08-31,1.0868,") << QByteArray("2023-08-31,")
                                        << "13 fields, the header has 14";
    QTest::newRow("ECB: unclosed quote") << ecb << QByteArray("2023-08-31,1.0868,")
                                         << QByteArray("2023-08-31,\"1.0868,") << "a quoted field is not closed";
    QTest::newRow("ECB: header") << ecb << QByteArray("Date,") << QByteArray("Day,")
                                 << "the header must start with Date";
    QTest::newRow("ECB: currency twice") << ecb << QByteArray("Date,USD,JPY,") << QByteArray("Date,USD,USD,")
                                         << "column 3: 'USD' is not a new currency code";
    QTest::newRow("PPP GDP: not a number") << gdp << QByteArray("GB,2024,0.664153") << QByteArray("GB,2024,0.66x4153")
                                           << "'0.66x4153' is not a PPP factor";
    QTest::newRow("PPP GDP: not a year") << gdp << QByteArray("GB,2024,") << QByteArray("GB,20x4,")
                                         << "'20x4' is not a year";
    QTest::newRow("PPP GDP: year twice") << gdp << QByteArray("GB,2023,") << QByteArray("GB,2024,")
                                         << "a second gdp factor for GB in 2024 from release '2026-03'";
    QTest::newRow("PPP GDP: header") << gdp << QByteArray("Country ID") << QByteArray("ISO")
                                     << "the header must be Country,Country ID,Year,PPP";
    QTest::newRow("PPP private: indicator")
        << household << QByteArray("PA.NUS.PRVT.PP,1.554906") << QByteArray("PA.NUS.PPP,1.554906")
        << "indicator 'PA.NUS.PPP', expected PA.NUS.PRVT.PP";
    QTest::newRow("PPP private: not a number") << household << QByteArray(",1.554906,") << QByteArray(",1.55 4906,")
                                               << "2010: '1.55 4906' is not a PPP factor";
    QTest::newRow("PPP private: header year")
        << household << QByteArray("2010,2011") << QByteArray("2010,20AB") << "column 6: '20AB' is not a year";
    QTest::newRow("PPP private: missing field")
        << household << QByteArray(",1.554906,") << QByteArray(",") << "17 fields, the header has 18";
    // Every field of these files is at most a name long (resources/data/README.md, "Sizes").
    QTest::newRow("ECB: oversized field") << ecb << QByteArray("2023-08-31,1.0868,")
                                          << QByteArray("2023-08-31,1.") + QByteArray(200, '1') + QByteArray(",")
                                          << "field 2 is 202 characters long; the limit for a name is 200";
}

void TestFxImporter::refusesBadFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, find);
    QFETCH(QByteArray, replace);
    QFETCH(QString, reason);
    const int line = copyWithChange(fileName, find, replace);
    QVERIFY2(line > 0, "the text to change is not in the committed file");
    QString error;
    QVERIFY(!import(m_scratch->path(), &error));
    QCOMPARE(error, QStringLiteral("%1:%2: %3").arg(QDir(m_scratch->path()).filePath(fileName)).arg(line).arg(reason));
    // Nothing was written.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM fx_rate")), QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM source")), QStringLiteral("0"));
}

void TestFxImporter::refusesAMissingFile()
{
    QVERIFY(copyWithChange(QStringLiteral("ppp-gdp.csv"), "Country", "Country") > 0);
    const QString missing = QDir(m_scratch->path()).filePath(QStringLiteral("ppp-gdp.csv"));
    QVERIFY(QFile::remove(missing));
    QString error;
    QVERIFY(!import(m_scratch->path(), &error));
    QCOMPARE(error, QStringLiteral("%1: file not found").arg(missing));
}

void TestFxImporter::needsTheSchema()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName());
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QString error;
    QVERIFY(!import(subsetDir(), &error));
    QVERIFY2(error.contains(QStringLiteral("no such table")), qPrintable(error));
}

void TestFxImporter::fullReleaseGivesTheSameRows()
{
    if (!QFileInfo::exists(QDir(fullReleaseDir()).filePath(QStringLiteral("eurofxref-hist.csv"))))
        QSKIP("the full release files are not next to the source tree");
    QString error;
    QVERIFY2(import(fullReleaseDir(), &error), qPrintable(error));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM fx_rate")), QStringLiteral("34632"));
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(release, ' ') FROM (SELECT DISTINCT release FROM ppp_factor "
                                   "WHERE basis = 'gdp' ORDER BY release)")),
             QStringLiteral("2025-03-24 2026-03"));
    // The older GDP release, read from its own download, has 2010–2023 for all 17 countries.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ppp_factor WHERE release = '2025-03-24'")),
             QStringLiteral("238"));
    QCOMPARE(scalar(QStringLiteral("SELECT value FROM ppp_factor WHERE country = 'GB' AND year = 2023 AND "
                                   "release = '2025-03-24'")),
             QStringLiteral("0.682911"));
    QCOMPARE(scalar(QStringLiteral("SELECT published FROM source WHERE id = 'worldbank-ppp-gdp'")),
             QStringLiteral("2026-03"));
    // The converter keeps to the newest release.
    const CurrencyConverter converter = CurrencyConverter::load(m_db, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const std::optional<cg::PppFactor> gb =
        converter.pppFactors().factor(QStringLiteral("GB"), cg::PppBasis::Gdp, 2023);
    QVERIFY(gb.has_value());
    QCOMPARE(gb->value.toString(), QStringLiteral("0.660709"));

    // Apart from that release, the full files give exactly the subset's rows.
    const QStringList full = contentRows(m_db, QStringLiteral("WHERE release <> '2025-03-24'"));
    const QStringList subset = contentRows(m_subset, QString());
    QCOMPARE(subset.size(), full.size());
    QCOMPARE(subset, full);
}

void TestFxImporter::subsetIsReproducible()
{
    if (!QFileInfo::exists(QDir(fullReleaseDir()).filePath(QStringLiteral("eurofxref-hist.csv"))))
        QSKIP("the full release files are not next to the source tree");
    QString error;
    QVERIFY2(cg::FxSubset::make(fullReleaseDir(), m_scratch->path(), &error), qPrintable(error));
    for (const QString& name : fxFiles() + QStringList{QStringLiteral("ppp-gdp.README.md")}) {
        QFile made(QDir(m_scratch->path()).filePath(name));
        QFile committed(QDir(subsetDir()).filePath(name));
        QVERIFY2(made.open(QIODevice::ReadOnly), qPrintable(name));
        QVERIFY2(committed.open(QIODevice::ReadOnly), qPrintable(name));
        QVERIFY2(made.readAll() == committed.readAll(), qPrintable(name + QStringLiteral(" differs from make()")));
    }
}

QTEST_GUILESS_MAIN(TestFxImporter)
#include "TestFxImporter.moc"
