#include "user/TopicProgressStore.h"

#include "user/WriteTransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace cg {

TopicProgressStore::TopicProgressStore(QSqlDatabase db) : m_db(std::move(db)) {}

QSet<QString> TopicProgressStore::doneTopics(qint64 planId, QString* error) const
{
    QSet<QString> done;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT topic_slug FROM topic_progress WHERE plan_id = ? AND status = 'done'"))) {
        if (error)
            *error = tr("Could not read the topics you ticked off: %1").arg(query.lastError().text());
        return done;
    }
    query.addBindValue(planId);
    if (!query.exec()) {
        if (error)
            *error = tr("Could not read the topics you ticked off: %1").arg(query.lastError().text());
        return done;
    }
    while (query.next())
        done.insert(query.value(0).toString());
    return done;
}

SaveResult TopicProgressStore::changeDone(qint64 planId, const QString& topicSlug, bool read, bool edited)
{
    WriteTransaction write(m_db, tr("Your progress on this topic could not be saved"));
    QSqlQuery query(m_db);
    if (!write.exec(query,
                    QStringLiteral("SELECT status FROM study_plan LEFT JOIN topic_progress ON plan_id = id "
                                   "AND topic_slug = ? WHERE id = ?"),
                    {topicSlug, planId}))
        return write.result();
    if (!query.next()) {
        write.refuseStale(tr("This plan was deleted in another window, so your progress was not saved."));
        return write.result();
    }
    const bool current = query.value(0).toString() == QLatin1String("done");
    query.finish();
    if (current != read) {
        write.refuseStale(current ? tr("This topic was ticked off in another window, so your change was not saved.")
                                  : tr("This topic was taken back in another window, so your change was not saved."));
        return write.result();
    }
    if (current == edited)
        return SaveResult::saved(); // nothing to change; rolled back when `write` ends
    const bool ok =
        edited ? write.exec(query,
                            QStringLiteral("INSERT INTO topic_progress (plan_id, topic_slug, status, updated_at) "
                                           "VALUES (?, ?, 'done', ?)"),
                            {planId, topicSlug, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)})
               : write.exec(query, QStringLiteral("DELETE FROM topic_progress WHERE plan_id = ? AND topic_slug = ?"),
                            {planId, topicSlug});
    if (ok)
        write.commit();
    return write.result();
}

} // namespace cg
