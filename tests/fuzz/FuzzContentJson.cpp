// Fuzzes the content importer's JSON: one of resources/data/*.json (picked by the first byte) is replaced by the
// input, the others stay as released, and JsonContentLoader loads them into a fresh content schema in memory. Bad
// data must be refused with "file: entry: reason" — never a crash, a hang or a sanitizer report.
#include "FuzzEnvironment.h"
#include "JsonContentLoader.h"

#include <QSqlDatabase>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
cg::fuzz::FuzzEnvironment& environment()
{
    static cg::fuzz::FuzzEnvironment env(QString::fromUtf8(CG_FUZZ_DATA_DIR),
                                         {QStringLiteral("meta.json"), QStringLiteral("sources.json"),
                                          QStringLiteral("skills.json"), QStringLiteral("roles.json"),
                                          QStringLiteral("salaries.json"), QStringLiteral("outlook.json"),
                                          QStringLiteral("learning.json"), QStringLiteral("topics.json")});
    return env;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    cg::fuzz::FuzzEnvironment& env = environment();
    const int replaced = env.replace(reinterpret_cast<const char*>(data), size);
    if (replaced < 0)
        return 0;
    const QString connection = QStringLiteral("fuzz-json");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QString error;
        if (!db.open() || !cg::fuzz::FuzzEnvironment::createContentSchema(db, &error) || !db.transaction()) {
            std::fprintf(stderr, "cannot set up the content schema: %s\n", qUtf8Printable(error));
            std::abort();
        }
        cg::JsonContentLoader loader(db, env.dir());
        if (!loader.load(&error) && error.isEmpty()) {
            std::fprintf(stderr, "the load failed without saying why\n");
            std::abort();
        }
        db.rollback();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    env.restore(replaced);
    return 0;
}
