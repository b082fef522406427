// Pay by place in the shipped database: BLS OEWS May 2024 state estimates for the 50 states and DC, BEA's Regional
// Price Parities by state with the latest year used, and every figure BLS did not publish left empty, never a number.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "repositories/StateWageRepository.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

class TestStateWages final : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

    // Empty cells of each column of the committed state file, by column name.
    static QHash<QByteArray, int> emptyCellsOfCommittedFile()
    {
        QFile file(QDir(cg::test::sourceDir())
                       .filePath(QStringLiteral("resources/data/official/bls-state/"
                                                "state_M2024_oews.tsv")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QList<QByteArray> lines = file.readAll().split('\n');
        const QList<QByteArray> header = lines.first().trimmed().split('\t');
        QHash<QByteArray, int> empty;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines.at(i).isEmpty())
                continue;
            const QList<QByteArray> fields = lines.at(i).split('\t');
            for (qsizetype column = 0; column < header.size(); ++column)
                empty[header.at(column)] += fields.value(column).trimmed().isEmpty() ? 1 : 0;
        }
        return empty;
    }

    int count(const QString& sql) { return cg::test::countOf(m_content.database(), sql); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void softwareDevelopersHaveEveryState()
    {
        const cg::StateWageRepository repository(m_content.database());
        QString error;
        const QList<cg::StateWage> wages = repository.stateWages(QStringLiteral("15-1252"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(wages.size(), 51);
        QSet<QString> states;
        QHash<QString, QString> medians;
        for (const cg::StateWage& wage : wages) {
            states.insert(wage.state);
            medians.insert(wage.state, wage.annualMedian);
            QCOMPARE(wage.source.sourceId, QStringLiteral("bls-oews-2024-state"));
        }
        QCOMPARE(states.size(), 51);
        QVERIFY(states.contains(QStringLiteral("DC")));
        // As BLS publishes them (national median 133,080).
        QCOMPARE(medians.value(QStringLiteral("CA")), QStringLiteral("170910"));
        QCOMPARE(medians.value(QStringLiteral("WA")), QStringLiteral("166910"));
        QCOMPARE(medians.value(QStringLiteral("MS")), QStringLiteral("86460"));
        QVERIFY(repository.stateWages(QStringLiteral("99-9999"), &error).isEmpty());
        QVERIFY(error.isEmpty());
    }

    void theLatestParityOfEachStateIsUsed()
    {
        const cg::StateWageRepository repository(m_content.database());
        QString error;
        const QHash<QString, cg::PriceParity> latest = repository.latestPriceParities(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(latest.size(), 52); // the nation and 51 states
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT area) FROM price_parity")), 52);
        for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
            QSqlQuery query(m_content.database());
            QVERIFY(query.prepare(QStringLiteral("SELECT max(year) FROM price_parity WHERE area = ?")));
            query.addBindValue(it.key());
            QVERIFY(query.exec() && query.next());
            QCOMPARE(it->year, query.value(0).toInt());
            QCOMPARE(it->year, 2023);
            QCOMPARE(it->sourceId, QStringLiteral("bea-rpp-state"));
        }
        QCOMPARE(latest.value(QStringLiteral("CA")).value, QStringLiteral("112.581"));
        QCOMPARE(latest.value(QStringLiteral("WA")).value, QStringLiteral("108.562"));
        QCOMPARE(latest.value(QStringLiteral("MS")).value, QStringLiteral("87.292"));
        QCOMPARE(latest.value(QStringLiteral("US")).value, QStringLiteral("100.000"));
    }

    void figuresNotPublishedStayEmpty()
    {
        const QHash<QByteArray, int> empty = emptyCellsOfCommittedFile();
        QVERIFY(!empty.isEmpty());
        const QList<QPair<QByteArray, QString>> columns{{"TOT_EMP", QStringLiteral("employment")},
                                                        {"JOBS_1000", QStringLiteral("jobs_per_1000")},
                                                        {"LOC_QUOTIENT", QStringLiteral("location_quotient")},
                                                        {"H_MEDIAN", QStringLiteral("hourly_median")},
                                                        {"A_PCT10", QStringLiteral("annual_p10")},
                                                        {"A_PCT25", QStringLiteral("annual_p25")},
                                                        {"A_MEDIAN", QStringLiteral("annual_median")},
                                                        {"A_PCT75", QStringLiteral("annual_p75")},
                                                        {"A_PCT90", QStringLiteral("annual_p90")}};
        int anyEmpty = 0;
        for (const auto& [file, table] : columns) {
            // Column names are ours, not the user's: the statement is built from this fixed list.
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM state_wage WHERE %1 IS NULL").arg(table)),
                     empty.value(file));
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM state_wage WHERE %1 = ''").arg(table)), 0);
            anyEmpty += empty.value(file);
        }
        QVERIFY(anyEmpty > 1000);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM state_wage")), 35478);

        // California's 90th percentile of software developers is one of them: read as empty, never as zero.
        const QList<cg::StateWage> wages =
            cg::StateWageRepository(m_content.database()).stateWages(QStringLiteral("15-1252"));
        for (const cg::StateWage& wage : wages) {
            if (wage.state == QLatin1String("CA"))
                QVERIFY(wage.annualP90.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestStateWages)
#include "TestStateWages.moc"
