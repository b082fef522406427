// SingleInstance: one process per user database. The first start owns the lock and the socket; a later start hands
// its arguments over and is answered; a lock nobody owns any more is taken over; an in-memory database is not
// guarded. The first instance runs on a thread of its own here, as it would in another process.
#include "database/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using cg::SingleInstance;
using Role = cg::SingleInstance::Role;

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private slots:
    void inMemoryIsNotGuarded()
    {
        SingleInstance instance(QStringLiteral(":memory:"));
        QCOMPARE(instance.start({}), Role::Unguarded);
    }

    // Nothing is written beside what is not a regular file: the database refuses it with the reason.
    void notARegularFileIsNotGuarded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("folder.sqlite"));
        QVERIFY(QDir().mkdir(folder));
        const QString dangling = dir.filePath(QStringLiteral("dangling.sqlite"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("not-mounted/user.sqlite")), dangling));
        for (const QString& path : {folder, dangling, QStringLiteral("/dev/null")}) {
            SingleInstance instance(path);
            QCOMPARE(instance.start({}), Role::Unguarded);
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
        }
    }

    void serverNameFollowsTheFileNotItsSpelling()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("real")), dir.filePath(QStringLiteral("link"))));
        const QString direct = dir.filePath(QStringLiteral("real/user.sqlite"));
        const QString name = SingleInstance::serverNameFor(direct);
        QCOMPARE(SingleInstance::serverNameFor(dir.filePath(QStringLiteral("real/../real/./user.sqlite"))), name);
        QCOMPARE(SingleInstance::serverNameFor(dir.filePath(QStringLiteral("link/user.sqlite"))), name);
        QVERIFY(SingleInstance::serverNameFor(dir.filePath(QStringLiteral("real/other.sqlite"))) != name);
        // Short enough for the socket path limit (about 100 bytes) wherever the temporary folder is.
        QVERIFY(name.size() <= 40);
    }

    void secondStartHandsOverToTheFirst()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));

        QThread thread;
        auto* first = new SingleInstance(path);
        QCOMPARE(first->start({}), Role::First);
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
        QCOMPARE(first->lockPath(), path + QStringLiteral(".lock"));
        first->moveToThread(&thread);
        connect(&thread, &QThread::finished, first, &QObject::deleteLater);
        QStringList received;
        connect(
            first, &SingleInstance::activationRequested, first,
            [&received](const QStringList& arguments) { received = arguments; }, Qt::DirectConnection);
        thread.start();

        {
            SingleInstance second(path);
            const QStringList arguments{QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--user-db"),
                                        path};
            QCOMPARE(second.start(arguments), Role::HandedOver);
            QCOMPARE(received, arguments);
        }
        thread.quit();
        QVERIFY(thread.wait(5000));
        // The first released its lock on the way out: the next start is the first again.
        SingleInstance next(path);
        QCOMPARE(next.start({}), Role::First);
    }

    void unreadableOldLockIsTakenOver()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly)); // empty: what a crash while writing it leaves
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        lock.close();
        SingleInstance instance(path);
        QCOMPARE(instance.start({}), Role::First);
    }

    void lockOfALiveOwnerThatDoesNotAnswer()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        QLockFile held(path + QStringLiteral(".lock")); // this process is alive, but nobody listens
        QVERIFY(held.tryLock(0));
        SingleInstance second(path);
        QCOMPARE(second.start({}, 300), Role::NoAnswer);
        QVERIFY2(second.errorString().contains(QStringLiteral("already running")), qPrintable(second.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
