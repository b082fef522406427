#pragma once

#include "SourceRef.h"

#include <QList>
#include <QString>

namespace cg {

// An O*NET 29.3 skill (content model 2.A, 2.B) or knowledge area (2.C) that occupations are rated on.
struct OnetElement
{
    QString elementId; // "2.A.1.a"
    QString name;
    QString description;
    QString domain;               // skill or knowledge
    QString group;                // the element it belongs to ("Content", "Social Skills"); may be empty
    int importantOccupations = 0; // occupations rating it important (ElementOccupations::MinimumImportance or more)
};

// An occupation rating an O*NET skill or knowledge area, as O*NET 29.3 states it (decimal text, as published).
struct ElementOccupation
{
    QString socCode;
    QString title;
    QString importance; // 1-5
    QString level;      // 0-7
    SourceRef source;
};

// The occupations where an element matters most: the first few of all that rate it important.
struct ElementOccupations
{
    // An importance of 3 ("important") or more, out of 5, as O*NET OnLine's own finder counts.
    static constexpr int MinimumImportance = 3;

    QList<ElementOccupation> top; // most important first, then highest level, then by title
    int total = 0;                // occupations that rate it important; top holds the first of them
};

// One technology example (software or a tool) O*NET 29.3 names, over every occupation that lists it.
struct TechnologyExample
{
    QString name;
    int occupationCount = 0;
    bool hot = false;      // a Hot Technology: often named in job postings
    int inDemandCount = 0; // occupations whose postings often name it (In Demand)
};

// Which technology examples to list, and in which order: the text is matched anywhere in the name, case aside.
struct TechnologyQuery
{
    enum class Order
    {
        Name,
        Occupations,
        InDemand
    };

    QString text;
    bool hotOnly = false;
    Order order = Order::Name;
    bool descending = false;

    bool operator==(const TechnologyQuery& other) const
    {
        return text == other.text && hotOnly == other.hotOnly && order == other.order && descending == other.descending;
    }
    bool operator!=(const TechnologyQuery& other) const { return !(*this == other); }
};

} // namespace cg
