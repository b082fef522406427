// UserDatabase: durable settings, migrations, and what happens to files that are not ours or not writable.
#include "TestSupport.h"
#include "database/UserDatabase.h"
#include "user/SkillAssessmentStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using cg::UserDatabase;

class TestUserDatabase : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path() const { return m_dir->filePath(QStringLiteral("user.sqlite")); }

    static QVariant pragma(const UserDatabase& db, const QString& name)
    {
        QSqlQuery query(db.database());
        if (!query.exec(QStringLiteral("PRAGMA %1").arg(name)) || !query.next())
            return {};
        return query.value(0);
    }

    QStringList movedAsideFiles() const
    {
        return QDir(m_dir->path()).entryList({QStringLiteral("user.sqlite.*.corrupt")}, QDir::Files);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void createsDurableDatabase()
    {
        UserDatabase db;
        QVERIFY2(db.open(path()), qPrintable(db.errorString()));
        QCOMPARE(db.mode(), UserDatabase::Mode::ReadWrite);
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(db.schemaVersion(), UserDatabase::latestVersion());
        QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), UserDatabase::ApplicationId);
        QVERIFY(db.notices().isEmpty());
    }

    void keepsCommittedChangesAcrossReopen()
    {
        {
            UserDatabase db;
            QVERIFY(db.open(path()));
            cg::SkillAssessmentStore store(db.database());
            QString error;
            QVERIFY2(store.setStatus(QStringLiteral("python"), cg::SkillAssessmentStore::Status::Know, &error),
                     qPrintable(error));
        }
        UserDatabase db;
        QVERIFY(db.open(path()));
        cg::SkillAssessmentStore store(db.database());
        QCOMPARE(store.status(QStringLiteral("python")), cg::SkillAssessmentStore::Status::Know);
        QVERIFY(movedAsideFiles().isEmpty());
    }

    void movesAsideWhatIsNotOurs_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("foreignSqlite");
        QTest::newRow("random bytes") << QByteArray("\x01\x02garbage that is not sqlite at all", 34) << false;
        QTest::newRow("another application's database") << QByteArray() << true;
        QTest::newRow("damaged sqlite") << QByteArray("SQLite format 3\0\x10\0garbage", 26) << false;
    }

    void movesAsideWhatIsNotOurs()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, foreignSqlite);
        if (foreignSqlite) {
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
                other.setDatabaseName(path());
                QVERIFY(other.open());
                QSqlQuery query(other);
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
                QVERIFY(query.exec(QStringLiteral("INSERT INTO contacts VALUES ('Ada')")));
                other.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        } else {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const qint64 originalSize = QFileInfo(path()).size();

        UserDatabase db;
        QVERIFY2(db.open(path()), qPrintable(db.errorString()));
        QCOMPARE(db.mode(), UserDatabase::Mode::ReadWrite);
        QCOMPARE(db.schemaVersion(), UserDatabase::latestVersion());
        const QStringList moved = movedAsideFiles();
        QCOMPARE(moved.size(), 1);
        QCOMPARE(QFileInfo(m_dir->filePath(moved.first())).size(), originalSize); // kept whole, never deleted
        QCOMPARE(db.movedAsidePath(), m_dir->filePath(moved.first()));
        QCOMPARE(db.notices().size(), 1);
        QVERIFY(db.notices().first().contains(moved.first()));
    }

    void startsAnEmptyFileInPlace()
    {
        // A crash between creating the file and writing its first page leaves it empty: nothing to keep or move.
        {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        UserDatabase db;
        QVERIFY2(db.open(path()), qPrintable(db.errorString()));
        QCOMPARE(db.mode(), UserDatabase::Mode::ReadWrite);
        QCOMPARE(db.schemaVersion(), UserDatabase::latestVersion());
        QVERIFY(db.notices().isEmpty());
        QVERIFY(movedAsideFiles().isEmpty());
    }

    void opensNewerVersionReadOnly()
    {
        {
            UserDatabase db;
            QVERIFY(db.open(path()));
            QSqlQuery query(db.database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        UserDatabase db;
        QVERIFY(db.open(path()));
        QCOMPARE(db.mode(), UserDatabase::Mode::ReadOnly);
        QCOMPARE(db.schemaVersion(), 99);
        QVERIFY(db.notices().first().contains(QStringLiteral("newer version")));
        QSqlQuery query(db.database());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM skill_assessment")));
        QVERIFY(movedAsideFiles().isEmpty());
    }

    void opensReadOnlyFileReadOnly()
    {
        if (geteuid() == 0)
            QSKIP("file permissions do not bind the root user");
        {
            UserDatabase db;
            QVERIFY(db.open(path()));
        }
        QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner));
        UserDatabase db;
        QVERIFY(db.open(path()));
        QCOMPARE(db.mode(), UserDatabase::Mode::ReadOnly);
        QVERIFY(!db.notices().isEmpty());
    }

    void movesOrphanJournalAside()
    {
        {
            QFile wal(path() + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write("left behind");
        }
        UserDatabase db;
        QVERIFY(db.open(path()));
        QCOMPARE(db.mode(), UserDatabase::Mode::ReadWrite);
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.orphan")}).size(), 1);
        QVERIFY(!db.notices().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUserDatabase)
#include "TestUserDatabase.moc"
