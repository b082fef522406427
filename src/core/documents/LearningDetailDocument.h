#pragma once

#include "content/LearningStep.h"
#include "content/Source.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace cg {

// The Learning Path's detail pane: the page of one education route or of one step of a path, with each resource
// and each text cited by title, publisher and as-of date.
class LearningDetailDocument final
{
    // The texts keep the translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(cg::LearningPathTab)

public:
    // kindName: the route's kind as the routes table names it.
    static QString route(const EducationRoute& route, const QString& kindName, const QHash<QString, Source>& sources);
    // number: the step's place in its path, from 1; pathSteps: the steps of that path, to name prerequisites by
    // title; skillNames: skill slug → name; knownSkills: the slugs the user says they know.
    static QString step(const LearningStep& step, int number, const QList<LearningStep>& pathSteps,
                        const QHash<QString, QString>& skillNames, const QSet<QString>& knownSkills,
                        const QHash<QString, Source>& sources);
};

} // namespace cg
