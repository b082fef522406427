#pragma once

#include "user/SaveResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace cg {

// The person's self-assessment: one status per skill, shared by every role. Each change is committed at once.
// A curated skill is keyed by its slug (lower-case words joined by '-'); an O*NET skill or knowledge area and a
// technology by onetKey() and technologyKey(), whose ':' no slug can hold, so the keys never collide.
class SkillAssessmentStore final
{
    Q_DECLARE_TR_FUNCTIONS(cg::SkillAssessmentStore)

public:
    enum class Status
    {
        Unknown,
        Want,
        Learning,
        Know
    };

    explicit SkillAssessmentStore(QSqlDatabase db);

    // *error (if given) says why nothing could be read.
    QHash<QString, Status> all(QString* error = nullptr) const;
    Status status(const QString& skillSlug) const;
    // Status::Unknown removes the mark. Returns false with *error when the change could not be committed.
    bool setStatus(const QString& skillSlug, Status status, QString* error);
    // Sets the status only if it is still `read` (what the view showed): refused as stale when another window
    // changed it since, so a newer saved status is never overwritten.
    SaveResult changeStatus(const QString& skillSlug, Status read, Status edited);

    static QString onetKey(const QString& elementId);     // "onet:2.A.1.a"
    static QString technologyKey(const QString& example); // "tech:Kubernetes"

    static QString toKey(Status status);
    static Status fromKey(const QString& key);
    static QString displayName(Status status);

private:
    QSqlDatabase m_db;
};

} // namespace cg
