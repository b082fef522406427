// reliability_kill_helper DB FROM COUNT: opens the user database the way the app does and applies changes FROM..COUNT-1
// of the kill test's sequence, printing "committed N" (N changes now held) as soon as each change has returned
// success. The kill test stops it with SIGKILL at random points and checks that nothing reported was lost.
#include "ChangeSequence.h"
#include "database/UserDatabase.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: reliability_kill_helper DB FROM COUNT\n");
        return 2;
    }
    const int from = args.at(2).toInt();
    const cg::test::ChangeSequence sequence(args.at(3).toInt());

    cg::UserDatabase db;
    if (!db.open(args.at(1)) || !db.isWritable()) {
        std::fprintf(stderr, "cannot open for writing: %s %s\n", qUtf8Printable(db.errorString()),
                     qUtf8Printable(db.notices().join(QLatin1Char(' '))));
        return 3;
    }
    std::printf("opened\n");
    std::fflush(stdout);
    for (int i = from; i < sequence.length(); ++i) {
        QString error;
        if (!cg::test::ChangeSequence::apply(db.database(), sequence.at(i), &error)) {
            std::fprintf(stderr, "change %d failed: %s\n", i, qUtf8Printable(error));
            return 4;
        }
        std::printf("committed %d\n", i + 1);
        std::fflush(stdout);
    }
    return 0;
}
