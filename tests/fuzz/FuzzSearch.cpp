// Fuzzes the global search: whatever is typed, FtsQuery turns it into an expression FTS5 accepts, and
// SearchRepository answers from the real content database with hits or none — never with an error, a crash or a
// hang. The input is the typed text as UTF-8 (invalid sequences included).
#include "FuzzEnvironment.h"
#include "repositories/SearchRepository.h"
#include "search/FtsQuery.h"

#include <QSqlDatabase>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
void require(bool condition, const char* what, const QString& text)
{
    if (condition)
        return;
    std::fprintf(stderr, "%s, for the text \"%s\"\n", what, qUtf8Printable(text));
    std::abort();
}

QSqlDatabase contentDatabase()
{
    static const QString name = [] {
        cg::fuzz::FuzzEnvironment::ensureApplication();
        const QString connection = QStringLiteral("fuzz-content");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QString::fromUtf8(CG_FUZZ_CONTENT_DB));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            std::fprintf(stderr, "cannot open the content database %s\n", CG_FUZZ_CONTENT_DB);
            std::abort();
        }
        return connection;
    }();
    return QSqlDatabase::database(name, false);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QSqlDatabase db = contentDatabase();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));

    const QStringList words = cg::FtsQuery::words(text);
    require(words.size() <= cg::FtsQuery::MaxWords, "too many words", text);
    for (const QString& word : words) {
        require(!word.isEmpty(), "an empty word", text);
        require(word.toUcs4().size() <= cg::FtsQuery::MaxWordLength, "a word longer than the limit", text);
    }
    const QString expression = cg::FtsQuery::build(text);
    require(expression.isEmpty() == words.isEmpty(), "an expression without words, or words without one", text);

    const int limit = 3;
    const cg::SearchRepository::Result result = cg::SearchRepository(db).search(text, limit);
    if (!result.error.isEmpty()) {
        std::fprintf(stderr, "the search failed (%s) for the text \"%s\", expression %s\n",
                     qUtf8Printable(result.error), qUtf8Printable(text), qUtf8Printable(expression));
        std::abort();
    }
    require(result.hits.size() <= limit * cg::SearchHit::KindCount, "more hits than asked for", text);
    require(result.hits.size() <= result.total(), "hits beyond the totals", text);
    return 0;
}
