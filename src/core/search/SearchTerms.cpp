#include "SearchTerms.h"

#include <QList>

namespace cg {

namespace {
constexpr int MinJoinPart = 3; // "dev ops" is devops, but "in to" is not "into" for search

struct Run
{
    qsizetype start = 0;
    qsizetype end = 0; // one past the last character
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing ||
           c.category() == QChar::Mark_SpacingCombining;
}

bool hasLetter(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

// The letter-and-digit runs of a whitespace-free word.
QList<Run> runsOf(QStringView word)
{
    QList<Run> runs;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= word.size(); ++i) {
        const bool in = i < word.size() && isWordChar(word.at(i));
        if (in && start < 0) {
            start = i;
        } else if (!in && start >= 0) {
            runs.append({start, i});
            start = -1;
        }
    }
    return runs;
}

template <typename F> void forEachWord(QStringView text, F f)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool in = i < text.size() && !text.at(i).isSpace();
        if (in && start < 0) {
            start = i;
        } else if (!in && start >= 0) {
            f(text.mid(start, i - start));
            start = -1;
        }
    }
}

// "++" or "#" right after the run: the run is a language name such as C++ or C#.
QString suffixed(QStringView word, const Run& run, const QString& folded)
{
    if (word.mid(run.end, 2) == u"++")
        return folded + QStringLiteral("plusplus");
    if (run.end < word.size() && word.at(run.end) == u'#')
        return folded + QStringLiteral("sharp");
    return {};
}

bool connects(QChar c)
{
    return c == u'-' || c == u'.' || c == u'\u2010' || c == u'\u2011';
}

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// The specials of one whitespace-free word, in order; *primary gets the one the whole word stands for, if any.
QStringList wordSpecials(QStringView word, QString* primary)
{
    QStringList result;
    const QList<Run> runs = runsOf(word);
    QString chain;
    int chainParts = 0;
    bool chainUsable = true;
    const auto endChain = [&](bool wholeWord) {
        if (chainParts >= 2 && chainUsable) {
            result.append(chain);
            if (wholeWord && primary && primary->isEmpty())
                *primary = chain;
        }
        chain.clear();
        chainParts = 0;
        chainUsable = true;
    };
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const Run& run = runs.at(r);
        const QString folded = SearchTerms::fold(word.mid(run.start, run.end - run.start));
        const QString suffix = suffixed(word, run, folded);
        if (!suffix.isEmpty()) {
            result.append(suffix);
            if (primary && primary->isEmpty() && runs.size() == 1)
                *primary = suffix;
        }
        // A dot right before a name that starts with a letter: .NET, and the .NET in ASP.NET.
        if (run.start > 0 && word.at(run.start - 1) == u'.' && folded.size() >= 2 && folded.at(0).isLetter()) {
            const QString dotted = QStringLiteral("dot") + folded;
            result.append(dotted);
            if (primary && primary->isEmpty() && runs.size() == 1 && run.start == 1)
                *primary = dotted;
        }
        const bool joined = r > 0 && run.start - runs.at(r - 1).end == 1 && connects(word.at(run.start - 1));
        if (!joined)
            endChain(false);
        chain += folded;
        ++chainParts;
        chainUsable = chainUsable && !allDigits(folded) && suffix.isEmpty();
    }
    const bool whole = !runs.isEmpty() && chainParts == runs.size();
    endChain(whole);
    return result;
}
} // namespace

QString SearchTerms::fold(QStringView text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return text.toString().toLower();
    QString folded;
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toLower());
    }
    return folded;
}

QStringList SearchTerms::tokens(QStringView text)
{
    QStringList result;
    forEachWord(text, [&result](QStringView word) {
        for (const Run& run : runsOf(word)) {
            const QString folded = fold(word.mid(run.start, run.end - run.start));
            const QString suffix = suffixed(word, run, folded);
            result.append(suffix.isEmpty() ? folded : suffix);
        }
    });
    return result;
}

QStringList SearchTerms::specials(QStringView text)
{
    QStringList result;
    forEachWord(text, [&result](QStringView word) { result.append(wordSpecials(word, nullptr)); });
    return result;
}

QString SearchTerms::specialOf(QStringView word)
{
    QString primary;
    wordSpecials(word.trimmed(), &primary);
    return primary;
}

bool SearchTerms::mayJoin(const QString& a, const QString& b)
{
    return a.size() >= MinJoinPart && b.size() >= MinJoinPart && hasLetter(a) && hasLetter(b);
}

QStringList SearchTerms::joins(const QStringList& tokens, const QSet<QString>& compounds)
{
    QStringList result;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        if (!mayJoin(tokens.at(i - 1), tokens.at(i)))
            continue;
        const QString joined = tokens.at(i - 1) + tokens.at(i);
        if (compounds.contains(joined))
            result.append(joined);
    }
    return result;
}

QString SearchTerms::key(const QStringList& tokens, const QSet<QString>& compounds)
{
    QStringList parts;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i + 1 < tokens.size() && mayJoin(tokens.at(i), tokens.at(i + 1)) &&
            compounds.contains(tokens.at(i) + tokens.at(i + 1))) {
            parts.append(tokens.at(i) + tokens.at(i + 1));
            ++i;
        } else {
            parts.append(tokens.at(i));
        }
    }
    return parts.join(u' ');
}

QStringList SearchTerms::indexTerms(QStringView text, const QSet<QString>& compounds)
{
    QStringList terms = specials(text) + joins(tokens(text), compounds);
    terms.removeDuplicates();
    return terms;
}

QSet<QString> SearchTerms::compounds(const QStringList& texts)
{
    QSet<QString> vocabulary;
    QSet<QString> pairs;
    QSet<QString> result;
    for (const QString& text : texts) {
        const QStringList words = tokens(text);
        for (qsizetype i = 0; i < words.size(); ++i) {
            vocabulary.insert(words.at(i));
            if (i > 0 && mayJoin(words.at(i - 1), words.at(i)))
                pairs.insert(words.at(i - 1) + words.at(i));
        }
        forEachWord(text, [&result](QStringView word) {
            // Hyphen and dot joins only: the spelled forms (cplusplus, dotnet) are never typed apart.
            const QList<Run> runs = runsOf(word);
            for (const QString& special : wordSpecials(word, nullptr)) {
                if (!special.endsWith(QStringLiteral("plusplus")) && !special.endsWith(QStringLiteral("sharp")) &&
                    !special.startsWith(QStringLiteral("dot")) && runs.size() >= 2)
                    result.insert(special);
            }
        });
    }
    for (const QString& pair : std::as_const(pairs)) {
        if (vocabulary.contains(pair))
            result.insert(pair);
    }
    return result;
}

} // namespace cg
