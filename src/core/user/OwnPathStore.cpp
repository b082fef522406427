#include "user/OwnPathStore.h"

#include "user/WriteTransaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace cg {

namespace {
QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// A null QString binds as SQL NULL; an empty link or note is stored as ''.
QString text(const QString& value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}
} // namespace

OwnPathStore::OwnPathStore(QSqlDatabase db) : m_db(std::move(db)) {}

PathCustomization OwnPathStore::customization(const QString& pathSlug, QString* error) const
{
    PathCustomization custom;
    const auto fail = [&](const QSqlQuery& query) {
        if (error)
            *error = tr("Could not read your own topics: %1").arg(query.lastError().text());
        return PathCustomization();
    };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id, step_slug, title, url, hours, note, updated_at FROM own_topic "
                                      "WHERE path_slug = ? ORDER BY id")))
        return fail(query);
    query.addBindValue(pathSlug);
    if (!query.exec())
        return fail(query);
    while (query.next()) {
        OwnTopic topic;
        topic.id = query.value(0).toLongLong();
        topic.pathSlug = pathSlug;
        topic.stepSlug = query.value(1).toString();
        topic.title = query.value(2).toString();
        topic.url = query.value(3).toString();
        topic.hours = query.value(4).toInt();
        topic.note = query.value(5).toString();
        topic.updatedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
        custom.ownTopics.append(topic);
    }
    if (!query.prepare(QStringLiteral("SELECT topic_key FROM hidden_topic WHERE path_slug = ?")))
        return fail(query);
    query.addBindValue(pathSlug);
    if (!query.exec())
        return fail(query);
    while (query.next())
        custom.hidden.insert(query.value(0).toString());
    if (!query.prepare(QStringLiteral(
            "SELECT step_slug, topic_key FROM topic_order WHERE path_slug = ? ORDER BY step_slug, position")))
        return fail(query);
    query.addBindValue(pathSlug);
    if (!query.exec())
        return fail(query);
    while (query.next())
        custom.order[query.value(0).toString()].append(query.value(1).toString());
    return custom;
}

qint64 OwnPathStore::addTopic(const OwnTopic& topic, QString* error)
{
    const QString problem = topic.problem();
    if (!problem.isEmpty() || topic.pathSlug.isEmpty() || topic.stepSlug.isEmpty()) {
        if (error)
            *error = problem.isEmpty() ? tr("Choose a step for the topic.") : problem;
        return 0;
    }
    WriteTransaction write(m_db, tr("Your topic could not be saved"));
    QSqlQuery query(m_db);
    if (!write.exec(query,
                    QStringLiteral("INSERT INTO own_topic (path_slug, step_slug, title, url, hours, note, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {topic.pathSlug, topic.stepSlug, topic.title.trimmed(), text(topic.url), topic.hours,
                     text(topic.note), nowText()})) {
        if (error)
            *error = write.result().error;
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!write.commit()) {
        if (error)
            *error = write.result().error;
        return 0;
    }
    return id;
}

SaveResult OwnPathStore::changeTopic(const OwnTopic& read, const OwnTopic& edited)
{
    const QString problem = edited.problem();
    if (!problem.isEmpty())
        return SaveResult::failed(problem);
    WriteTransaction write(m_db, tr("Your topic could not be saved"));
    QSqlQuery query(m_db);
    if (!write.exec(query, QStringLiteral("SELECT title, url, hours, note FROM own_topic WHERE id = ?"), {read.id}))
        return write.result();
    if (!query.next()) {
        write.refuseStale(tr("This topic was removed in another window, so your change was not saved."));
        return write.result();
    }
    OwnTopic current = read;
    current.title = query.value(0).toString();
    current.url = query.value(1).toString();
    current.hours = query.value(2).toInt();
    current.note = query.value(3).toString();
    query.finish();
    if (!current.sameFields(read)) {
        write.refuseStale(tr("This topic was changed in another window, so your change was not saved. "
                             "Edit it again if you still want to."));
        return write.result();
    }
    if (current.sameFields(edited))
        return SaveResult::saved();
    if (write.exec(
            query,
            QStringLiteral("UPDATE own_topic SET title = ?, url = ?, hours = ?, note = ?, updated_at = ? WHERE id = ?"),
            {edited.title.trimmed(), text(edited.url), edited.hours, text(edited.note), nowText(), read.id}))
        write.commit();
    return write.result();
}

SaveResult OwnPathStore::removeTopic(qint64 id)
{
    WriteTransaction write(m_db, tr("Your topic could not be removed"));
    QSqlQuery query(m_db);
    const QString key = OwnTopic::keyFor(id);
    if (write.exec(query, QStringLiteral("DELETE FROM hidden_topic WHERE topic_key = ?"), {key}) &&
        write.exec(query, QStringLiteral("DELETE FROM topic_order WHERE topic_key = ?"), {key}) &&
        write.exec(query, QStringLiteral("DELETE FROM topic_progress WHERE topic_slug = ?"), {key}) &&
        write.exec(query, QStringLiteral("DELETE FROM own_topic WHERE id = ?"), {id}))
        write.commit();
    return write.result();
}

SaveResult OwnPathStore::setHidden(const QString& pathSlug, const QString& topicKey, bool hidden)
{
    WriteTransaction write(m_db, hidden ? tr("The topic could not be hidden") : tr("The topic could not be shown"));
    QSqlQuery query(m_db);
    const bool ok =
        hidden
            ? write.exec(query,
                         QStringLiteral("INSERT INTO hidden_topic (path_slug, topic_key, updated_at) VALUES (?, ?, ?) "
                                        "ON CONFLICT (path_slug, topic_key) DO NOTHING"),
                         {pathSlug, topicKey, nowText()})
            : write.exec(query, QStringLiteral("DELETE FROM hidden_topic WHERE path_slug = ? AND topic_key = ?"),
                         {pathSlug, topicKey});
    if (ok)
        write.commit();
    return write.result();
}

SaveResult OwnPathStore::setOrder(const QString& pathSlug, const QString& stepSlug, const QStringList& keys)
{
    WriteTransaction write(m_db, tr("The order of the topics could not be saved"));
    QSqlQuery query(m_db);
    if (!write.exec(query, QStringLiteral("DELETE FROM topic_order WHERE path_slug = ? AND step_slug = ?"),
                    {pathSlug, stepSlug}))
        return write.result();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!write.exec(query,
                        QStringLiteral(
                            "INSERT INTO topic_order (path_slug, step_slug, position, topic_key) VALUES (?, ?, ?, ?)"),
                        {pathSlug, stepSlug, qint64(i), keys.at(i)}))
            return write.result();
    }
    write.commit();
    return write.result();
}

} // namespace cg
