// Two processes on one user database. Two helper processes edit the same steps at once through the stores, each its
// own field (one the notes, one the statuses) and both one shared note from reads the other may overtake: every
// change reported saved is there at the end, and a change made from a stale read is refused, never applied. Then the
// real app: a second start on the same --user-db brings the first to the front and exits 0, and a lock left by a
// killed first is taken over.
#include "TestSupport.h"
#include "database/UserDatabase.h"
#include "plan/SavedStudyPlan.h"
#include "user/StudyPlanStore.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString helperPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("reliability_concurrent_helper"));
}

QString appPath()
{
    return QDir(cg::test::binaryDir()).filePath(QStringLiteral("bin/careerguide"));
}

QStringList linesStarting(const QByteArray& output, const QString& prefix)
{
    QStringList lines;
    for (const QString& line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        if (line.startsWith(prefix + QLatin1Char(' ')))
            lines.append(line.mid(prefix.size() + 1));
    }
    return lines;
}

QProcessEnvironment appEnvironment(const QString& dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(dir).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(dir).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(dir).filePath(QStringLiteral("cache")));
    return env;
}
} // namespace

class TestTwoProcesses : public QObject
{
    Q_OBJECT

private slots:
    void interleavedEditsKeepEverySavedChange()
    {
        QVERIFY2(QFileInfo::exists(helperPath()), qPrintable(helperPath()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        qint64 planId = 0;
        {
            cg::UserDatabase db(QStringLiteral("setup"));
            QVERIFY(db.open(path));
            cg::SavedStudyPlan plan;
            plan.name = QStringLiteral("Shared plan");
            plan.roleSlug = plan.pathSlug = QStringLiteral("backend-developer");
            plan.startDate = QDate(2026, 1, 5);
            QString error;
            planId = cg::StudyPlanStore(db.database()).createPlan(plan, &error);
            QVERIFY2(planId > 0, qPrintable(error));
        }

        const int rounds = 60;
        QProcess notes;
        QProcess statuses;
        notes.start(helperPath(), {path, QStringLiteral("edit"), QStringLiteral("notes"), QString::number(rounds)});
        statuses.start(helperPath(),
                       {path, QStringLiteral("edit"), QStringLiteral("statuses"), QString::number(rounds)});
        QVERIFY(notes.waitForFinished(120000));
        QVERIFY(statuses.waitForFinished(120000));
        const QByteArray notesOut = notes.readAllStandardOutput();
        const QByteArray statusesOut = statuses.readAllStandardOutput();
        QVERIFY2(notes.exitCode() == 0, notes.readAllStandardError().constData());
        QVERIFY2(statuses.exitCode() == 0, statuses.readAllStandardError().constData());

        cg::UserDatabase db(QStringLiteral("verify"));
        QVERIFY(db.open(path));
        const QHash<QString, cg::StepProgress> progress = cg::StudyPlanStore(db.database()).progress(planId);

        // Each field has one writer: its last reported change is what is saved.
        QMap<QString, QString> lastSaved;
        for (const QString& line :
             linesStarting(notesOut, QStringLiteral("saved")) + linesStarting(statusesOut, QStringLiteral("saved"))) {
            const int space = line.indexOf(QLatin1Char(' '));
            lastSaved.insert(line.left(space), line.mid(space + 1));
        }
        QCOMPARE(lastSaved.size(), 6);
        for (auto it = lastSaved.cbegin(); it != lastSaved.cend(); ++it) {
            const QString slug = it.key().section(QLatin1Char('/'), 0, 0);
            const bool note = it.key().endsWith(QLatin1String("/note"));
            const cg::StepProgress saved = progress.value(slug);
            QCOMPARE(note ? saved.note : cg::StepProgress::toKey(saved.status), it.value());
        }

        // The shared note: the saved changes form one chain, each over the value the one before saved. A change saved
        // over a stale read would make two changes start from the same value, and lose the first.
        QHash<QString, QString> next;
        const QStringList shared =
            linesStarting(notesOut, QStringLiteral("shared")) + linesStarting(statusesOut, QStringLiteral("shared"));
        for (const QString& line : shared) {
            const QString from = line.section(QLatin1Char('\t'), 0, 0);
            QVERIFY2(!next.contains(from), qPrintable(QStringLiteral("two changes saved over \"%1\"").arg(from)));
            next.insert(from, line.section(QLatin1Char('\t'), 1));
        }
        QString value;
        int length = 0;
        while (next.contains(value)) {
            value = next.value(value);
            ++length;
        }
        QCOMPARE(length, int(shared.size()));
        QCOMPARE(progress.value(QStringLiteral("shared-step")).note, value);
        // What was refused was never applied.
        const QStringList refused =
            linesStarting(notesOut, QStringLiteral("stale")) + linesStarting(statusesOut, QStringLiteral("stale"));
        for (const QString& stale : refused)
            QVERIFY2(!next.values().contains(stale), qPrintable(stale));
        QCOMPARE(int(shared.size() + refused.size()), 2 * rounds);
        qInfo("shared note: %d changes saved, %d refused as stale; busy retries: %s and %s", int(shared.size()),
              int(refused.size()), qPrintable(linesStarting(notesOut, QStringLiteral("busy")).value(0)),
              qPrintable(linesStarting(statusesOut, QStringLiteral("busy")).value(0)));
    }

    void secondStartRaisesTheFirst()
    {
        QVERIFY2(QFileInfo::exists(appPath()), qPrintable(appPath()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        const QStringList common{QStringLiteral("--content-db"), cg::test::contentDatabasePath(),
                                 QStringLiteral("--user-db"), path};

        QProcess first;
        first.setProcessEnvironment(appEnvironment(dir.path()));
        first.start(appPath(), common); // runs until it is killed
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path + QStringLiteral(".lock")) && QFileInfo::exists(path), 20000);

        QProcess second;
        second.setProcessEnvironment(appEnvironment(dir.path()));
        // The second start speaks the language it was asked for; English keeps the expected lines stable
        // whatever the translators write.
        second.start(appPath(), common + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(second.waitForFinished(30000));
        const QString said = QString::fromUtf8(second.readAllStandardError());
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QVERIFY2(second.exitCode() == 0, qPrintable(said));
        // It exits only once the first has answered that its window came to the front.
        QVERIFY2(said.contains(QStringLiteral("its window was brought to the front")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("--lang cannot change")), qPrintable(said));
        QCOMPARE(first.state(), QProcess::Running);

        // A first that is killed leaves its lock behind; the next start takes it over and runs.
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
        QProcess third;
        third.setProcessEnvironment(appEnvironment(dir.path()));
        third.start(appPath(), common + QStringList{QStringLiteral("--exit-after-startup")});
        QVERIFY(third.waitForFinished(30000));
        QVERIFY2(third.exitCode() == 0, third.readAllStandardError().constData());
        QVERIFY(!QString::fromUtf8(third.readAllStandardError()).contains(QStringLiteral("already open")));
    }
};

QTEST_GUILESS_MAIN(TestTwoProcesses)
#include "TestTwoProcesses.moc"
