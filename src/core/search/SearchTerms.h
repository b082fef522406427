#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace cg {

// How search sees words, on both sides of the index: the content generator uses it to fill the index's terms and
// title_key columns, and the search uses it on what a person types, so the two always agree.
//
// Words fold as the index's unicode61 tokenizer folds them (case and diacritics aside, split at anything not a
// letter or digit), with two additions the tokenizer cannot make:
// - names that are mostly punctuation get a spelled form: C++ → cplusplus, C# → csharp, .NET → dotnet; words joined
//   by a hyphen or a dot also get their joined form: back-end → backend, Node.js → nodejs, ASP.NET → aspnet;
// - two neighbouring words whose joined form is a word of the content (a "compound": backend, fullstack, devops)
//   also carry that joined form, so "back end", "back-end" and "backend" are one search. The compounds are found
//   by the generator (compounds()) and stored with the content.
class SearchTerms final
{
public:
    SearchTerms() = delete;

    // Lower case without diacritics, as unicode61 with remove_diacritics folds.
    static QString fold(QStringView text);
    // The text's words in order, folded; C++ and C# are one word each (cplusplus, csharp).
    static QStringList tokens(QStringView text);
    // The spelled and joined forms of the text's punctuated names: cplusplus, csharp, dotnet, nodejs, backend.
    static QStringList specials(QStringView text);
    // The forms one typed word stands for, when it is a punctuated name: "c++" → cplusplus, "back-end" → backend,
    // ".net" → dotnet; empty for a plain word.
    static QString specialOf(QStringView word);
    // Whether the two neighbouring words a and b may form a compound at all (both long enough, with a letter).
    static bool mayJoin(const QString& a, const QString& b);
    // Neighbouring token pairs of tokens whose joined form is one of compounds.
    static QStringList joins(const QStringList& tokens, const QSet<QString>& compounds);
    // The tokens with every neighbouring pair that forms a compound joined, left to right, separated by spaces:
    // "Back-End Developer" and "back end developer" both give "backend developer". Exact-title ranking compares these.
    static QString key(const QStringList& tokens, const QSet<QString>& compounds);
    // The extra words of the index's terms column for a text: its specials and compound joins, deduplicated.
    static QStringList indexTerms(QStringView text, const QSet<QString>& compounds);
    // The compounds of a set of texts: hyphen and dot joins, and joined neighbouring pairs that occur as one word.
    static QSet<QString> compounds(const QStringList& texts);
};

} // namespace cg
