// OnetSkillPageDocument: an O*NET skill's page lists the occupations that rate it most important with importance and
// level, says how many there are and cites O*NET; a technology's page lists every occupation, In Demand first, with
// the Hot flag. Occupations are occupation: links, and every text from the data is shown as text.
#include "DocumentSamples.h"
#include "documents/OnetSkillPageDocument.h"

#include <QTest>

namespace {

cg::SourceRef onet()
{
    cg::SourceRef source;
    source.sourceId = QStringLiteral("onet-29-3");
    source.sourceTitle = QStringLiteral("O*NET 29.3 Database");
    source.asOf = QStringLiteral("2025-05");
    return source;
}

cg::OnetElement element(const QString& text)
{
    return cg::OnetElement{QStringLiteral("2.B.3.e"),           text,
                           text + QStringLiteral(" described"), QStringLiteral("skill"),
                           text + QStringLiteral(" group"),     40};
}

cg::ElementOccupations occupations(const QString& text)
{
    cg::ElementOccupations found;
    found.total = 40;
    found.top = {{QStringLiteral("15-1252.00"), text, QStringLiteral("4.75"), QStringLiteral("5.88"), onet()},
                 {QStringLiteral("15-1251.00"), QStringLiteral("Computer Programmers"), QStringLiteral("4.50"),
                  QStringLiteral("5.12"), onet()}};
    return found;
}

QList<cg::SkillTechnology> users(const QString& text)
{
    return {{QStringLiteral("15-1252.00"), text, text, true, true, onet()},
            {QStringLiteral("43-9061.00"), QStringLiteral("Office Clerks, General"), text, true, false, onet()}};
}

cg::TechnologyExample technology(const QString& text)
{
    return cg::TechnologyExample{text, 2, true, 1};
}

} // namespace

class TestOnetSkillPageDocument : public QObject
{
    Q_OBJECT

private slots:
    void elementPageListsTheMostImportantOccupations()
    {
        const QString text = cg::test::shownText(cg::OnetSkillPageDocument::elementHtml(
            element(QStringLiteral("Programming")), occupations(QStringLiteral("Software Developers"))));
        for (const QString& part :
             {QStringLiteral("Programming"), QStringLiteral("O*NET skill \u00B7 Programming group"),
              QStringLiteral("Programming described"), QStringLiteral("Occupations where it matters most"),
              QStringLiteral("40 occupations rate it important (3 or more of 5). The 2 where it is most important"),
              QStringLiteral("Software Developers"), QStringLiteral("15-1252.00"), QStringLiteral("4.75 of 5"),
              QStringLiteral("5.88 of 7"), QStringLiteral("38 more occupations rate it important."),
              QStringLiteral("Estimates O*NET recommends suppressing"),
              QStringLiteral("Source: O*NET 29.3 Database (as of 2025-05)")})
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral("\n") + text));
        QVERIFY(text.indexOf(QStringLiteral("Software Developers")) <
                text.indexOf(QStringLiteral("Computer Programmers")));
    }

    void elementNoOccupationRatesSaysSo()
    {
        cg::OnetElement knowledge = element(QStringLiteral("Food Production"));
        knowledge.domain = QStringLiteral("knowledge");
        const QString text = cg::test::shownText(cg::OnetSkillPageDocument::elementHtml(knowledge, {}));
        QVERIFY(text.contains(QStringLiteral("O*NET knowledge area")));
        QVERIFY(text.contains(QStringLiteral("No occupation rates it 3 or more of 5")));
        QVERIFY(!text.contains(QStringLiteral("Source:")));
    }

    void technologyPageListsEveryOccupation()
    {
        const QString text = cg::test::shownText(cg::OnetSkillPageDocument::technologyHtml(
            technology(QStringLiteral("Kubernetes")), users(QStringLiteral("Software Developers"))));
        for (const QString& part :
             {QStringLiteral("Technology \u00B7 Hot Technology"), QStringLiteral("Occupations that use it"),
              QStringLiteral("O*NET lists it for 2 occupations; it is In Demand, often named in their job postings, "
                             "for 1 of them"),
              QStringLiteral("In Demand \u00B7 Hot"), QStringLiteral("Office Clerks, General"),
              QStringLiteral("43-9061.00"), QStringLiteral("Source: O*NET 29.3 Database (as of 2025-05)")})
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral("\n") + text));
        const QString empty =
            cg::test::shownText(cg::OnetSkillPageDocument::technologyHtml(technology(QStringLiteral("Nothing")), {}));
        QVERIFY(empty.contains(QStringLiteral("O*NET 29.3 lists no occupation for this technology.")));
    }

    void occupationsAreLinks()
    {
        // Title and code link to the same page (linkTargets() counts neighbouring links to one target once).
        const QStringList element = cg::test::linkTargets(cg::OnetSkillPageDocument::elementHtml(
            ::element(QStringLiteral("Programming")), occupations(QStringLiteral("Software Developers"))));
        QCOMPARE(element,
                 (QStringList{QStringLiteral("occupation:15-1252.00"), QStringLiteral("occupation:15-1251.00")}));
        const QStringList technology = cg::test::linkTargets(cg::OnetSkillPageDocument::technologyHtml(
            ::technology(QStringLiteral("Excel")), users(QStringLiteral("Software Developers"))));
        QCOMPARE(technology,
                 (QStringList{QStringLiteral("occupation:15-1252.00"), QStringLiteral("occupation:43-9061.00")}));
    }

    void hostileTextIsShownAsText()
    {
        const QString hostile = cg::test::HostileText;
        for (const QString& html : {cg::OnetSkillPageDocument::elementHtml(element(hostile), occupations(hostile)),
                                    cg::OnetSkillPageDocument::technologyHtml(technology(hostile), users(hostile))}) {
            QVERIFY2(cg::test::unsafeMarkup(html).isEmpty(), qPrintable(cg::test::unsafeMarkup(html)));
            QVERIFY(!html.contains(QStringLiteral("<img")));
            QVERIFY2(cg::test::shownText(html).count(hostile) >= 2, qPrintable(cg::test::shownText(html)));
        }
    }
};

QTEST_GUILESS_MAIN(TestOnetSkillPageDocument)
#include "TestOnetSkillPageDocument.moc"
