#include "LearningRepository.h"

#include <QSqlQuery>

namespace cg {

LearningRepository::LearningRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<EducationRoute> LearningRepository::routes() const
{
    QList<EducationRoute> routes;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT slug, name, kind, description, duration, "
        "  (SELECT group_concat(source_id, char(31)) FROM (SELECT rs.source_id FROM route_source rs "
        "   WHERE rs.route_id = education_route.id ORDER BY rs.source_id)) "
        "FROM education_route ORDER BY id"));
    while (query.next())
        routes.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(),
                       query.value(5).toString().split(QChar(31), Qt::SkipEmptyParts)});
    return routes;
}

QList<LearningPath> LearningRepository::paths() const
{
    QList<LearningPath> paths;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT p.slug, r.slug, p.name FROM learning_path p JOIN role r ON r.id = p.role_id "
                              "ORDER BY p.id"));
    while (query.next())
        paths.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), {}});
    return paths;
}

LearningPath LearningRepository::path(const QString& slug) const
{
    LearningPath path;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT p.id, p.slug, r.slug, p.name FROM learning_path p "
                                 "JOIN role r ON r.id = p.role_id WHERE p.slug = ?"));
    query.addBindValue(slug);
    if (!query.exec() || !query.next())
        return path;
    const qint64 pathId = query.value(0).toLongLong();
    path.slug = query.value(1).toString();
    path.roleSlug = query.value(2).toString();
    path.name = query.value(3).toString();

    query.prepare(QStringLiteral(
        "SELECT s.id, s.slug, s.position, s.title, s.description, s.hours, s.hours_basis, "
        "  (SELECT group_concat(q.slug, char(31)) FROM step_prerequisite sp JOIN learning_step q ON q.id = sp.requires_id "
        "   WHERE sp.step_id = s.id), "
        "  (SELECT group_concat(k.slug, char(31)) FROM step_skill ss JOIN skill k ON k.id = ss.skill_id "
        "   WHERE ss.step_id = s.id), "
        "  (SELECT group_concat(source_id, char(31)) FROM (SELECT st.source_id FROM step_source st "
        "   WHERE st.step_id = s.id ORDER BY st.source_id)), "
        "  (SELECT group_concat(slug, char(31)) FROM (SELECT r.slug FROM step_route sr "
        "   JOIN education_route r ON r.id = sr.route_id WHERE sr.step_id = s.id ORDER BY r.id)) "
        "FROM learning_step s WHERE s.path_id = ? ORDER BY s.position"));
    query.addBindValue(pathId);
    query.exec();
    QList<qint64> stepIds;
    while (query.next()) {
        LearningStep step;
        stepIds.append(query.value(0).toLongLong());
        step.slug = query.value(1).toString();
        step.position = query.value(2).toInt();
        step.title = query.value(3).toString();
        step.description = query.value(4).toString();
        step.hours = query.value(5).toInt();
        step.hoursBasis = query.value(6).toString();
        step.prerequisites = query.value(7).toString().split(QChar(31), Qt::SkipEmptyParts);
        step.skills = query.value(8).toString().split(QChar(31), Qt::SkipEmptyParts);
        step.sourceIds = query.value(9).toString().split(QChar(31), Qt::SkipEmptyParts);
        step.routes = query.value(10).toString().split(QChar(31), Qt::SkipEmptyParts);
        path.steps.append(step);
    }

    QSqlQuery resources(m_db);
    resources.prepare(QStringLiteral(
        "SELECT r.slug, r.kind, r.title, r.provider, r.platform, r.rating, r.learners, r.average_time, r.source_id, "
        "       r.as_of, r.note "
        "FROM step_resource sr JOIN learning_resource r ON r.id = sr.resource_id WHERE sr.step_id = ? ORDER BY r.id"));
    for (qsizetype i = 0; i < path.steps.size(); ++i) {
        resources.addBindValue(stepIds.at(i));
        resources.exec();
        while (resources.next()) {
            LearningResource resource;
            resource.slug = resources.value(0).toString();
            resource.kind = resources.value(1).toString();
            resource.title = resources.value(2).toString();
            resource.provider = resources.value(3).toString();
            resource.platform = resources.value(4).toString();
            resource.rating = resources.value(5).toString();
            resource.learners = resources.value(6).toString();
            resource.averageTime = resources.value(7).toString();
            resource.sourceId = resources.value(8).toString();
            resource.asOf = resources.value(9).toString();
            resource.note = resources.value(10).toString();
            path.steps[i].resources.append(resource);
        }
    }
    return path;
}

} // namespace cg
