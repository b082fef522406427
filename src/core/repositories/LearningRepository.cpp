#include "LearningRepository.h"

#include "database/ReadQuery.h"

#include <QHash>
#include <QPair>

namespace cg {

namespace {
LearningResource resourceAt(const ReadQuery& row)
{
    LearningResource resource;
    resource.slug = row.value(0).toString();
    resource.kind = row.value(1).toString();
    resource.title = row.value(2).toString();
    resource.provider = row.value(3).toString();
    resource.platform = row.value(4).toString();
    resource.rating = row.value(5).toString();
    resource.learners = row.value(6).toString();
    resource.averageTime = row.value(7).toString();
    resource.sourceId = row.value(8).toString();
    resource.asOf = row.value(9).toString();
    resource.note = row.value(10).toString();
    return resource;
}
} // namespace

LearningRepository::LearningRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<EducationRoute> LearningRepository::routes(QString* error) const
{
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT slug, name, kind, description, duration, "
                       "  (SELECT group_concat(source_id, char(31)) FROM (SELECT rs.source_id FROM route_source rs "
                       "   WHERE rs.route_id = education_route.id ORDER BY rs.source_id)) "
                       "FROM education_route ORDER BY id"),
        {},
        [](const ReadQuery& row) {
            return EducationRoute{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                  row.value(3).toString(), row.value(4).toString(), row.list(5)};
        },
        error);
}

QList<LearningPath> LearningRepository::paths(QString* error) const
{
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT p.slug, r.slug, p.name FROM learning_path p JOIN role r ON r.id = p.role_id "
                       "ORDER BY p.id"),
        {},
        [](const ReadQuery& row) {
            return LearningPath{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), {}, {}};
        },
        error);
}

LearningPath LearningRepository::path(const QString& slug, QString* error) const
{
    LearningPath path;
    ReadQuery query(m_db);
    query.select(QStringLiteral("SELECT p.id, p.slug, r.slug, p.name FROM learning_path p "
                                "JOIN role r ON r.id = p.role_id WHERE p.slug = ?"),
                 {slug});
    if (!query.next())
        return query.result(path, error);
    const qint64 pathId = query.value(0).toLongLong();
    path.slug = query.value(1).toString();
    path.roleSlug = query.value(2).toString();
    path.name = query.value(3).toString();

    query.select(
        QStringLiteral("SELECT s.id, s.slug, s.position, s.title, s.description, s.hours, s.hours_basis, "
                       "  (SELECT group_concat(q.slug, char(31)) FROM step_prerequisite sp "
                       "   JOIN learning_step q ON q.id = sp.requires_id WHERE sp.step_id = s.id), "
                       "  (SELECT group_concat(k.slug, char(31)) FROM step_skill ss JOIN skill k ON k.id = ss.skill_id "
                       "   WHERE ss.step_id = s.id), "
                       "  (SELECT group_concat(source_id, char(31)) FROM (SELECT st.source_id FROM step_source st "
                       "   WHERE st.step_id = s.id ORDER BY st.source_id)), "
                       "  (SELECT group_concat(slug, char(31)) FROM (SELECT r.slug FROM step_route sr "
                       "   JOIN education_route r ON r.id = sr.route_id WHERE sr.step_id = s.id ORDER BY r.id)) "
                       "FROM learning_step s WHERE s.path_id = ? ORDER BY s.position"),
        {pathId});
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
        step.prerequisites = query.list(7);
        step.skills = query.list(8);
        step.sourceIds = query.list(9);
        step.routes = query.list(10);
        path.steps.append(step);
    }

    for (qsizetype i = 0; i < path.steps.size(); ++i) {
        query.select(QStringLiteral("SELECT r.slug, r.kind, r.title, r.provider, r.platform, r.rating, r.learners, "
                                    "       r.average_time, r.source_id, r.as_of, r.note "
                                    "FROM step_resource sr JOIN learning_resource r ON r.id = sr.resource_id "
                                    "WHERE sr.step_id = ? ORDER BY r.id"),
                     {stepIds.at(i)});
        while (query.next())
            path.steps[i].resources.append(resourceAt(query));
    }
    if (query.failed())
        return query.result(path, error);
    return readTopics(pathId, stepIds, &path, error) ? path : LearningPath();
}

QList<Topic> LearningRepository::topicsTeaching(const QString& skillSlug, QString* error) const
{
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT t.slug, t.title, t.what, t.why, t.hours, t.hours_basis, coalesce(t.one_of, ''), "
                       "  (SELECT group_concat(k.slug, char(31)) FROM (SELECT k.slug FROM topic_skill ts "
                       "   JOIN skill k ON k.id = ts.skill_id WHERE ts.topic_id = t.id ORDER BY k.id) k), "
                       "  (SELECT group_concat(technology, char(31)) FROM (SELECT tt.technology FROM topic_technology "
                       "   tt WHERE tt.topic_id = t.id ORDER BY tt.technology)) "
                       "FROM topic t JOIN learning_step s ON s.id = t.step_id "
                       "WHERE t.id IN (SELECT ts.topic_id FROM topic_skill ts JOIN skill k ON k.id = ts.skill_id "
                       "               WHERE k.slug = ?) "
                       "ORDER BY s.path_id, s.position, t.position"),
        {skillSlug},
        [](const ReadQuery& row) {
            Topic topic;
            topic.slug = row.value(0).toString();
            topic.title = row.value(1).toString();
            topic.what = row.value(2).toString();
            topic.why = row.value(3).toString();
            topic.hours = row.value(4).toInt();
            topic.hoursBasis = row.value(5).toString();
            topic.oneOf = row.value(6).toString();
            topic.skills = row.list(7);
            topic.technologies = row.list(8);
            return topic;
        },
        error);
}

bool LearningRepository::readTopics(qint64 pathId, const QList<qint64>& stepIds, LearningPath* path,
                                    QString* error) const
{
    QHash<qint64, qsizetype> stepIndex;
    for (qsizetype i = 0; i < stepIds.size(); ++i)
        stepIndex.insert(stepIds.at(i), i);

    ReadQuery query(m_db);
    query.select(QStringLiteral("SELECT p.step_id, p.title, p.brief FROM step_project p "
                                "JOIN learning_step s ON s.id = p.step_id WHERE s.path_id = ?"),
                 {pathId});
    while (query.next())
        path->steps[stepIndex.value(query.value(0).toLongLong())].project =
            StepProject{query.value(1).toString(), query.value(2).toString()};

    query.select(
        QStringLiteral("SELECT t.id, t.step_id, t.slug, t.title, t.what, t.why, t.hours, t.hours_basis, "
                       "  coalesce(t.one_of, ''), "
                       "  (SELECT group_concat(k.slug, char(31)) FROM (SELECT k.slug FROM topic_skill ts "
                       "   JOIN skill k ON k.id = ts.skill_id WHERE ts.topic_id = t.id ORDER BY k.id) k), "
                       "  (SELECT group_concat(technology, char(31)) FROM (SELECT tt.technology FROM topic_technology "
                       "   tt WHERE tt.topic_id = t.id ORDER BY tt.technology)) "
                       "FROM topic t JOIN learning_step s ON s.id = t.step_id WHERE s.path_id = ? "
                       "ORDER BY s.position, t.position"),
        {pathId});
    QHash<qint64, QPair<qsizetype, qsizetype>> topicIndex; // topic id -> (step, topic) index
    while (query.next()) {
        const qsizetype step = stepIndex.value(query.value(1).toLongLong());
        Topic topic;
        topic.slug = query.value(2).toString();
        topic.title = query.value(3).toString();
        topic.what = query.value(4).toString();
        topic.why = query.value(5).toString();
        topic.hours = query.value(6).toInt();
        topic.hoursBasis = query.value(7).toString();
        topic.oneOf = query.value(8).toString();
        topic.skills = query.list(9);
        topic.technologies = query.list(10);
        topicIndex.insert(query.value(0).toLongLong(), {step, path->steps.at(step).topics.size()});
        path->steps[step].topics.append(topic);
    }

    query.select(QStringLiteral("SELECT r.topic_id, r.kind, r.title, r.url FROM topic_resource r "
                                "JOIN topic t ON t.id = r.topic_id JOIN learning_step s ON s.id = t.step_id "
                                "WHERE s.path_id = ? ORDER BY r.topic_id, r.position"),
                 {pathId});
    while (query.next()) {
        const auto [step, topic] = topicIndex.value(query.value(0).toLongLong());
        path->steps[step].topics[topic].resources.append(
            TopicResource{query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    }

    query.select(QStringLiteral("SELECT g.slug, g.title, g.note FROM topic_group g WHERE g.slug IN "
                                "(SELECT t.one_of FROM topic t JOIN learning_step s ON s.id = t.step_id "
                                " WHERE s.path_id = ?) ORDER BY g.slug"),
                 {pathId});
    while (query.next())
        path->groups.append(
            TopicGroup{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return query.succeeded(error);
}

} // namespace cg
