#include "SkillAssessmentStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace cg {

SkillAssessmentStore::SkillAssessmentStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString SkillAssessmentStore::toKey(Status status)
{
    switch (status) {
    case Status::Know:
        return QStringLiteral("know");
    case Status::Learning:
        return QStringLiteral("learning");
    case Status::Want:
        return QStringLiteral("want");
    case Status::Unknown:
        break;
    }
    return {};
}

SkillAssessmentStore::Status SkillAssessmentStore::fromKey(const QString& key)
{
    if (key == QLatin1String("know"))
        return Status::Know;
    if (key == QLatin1String("learning"))
        return Status::Learning;
    if (key == QLatin1String("want"))
        return Status::Want;
    return Status::Unknown;
}

QString SkillAssessmentStore::displayName(Status status)
{
    switch (status) {
    case Status::Know:
        return QCoreApplication::translate("cg::SkillAssessmentStore", "I know it");
    case Status::Learning:
        return QCoreApplication::translate("cg::SkillAssessmentStore", "Learning");
    case Status::Want:
        return QCoreApplication::translate("cg::SkillAssessmentStore", "Want to learn");
    case Status::Unknown:
        break;
    }
    return QCoreApplication::translate("cg::SkillAssessmentStore", "Not assessed");
}

QHash<QString, SkillAssessmentStore::Status> SkillAssessmentStore::all() const
{
    QHash<QString, Status> statuses;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT skill_slug, status FROM skill_assessment"));
    while (query.next())
        statuses.insert(query.value(0).toString(), fromKey(query.value(1).toString()));
    return statuses;
}

SkillAssessmentStore::Status SkillAssessmentStore::status(const QString& skillSlug) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT status FROM skill_assessment WHERE skill_slug = ?"));
    query.addBindValue(skillSlug);
    if (query.exec() && query.next())
        return fromKey(query.value(0).toString());
    return Status::Unknown;
}

bool SkillAssessmentStore::setStatus(const QString& skillSlug, Status status, QString* error)
{
    QSqlQuery query(m_db);
    if (status == Status::Unknown) {
        query.prepare(QStringLiteral("DELETE FROM skill_assessment WHERE skill_slug = ?"));
        query.addBindValue(skillSlug);
    } else {
        query.prepare(QStringLiteral("INSERT INTO skill_assessment (skill_slug, status, updated_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT (skill_slug) DO UPDATE SET status = excluded.status, "
                                     "updated_at = excluded.updated_at"));
        query.addBindValue(skillSlug);
        query.addBindValue(toKey(status));
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    // A single statement in autocommit mode is its own transaction: when exec() returns true it is durable.
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace cg
