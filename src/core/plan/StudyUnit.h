#pragma once

#include <QString>
#include <QStringList>

namespace cg {

// One thing a step needs learnt: a topic, a pick-one group of topics (learning any one member is enough), or, for a
// step without topics, the step itself. Units are what progress rolls up from and what a plan's hours are made of.
struct StudyUnit
{
    QString group;          // the pick-one group's slug; empty for a single topic or a whole step
    QStringList topicSlugs; // the topic, the group's members in order, or the step's own slug
    int hours = 0;          // a group counts at its first member's hours, the one suggested
    bool done = false;      // ticked off: the topic, any member of the group, or the whole step
    bool known = false;     // the self-assessment knows every skill it teaches (any member, for a group)

    bool isCovered() const { return done || known; }
};

} // namespace cg
