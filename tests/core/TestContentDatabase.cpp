// ContentDatabase: opens the generated database read-only and refuses anything else with a reason.
#include "TestSupport.h"
#include "database/ContentDatabase.h"

#include <QFile>
#include <QFileInfo>
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

    QString copyOfContent(const QString& name) { return cg::test::copyOfContentDatabase(m_dir.filePath(name)); }

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
        QTest::newRow("missing") << "missing"
                                 << "does not exist";
        QTest::newRow("directory") << "directory"
                                   << "not a readable file";
        QTest::newRow("text file") << "text"
                                   << "not an SQLite database";
        QTest::newRow("empty file") << "empty"
                                    << "not an SQLite database";
        QTest::newRow("other application") << "foreign"
                                           << "not a Career Guide content database";
        QTest::newRow("newer schema") << "version"
                                      << "schema version 99";
        QTest::newRow("truncated") << "truncated"
                                   << "";
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

    // A file whose length is not what its header records is refused before SQLite reads it, so the check costs
    // nothing even when quick_check is skipped.
    void refusesAFileOfTheWrongLength_data()
    {
        QTest::addColumn<qint64>("change"); // bytes added to (or, negative, cut from) the end
        QTest::newRow("cut by a page") << qint64(-4096);
        QTest::newRow("cut by a byte") << qint64(-1);
        QTest::newRow("one byte added") << qint64(1);
    }

    void refusesAFileOfTheWrongLength()
    {
        QFETCH(qint64, change);
        const QString path = copyOfContent(QStringLiteral("length.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        if (change < 0) {
            QVERIFY(file.resize(size + change));
        } else {
            QVERIFY(file.seek(size));
            QCOMPARE(file.write(QByteArray(int(change), '\0')), change);
        }
        file.close();
        ContentDatabase content;
        QVERIFY(!content.open(path, ContentDatabase::QuickCheck::Skip));
        QVERIFY2(content.errorString().contains(QStringLiteral("header records")), qPrintable(content.errorString()));
        QVERIFY2(content.errorString().contains(QString::number(size)), qPrintable(content.errorString()));
    }

    // Skipping quick_check (because it runs elsewhere) leaves every other check in place.
    void cheapChecksStayWhenQuickCheckIsSkipped()
    {
        ContentDatabase content;
        QVERIFY2(content.open(cg::test::contentDatabasePath(), ContentDatabase::QuickCheck::Skip),
                 qPrintable(content.errorString()));
        QVERIFY(!content.contentVersion().isEmpty());
        const QString foreign = writeSqlite(QStringLiteral("foreign-skip"), {QStringLiteral("CREATE TABLE t (x)")});
        QVERIFY(!content.open(foreign, ContentDatabase::QuickCheck::Skip));
        QVERIFY2(content.errorString().contains(QStringLiteral("not a Career Guide content database")),
                 qPrintable(content.errorString()));
    }

    // quickCheck() gives the reason open() would give, through a connection of its own.
    void quickCheckSaysWhatIsDamaged()
    {
        QVERIFY2(ContentDatabase::quickCheck(cg::test::contentDatabasePath()).isEmpty(),
                 qPrintable(ContentDatabase::quickCheck(cg::test::contentDatabasePath())));
        const QString path = copyOfContent(QStringLiteral("damaged.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
        QCOMPARE(file.write(QByteArray(4 * 4096, char(0xA5))), qint64(4 * 4096));
        file.close();
        const QString damage = ContentDatabase::quickCheck(path);
        QVERIFY2(damage.contains(QStringLiteral("is damaged")), qPrintable(damage));
        ContentDatabase content;
        QVERIFY(!content.open(path));
        QCOMPARE(content.errorString(), damage);
        QVERIFY(QSqlDatabase::connectionNames().filter(QStringLiteral("content-check")).isEmpty());
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
