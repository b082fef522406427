// LearningDetailDocument: a route's page names its kind and duration and cites its sources; a step's page numbers
// the step, gives our hour estimate and how it was reached, names prerequisites by title, marks the skills the user
// knows, describes each resource with its source and as-of date, and lists the step's sources; text is shown as text.
#include "DocumentSamples.h"
#include "documents/LearningDetailDocument.h"

#include <QTest>

namespace {

cg::EducationRoute sampleRoute(const QString& text)
{
    cg::EducationRoute route;
    route.slug = QStringLiteral("degree");
    route.name = text;
    route.kind = QStringLiteral("degree");
    route.description = text;
    route.duration = text;
    route.sourceIds = {QStringLiteral("onet"), QStringLiteral("article")};
    return route;
}

cg::LearningStep step(const QString& slug, const QString& title)
{
    cg::LearningStep result;
    result.slug = slug;
    result.title = title;
    return result;
}

// A step after "basics" (and a step the path does not hold), teaching two skills, with one resource.
cg::LearningStep sampleStep(const QString& text)
{
    cg::LearningStep result = step(QStringLiteral("apis"), text);
    result.description = text;
    result.hours = 40;
    result.hoursBasis = text;
    result.prerequisites = {QStringLiteral("basics"), QStringLiteral("missing-step")};
    result.skills = {QStringLiteral("sql"), QStringLiteral("http")};
    cg::LearningResource resource;
    resource.kind = QStringLiteral("course");
    resource.title = text;
    resource.provider = text;
    resource.platform = QStringLiteral("Coursera");
    resource.averageTime = text;
    resource.rating = text;
    resource.learners = text;
    resource.sourceId = QStringLiteral("article");
    resource.asOf = QStringLiteral("2024-02");
    result.resources = {resource};
    result.sourceIds = {QStringLiteral("ep")};
    return result;
}

QString stepPage(const QString& text)
{
    const QList<cg::LearningStep> path{step(QStringLiteral("basics"), text), sampleStep(text)};
    const QHash<QString, QString> skillNames{{QStringLiteral("sql"), text}, {QStringLiteral("http"), text}};
    return cg::LearningDetailDocument::step(path.at(1), 2, path, skillNames, {QStringLiteral("sql")},
                                            cg::test::sampleSources(text));
}

} // namespace

class TestLearningDetailDocument : public QObject
{
    Q_OBJECT

private slots:
    void routePageNamesKindDurationAndSources()
    {
        const QString text = cg::test::shownText(
            cg::LearningDetailDocument::route(sampleRoute(QStringLiteral("Words")), QStringLiteral("Degree"),
                                              cg::test::sampleSources(QStringLiteral("Pub"))));
        QVERIFY(text.startsWith(QStringLiteral("Words\n")));
        QVERIFY(text.contains(QStringLiteral("Kind: Degree. Duration: Words.")));
        QVERIFY(text.contains(QStringLiteral("Sources")));
        // Every source with its publisher and as-of date.
        QVERIFY(text.contains(QStringLiteral("O*NET 29.3 Database (Pub), as of 2025-05")));
        QVERIFY(text.contains(QStringLiteral("Pub, as of 2023-08")));
    }

    void routeWithoutDurationOrSourcesSaysSo()
    {
        cg::EducationRoute route = sampleRoute(QStringLiteral("Words"));
        route.duration.clear();
        route.sourceIds = {QStringLiteral("unknown-id")};
        const QString text =
            cg::test::shownText(cg::LearningDetailDocument::route(route, QStringLiteral("Degree"), {}));
        QVERIFY(text.contains(QStringLiteral("Duration: not stated.")));
        QVERIFY(text.contains(QStringLiteral("unknown-id"))); // an unknown source is still named
        route.sourceIds.clear();
        QVERIFY(!cg::test::shownText(cg::LearningDetailDocument::route(route, QStringLiteral("Degree"), {}))
                     .contains(QStringLiteral("Sources")));
    }

    void stepPageHasEverySection()
    {
        const QString text = cg::test::shownText(stepPage(QStringLiteral("Words")));
        QVERIFY(text.startsWith(QStringLiteral("Step 2: Words\n")));
        QVERIFY(text.contains(QStringLiteral("Hours: about 40 \u2014 Words")));
        QVERIFY(text.contains(QStringLiteral("Comes after: Words; missing-step")));
        QVERIFY(text.contains(QStringLiteral("Skills it teaches")));
        QVERIFY(text.contains(QStringLiteral("Words (you know it), Words\n")));
        QVERIFY(text.contains(QStringLiteral("Resources")));
        QVERIFY(
            text.contains(QStringLiteral("Words — course, Words, Coursera, takes Words, rated Words, Words learners")));
        // A resource cites its source with the resource's own as-of date; the step's sources with theirs.
        QVERIFY(text.contains(QStringLiteral("Source: Words, as of 2024-02")));
        const qsizetype sources = text.lastIndexOf(QStringLiteral("Sources"));
        QVERIFY(sources > text.indexOf(QStringLiteral("Resources")));
        QVERIFY(text.indexOf(QStringLiteral("Employment Projections 2024-34 (Words), as of 2025-08"), sources) > 0);
    }

    void stepPageLeavesOutEmptySections()
    {
        const cg::LearningStep bare = step(QStringLiteral("bare"), QStringLiteral("Bare"));
        const QString text = cg::test::shownText(cg::LearningDetailDocument::step(bare, 1, {bare}, {}, {}, {}));
        QVERIFY(text.startsWith(QStringLiteral("Step 1: Bare\n")));
        for (const QString& absent : {QStringLiteral("Comes after"), QStringLiteral("Skills it teaches"),
                                      QStringLiteral("Resources"), QStringLiteral("Sources")})
            QVERIFY2(!text.contains(absent), qPrintable(absent));
    }

    void hostileTextIsShownAsText()
    {
        const QString hostile = cg::test::HostileText;
        const QString route =
            cg::LearningDetailDocument::route(sampleRoute(hostile), hostile, cg::test::sampleSources(hostile));
        const QString step = stepPage(hostile);
        for (const QString& html : {route, step}) {
            QVERIFY2(cg::test::unsafeMarkup(html).isEmpty(), qPrintable(cg::test::unsafeMarkup(html)));
            QVERIFY(!html.contains(QStringLiteral("<img")));
        }
        // Name, kind, duration, description, and the two citations (O*NET's publisher; the article's title, which
        // holds its publisher).
        QCOMPARE(cg::test::shownText(route).count(hostile), 6);
        // Title, description, basis, a prerequisite, two skills, the resource's title, provider, time, rating and
        // learners, its source's citation and the step source's citation.
        QCOMPARE(cg::test::shownText(step).count(hostile), 13);
    }
};

// QTextDocument, which shows the pages as the views do, needs a QGuiApplication.
QTEST_MAIN(TestLearningDetailDocument)
#include "TestLearningDetailDocument.moc"
