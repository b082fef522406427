// The real careerguide executable: start-up flags, and bad content databases refused with one line and exit 1, also
// when one was damaged after a start had checked it.
#include "TestSupport.h"
#include "database/ContentIntegrityCheck.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        process.setProcessEnvironment(environment);
        process.start(QDir(cg::test::binaryDir()).filePath(QStringLiteral("bin/careerguide")), arguments);
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

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
