#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace cg {

// The person's self-assessment: one status per skill, shared by every role. Each change is committed at once.
class SkillAssessmentStore final
{
public:
    enum class Status { Unknown, Want, Learning, Know };

    explicit SkillAssessmentStore(QSqlDatabase db);

    QHash<QString, Status> all() const;
    Status status(const QString& skillSlug) const;
    // Status::Unknown removes the mark. Returns false with *error when the change could not be committed.
    bool setStatus(const QString& skillSlug, Status status, QString* error);

    static QString toKey(Status status);
    static Status fromKey(const QString& key);
    static QString displayName(Status status);

private:
    QSqlDatabase m_db;
};

} // namespace cg
