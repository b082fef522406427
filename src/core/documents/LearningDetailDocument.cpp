#include "LearningDetailDocument.h"

#include "Html.h"

namespace cg {

namespace {

// "Title (Publisher), as of 2024-05"; asOf, when given, is the date of the cited item rather than the source's.
QString citation(const QHash<QString, Source>& sources, const QString& sourceId, const QString& asOf = {})
{
    const Source source = sources.value(sourceId);
    QString text = source.title.isEmpty() ? sourceId : source.title;
    if (!source.publisher.isEmpty() && !text.contains(source.publisher))
        text = QCoreApplication::translate("cg::LearningPathTab", "%1 (%2)").arg(text, source.publisher);
    QString date = asOf;
    if (date.isEmpty())
        date = source.asOf.isEmpty() ? source.published : source.asOf;
    return date.isEmpty() ? text : QCoreApplication::translate("cg::LearningPathTab", "%1, as of %2").arg(text, date);
}

QString citations(const QHash<QString, Source>& sources, const QStringList& sourceIds)
{
    QStringList items;
    for (const QString& id : sourceIds)
        items.append(html::escape(citation(sources, id)));
    return html::list(items);
}

} // namespace

QString LearningDetailDocument::route(const EducationRoute& route, const QString& kindName,
                                      const QHash<QString, Source>& sources)
{
    QString page = html::heading(route.name, 2);
    page += html::paragraph(
        tr("Kind: %1. Duration: %2.").arg(kindName, route.duration.isEmpty() ? tr("not stated") : route.duration));
    page += html::paragraph(route.description);
    if (!route.sourceIds.isEmpty()) {
        page += html::heading(tr("Sources"), 3);
        page += citations(sources, route.sourceIds);
    }
    return page;
}

QString LearningDetailDocument::step(const LearningStep& step, int number, const QList<LearningStep>& pathSteps,
                                     const QHash<QString, QString>& skillNames, const QSet<QString>& knownSkills,
                                     const QHash<QString, Source>& sources)
{
    QString page = html::heading(tr("Step %1: %2").arg(number).arg(step.title), 2);
    page += html::paragraph(step.description);
    page += html::paragraph(tr("Hours: about %1 \u2014 %2").arg(step.hours).arg(step.hoursBasis));
    if (!step.prerequisites.isEmpty()) {
        QStringList titles;
        for (const QString& slug : step.prerequisites) {
            QString title = slug;
            for (const LearningStep& other : pathSteps) {
                if (other.slug == slug) {
                    title = other.title;
                    break;
                }
            }
            titles.append(title);
        }
        page += html::paragraph(tr("Comes after: %1").arg(titles.join(QStringLiteral("; "))));
    }
    if (!step.skills.isEmpty()) {
        QStringList names;
        for (const QString& slug : step.skills) {
            QString name = html::escape(skillNames.value(slug, slug));
            if (knownSkills.contains(slug))
                name += QLatin1Char(' ') + html::muted(html::escape(tr("(you know it)")));
            names.append(name);
        }
        page += html::heading(tr("Skills it teaches"), 3);
        page += QStringLiteral("<p>%1</p>").arg(names.join(QStringLiteral(", ")));
    }
    if (!step.resources.isEmpty()) {
        page += html::heading(tr("Resources"), 3);
        QStringList items;
        for (const LearningResource& resource : step.resources) {
            QStringList facts;
            const QString kind = resource.kind == QLatin1String("course")        ? tr("course")
                                 : resource.kind == QLatin1String("certificate") ? tr("certificate")
                                 : resource.kind == QLatin1String("simulation")  ? tr("job simulation")
                                 : resource.kind == QLatin1String("community")   ? tr("professional body")
                                                                                 : resource.kind;
            if (!kind.isEmpty())
                facts.append(kind);
            for (const QString& fact : {resource.provider, resource.platform})
                if (!fact.isEmpty() && !facts.contains(fact))
                    facts.append(fact);
            if (!resource.averageTime.isEmpty())
                facts.append(tr("takes %1").arg(resource.averageTime));
            if (!resource.rating.isEmpty())
                facts.append(tr("rated %1").arg(resource.rating));
            if (!resource.learners.isEmpty())
                facts.append(tr("%1 learners").arg(resource.learners));
            items.append(QStringLiteral("<b>%1</b> — %2<br/>%3")
                             .arg(html::escape(resource.title), html::escape(facts.join(QStringLiteral(", "))),
                                  html::muted(html::escape(
                                      tr("Source: %1").arg(citation(sources, resource.sourceId, resource.asOf))))));
        }
        page += html::list(items);
    }
    if (!step.sourceIds.isEmpty()) {
        page += html::heading(tr("Sources"), 3);
        page += citations(sources, step.sourceIds);
    }
    return page;
}

} // namespace cg
