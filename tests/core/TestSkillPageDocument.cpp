// SkillPageDocument: a skill's page lists the roles that need it, O*NET's postings flags with their source and date,
// stated premiums with theirs, and the steps that teach it; it links roles and steps and shows text as text.
#include "DocumentSamples.h"
#include "documents/SkillPageDocument.h"

#include <QPalette>
#include <QTest>

class TestSkillPageDocument : public QObject
{
    Q_OBJECT

private slots:
    void everySectionIsThere()
    {
        const QString text =
            cg::test::shownText(cg::SkillPageDocument::html(cg::test::sampleSkill(QStringLiteral("Py"))));
        for (const QString& part :
             {QStringLiteral("Programming language \u00B7 hard skill"), QStringLiteral("Roles that need it"),
              QStringLiteral("Essential, 5 of 5"), QStringLiteral("In job postings (O*NET)"),
              QStringLiteral("Hot Technology: one of the technologies"),
              QStringLiteral("In demand in postings for: Py."), QStringLiteral("Also used by: Py."),
              QStringLiteral("Pay premium"), QStringLiteral("+12% for Py who have it, as stated"),
              QStringLiteral("\u26A0 Doubtful figure:"), QStringLiteral("Where the guide teaches it")})
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral("\n") + text));
        // The postings flags and the premium each name their source and its date.
        QCOMPARE(text.count(QStringLiteral("Source: Py (as of 2023-08)")), 2);
    }

    void aSkillNoRoleNeedsSaysSo()
    {
        cg::SkillPageData data = cg::test::sampleSkill(QStringLiteral("Py"));
        data.needs.clear();
        data.technologies.clear();
        data.premiums.clear();
        data.steps.clear();
        const QString text = cg::test::shownText(cg::SkillPageDocument::html(data));
        QVERIFY(text.contains(QStringLiteral("No role in the guide lists this skill yet.")));
        QVERIFY(text.contains(QStringLiteral("O*NET 29.3 lists no technology named exactly \u201CPy\u201D")));
        QVERIFY(!text.contains(QStringLiteral("Pay premium")));
        QVERIFY(!text.contains(QStringLiteral("Where the guide teaches it")));
    }

    void linksAreWellFormed()
    {
        QCOMPARE(cg::test::linkTargets(cg::SkillPageDocument::html(cg::test::sampleSkill(QStringLiteral("Py")))),
                 (QStringList{QStringLiteral("role:backend-developer"), QStringLiteral("step:backend/python-basics")}));
    }

    void hostileTextIsShownAsText()
    {
        const QString hostile = cg::test::HostileText;
        const QString html = cg::SkillPageDocument::html(cg::test::sampleSkill(hostile));
        QVERIFY2(cg::test::unsafeMarkup(html).isEmpty(), qPrintable(cg::test::unsafeMarkup(html)));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(cg::test::shownText(html).count(hostile) >= 10);
    }

    void topicsThatTeachItAreListedAsText()
    {
        cg::SkillPageData data = cg::test::sampleSkill(QStringLiteral("Py"));
        cg::Topic alone;
        alone.title = cg::test::HostileText;
        alone.what = QStringLiteral("What <b>it</b> is.");
        alone.hours = 12;
        alone.skills = {QStringLiteral("python")};
        cg::Topic shared = alone;
        shared.title = QStringLiteral("Web APIs in Py");
        shared.hours = 1;
        shared.skills = {QStringLiteral("python"), QStringLiteral("api-development"), QStringLiteral("http")};
        data.topics = {alone, shared};
        const QString html = cg::SkillPageDocument::html(data);
        QVERIFY2(cg::test::unsafeMarkup(html).isEmpty(), qPrintable(cg::test::unsafeMarkup(html)));
        const QString text = cg::test::shownText(html);
        for (const QString& part : {QStringLiteral("Topics that teach it"), QString(cg::test::HostileText),
                                    QStringLiteral("(12 h, our estimate)"), QStringLiteral("What <b>it</b> is."),
                                    QStringLiteral("(1 h, our estimate)"),
                                    QStringLiteral("Counts as known once you know every skill it teaches (3 in all).")})
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral("\n") + text));
        QCOMPARE(text.count(QStringLiteral("every skill it teaches (")), 1); // not for a topic of this skill alone

        data.topics.clear();
        QVERIFY(!cg::test::shownText(cg::SkillPageDocument::html(data)).contains(QStringLiteral("Topics that teach")));
    }

    void styleSheetUsesThePalette()
    {
        QPalette palette;
        palette.setColor(QPalette::Text, Qt::black);
        palette.setColor(QPalette::Base, Qt::white);
        QVERIFY(cg::SkillPageDocument::styleSheet(palette).contains(QStringLiteral(".muted { color: #666666;")));
    }
};

// QTextDocument, which shows the pages as the views do, needs a QGuiApplication.
QTEST_MAIN(TestSkillPageDocument)
#include "TestSkillPageDocument.moc"
