// A content database that lacks a table or a column the app reads is refused on start, with one line that names
// what is missing and exit status 1: each table of resources/data/schema*.sql dropped in turn, and a column of each
// renamed, through ContentDatabase and through the real careerguide.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "database/ContentSchema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using cg::ContentDatabase;
using cg::ContentSchema;

class TestContentSchema final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A copy of the content database with `statement` applied; empty on failure.
    QString damagedCopy(const QString& name, const QString& statement)
    {
        const QString path = cg::test::copyOfContentDatabase(m_dir.filePath(name + QStringLiteral(".sqlite")));
        return !path.isEmpty() && cg::test::execute(path, statement) ? path : QString();
    }

    static QString refusal(const QString& path)
    {
        ContentDatabase content(QStringLiteral("schema-test"));
        if (content.open(path, ContentDatabase::QuickCheck::Skip))
            return {};
        return content.errorString();
    }

    static QStringList tableNames()
    {
        QStringList names;
        for (const ContentSchema::Table& table : ContentSchema::tables())
            names.append(table.name);
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        {
            // The app has its content connection open, and so the driver loaded, when it reads the expected schema.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("warm-up"));
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("warm-up"));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(ContentSchema::tables(&error).size() > 40, qPrintable(error));
        qInfo("the expected schema was read from resources/data/schema*.sql in %lld ms", timer.elapsed());
    }

    // The list is the one the generator built the shipped database from, so that database has all of it.
    void listsWhatTheScriptsCreate()
    {
        const QStringList names = tableNames();
        for (const char* table : {"meta", "role", "skill", "occupation", "occupation_wage", "fx_rate", "ppp_factor",
                                  "search_index", "learning_step"})
            QVERIFY2(names.contains(QLatin1String(table)), table);
        QVERIFY2(!names.contains(QStringLiteral("search_index_data")), "FTS5 shadow tables come with their table");
        QVERIFY(names.size() == QSet<QString>(names.cbegin(), names.cend()).size());
        ContentDatabase content(QStringLiteral("schema-test"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(content.open(cg::test::contentDatabasePath(), ContentDatabase::QuickCheck::Skip),
                 qPrintable(content.errorString()));
        qInfo("opening the shipped database with its schema checked took %lld ms", timer.elapsed());
    }

    void refusesADatabaseWithoutTheTable_data()
    {
        QTest::addColumn<QString>("table");
        for (const QString& table : tableNames())
            QTest::newRow(qPrintable(table)) << table;
    }

    void refusesADatabaseWithoutTheTable()
    {
        QFETCH(QString, table);
        const QString path = damagedCopy(table, QStringLiteral("DROP TABLE %1").arg(table));
        QVERIFY(!path.isEmpty());
        const QString reason = refusal(path);
        // Without meta it is not recognised as a content database at all.
        const QString expected =
            table == QLatin1String("meta")
                ? QStringLiteral("is not a Career Guide content database")
                : QStringLiteral("is not a complete content database: it has no table %1").arg(table);
        QVERIFY2(reason.endsWith(expected), qPrintable(reason));
        QVERIFY(reason.startsWith(QDir::toNativeSeparators(path)));
        QVERIFY(!reason.contains(u'\n'));
    }

    void refusesADatabaseWithoutAColumn_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        for (const ContentSchema::Table& table : ContentSchema::tables()) {
            // A virtual table's columns cannot be renamed; dropping it is covered above.
            if (table.name != QLatin1String("search_index"))
                QTest::newRow(qPrintable(table.name + u'.' + table.columns.constLast()))
                    << table.name << table.columns.constLast();
        }
    }

    void refusesADatabaseWithoutAColumn()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        const QString path =
            damagedCopy(table, QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %2_renamed").arg(table, column));
        QVERIFY(!path.isEmpty());
        const QString reason = refusal(path);
        QVERIFY2(
            reason.endsWith(
                QStringLiteral("is not a complete content database: its table %1 has no column %2").arg(table, column)),
            qPrintable(reason));
    }

    // The real app: exit status 1 and exactly the one line, for every table dropped.
    void theAppRefusesWithOneLine_data() { refusesADatabaseWithoutTheTable_data(); }

    void theAppRefusesWithOneLine()
    {
        QFETCH(QString, table);
        const QString path = damagedCopy(QStringLiteral("app-") + table, QStringLiteral("DROP TABLE %1").arg(table));
        QVERIFY(!path.isEmpty());
        const cg::test::AppRun result = cg::test::runCareerguide(
            {QStringLiteral("--content-db"), path, QStringLiteral("--user-db"),
             m_dir.filePath(QStringLiteral("user.sqlite")), QStringLiteral("--exit-after-startup")},
            m_dir.path());
        QCOMPARE(result.exitCode, 1);
        const QString err = QString::fromUtf8(result.err);
        QVERIFY2(err.startsWith(QStringLiteral("careerguide: ")) && err.endsWith(u'\n') && err.count(u'\n') == 1,
                 qPrintable(err));
        if (table != QLatin1String("meta"))
            QVERIFY2(err.contains(QStringLiteral("it has no table %1").arg(table)), qPrintable(err));
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestContentSchema)
#include "TestContentSchema.moc"
