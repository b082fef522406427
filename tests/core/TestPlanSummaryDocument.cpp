// PlanSummaryDocument: the study plan's summary shows its title in bold with the headline, one line per fact and the
// note in muted text; the note on steps left out is small; text is shown as text.
#include "DocumentSamples.h"
#include "documents/Html.h"
#include "documents/PlanSummaryDocument.h"
#include "session/StudyPlanSession.h"

#include <QRegularExpression>
#include <QTest>

class TestPlanSummaryDocument : public QObject
{
    Q_OBJECT

private slots:
    void showsTitleHeadlineLinesAndNote()
    {
        cg::StudyPlanSummary summary;
        summary.title = QStringLiteral("My plan");
        summary.headline = QStringLiteral("Towards Back-end developer");
        summary.lines = {QStringLiteral("12 weeks"), QStringLiteral("Ends 2026-03-01")};
        summary.note = QStringLiteral("Two steps left out");
        const QString html = cg::PlanSummaryDocument::summary(summary);
        QVERIFY(html.startsWith(QStringLiteral("<b>My plan</b>")));
        const QStringList shown = cg::test::shownText(html).split(QRegularExpression(QStringLiteral("[\n\u2028]")));
        QCOMPARE(shown,
                 (QStringList{QStringLiteral("My plan \u2014 Towards Back-end developer"), QStringLiteral("12 weeks"),
                              QStringLiteral("Ends 2026-03-01"), QStringLiteral("Two steps left out")}));
        QVERIFY(html.endsWith(cg::html::muted(QStringLiteral("Two steps left out"))));
    }

    void leavesOutWhatIsEmpty()
    {
        cg::StudyPlanSummary summary;
        summary.title = QStringLiteral("No plan yet");
        QCOMPARE(cg::PlanSummaryDocument::summary(summary), QStringLiteral("<b>No plan yet</b>"));
        QCOMPARE(cg::PlanSummaryDocument::knownStepsNote({}), QString());
        QCOMPARE(cg::PlanSummaryDocument::knownStepsNote(QStringLiteral("3 steps you know")),
                 QStringLiteral("<small>3 steps you know</small>"));
    }

    void hostileTextIsShownAsText()
    {
        const QString hostile = cg::test::HostileText;
        const cg::StudyPlanSummary summary{hostile, hostile, {hostile, hostile}, hostile};
        const QString html = cg::PlanSummaryDocument::summary(summary);
        const QString note = cg::PlanSummaryDocument::knownStepsNote(hostile);
        for (const QString& page : {html, note}) {
            QVERIFY2(cg::test::unsafeMarkup(page).isEmpty(), qPrintable(cg::test::unsafeMarkup(page)));
            QVERIFY(!page.contains(QStringLiteral("<img")));
        }
        QCOMPARE(cg::test::shownText(html).count(hostile), 5);
        QCOMPARE(cg::test::shownText(note), hostile);
    }
};

// QTextDocument, which shows the pages as the views do, needs a QGuiApplication.
QTEST_MAIN(TestPlanSummaryDocument)
#include "TestPlanSummaryDocument.moc"
