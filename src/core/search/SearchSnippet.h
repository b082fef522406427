#pragma once

#include <QString>
#include <QStringList>

namespace cg {

// The few words of a text around the first word that starts with one of the searched words: the context line of a
// search hit. Like FTS5's snippet(), but run only on the hits shown, so showing them never runs the search again.
// Words compare as search reads them (SearchTerms): case and diacritics aside, split at anything not a letter or
// digit, so "end" finds "back-end" and "resume" finds "résumé", and "c++" finds "C++", not every word with a c.
class SearchSnippet final
{
public:
    static constexpr int Words = 10;

    static QString around(const QString& text, const QStringList& searched, int words = Words);
};

} // namespace cg
