// The real careerguide executable: start-up flags, and bad content databases refused with one line and exit 1, also
// when one was damaged after a start had checked it.
#include "TestSupport.h"
#include "database/ContentIntegrityCheck.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Run = cg::test::AppRun;

    Run run(const QStringList& arguments) { return cg::test::runCareerguide(arguments, m_dir.path()); }

    QString userDb() const { return m_dir.filePath(QStringLiteral("user.sqlite")); }

    // The lines the program wrote itself (not Qt's), on stderr.
    static QList<QByteArray> ownLines(const Run& result)
    {
        QList<QByteArray> ours;
        for (const QByteArray& line : result.err.split('\n')) {
            if (line.startsWith("careerguide: "))
                ours.append(line);
        }
        return ours;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void exitsAfterStartup()
    {
        const Run result = run({QStringLiteral("--exit-after-startup"), QStringLiteral("--user-db"), userDb()});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(QFile::exists(userDb()));
    }

    void version()
    {
        const Run result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(CG_VERSION));
    }

    void help()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char* option : {"--content-db", "--user-db", "--lang", "--exit-after-startup"})
            QVERIFY2(result.out.contains(option), option);
    }

    void refusesBadContentDatabase_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("nonexistent") << "nonexistent" << QByteArray("does not exist");
        QTest::newRow("text file") << "text" << QByteArray("is not an SQLite database");
        QTest::newRow("user database") << "user" << QByteArray("is not a Career Guide content database");
    }

    void refusesBadContentDatabase()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, reason);
        QString path = QStringLiteral("/nonexistent/content.sqlite");
        if (kind == QLatin1String("text")) {
            path = m_dir.filePath(QStringLiteral("notes.txt"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("This is a text file.\n");
        } else if (kind == QLatin1String("user")) {
            QVERIFY(run({QStringLiteral("--exit-after-startup"), QStringLiteral("--user-db"), userDb()}).exitCode == 0);
            path = userDb();
        }
        const Run result = run({QStringLiteral("--content-db"), path, QStringLiteral("--user-db"), userDb(),
                                QStringLiteral("--exit-after-startup")});
        QCOMPARE(result.exitCode, 1);
        // Exactly one line of our own, naming the reason.
        const QList<QByteArray> ours = ownLines(result);
        QCOMPARE(ours.size(), 1);
        QVERIFY2(ours.first().contains(reason), ours.first().constData());
    }

    // A refused content database gets the one line and nothing else on stderr: no warning from Qt about the
    // connection the check had open.
    void refusalIsTheOnlyLine_data()
    {
        QTest::addColumn<QString>("statement"); // applied to a copy of the content database; empty for a text file
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("text file") << QString() << QByteArray("is not an SQLite database");
        QTest::newRow("another program's database")
            << QStringLiteral("DROP TABLE meta") << QByteArray("is not a Career Guide content database");
        QTest::newRow("newer schema") << QStringLiteral("PRAGMA user_version = 99")
                                      << QByteArray("has content schema version 99");
        QTest::newRow("missing table") << QStringLiteral("DROP TABLE role")
                                       << QByteArray("is not a complete content database: it has no table role");
    }

    void refusalIsTheOnlyLine()
    {
        QFETCH(QString, statement);
        QFETCH(QByteArray, reason);
        const QString path = m_dir.filePath(QStringLiteral("refused.sqlite"));
        if (statement.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("This is a text file.\n");
        } else {
            QVERIFY(!cg::test::copyOfContentDatabase(path).isEmpty());
            QVERIFY(cg::test::execute(path, statement));
        }
        const Run result = run({QStringLiteral("--content-db"), path, QStringLiteral("--user-db"), userDb(),
                                QStringLiteral("--exit-after-startup")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith("careerguide: ") && result.err.endsWith('\n') && result.err.count('\n') == 1,
                 result.err.constData());
        QVERIFY2(result.err.contains(reason), result.err.constData());
    }

    // quick_check reads the whole content file, so a start remembers the file it passed for and later starts skip
    // it; once the file has changed, even with its length kept, it is checked again and a damaged one refused.
    void checksTheContentFileAgainOnceChanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("content-copy.sqlite"));
        QFile::remove(path);
        QVERIFY(QFile::copy(cg::test::contentDatabasePath(), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QStringList arguments{QStringLiteral("--content-db"), path, QStringLiteral("--user-db"), userDb(),
                                    QStringLiteral("--exit-after-startup")};
        Run result = run(arguments);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QSettings settings(m_dir.filePath(QStringLiteral("config/careerguide/careerguide.conf")),
                                 QSettings::IniFormat);
        QVERIFY2(settings.value(QStringLiteral("content/checked"))
                     .toStringList()
                     .contains(cg::ContentIntegrityCheck::integrityStamp(path)),
                 qPrintable(settings.value(QStringLiteral("content/checked")).toStringList().join(u'\n')));
        result = run(arguments);
        QVERIFY2(result.exitCode == 0, result.err.constData());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
        QCOMPARE(file.write(QByteArray(4 * 4096, char(0xA5))), qint64(4 * 4096));
        file.close();
        result = run(arguments);
        QCOMPARE(result.exitCode, 1);
        const QList<QByteArray> ours = ownLines(result);
        QCOMPARE(ours.size(), 1);
        QVERIFY2(ours.first().contains("is damaged"), ours.first().constData());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
