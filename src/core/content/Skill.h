#pragma once

#include <QString>

namespace cg {

struct Skill
{
    QString slug;
    QString name;
    QString kind;     // hard or soft
    QString category; // language, framework, database, ...
    QString description;
    int roleCount = 0; // how many roles list it
};

} // namespace cg
