#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cg {
class StudyPlanStore;
}

// Paths the test runner hands every test through the environment (see tests/CMakeLists.txt).
namespace cg::test {

QString contentDatabasePath(); // the generated content database of this build
QString artifactsDir();        // test-artifacts/ in the build tree, created on demand
QString artifactPath(const QString& fileName);
QString seedsDir();  // the seed articles, possibly absent
QString sourceDir(); // the project's source tree
QString binaryDir(); // the build tree
// A writable copy of the content database at `path` (replacing any file there), to damage; empty on failure.
QString copyOfContentDatabase(const QString& path);
// Runs one SQL statement on the database file at `path` through a connection of its own, as another program would
// ("DROP TABLE role" on such a copy). False, with the reason logged, when it fails.
bool execute(const QString& path, const QString& statement);
// The first column of the first row of `sql` (a count) as an int; -1 when the statement fails or returns no row.
int countOf(const QSqlDatabase& db, const QString& sql);

// Saves a plan named `name` on the back-end path's self-taught route, 10 h a week from Monday 5 January 2026, and
// returns its id. A plan that cannot be saved ends the run: nothing a test does with it could pass.
qint64 savePlan(StudyPlanStore& plans, const QString& name);

// Whether pdftotext (poppler-utils) is installed, to read printed PDFs back.
bool hasPdfToText();
// The text pdftotext reads from the PDF at `path` with `options` ("-layout"); empty, with *error set, on failure.
QString pdfText(const QString& path, const QStringList& options, QString* error);

// What the real careerguide did: exit code (-1: still running after a minute, then killed; -2: crashed) and output.
struct AppRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs bin/careerguide of this build offscreen, with its settings and data folders under `home`.
AppRun runCareerguide(const QStringList& arguments, const QString& home);

} // namespace cg::test
