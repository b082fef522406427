#pragma once

#include "content/Skill.h"

#include <QList>
#include <QSqlDatabase>

namespace cg {

// The skill catalogue.
class SkillRepository final
{
public:
    explicit SkillRepository(QSqlDatabase db);

    QList<Skill> all() const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
