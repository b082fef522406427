// reliability_concurrent_helper: one of two "windows" on one user database, as the two-process tests start it.
//   DB edit NAME ROUNDS  opens DB as the app does (short busy timeout, retried on "busy") and, ROUNDS times, edits
//                        through the stores: its own field of shared steps ("notes": each step's note; "statuses":
//                        each step's status), and the shared note of one step from a deliberately old read. Prints
//                        "saved KEY READ -> VALUE" for every change saved and "stale KEY" for every change refused.
//   DB hold MS           takes the write lock, prints "locked", holds it MS milliseconds and lets it go.
#include "database/UserDatabase.h"
#include "plan/SavedStudyPlan.h"
#include "plan/StepProgress.h"
#include "user/StudyPlanStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

namespace {
const QStringList& steps()
{
    static const QStringList slugs{QStringLiteral("learn-sql"), QStringLiteral("learn-git"),
                                   QStringLiteral("learn-http")};
    return slugs;
}

const QString SharedStep = QStringLiteral("shared-step");

// Retries a change that found the database locked, as the window does from its event loop.
cg::SaveResult withRetries(const std::function<cg::SaveResult()>& change, int* busy)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const cg::SaveResult result = change();
        if (!result.isBusy() || timer.elapsed() > 20000)
            return result;
        ++*busy;
        QThread::msleep(2);
    }
}

void report(const char* what, const QString& line)
{
    std::printf("%s %s\n", what, qUtf8Printable(line));
    std::fflush(stdout);
}

int edit(cg::UserDatabase& db, const QString& role, int rounds)
{
    cg::StudyPlanStore store(db.database());
    QString error;
    qint64 planId = 0;
    for (const cg::SavedStudyPlan& plan : store.plans(&error))
        planId = plan.id;
    if (planId == 0) {
        std::fprintf(stderr, "no plan: %s\n", qUtf8Printable(error));
        return 4;
    }
    const bool notes = role == QLatin1String("notes");
    int busy = 0;
    for (int round = 0; round < rounds; ++round) {
        // Its own field of each shared step, over a fresh read.
        for (const QString& slug : steps()) {
            const cg::StepProgress read = store.progress(planId, &error).value(slug);
            cg::StepProgress edited = read;
            if (notes)
                edited.note = QStringLiteral("%1 note %2").arg(slug).arg(round);
            else
                edited.status = round % 2 == 0 ? cg::StepProgress::Status::Done : cg::StepProgress::Status::InProgress;
            const cg::SaveResult result =
                withRetries([&] { return store.changeProgress(planId, slug, read, edited); }, &busy);
            if (!result.ok()) {
                // Nobody else writes this field: a refusal here would be a false alarm.
                std::fprintf(stderr, "%s: %s\n", qUtf8Printable(slug), qUtf8Printable(result.error));
                return 5;
            }
            report("saved", QStringLiteral("%1/%2 %3")
                                .arg(slug, notes ? QStringLiteral("note") : QStringLiteral("status"),
                                     notes ? edited.note : cg::StepProgress::toKey(edited.status)));
        }
        // The shared note, from a read that the other process may overtake before the write.
        const cg::StepProgress read = store.progress(planId, &error).value(SharedStep);
        QThread::msleep(1);
        cg::StepProgress edited = read;
        edited.note = QStringLiteral("%1 %2").arg(role).arg(round);
        const cg::SaveResult result =
            withRetries([&] { return store.changeProgress(planId, SharedStep, read, edited); }, &busy);
        if (result.ok())
            report("shared", QStringLiteral("%1\t%2").arg(read.note, edited.note));
        else if (result.isStale())
            report("stale", edited.note);
        else {
            std::fprintf(stderr, "shared: %s\n", qUtf8Printable(result.error));
            return 6;
        }
    }
    report("busy", QString::number(busy));
    return 0;
}

int hold(cg::UserDatabase& db, int milliseconds)
{
    QSqlQuery lock(db.database());
    if (!lock.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        std::fprintf(stderr, "cannot lock: %s\n", qUtf8Printable(lock.lastError().text()));
        return 4;
    }
    report("locked", QString::number(milliseconds));
    QThread::msleep(static_cast<unsigned long>(milliseconds));
    if (!lock.exec(QStringLiteral("ROLLBACK")))
        return 5;
    report("released", QString());
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: reliability_concurrent_helper DB edit notes|statuses ROUNDS | DB hold MS\n");
        return 2;
    }
    cg::UserDatabase db(QStringLiteral("helper"));
    if (!db.open(args.at(1)) || !db.isWritable()) {
        std::fprintf(stderr, "cannot open for writing: %s\n", qUtf8Printable(db.errorString()));
        return 3;
    }
    if (!db.setBusyTimeout(cg::UserDatabase::InteractiveBusyTimeoutMs))
        return 3;
    if (args.at(2) == QLatin1String("hold"))
        return hold(db, args.at(3).toInt());
    if (args.at(2) == QLatin1String("edit") && args.size() == 5)
        return edit(db, args.at(3), args.at(4).toInt());
    return 2;
}
