#pragma once

#include "content/Topic.h"

namespace cg {

// One line of a step's topic list as the person keeps it: a content topic or one of their own (as a Topic whose
// slug is its "own:<id>" key), and whether they hid it. A step without topics of its own is listed as one topic,
// the step itself, so it can be ticked off and hidden like any other.
struct StepTopic
{
    Topic topic;
    qint64 ownId = 0; // > 0 for an own topic
    bool hidden = false;

    bool isOwn() const { return ownId > 0; }
    const QString& key() const { return topic.slug; }
};

} // namespace cg
