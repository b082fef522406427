// The kill test: a helper process applies a known sequence of user-data changes through the real core API and is
// killed with SIGKILL at random points; after every kill the database must open cleanly, pass integrity_check and
// hold exactly a prefix of the sequence that includes every change the helper reported committed.
#include "ChangeSequence.h"
#include "TestSupport.h"
#include "database/UserDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using cg::UserDatabase;
using cg::test::ChangeSequence;

namespace {
int fromEnvironment(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// The highest N of the "committed N" lines, or `otherwise` when there is none.
int lastCommitted(const QByteArray& output, int otherwise)
{
    static const QRegularExpression line(QStringLiteral("^committed (\\d+)$"), QRegularExpression::MultilineOption);
    int last = otherwise;
    auto matches = line.globalMatch(QString::fromLatin1(output));
    while (matches.hasNext())
        last = qMax(last, matches.next().captured(1).toInt());
    return last;
}

// Reads the helper's output until `enough` says so, the helper ends, or the time is up.
template <typename Enough> void readUntil(QProcess& helper, QByteArray* output, Enough enough, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!enough(*output) && timer.elapsed() < timeoutMs) {
        if (!helper.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - timer.elapsed()))))
            break;
        output->append(helper.readAllStandardOutput());
    }
}

void spinMicroseconds(int microseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.nsecsElapsed() < qint64(microseconds) * 1000) {
    }
}
} // namespace

class TestKillDurability : public QObject
{
    Q_OBJECT

private slots:
    void everyPrefixIsDistinct()
    {
        // Without this, "the state names the prefix" would not hold and the kill test could miss a lost change.
        const ChangeSequence sequence(400);
        for (int prefix = 0; prefix <= sequence.length(); ++prefix)
            QCOMPARE(sequence.prefixesMatching(sequence.stateAfter(prefix)), QVector<int>{prefix});
    }

    void survivesRandomKills()
    {
        const quint32 seed = quint32(fromEnvironment("CG_KILL_SEED", 20240611));
        const int targetKills = fromEnvironment("CG_KILLS", 300);
        const ChangeSequence sequence(400);
        const QString helperPath =
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("reliability_kill_helper"));
        QVERIFY2(QFileInfo::exists(helperPath), qPrintable(helperPath));
        qInfo("seed %u (set CG_KILL_SEED to replay), %d kills", seed, targetKills);

        QRandomGenerator random(seed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path;
        int held = sequence.length(); // forces a first file
        int kills = 0;
        int runs = 0;
        int files = 0;
        int killedBeforeOpen = 0;
        int killedWithOneInFlight = 0; // the kill fell after a commit but before its "committed" line
        qint64 changesVerified = 0;
        QElapsedTimer clock;
        clock.start();

        while (kills < targetKills) {
            // Mostly one file carried on across kills (each start recovers the last kill's journal); now and then,
            // and whenever the sequence is complete, a new file, so kills also land while a database is created.
            if (held >= sequence.length() || random.bounded(25) == 0) {
                path = dir.filePath(QStringLiteral("user-%1.sqlite").arg(++files));
                held = 0;
            }
            ++runs;
            QProcess helper;
            helper.setProgram(helperPath);
            helper.setArguments({path, QString::number(held), QString::number(sequence.length())});
            helper.start();
            QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));

            QByteArray output;
            switch (random.bounded(3)) {
            case 0: // anywhere from the first instruction: start-up, creation, recovery
                helper.waitForFinished(random.bounded(31));
                break;
            case 1: { // 0-30 ms into the changes
                readUntil(helper, &output, [](const QByteArray& out) { return out.contains("opened\n"); });
                const int delay = random.bounded(31);
                if (delay > 0)
                    helper.waitForFinished(delay);
                break;
            }
            default: { // right after the k-th reported commit, give or take a few hundred microseconds
                const int wanted = held + 1 + random.bounded(40);
                readUntil(helper, &output,
                          [wanted, held](const QByteArray& out) { return lastCommitted(out, held) >= wanted; });
                spinMicroseconds(random.bounded(1500));
                break;
            }
            }

            const bool wasRunning = helper.state() != QProcess::NotRunning;
            if (wasRunning)
                helper.kill(); // SIGKILL: no handler, no flush, no clean-up
            QVERIFY(helper.state() == QProcess::NotRunning || helper.waitForFinished(10000));
            output.append(helper.readAllStandardOutput());
            if (wasRunning && helper.exitStatus() == QProcess::CrashExit) {
                ++kills;
                if (!output.contains("opened\n"))
                    ++killedBeforeOpen;
            } else {
                QVERIFY2(helper.exitStatus() == QProcess::NormalExit && helper.exitCode() == 0,
                         helper.readAllStandardError().constData());
            }

            const int reported = lastCommitted(output, held);
            UserDatabase db(QStringLiteral("verify"));
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            QVERIFY2(db.mode() == UserDatabase::Mode::ReadWrite, qPrintable(db.notices().join(QLatin1Char('\n'))));
            QVERIFY2(db.notices().isEmpty(), qPrintable(db.notices().join(QLatin1Char('\n'))));
            {
                QSqlQuery query(db.database());
                QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
                QVERIFY(query.next());
                QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
                QVERIFY(!query.next());
            }
            ChangeSequence::State state;
            QString error;
            QVERIFY2(ChangeSequence::readState(db.database(), &state, &error), qPrintable(error));
            const QVector<int> prefixes = sequence.prefixesMatching(state);
            QVERIFY2(prefixes.size() == 1,
                     qPrintable(QStringLiteral("run %1: the database holds no prefix of the sequence (%2 marks)")
                                    .arg(runs)
                                    .arg(state.size())));
            // Every reported change is there; at most the one being committed when the kill came is there unreported.
            const int prefix = prefixes.first();
            QVERIFY2(prefix >= reported && prefix <= reported + 1,
                     qPrintable(QStringLiteral("run %1: reported %2 committed, the database holds %3")
                                    .arg(runs)
                                    .arg(reported)
                                    .arg(prefix)));
            if (prefix == reported + 1)
                ++killedWithOneInFlight;
            changesVerified += prefix - held;
            held = prefix;
        }

        // Nothing was ever taken for damaged and moved aside, and no journal was orphaned.
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.corrupt*"), QStringLiteral("*.orphan")}, QDir::Files),
                 QStringList());

        const QString summary = QStringLiteral("kills survived: %1\nhelper runs: %2\ndatabase files: %3\n"
                                               "kills before the database was open: %4\n"
                                               "kills between a commit and its report: %5\n"
                                               "changes committed and verified: %6\nseconds: %7\nseed: %8\n")
                                    .arg(kills)
                                    .arg(runs)
                                    .arg(files)
                                    .arg(killedBeforeOpen)
                                    .arg(killedWithOneInFlight)
                                    .arg(changesVerified)
                                    .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                                    .arg(seed);
        qInfo("%s", qPrintable(summary));
        QFile file(cg::test::artifactPath(QStringLiteral("reliability-kill-test.txt")));
        if (file.open(QIODevice::WriteOnly | QIODevice::Text))
            file.write(summary.toUtf8());
        QVERIFY(kills >= targetKills);
        // The kills must have landed in the middle of the work, not only before or after it.
        QVERIFY(changesVerified > 0);
        QVERIFY(killedBeforeOpen < kills);
    }

    // Kills while the app upgrades an older data file (the fixtures of tests/fixtures/user/): afterwards the file is
    // either still the old version or fully upgraded, holds every row it held, and any backup by its final name is
    // complete.
    void survivesKillsDuringUpgrade()
    {
        const QDir fixtures(QDir(cg::test::sourceDir()).filePath(QStringLiteral("tests/fixtures/user")));
        QStringList older;
        for (const QString& name : fixtures.entryList({QStringLiteral("user-v*.sqlite")}, QDir::Files, QDir::Name)) {
            const int version = name.mid(6, name.size() - 13).toInt();
            if (version < UserDatabase::latestVersion())
                older.append(fixtures.filePath(name));
        }
        if (older.isEmpty())
            QSKIP("no fixture is older than the current user schema");
        const QString helperPath =
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("reliability_kill_helper"));
        QRandomGenerator random(quint32(fromEnvironment("CG_KILL_SEED", 20240611)) + 1);
        const int rounds = fromEnvironment("CG_UPGRADE_KILLS", 40);
        // Kills spread over one whole start-and-upgrade, however long that takes on this machine and build.
        qint64 fullRunMs = 0;
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("user.sqlite"));
            QVERIFY(QFile::copy(older.first(), path));
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            QElapsedTimer timer;
            timer.start();
            QProcess helper;
            helper.start(helperPath, {path, QStringLiteral("0"), QStringLiteral("0")});
            QVERIFY(helper.waitForFinished(60000));
            fullRunMs = timer.elapsed();
            QCOMPARE(helper.exitCode(), 0);
        }
        int kills = 0;
        int upgradedBeforeVerify = 0;
        for (int round = 0; round < rounds; ++round) {
            const QString fixture = older.at(round % older.size());
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("user.sqlite"));
            QVERIFY(QFile::copy(fixture, path));
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            ChangeSequence::State before;
            {
                const QString connection = QStringLiteral("fixture");
                {
                    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                    raw.setDatabaseName(path);
                    raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                    QVERIFY(raw.open());
                    QString error;
                    QVERIFY2(ChangeSequence::readState(raw, &before, &error), qPrintable(error));
                    raw.close();
                }
                QSqlDatabase::removeDatabase(connection);
            }
            QVERIFY(!before.isEmpty());

            QProcess helper;
            helper.start(helperPath, {path, QStringLiteral("0"), QStringLiteral("0")}); // open (upgrade), no changes
            QVERIFY(helper.waitForStarted());
            helper.waitForFinished(random.bounded(int(fullRunMs * 6 / 5) + 1));
            if (helper.state() != QProcess::NotRunning) {
                helper.kill();
                helper.waitForFinished(10000);
                ++kills;
            }
            const bool upgraded = helper.readAllStandardOutput().contains("opened");
            upgradedBeforeVerify += upgraded ? 1 : 0;

            // Any backup under its final name is a complete copy of the old file.
            for (const QString& name :
                 QDir(dir.path()).entryList({QStringLiteral("user.sqlite.v*-backup-*")}, QDir::Files)) {
                QVERIFY2(!name.contains(QLatin1String(".partial")) || !upgraded, qPrintable(name));
                if (name.contains(QLatin1String(".partial")))
                    continue;
                const QString connection = QStringLiteral("backup");
                {
                    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                    raw.setDatabaseName(dir.filePath(name));
                    raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                    QVERIFY(raw.open());
                    QSqlQuery query(raw);
                    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
                    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
                    ChangeSequence::State copy;
                    QString error;
                    QVERIFY2(ChangeSequence::readState(raw, &copy, &error), qPrintable(error));
                    QCOMPARE(copy, before);
                    raw.close();
                }
                QSqlDatabase::removeDatabase(connection);
            }

            UserDatabase db(QStringLiteral("verify"));
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            QCOMPARE(db.mode(), UserDatabase::Mode::ReadWrite);
            QCOMPARE(db.schemaVersion(), UserDatabase::latestVersion());
            QSqlQuery query(db.database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
            ChangeSequence::State after;
            QString error;
            QVERIFY2(ChangeSequence::readState(db.database(), &after, &error), qPrintable(error));
            QCOMPARE(after, before);
            QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.corrupt*")}, QDir::Files).isEmpty());
            // An upgrade that was cut short left no unfinished copy once the next start has upgraded the file.
            QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files).isEmpty());
        }
        const QString summary =
            QStringLiteral("upgrade runs: %1 (a full one takes %2 ms), killed: %3, had finished the "
                           "upgrade when the kill came or without one: %4\n")
                .arg(rounds)
                .arg(fullRunMs)
                .arg(kills)
                .arg(upgradedBeforeVerify);
        qInfo("%s", qPrintable(summary));
        QFile file(cg::test::artifactPath(QStringLiteral("reliability-kill-test.txt")));
        if (file.open(QIODevice::Append | QIODevice::Text))
            file.write(summary.toUtf8());
        QVERIFY(kills > 0);
    }
};

QTEST_GUILESS_MAIN(TestKillDurability)
#include "TestKillDurability.moc"
