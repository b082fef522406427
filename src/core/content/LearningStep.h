#pragma once

#include "content/Topic.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cg {

struct LearningResource
{
    QString slug;
    QString kind; // course, certificate, simulation, book, community
    QString title;
    QString provider;
    QString platform;
    QString rating;
    QString learners;
    QString averageTime;
    QString sourceId;
    QString asOf;
    QString note;
};

// One step of a learning path. slug is stable across content releases: progress is keyed by it.
struct LearningStep
{
    QString slug;
    int position = 0;
    QString title;
    QString description;
    int hours = 0; // our estimate
    QString hoursBasis;
    QStringList prerequisites; // slugs of steps in the same path
    QStringList skills;        // skill slugs taught
    QStringList routes;        // route slugs this step belongs to; empty: every route
    QList<LearningResource> resources;
    QStringList sourceIds; // the articles the step was written from
    QList<Topic> topics;   // in study order; a step without topics is planned as a whole
    StepProject project;
};

struct LearningPath
{
    QString slug;
    QString roleSlug;
    QString name;
    QList<LearningStep> steps;
    QList<TopicGroup> groups; // the pick-one groups its topics name
};

struct EducationRoute
{
    QString slug;
    QString name;
    QString kind;
    QString description;
    QString duration;
    QStringList sourceIds; // the articles the description and duration come from
};

} // namespace cg
