// ContentIntegrityCheck: quick_check once per installed content file, on a thread of its own; a file that passed is
// not read again while unchanged, and one changed since (even with its length and modification time kept) is.
#include "TestSupport.h"
#include "database/ContentIntegrityCheck.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using cg::ContentIntegrityCheck;

class TestContentIntegrityCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString copyOfContent(const QString& name) { return cg::test::copyOfContentDatabase(m_dir.filePath(name)); }

    // Pages in the middle of the file overwritten; the length stays.
    static bool damage(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || !file.seek(file.size() / 2 / 4096 * 4096))
            return false;
        return file.write(QByteArray(4 * 4096, char(0xA5))) == 4 * 4096;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void checksAFileNotSeenBefore()
    {
        const QString path = copyOfContent(QStringLiteral("new.sqlite"));
        ContentIntegrityCheck check(path, {QStringLiteral("some other file")});
        QVERIFY(check.isChecking());
        QString error;
        QVERIFY2(check.wait(&error), qPrintable(error));
        QVERIFY(!check.isChecking());
        QCOMPARE(check.passedStamp(), ContentIntegrityCheck::integrityStamp(path));
        QVERIFY(check.wait(&error)); // asking again gives the same answer
        QVERIFY(QSqlDatabase::connectionNames().filter(QStringLiteral("content-check")).isEmpty());
    }

    void trustsAFileThatPassedBefore()
    {
        const QString path = copyOfContent(QStringLiteral("known.sqlite"));
        const QString stamp = ContentIntegrityCheck::integrityStamp(path);
        QVERIFY(!stamp.isEmpty());
        ContentIntegrityCheck check(path, {QStringLiteral("some other file"), stamp});
        QVERIFY(!check.isChecking());
        QVERIFY(check.wait(nullptr));
        QVERIFY(check.passedStamp().isEmpty()); // nothing new to remember
    }

    void checksAChangedFileAgain_data()
    {
        QTest::addColumn<bool>("keepModificationTime");
        QTest::newRow("modified") << false;
        QTest::newRow("modification time put back") << true;
    }

    void checksAChangedFileAgain()
    {
        QFETCH(bool, keepModificationTime);
        const QString path = copyOfContent(QStringLiteral("damaged.sqlite"));
        QString stamp;
        {
            ContentIntegrityCheck first(path, {});
            QVERIFY(first.wait(nullptr));
            stamp = first.passedStamp();
        }
        QVERIFY(!stamp.isEmpty());
        const QDateTime modified = QFileInfo(path).lastModified();
        QVERIFY(damage(path));
        if (keepModificationTime) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        }
        QCOMPARE(QFileInfo(path).size(), QFileInfo(cg::test::contentDatabasePath()).size());
        QVERIFY(ContentIntegrityCheck::integrityStamp(path) != stamp);

        ContentIntegrityCheck again(path, {stamp});
        QVERIFY(again.isChecking());
        QString error;
        QVERIFY(!again.wait(&error));
        QVERIFY2(error.contains(QStringLiteral("is damaged")), qPrintable(error));
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        QVERIFY(again.passedStamp().isEmpty());
        QVERIFY(!again.wait(nullptr));
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        ContentIntegrityCheck check(path, {});
        QString error;
        QVERIFY(!check.wait(&error));
        QVERIFY(!error.isEmpty());
    }

    void stampNamesOneFileAsItIs()
    {
        QCOMPARE(ContentIntegrityCheck::integrityStamp(m_dir.filePath(QStringLiteral("nothing here"))), QString());
        QCOMPARE(ContentIntegrityCheck::integrityStamp(m_dir.path()), QString()); // a folder is no file
        const QString one = copyOfContent(QStringLiteral("one.sqlite"));
        const QString two = copyOfContent(QStringLiteral("two.sqlite"));
        QVERIFY(ContentIntegrityCheck::integrityStamp(one) != ContentIntegrityCheck::integrityStamp(two));
        QCOMPARE(ContentIntegrityCheck::integrityStamp(one), ContentIntegrityCheck::integrityStamp(one));
    }

    // Leaving without asking for the result waits for the thread instead of leaving it running.
    void endsCleanlyUnasked()
    {
        const QString path = copyOfContent(QStringLiteral("unasked.sqlite"));
        {
            ContentIntegrityCheck check(path, {});
            QVERIFY(check.isChecking());
        }
        QVERIFY(QSqlDatabase::connectionNames().filter(QStringLiteral("content-check")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContentIntegrityCheck)
#include "TestContentIntegrityCheck.moc"
