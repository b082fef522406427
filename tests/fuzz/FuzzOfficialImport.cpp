// Fuzzes the official-data importer: one O*NET or BLS release file of the committed subset (picked by the first byte)
// is replaced by the input, the others stay as released, and OfficialImporter imports them into a fresh content
// schema in memory. Bad data must be refused with "FILE:LINE: reason" — never a crash, a hang or a sanitizer report.
#include "FuzzEnvironment.h"
#include "OfficialImporter.h"

#include <QSqlDatabase>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
cg::fuzz::FuzzEnvironment& environment()
{
    static cg::fuzz::FuzzEnvironment env(
        QString::fromUtf8(CG_FUZZ_DATA_DIR) + QStringLiteral("/official"),
        {QStringLiteral("onet-29.3/Content Model Reference.txt"), QStringLiteral("onet-29.3/Scales Reference.txt"),
         QStringLiteral("onet-29.3/Job Zone Reference.txt"),
         QStringLiteral("onet-29.3/Education, Training, and Experience Categories.txt"),
         QStringLiteral("onet-29.3/Occupation Data.txt"), QStringLiteral("onet-29.3/Job Zones.txt"),
         QStringLiteral("onet-29.3/Skills.txt"), QStringLiteral("onet-29.3/Knowledge.txt"),
         QStringLiteral("onet-29.3/Task Statements.txt"), QStringLiteral("onet-29.3/Technology Skills.txt"),
         QStringLiteral("onet-29.3/Related Occupations.txt"), QStringLiteral("onet-29.3/Alternate Titles.txt"),
         QStringLiteral("onet-29.3/Education, Training, and Experience.txt"),
         QStringLiteral("bls/national_M2024_dl.tsv"), QStringLiteral("bls/table_1_2_projections_clean.tsv"),
         QStringLiteral("bls/table_1_10_openings_clean.tsv"),
         QStringLiteral("onet-29.3/Sample of Reported Titles.txt")});
    return env;
}

// The per-occupation files cut down to three occupations: a full import per input would allow about one input a
// second under the sanitizers.
cg::fuzz::FuzzEnvironment& preparedEnvironment()
{
    static cg::fuzz::FuzzEnvironment& env = []() -> cg::fuzz::FuzzEnvironment& {
        cg::fuzz::FuzzEnvironment& e = environment();
        const QList<QByteArray> kept{"11-3021.00\t", "15-1252.00\t", "15-1254.00\t"};
        const auto ofKeptOccupation = [&kept](const QByteArray& line) {
            for (const QByteArray& code : kept) {
                if (line.startsWith(code))
                    return true;
            }
            return false;
        };
        for (const char* file :
             {"Job Zones.txt", "Skills.txt", "Knowledge.txt", "Task Statements.txt", "Technology Skills.txt",
              "Related Occupations.txt", "Alternate Titles.txt", "Education, Training, and Experience.txt",
              "Sample of Reported Titles.txt", "Occupation Data.txt"})
            e.keepLines(QStringLiteral("onet-29.3/") + QString::fromUtf8(file), ofKeptOccupation);
        // The cut-down release must still import cleanly, or every input would stop at the same early error.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz-baseline"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QString error;
        if (!db.open() || !cg::fuzz::FuzzEnvironment::createContentSchema(db, &error) ||
            !cg::OfficialImporter().run(db, e.dir(), false, &error)) {
            std::fprintf(stderr, "the cut-down release does not import: %s\n", qUtf8Printable(error));
            std::abort();
        }
        db.close();
        return e;
    }();
    return env;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    cg::fuzz::FuzzEnvironment& env = preparedEnvironment();
    const int replaced = env.replace(reinterpret_cast<const char*>(data), size);
    if (replaced < 0)
        return 0;
    const QString connection = QStringLiteral("fuzz-official");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QString error;
        if (!db.open() || !cg::fuzz::FuzzEnvironment::createContentSchema(db, &error)) {
            std::fprintf(stderr, "cannot set up the content schema: %s\n", qUtf8Printable(error));
            std::abort();
        }
        if (!cg::OfficialImporter().run(db, env.dir(), false, &error) && error.isEmpty()) {
            std::fprintf(stderr, "the import failed without saying why\n");
            std::abort();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    env.restore(replaced);
    return 0;
}
