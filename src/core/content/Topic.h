#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cg {

// A free page to learn a topic from. kind says what it is: "official documentation" for a project's own manual.
struct TopicResource
{
    QString kind;
    QString title;
    QString url; // https
};

// One topic of a learning step: the unit progress is kept in. slug is stable across content releases and unique
// across paths, so progress keyed by it survives re-worded or re-ordered content.
struct Topic
{
    QString slug;
    QString title;
    QString what; // what it is, one or two plain sentences
    QString why;  // why a back-end developer needs it
    int hours = 0;
    QString hoursBasis;
    QStringList skills;       // skill slugs taught; the topic is known when every one of them is
    QStringList technologies; // O*NET technology names (technology_example)
    QString oneOf;            // pick-one group slug; empty for a topic every plan needs
    QList<TopicResource> resources;
};

// Topics that are alternatives within one step (one language, one framework): learning one of them is enough.
struct TopicGroup
{
    QString slug;
    QString title;
    QString note;
};

// The step's practice project, in a title and a one-paragraph brief.
struct StepProject
{
    QString title;
    QString brief;

    bool isEmpty() const { return title.isEmpty(); }
};

} // namespace cg
