#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cg {

// What a person typed, read as search reads it (SearchTerms), and the FTS5 MATCH expression that finds it.
// Each typed word becomes one quoted prefix string (FtsQuery::quote), so FTS5 syntax in the text is plain text:
// - a punctuated name becomes its spelled form: "c++" → "cplusplus"*, ".net" → "dotnet"*, "back-end" → "backend"*;
// - two neighbouring words that form a known compound become one: "back end" → "backend"*;
// - a word with a synonym also finds the synonym: "js" → ("js"* OR "javascript"), "javascript" → (… OR "js").
// The expression is meant to be bound as a parameter, never spliced into SQL.
class SearchQuery final
{
public:
    // The synonyms of the content: term → what it stands for (js → JavaScript).
    using Synonyms = QHash<QString, QString>;

    // The joined forms of the text's neighbouring words: the compounds it could contain, to look up.
    static QStringList compoundCandidates(const QString& text);

    SearchQuery(const QString& text, const QSet<QString>& compounds, const Synonyms& synonyms = {});

    bool isEmpty() const { return m_units.isEmpty(); }
    // The MATCH expression; empty when the text holds nothing searchable.
    QString match() const { return m_match; }
    // The text as SearchTerms::key gives a title, to compare with the index's title_key.
    QString key() const { return m_key; }
    // Expressions that hold where the title (its title_key) is the text, or starts with it: `{title_key} : ^"sql"`
    // and `{title_key} : ^"sql"*`; empty when the text holds nothing searchable.
    QString titleIs() const { return m_titleIs; }
    QString titleStarts() const { return m_titleStarts; }
    // The typed words and the synonyms they stand for, to show where a hit matched (SearchSnippet).
    QStringList words() const { return m_words; }

private:
    struct Unit
    {
        QString token;  // one folded word, or
        QString phrase; // a typed word of several (o'brien), searched as FTS5 reads it
    };

    QList<Unit> m_units;
    QStringList m_words;
    QString m_match;
    QString m_key;
    QString m_titleIs;
    QString m_titleStarts;
};

} // namespace cg
