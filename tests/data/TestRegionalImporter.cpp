// The pay-by-place importer: the committed BLS state file and BEA state price parities import whole, and a broken
// input fails with its file and line named and leaves no row behind.
#include "RegionalImporter.h"
#include "TestSupport.h"
#include "database/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

QString committedDir()
{
    return QDir(cg::test::sourceDir()).filePath(QStringLiteral("resources/data/official"));
}

const QString WageFile = QStringLiteral("bls-state/state_M2024_oews.tsv");
const QString ParityFile = QStringLiteral("bea/SARPP_STATE_2008_2023.csv");

// Copies the two committed files into `directory`, each passed through `edit` (its lines, 0 being the header).
bool copyEdited(const QString& directory, const QString& name, const std::function<void(QList<QByteArray>&)>& edit)
{
    QFile in(QDir(committedDir()).filePath(name));
    if (!in.open(QIODevice::ReadOnly) || !QDir(directory).mkpath(QFileInfo(name).path()))
        return false;
    QList<QByteArray> lines = in.readAll().split('\n');
    if (edit)
        edit(lines);
    QFile out(QDir(directory).filePath(name));
    return out.open(QIODevice::WriteOnly) && out.write(lines.join('\n')) >= 0;
}

} // namespace

class TestRegionalImporter final : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_db;

    int rows()
    {
        int total = 0;
        for (const char* table : {"state_area", "state_wage", "price_parity"}) {
            QSqlQuery query(m_db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)) || !query.next())
                return -1;
            total += query.value(0).toInt();
        }
        QSqlQuery sources(m_db);
        if (!sources.exec(QStringLiteral("SELECT count(*) FROM source")) || !sources.next())
            return -1;
        return total + sources.value(0).toInt();
    }

private slots:
    void init()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test-regional"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
        QSqlQuery pragma(m_db);
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"))); // as the generator runs it
        const QDir data(QDir(cg::test::sourceDir()).filePath(QStringLiteral("resources/data")));
        QString error;
        for (const char* script : {"schema.sql", "schema-regional.sql"})
            QVERIFY2(cg::SqlScript::runFile(m_db, data.filePath(QString::fromLatin1(script)), &error),
                     qPrintable(error));
    }

    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("test-regional"));
    }

    void importsTheCommittedFiles()
    {
        QString error;
        QVERIFY2(cg::RegionalImporter().run(m_db, committedDir(), &error), qPrintable(error));
        QSqlQuery query(m_db);
        QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM state_area), (SELECT count(*) FROM "
                                          "state_wage), (SELECT count(*) FROM price_parity), (SELECT count(*) FROM "
                                          "source)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 51);
        QCOMPARE(query.value(1).toInt(), 35478);   // every row of the file
        QCOMPARE(query.value(2).toInt(), 52 * 16); // the nation and 51 states, 2008-2023
        QCOMPARE(query.value(3).toInt(), 2);
    }

    void rejectsBrokenInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line"); // 1-based; 0: the whole file
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("reason");
        // Line 2 is Alabama's chief executives: median 164400.
        QTest::newRow("grouped wage") << WageFile << 2 << QByteArray("\t164400\t") << QByteArray("\t164,400\t")
                                      << QStringLiteral("\"A_MEDIAN\" is \"164,400\"");
        QTest::newRow("wage marker") << WageFile << 2 << QByteArray("\t164400\t") << QByteArray("\t#\t")
                                     << QStringLiteral("whole dollars or blank");
        QTest::newRow("bad state") << WageFile << 3 << QByteArray("\tAL\t") << QByteArray("\tAla\t")
                                   << QStringLiteral("a state code like CA");
        QTest::newRow("bad parity") << ParityFile << 0 << QByteArray("112.581") << QByteArray("n/a")
                                    << QStringLiteral("not a number");
    }

    void rejectsBrokenInput()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        int brokenLine = line;
        for (const QString& name : {WageFile, ParityFile}) {
            QVERIFY(copyEdited(dir.path(), name, [&](QList<QByteArray>& lines) {
                if (name != file)
                    return;
                for (int i = 0; i < lines.size(); ++i) {
                    if ((line == 0 || i == line - 1) && lines.at(i).contains(from)) {
                        lines[i].replace(from, to);
                        brokenLine = i + 1;
                        return;
                    }
                }
            }));
        }
        QVERIFY(m_db.transaction());
        QString error;
        QVERIFY(!cg::RegionalImporter().run(m_db, dir.path(), &error));
        const QString where = QStringLiteral("%1:%2:").arg(file).arg(brokenLine);
        QVERIFY2(error.contains(where), qPrintable(error + QStringLiteral(" lacks ") + where));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(rows(), 0); // the importer took back its own rows
        QVERIFY(m_db.rollback());
    }

    void rejectsAMissingFile()
    {
        QTemporaryDir dir;
        QVERIFY(copyEdited(dir.path(), WageFile, {}));
        QString error;
        QVERIFY(!cg::RegionalImporter().run(m_db, dir.path(), &error));
        QVERIFY2(error.contains(ParityFile), qPrintable(error));
        QCOMPARE(rows(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRegionalImporter)
#include "TestRegionalImporter.moc"
