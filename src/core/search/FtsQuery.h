#pragma once

#include <QString>
#include <QStringList>

namespace cg {

// Turns whatever a person types into an FTS5 MATCH expression that cannot be a syntax error and cannot use FTS5
// operators: every word becomes a quoted string (an inner " doubled) with a trailing * so it matches as a prefix,
// and the words must all match. Quotes, *, -, ^, :, brackets, NEAR, AND, OR and NOT are thereby plain text.
// Control and format characters split words; a word with no letter or digit is dropped, because the index's
// tokenizer would drop it too. The expression is meant to be bound as a parameter, never spliced into SQL.
class FtsQuery final
{
public:
    static constexpr int MaxWords = 16;      // words beyond these are ignored: more narrow nothing useful
    static constexpr int MaxWordLength = 64; // characters kept of a longer word (no indexed word is longer)

    // The cleaned words the expression is built from, in typed order.
    static QStringList words(const QString& text);
    // The MATCH expression, e.g. `"post"*`; empty when the text holds nothing searchable.
    static QString build(const QString& text);
    // An expression that holds where the column's first word starts with the text's first word, e.g.
    // `{title} : ^"post"*`; empty when the text holds nothing searchable. column must be one of the index's own.
    static QString firstWordStarts(const QString& text, const QString& column);
    // One word as a quoted FTS5 prefix string.
    static QString quote(const QString& word);
};

} // namespace cg
