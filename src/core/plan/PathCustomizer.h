#pragma once

#include "content/LearningStep.h"
#include "plan/PathCustomization.h"
#include "plan/StepTopic.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cg {

// Merges a learning path from the content with the person's own version of it (PathCustomization): each step's
// topics become the content's and their own, in the order they chose, without the ones they hid. The result is a
// plain LearningPath, so coverage, planning, the printout and the calendar all see the same topics in the same order:
// own topics count with their hours, hidden ones not at all. Own topics under a step the content no longer has, and
// keys of topics it no longer has, are ignored. Pure.
class PathCustomizer final
{
    Q_DECLARE_TR_FUNCTIONS(cg::PathCustomizer)

public:
    // An own topic as a topic of its step: its key as slug, its note as what it is, its link as the one resource.
    static Topic toTopic(const OwnTopic& own);

    // The step's topics in the person's order, hidden ones included and marked: the content's topics, then own ones
    // (newest last), re-ordered by the kept order; topics the kept order does not name stay after those it does,
    // in that default order. A step without content topics is listed as one topic with the step's slug and hours.
    static QList<StepTopic> stepTopics(const LearningStep& step, const PathCustomization& custom);

    // The path with every step's topics as stepTopics() gives them, less the hidden ones. A step whose topics are
    // all hidden has no hours left; a step without content topics keeps being planned as a whole unless own topics
    // were added to it or it was hidden.
    static LearningPath apply(const LearningPath& path, const PathCustomization& custom);

    // The step's topic keys (hidden ones too) after moving `key` by `delta` places; empty when it cannot move.
    static QStringList moved(const QList<StepTopic>& topics, const QString& key, int delta);
};

} // namespace cg
