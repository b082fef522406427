// ContentDatabase: opens the generated database read-only and refuses anything else with a reason.
#include "TestSupport.h"
#include "database/ContentDatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using cg::ContentDatabase;

class TestContentDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeSqlite(const QString& name, const QStringList& statements)
    {
        const QString path = m_dir.filePath(name);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(path);
            if (!db.open())
                return {};
            QSqlQuery query(db);
            for (const QString& statement : statements) {
                if (!query.exec(statement))
                    return {};
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        return path;
    }

private slots:
    void opensGeneratedDatabase()
    {
        ContentDatabase content;
        QVERIFY2(content.open(cg::test::contentDatabasePath()), qPrintable(content.errorString()));
        QVERIFY(content.isOpen());
        QVERIFY(!content.contentVersion().isEmpty());
        QCOMPARE(content.contentAsOf().size(), 10);
        QSqlQuery query(content.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), ContentDatabase::SchemaVersion);
    }

    void isReadOnly()
    {
        ContentDatabase content;
        QVERIFY(content.open(cg::test::contentDatabasePath()));
        QSqlQuery query(content.database());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM meta")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM meta")) && query.next());
        QVERIFY(query.value(0).toInt() > 0);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << "missing" << "does not exist";
        QTest::newRow("directory") << "directory" << "not a readable file";
        QTest::newRow("text file") << "text" << "not an SQLite database";
        QTest::newRow("empty file") << "empty" << "not an SQLite database";
        QTest::newRow("other application") << "foreign" << "not a Career Guide content database";
        QTest::newRow("newer schema") << "version" << "schema version 99";
        QTest::newRow("truncated") << "truncated" << "";
    }

    void refusesBadFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QVERIFY(m_dir.isValid());
        QString path = m_dir.filePath(kind);
        if (kind == QLatin1String("directory")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("text"))
                file.write("hello, this is not a database\n");
        } else if (kind == QLatin1String("foreign")) {
            path = writeSqlite(kind, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")});
        } else if (kind == QLatin1String("version")) {
            path = writeSqlite(kind, {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
                                      QStringLiteral("PRAGMA user_version = 99")});
        } else if (kind == QLatin1String("truncated")) {
            QFile original(cg::test::contentDatabasePath());
            QVERIFY(original.open(QIODevice::ReadOnly));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(original.read(original.size() / 3));
        }
        QVERIFY(!path.isEmpty());
        ContentDatabase content;
        QVERIFY(!content.open(path));
        QVERIFY(!content.isOpen());
        QVERIFY(!content.errorString().isEmpty());
        QVERIFY2(content.errorString().contains(reason), qPrintable(content.errorString()));
        QVERIFY(!content.errorString().contains(u'\n'));
    }

    void locatePrefersExplicitPath()
    {
        QCOMPARE(ContentDatabase::locate(QStringLiteral("/x/y.sqlite"), QStringLiteral("/opt")),
                 QStringLiteral("/x/y.sqlite"));
        qputenv("CAREERGUIDE_CONTENT_DB", "/from/env.sqlite");
        QCOMPARE(ContentDatabase::locate(QString(), QStringLiteral("/opt")), QStringLiteral("/from/env.sqlite"));
        qunsetenv("CAREERGUIDE_CONTENT_DB");
        const QString binDir = QFileInfo(cg::test::contentDatabasePath()).absolutePath();
        QCOMPARE(ContentDatabase::locate(QString(), binDir), cg::test::contentDatabasePath());
    }
};

QTEST_GUILESS_MAIN(TestContentDatabase)
#include "TestContentDatabase.moc"
