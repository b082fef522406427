#pragma once

#include <QString>

namespace cg {

// One item the global search found. ref says where it lives: a role or skill slug, path/step for a learning step,
// a resource slug, an O*NET-SOC code for an occupation, role/country/id for a salary figure, a state's code.
struct SearchHit
{
    // Also the order in which result groups are shown.
    enum class Kind
    {
        Role,
        Skill,
        Occupation,
        Step,
        Resource,
        Salary, // a curated salary figure; ref: role slug/country code/figure id
        State   // a state of the pay-by-state data; ref: its USPS code
    };

    Kind kind = Kind::Role;
    QString ref;
    QString title;
    QString context; // a few words of the text around the match

    bool operator==(const SearchHit& other) const
    {
        return kind == other.kind && ref == other.ref && title == other.title && context == other.context;
    }
    bool operator!=(const SearchHit& other) const { return !(*this == other); }

    static constexpr int KindCount = 7;
    static QString
    kindKey(Kind kind); // the kind column of the search index: role, skill, occupation, step, resource, ...
    static QString kindName(Kind kind); // plural heading: "Roles", "Skills", ...
};

} // namespace cg
