// RoleComparisonDocument: two roles side by side shade what differs, cite the official figures with their dates,
// link both roles and every skill, and show text as text.
#include "DocumentSamples.h"
#include "documents/CareerPageSections.h"
#include "documents/RoleComparisonDocument.h"

#include <QPalette>
#include <QTest>

namespace {

cg::CareerPageSections sections(const QString& text)
{
    return cg::CareerPageSections(cg::test::sampleSources(text), {}, QPalette(), QLocale(QLocale::English));
}

} // namespace

class TestRoleComparisonDocument : public QObject
{
    Q_OBJECT

private slots:
    void shadesWhatDiffersAndCitesFigures()
    {
        cg::RolePageData first = cg::test::sampleRole(QStringLiteral("Back"), QStringLiteral("backend-developer"));
        cg::RolePageData second = cg::test::sampleRole(QStringLiteral("Front"), QStringLiteral("frontend-developer"));
        second.occupations.first().wage.annualMedian = QStringLiteral("90000");
        second.occupations.first().projection.education = first.occupations.first().projection.education;
        second.role.skills.removeLast();
        const QString html = cg::RoleComparisonDocument::html(first, second, sections(QStringLiteral("X")));
        const QString text = cg::test::shownText(html);
        QVERIFY(text.contains(QStringLiteral("Back and Front side by side")));
        QVERIFY(text.contains(QStringLiteral("$132,270")));
        QVERIFY(text.contains(QStringLiteral("$90,000")));
        QVERIFY(text.contains(QStringLiteral("OEWS May 2024 (as of 2024-05)")));
        QVERIFY(text.contains(QStringLiteral("Employment Projections 2024-34 (as of 2025-08)")));
        QVERIFY(text.contains(QStringLiteral("Both need 1 skills; 1 only Back needs; 0 only Front needs.")));
        QVERIFY(text.contains(QStringLiteral("not listed")));
        QVERIFY(text.contains(QStringLiteral("Duties, pay and outlook in detail")));
        // Median pay differs and one skill is needed by one role only; growth and education are the same.
        QCOMPARE(html.count(QStringLiteral(" class=\"diff\"")), 2 + 1);
    }

    void linksBothRolesAndEverySkill()
    {
        const QStringList links = cg::test::linkTargets(cg::RoleComparisonDocument::html(
            cg::test::sampleRole(QStringLiteral("Back"), QStringLiteral("backend-developer")),
            cg::test::sampleRole(QStringLiteral("Front"), QStringLiteral("frontend-developer")), sections({})));
        QVERIFY(links.contains(QStringLiteral("role:backend-developer")));
        QVERIFY(links.contains(QStringLiteral("role:frontend-developer")));
        QVERIFY(links.contains(QStringLiteral("skill:python")));
        QVERIFY(links.contains(QStringLiteral("skill:git")));
    }

    void hostileTextIsShownAsText()
    {
        const QString hostile = cg::test::HostileText;
        const QString html = cg::RoleComparisonDocument::html(cg::test::sampleRole(hostile, hostile),
                                                              cg::test::sampleRole(hostile), sections(hostile));
        QVERIFY2(cg::test::unsafeMarkup(html).isEmpty(), qPrintable(cg::test::unsafeMarkup(html)));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(cg::test::shownText(html).count(hostile) > 10);
    }
};

// QTextDocument, which shows the pages as the views do, needs a QGuiApplication.
QTEST_MAIN(TestRoleComparisonDocument)
#include "TestRoleComparisonDocument.moc"
