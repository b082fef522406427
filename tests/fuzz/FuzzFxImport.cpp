// Fuzzes the exchange-rate importer: one of the ECB / World Bank CSV files of the committed subset (picked by the
// first byte) is replaced by the input, the others stay as released, and FxImporter imports them into a fresh
// content schema in memory. Bad data must be refused with "FILE:LINE: reason" — never a crash, a hang or a
// sanitizer report.
#include "FuzzEnvironment.h"
#include "FxImporter.h"

#include <QSqlDatabase>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
cg::fuzz::FuzzEnvironment& environment()
{
    static cg::fuzz::FuzzEnvironment env(QString::fromUtf8(CG_FUZZ_DATA_DIR) + QStringLiteral("/official/fx"),
                                         {QStringLiteral("eurofxref-hist.csv"), QStringLiteral("ppp-gdp.csv"),
                                          QStringLiteral("API_PA.NUS.PRVT.PP_DS2_en_csv_v2_14409.csv")});
    return env;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    cg::fuzz::FuzzEnvironment& env = environment();
    const int replaced = env.replace(reinterpret_cast<const char*>(data), size);
    if (replaced < 0)
        return 0;
    const QString connection = QStringLiteral("fuzz-fx");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QString error;
        if (!db.open() || !cg::fuzz::FuzzEnvironment::createContentSchema(db, &error) || !db.transaction()) {
            std::fprintf(stderr, "cannot set up the content schema: %s\n", qUtf8Printable(error));
            std::abort();
        }
        if (!cg::FxImporter().run(db, env.dir(), &error) && error.isEmpty()) {
            std::fprintf(stderr, "the import failed without saying why\n");
            std::abort();
        }
        db.rollback();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    env.restore(replaced);
    return 0;
}
