#pragma once

#include "plan/OwnTopic.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cg {

// The person's own version of one learning path, as the user database keeps it: their own topics, the topics they
// hid (content slugs or own keys) and, per step, the order they put its topics in. Keys the content no longer has
// are kept but ignored (PathCustomizer), so a content update never loses or breaks anything.
struct PathCustomization
{
    QList<OwnTopic> ownTopics;         // by id
    QSet<QString> hidden;              // topic keys
    QHash<QString, QStringList> order; // step slug -> topic keys in the person's order

    bool isEmpty() const { return ownTopics.isEmpty() && hidden.isEmpty() && order.isEmpty(); }
};

} // namespace cg
