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

    // Every read below returns an empty value when the database fails: the reason goes to *error, or, when error
    // is null, to QueryErrors (see ReadQuery).
    QList<EducationRoute> routes(QString* error = nullptr) const;
    QList<LearningPath> paths(QString* error = nullptr) const; // without steps
    LearningPath path(const QString& slug, QString* error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace cg
