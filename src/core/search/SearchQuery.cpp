#include "SearchQuery.h"

#include "FtsQuery.h"
#include "SearchTerms.h"

namespace cg {

namespace {
// A quoted FTS5 string without the prefix star: a synonym names a whole word.
QString exact(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}
} // namespace

QStringList SearchQuery::compoundCandidates(const QString& text)
{
    QStringList candidates;
    QStringList tokens;
    for (const QString& word : FtsQuery::words(text)) {
        const QStringList parts = SearchTerms::tokens(word);
        tokens += parts;
    }
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        if (SearchTerms::mayJoin(tokens.at(i - 1), tokens.at(i)))
            candidates.append(tokens.at(i - 1) + tokens.at(i));
    }
    candidates.removeDuplicates();
    return candidates;
}

SearchQuery::SearchQuery(const QString& text, const QSet<QString>& compounds, const Synonyms& synonyms)
{
    QStringList allTokens;
    m_words = FtsQuery::words(text);
    for (const QString& word : std::as_const(m_words)) {
        const QStringList tokens = SearchTerms::tokens(word);
        allTokens += tokens;
        const QString special = SearchTerms::specialOf(word);
        if (!special.isEmpty())
            m_units.append({special, {}});
        else if (tokens.size() == 1)
            m_units.append({tokens.first(), {}});
        else if (!tokens.isEmpty())
            m_units.append({{}, word});
    }
    // Neighbouring words that form a compound are searched as the compound, which the index gives every row that
    // has it in either form.
    for (qsizetype i = 0; i + 1 < m_units.size(); ++i) {
        const Unit& a = m_units.at(i);
        const Unit& b = m_units.at(i + 1);
        if (a.token.isEmpty() || b.token.isEmpty() || !SearchTerms::mayJoin(a.token, b.token) ||
            !compounds.contains(a.token + b.token))
            continue;
        m_units[i].token += b.token;
        m_units.removeAt(i + 1);
    }

    QHash<QString, QStringList> reverse;
    for (auto it = synonyms.cbegin(); it != synonyms.cend(); ++it)
        reverse[SearchTerms::tokens(it.value()).join(u' ')].append(it.key());

    QStringList parts;
    for (const Unit& unit : std::as_const(m_units)) {
        if (!unit.phrase.isEmpty()) {
            parts.append(FtsQuery::quote(unit.phrase));
            continue;
        }
        QStringList alternatives{FtsQuery::quote(unit.token)};
        const auto synonym = synonyms.constFind(unit.token);
        if (synonym != synonyms.cend()) {
            const QStringList expansion = SearchTerms::tokens(*synonym);
            if (!expansion.isEmpty()) {
                alternatives.append(exact(expansion.join(u' ')));
                m_words.append(expansion);
            }
        }
        QStringList shortForms = reverse.value(unit.token);
        shortForms.sort();
        for (const QString& term : std::as_const(shortForms))
            alternatives.append(exact(term));
        parts.append(alternatives.size() == 1 ? alternatives.first()
                                              : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }
    m_match = parts.join(QStringLiteral(" AND "));
    m_key = SearchTerms::key(allTokens, compounds);
    if (!m_key.isEmpty()) {
        m_titleIs = QStringLiteral("{title_key} : ^") + exact(m_key);
        m_titleStarts = QStringLiteral("{title_key} : ^") + FtsQuery::quote(m_key);
    }
}

} // namespace cg
