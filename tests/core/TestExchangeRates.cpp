// ExchangeRates read from the content database on demand: every lookup gives what the whole table read into memory
// gives, inserts and whole-series questions still work, and a bad row is reported when a lookup reaches it.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "money/Decimal.h"
#include "money/ExchangeRates.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using cg::Decimal;
using cg::ExchangeRates;
using cg::FxRate;

namespace {
QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString describe(const std::optional<FxRate>& rate)
{
    if (!rate)
        return QStringLiteral("none");
    return QStringLiteral("%1 %2 %3 %4")
        .arg(rate->currency, rate->date.toString(Qt::ISODate), rate->perEur.toString(), rate->sourceId);
}
} // namespace

class TestExchangeRates : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;
    ExchangeRates m_everyRow; // the whole fx_rate table, inserted row by row
    QTemporaryDir m_dir;

    ExchangeRates onDemand()
    {
        QString error;
        ExchangeRates rates = ExchangeRates::load(m_content.database(), &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return rates;
    }

    // A small fx_rate table of our own, one of whose rows is unusable.
    QSqlDatabase writeTable(const QString& name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(name + QStringLiteral(".sqlite")));
        if (!db.open())
            return db;
        QSqlQuery query(db);
        for (const char* statement :
             {"CREATE TABLE fx_rate (currency TEXT NOT NULL, date TEXT NOT NULL, per_eur TEXT NOT NULL, "
              "source_id TEXT NOT NULL, PRIMARY KEY (currency, date)) WITHOUT ROWID",
              "INSERT INTO fx_rate VALUES ('USD', '2024-05-30', '1.0827', 'ecb'), ('USD', '2024-05-31', '1.0848', "
              "'ecb'), ('GBP', '2024-05-30', '0.85', 'ecb'), ('GBP', '2024-05-31', 'n/a', 'ecb')"}) {
            if (!query.exec(QString::fromLatin1(statement)))
                qWarning("%s", qPrintable(query.lastError().text()));
        }
        return db;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
        QSqlQuery query(m_content.database());
        QVERIFY(query.exec(QStringLiteral("SELECT currency, date, per_eur, source_id FROM fx_rate")));
        int rows = 0;
        while (query.next()) {
            const std::optional<Decimal> perEur = Decimal::fromString(query.value(2).toString());
            QVERIFY(perEur);
            QVERIFY(m_everyRow.insert(query.value(0).toString(),
                                      QDate::fromString(query.value(1).toString(), Qt::ISODate), *perEur,
                                      query.value(3).toString()));
            ++rows;
        }
        QVERIFY(rows > 1000);
    }

    void listsTheSameCurrencies()
    {
        const ExchangeRates rates = onDemand();
        QVERIFY(!rates.isEmpty());
        QCOMPARE(rates.currencies(), m_everyRow.currencies());
        for (const QString& currency : m_everyRow.currencies())
            QVERIFY(rates.hasCurrency(currency));
        QVERIFY(!rates.hasCurrency(QStringLiteral("XYZ")));
    }

    // Every few days across the whole table and past both ends, with the usual look-back and with a long one.
    void looksUpWhatTheWholeTableGives()
    {
        const ExchangeRates rates = onDemand();
        int found = 0;
        const QDate last = m_everyRow.lastDate().addDays(15);
        for (const QString& currency : m_everyRow.currencies()) {
            // EUR has no series of its own: it is always 1, on any day of the others.
            const QString series = currency == QLatin1String("EUR") ? QStringLiteral("USD") : currency;
            const QDate first = m_everyRow.firstDate(series).addDays(-15);
            QVERIFY(first.isValid());
            for (QDate date = first; date <= last; date = date.addDays(11)) {
                const std::optional<FxRate> expected = m_everyRow.perEur(currency, date);
                QCOMPARE(describe(rates.perEur(currency, date)), describe(expected));
                QCOMPARE(describe(rates.latestOnOrBefore(currency, date, date.addDays(-400))),
                         describe(m_everyRow.latestOnOrBefore(currency, date, date.addDays(-400))));
                // No earliest date: no lower bound, as in the whole table.
                QCOMPARE(describe(rates.latestOnOrBefore(currency, date, QDate())),
                         describe(m_everyRow.latestOnOrBefore(currency, date, QDate())));
                found += expected ? 1 : 0;
            }
        }
        QVERIFY(found > 100);
        QVERIFY(rates.readError().isEmpty());
    }

    void answersWholeSeriesQuestions()
    {
        const ExchangeRates rates = onDemand();
        QCOMPARE(rates.firstDate(QStringLiteral("USD")), m_everyRow.firstDate(QStringLiteral("USD")));
        QCOMPARE(rates.lastDate(), m_everyRow.lastDate());
        QVERIFY(rates.firstDate(QStringLiteral("XYZ")).isNull());
    }

    // An inserted rate joins the rates read from the table: it answers its own day, the table answers the others.
    void insertJoinsTheTable()
    {
        ExchangeRates rates = onDemand();
        const QDate newDay = m_everyRow.lastDate().addDays(30);
        QVERIFY(rates.insert(QStringLiteral("USD"), newDay, Decimal(12345, 4), QStringLiteral("test")));
        QCOMPARE(describe(rates.perEur(QStringLiteral("USD"), newDay)),
                 QStringLiteral("USD %1 1.2345 test").arg(newDay.toString(Qt::ISODate)));
        const QDate older = m_everyRow.lastDate().addDays(-100);
        QCOMPARE(describe(rates.perEur(QStringLiteral("USD"), older)),
                 describe(m_everyRow.perEur(QStringLiteral("USD"), older)));
        QVERIFY(!rates.insert(QStringLiteral("EUR"), newDay, Decimal(1, 0)));
    }

    void reportsABadRowWhenReached()
    {
        {
            const QSqlDatabase db = writeTable(QStringLiteral("bad-row"));
            QVERIFY(db.isOpen());
            QString error;
            const ExchangeRates rates = ExchangeRates::load(db, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(rates.currencies(),
                     (QStringList{QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("USD")}));
            QCOMPARE(describe(rates.perEur(QStringLiteral("USD"), day("2024-06-01"))),
                     QStringLiteral("USD 2024-05-31 1.0848 ecb"));
            QVERIFY(rates.readError().isEmpty());
            QCOMPARE(describe(rates.perEur(QStringLiteral("GBP"), day("2024-05-30"))),
                     QStringLiteral("GBP 2024-05-30 0.85 ecb"));
            QVERIFY(rates.readError().isEmpty());
            QCOMPARE(describe(rates.perEur(QStringLiteral("GBP"), day("2024-06-01"))), QStringLiteral("none"));
            QVERIFY2(rates.readError().contains(QStringLiteral("GBP 2024-05-31: 'n/a' is not a usable rate")),
                     qPrintable(rates.readError()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bad-row"));
    }

    void refusesAMissingTable()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("empty"));
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            QString error;
            const ExchangeRates rates = ExchangeRates::load(db, &error);
            QVERIFY2(error.contains(QStringLiteral("cannot read exchange rates")), qPrintable(error));
            QVERIFY(rates.isEmpty());
            QVERIFY(!rates.perEur(QStringLiteral("USD"), day("2024-05-31")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("empty"));
    }
};

QTEST_GUILESS_MAIN(TestExchangeRates)
#include "TestExchangeRates.moc"
