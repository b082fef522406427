// SalaryEntryDocument: a figure's detail page gives the amount as stated with its period, statistic and experience,
// for an official wage the occupation and all five percentiles, the source with its as-of date, the conversion, and
// the note (flagged when doubtful); text is shown as text.
#include "DocumentSamples.h"
#include "documents/SalaryEntryDocument.h"
#include "money/Money.h"

#include <QTest>

namespace {

cg::StatedAmount amount(const char* text)
{
    return cg::StatedAmount::of(*cg::Money::parse(QString::fromLatin1(text), QStringLiteral("USD")));
}

cg::SalaryEntry articleFigure(const QString& text)
{
    cg::SalaryEntry entry;
    entry.roleName = text;
    entry.country = QStringLiteral("US");
    entry.amount = amount("105366");
    entry.period = QStringLiteral("year");
    entry.statistic = QStringLiteral("average");
    entry.experience = QStringLiteral("all");
    entry.source.sourceId = QStringLiteral("article");
    entry.source.sourceTitle = text;
    entry.source.asOf = QStringLiteral("2023-08");
    entry.note = text;
    return entry;
}

cg::SalaryEntry officialWage(const QString& text)
{
    cg::SalaryEntry entry = articleFigure(text);
    entry.kind = cg::SalaryEntry::Kind::OfficialWage;
    entry.statistic = QStringLiteral("median");
    entry.occupationTitle = text;
    entry.occupationCode = QStringLiteral("15-1252");
    entry.socCode = QStringLiteral("15-1252.00");
    entry.range = {amount("79850"), amount("103050"), amount("133080"), amount("169120"), amount("211450")};
    entry.source.asOf = QStringLiteral("2024-05");
    entry.note = QStringLiteral("May 2024 national estimates. Percentiles as published.");
    return entry;
}

} // namespace

class TestSalaryEntryDocument : public QObject
{
    Q_OBJECT

private slots:
    void articleFigureHasAmountSourceConversionAndNote()
    {
        const QString text = cg::test::shownText(cg::SalaryEntryDocument::html(
            articleFigure(QStringLiteral("Words")), QStringLiteral("About €96,950 at the ECB rate")));
        QVERIFY(text.startsWith(QStringLiteral("Words in ")));
        QVERIFY(text.contains(QStringLiteral("$105,366")));
        QVERIFY(text.contains(QStringLiteral("Source: Words (as of 2023-08)")));
        QVERIFY(text.contains(QStringLiteral("About €96,950 at the ECB rate")));
        QVERIFY(text.contains(QStringLiteral("Note: Words")));
        QVERIFY(!text.contains(QStringLiteral("percentile")));
    }

    void doubtfulNoteIsFlaggedAndNoConversionIsLeftOut()
    {
        cg::SalaryEntry entry = articleFigure(QStringLiteral("Words"));
        entry.doubtful = true;
        const QString html = cg::SalaryEntryDocument::html(entry, {});
        QVERIFY(cg::test::shownText(html).contains(QStringLiteral("⚠ Doubtful: Words")));
        QVERIFY(html.contains(QStringLiteral("<b>⚠ Doubtful:</b>")));
        QCOMPARE(html.count(QStringLiteral("<p>")), 3); // amount, source, note
    }

    void officialWageHasOccupationAndEveryPercentile()
    {
        const QString text =
            cg::test::shownText(cg::SalaryEntryDocument::html(officialWage(QStringLiteral("Words")), {}));
        QVERIFY(text.contains(QStringLiteral("BLS occupation Words (15-1252), linked to this role through O*NET "
                                             "15-1252.00.")));
        for (const QString& expected :
             {QStringLiteral("10th percentile: $79,850"), QStringLiteral("25th percentile: $103,050"),
              QStringLiteral("Median: $133,080"), QStringLiteral("75th percentile: $169,120"),
              QStringLiteral("90th percentile: $211,450"), QStringLiteral("Source: Words (as of 2024-05)"),
              QStringLiteral("May 2024 national estimates.")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(!text.contains(QStringLiteral("Percentiles as published")));
        QVERIFY(!text.contains(QStringLiteral("Note:")));
    }

    void hostileTextIsShownAsText()
    {
        const QString hostile = cg::test::HostileText;
        for (const cg::SalaryEntry& entry : {articleFigure(hostile), officialWage(hostile)}) {
            const QString html = cg::SalaryEntryDocument::html(entry, hostile);
            QVERIFY2(cg::test::unsafeMarkup(html).isEmpty(), qPrintable(cg::test::unsafeMarkup(html)));
            QVERIFY(!html.contains(QStringLiteral("<img")));
            // The role, the source, the conversion note, and the note or the occupation.
            QCOMPARE(cg::test::shownText(html).count(hostile), 4);
        }
    }
};

// QTextDocument, which shows the pages as the views do, needs a QGuiApplication.
QTEST_MAIN(TestSalaryEntryDocument)
#include "TestSalaryEntryDocument.moc"
