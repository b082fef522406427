#pragma once

#include <QString>

namespace cg {

// The longest text the generator stores, by kind of field, so that a mistaken or hostile source cannot make the
// content database, and every start of the app, slow and large (a 52 MB text once took 19 s and 2.2 GB to open).
// resources/data/README.md states the same limits; the longest field shipped today is about a twentieth of its limit.
class FieldLimits final
{
public:
    enum class Kind
    {
        Name,      // names, titles, labels, codes, amounts, dates: one line
        Url,       // a web address
        Paragraph, // descriptions, summaries, duties, notes, answers, official task and description text
    };

    FieldLimits() = delete;

    static constexpr qsizetype maxLength(Kind kind)
    {
        return kind == Kind::Name ? 200 : kind == Kind::Url ? 2000 : 20000;
    }
    // Empty when `text` fits; otherwise the reason, naming the field as `field` (already quoted as the caller likes).
    static QString check(const QString& field, QStringView text, Kind kind);
};

} // namespace cg
