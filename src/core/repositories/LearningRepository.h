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
    // The path with its steps, each with its resources, topics (with skills, technologies and resources) and
    // practice project, and the pick-one groups its topics name.
    LearningPath path(const QString& slug, QString* error = nullptr) const;

    // The topics of every path that teach `skillSlug`, in path and study order, without their resources: what the
    // Skills tab says a skill is learnt through. A topic is known once all the skills it lists are.
    QList<Topic> topicsTeaching(const QString& skillSlug, QString* error = nullptr) const;

private:
    bool readTopics(qint64 pathId, const QList<qint64>& stepIds, LearningPath* path, QString* error) const;

    QSqlDatabase m_db;
};

} // namespace cg
