#pragma once

#include "plan/OwnTopic.h"
#include "plan/PathCustomization.h"
#include "user/SaveResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cg {

// The person's own version of each learning path in the user database: topics they added (title, link, hours,
// note, under a step), topics they hid, and the order of each step's topics. Kept per path, keyed by content slugs
// and own-topic keys, so it survives content updates. Every change is one transaction, committed before the call
// returns; an own topic is only saved when OwnTopic::problem() finds nothing wrong.
class OwnPathStore final
{
    Q_DECLARE_TR_FUNCTIONS(cg::OwnPathStore)

public:
    explicit OwnPathStore(QSqlDatabase db);

    // Everything kept for the path; *error (if given) says why nothing could be read.
    PathCustomization customization(const QString& pathSlug, QString* error = nullptr) const;

    // Saves a new own topic (its id is ignored). Returns the new id, or 0 with *error set.
    qint64 addTopic(const OwnTopic& topic, QString* error);
    // Saves the fields of `edited` over the topic as `read` (what the dialog showed): refused as stale when another
    // window changed or removed it since.
    SaveResult changeTopic(const OwnTopic& read, const OwnTopic& edited);
    // Removes the own topic with its hiding, its place in the order and its progress in every plan.
    SaveResult removeTopic(qint64 id);

    SaveResult setHidden(const QString& pathSlug, const QString& topicKey, bool hidden);
    // Keeps `keys` as the order of the step's topics (an empty list goes back to the content's order).
    SaveResult setOrder(const QString& pathSlug, const QString& stepSlug, const QStringList& keys);

private:
    QSqlDatabase m_db;
};

} // namespace cg
