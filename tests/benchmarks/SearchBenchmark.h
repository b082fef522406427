#pragma once

#include <QString>
#include <QStringList>

namespace cg::test {
class MainWindowFixture;
}

namespace cg::bench {

class Report;

// Keystroke to updated results in the real search dialog (Edit → Find): types each word letter by letter, so every
// prefix of it ("p", "po", "pos", "post") is one sample, and times the key press until the result model holds the
// new hits (the dialog searches synchronously on textChanged) and until the results are painted. Beside each
// keystroke it runs the very statements the app ran for that text straight through SQLite (DirectQuerySet).
class SearchBenchmark final
{
public:
    struct Limits
    {
        double p95Ms = -1; // < 0: no budget
        double ratio = -1; // app p95 over direct p95; < 0: no budget
    };

    static QStringList defaultWords();
    // Texts whose own keystroke cost the report names (besides "c++"): punctuated names, compounds, a synonym, a
    // salary, a state and a miss with suggestions. They are part of defaultWords().
    static QStringList reportedTexts();

    SearchBenchmark(QStringList words, int rounds) : m_words(std::move(words)), m_rounds(rounds) {}

    bool run(const QString& label, test::MainWindowFixture& session, Limits limits, Report& report,
             QString* error) const;

private:
    QStringList m_words;
    int m_rounds;
};

} // namespace cg::bench
