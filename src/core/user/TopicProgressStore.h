#pragma once

#include "user/SaveResult.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace cg {

// Which topics of a study plan the person ticked off, in the user database, keyed by topic slug (or an own topic's
// key) so a content update that re-orders or renames topics keeps them. Each change is committed before the call
// returns; removing the plan removes its topic progress with it.
class TopicProgressStore final
{
    Q_DECLARE_TR_FUNCTIONS(cg::TopicProgressStore)

public:
    explicit TopicProgressStore(QSqlDatabase db);

    // The slugs ticked off in the plan; *error (if given) says why nothing could be read.
    QSet<QString> doneTopics(qint64 planId, QString* error = nullptr) const;
    // Ticks the topic off (or takes it back) only if it is still as `read` (what the view showed): refused as stale
    // when another window changed it since, so a newer saved state is never overwritten.
    SaveResult changeDone(qint64 planId, const QString& topicSlug, bool read, bool edited);

private:
    QSqlDatabase m_db;
};

} // namespace cg
