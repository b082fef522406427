#pragma once

#include "content/LearningStep.h"

#include <QList>
#include <QSqlDatabase>

namespace cg {

// Education routes and learning paths with their ordered steps and resources.
class LearningRepository final
{
public:
    explicit LearningRepository(QSqlDatabase db);

    QList<EducationRoute> routes() const;
    QList<LearningPath> paths() const; // without steps
    LearningPath path(const QString& slug) const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
