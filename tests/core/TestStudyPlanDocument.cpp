#include "DocumentSamples.h"
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "documents/StudyPlanDocument.h"
#include "plan/PlanDates.h"
#include "plan/StudyPlanRequestBuilder.h"
#include "plan/StudyPlanScheduler.h"
#include "repositories/LearningRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QXmlStreamReader>

using cg::StudyPlanDocument;

namespace {

// 13 steps of 20 h at 10 h a week: 26 weeks, every step split over two weeks, with descriptions and resources long
// enough to need several pages.
cg::LearningPath longPath()
{
    cg::LearningPath path;
    path.slug = QStringLiteral("self-taught");
    path.name = QStringLiteral("Self-taught");
    const QStringList titles{QStringLiteral("Command line and Git"),
                             QStringLiteral("Python fundamentals"),
                             QStringLiteral("Data structures"),
                             QStringLiteral("Relational databases and SQL"),
                             QStringLiteral("HTTP and the web"),
                             QStringLiteral("Build a REST API"),
                             QStringLiteral("Testing and test-driven development"),
                             QStringLiteral("Authentication and security basics"),
                             QStringLiteral("Caching with Redis"),
                             QStringLiteral("Containers with Docker"),
                             QStringLiteral("Cloud deployment"),
                             QStringLiteral("Observability: logs, metrics, traces"),
                             QStringLiteral("Capstone project")};
    for (int i = 0; i < titles.size(); ++i) {
        cg::LearningStep step;
        step.slug = QStringLiteral("step-%1").arg(i + 1);
        step.position = i + 1;
        step.title = titles.at(i);
        step.hours = 20;
        step.description = QStringLiteral("Work through %1 until you can explain it to someone else and use it in a "
                                          "small project of your own. Keep notes; they become your portfolio.")
                               .arg(titles.at(i).toLower());
        if (i > 0)
            step.prerequisites = QStringList{QStringLiteral("step-%1").arg(i)};
        for (int r = 0; r < 2; ++r) {
            cg::LearningResource resource;
            resource.title = QStringLiteral("%1, part %2: a practical course").arg(titles.at(i)).arg(r + 1);
            resource.provider = r == 0 ? QStringLiteral("University of Somewhere") : QStringLiteral("Example Academy");
            resource.platform = QStringLiteral("Coursera");
            resource.averageTime = QStringLiteral("about %1 hours").arg(8 + 4 * r);
            step.resources.append(resource);
        }
        path.steps.append(step);
    }
    // One very long unbroken word: it must wrap inside its cell, not run off the page.
    path.steps[3].resources[0].title =
        QStringLiteral("https://example.org/a/very/long/address/that/has/no/spaces/at/all/and/keeps/going/and/going");
    return path;
}

cg::StudyPlan plan26Weeks()
{
    cg::StudyPlanRequest request;
    request.planId = QStringLiteral("1");
    request.planTitle = QStringLiteral("Road to back-end developer");
    request.targetRole = QStringLiteral("Back-end developer");
    request.path = longPath();
    request.startDate = QDate(2026, 1, 5);
    request.hoursPerWeek = 10;
    const cg::StudyPlanResult result = cg::StudyPlanScheduler().schedule(request);
    if (!result.ok())
        qFatal("test plan does not schedule: %s", qPrintable(result.errorMessage));
    return result.plan;
}

cg::StudyPlanHeader header(const cg::StudyPlan& plan)
{
    cg::StudyPlanHeader h = cg::StudyPlanHeader::fromPlan(plan);
    h.personName = QStringLiteral("Asha Verma");
    h.route = QStringLiteral("Self-taught route");
    return h;
}

struct PdfText
{
    bool ok = false;
    QString error;
    QString text;
};

PdfText runPdfToText(const QStringList& arguments)
{
    PdfText out;
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        out.error = QStringLiteral("pdftotext failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
        return out;
    }
    out.ok = true;
    out.text = QString::fromUtf8(process.readAllStandardOutput());
    return out;
}

QString squeezed(const QString& text)
{
    return text.simplified();
}

// One word of a PDF as pdftotext -bbox reports it, in points from the page's top left corner.
struct PdfWord
{
    int page = 0; // 1-based
    QString text;
    double xMin = 0;
    double yMin = 0;
    double xMax = 0;
    double yMax = 0;
};

struct PdfLayout
{
    QString error;
    QSizeF pageSize; // of the last page
    int pages = 0;
    QList<PdfWord> words;
};

PdfLayout pdfLayout(const QString& path)
{
    PdfLayout layout;
    const PdfText boxes = runPdfToText({QStringLiteral("-bbox"), path, QStringLiteral("-")});
    if (!boxes.ok) {
        layout.error = boxes.error;
        return layout;
    }
    QXmlStreamReader xml(boxes.text);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            ++layout.pages;
            layout.pageSize = QSizeF(attributes.value(QLatin1String("width")).toDouble(),
                                     attributes.value(QLatin1String("height")).toDouble());
            continue;
        }
        if (xml.name() != QLatin1String("word"))
            continue;
        PdfWord word;
        word.page = layout.pages;
        word.xMin = attributes.value(QLatin1String("xMin")).toDouble();
        word.yMin = attributes.value(QLatin1String("yMin")).toDouble();
        word.xMax = attributes.value(QLatin1String("xMax")).toDouble();
        word.yMax = attributes.value(QLatin1String("yMax")).toDouble();
        word.text = xml.readElementText();
        layout.words.append(word);
    }
    if (xml.hasError())
        layout.error = xml.errorString();
    return layout;
}

// The printable area of the PDFs StudyPlanDocument writes: 15 mm side and top margins and a 12 mm bottom margin.
constexpr double PointsPerMillimetre = 72.0 / 25.4;
constexpr double EdgeTolerance = 2.0;

double areaTop()
{
    return 15 * PointsPerMillimetre - EdgeTolerance;
}

double areaBottom(const QSizeF& page)
{
    return page.height() - 12 * PointsPerMillimetre + EdgeTolerance;
}

// Qt's table painting also emits, clipped away, the neighbouring page's lines of a row that spans a page break;
// pdftotext reports those too. Such a word lies wholly outside the printable area and is not seen on paper.
bool clippedAway(const PdfWord& word, const QSizeF& page)
{
    return word.yMax <= areaTop() || word.yMin >= areaBottom(page);
}

// The first word that crosses the printable area's edge (and so would be visibly cut), or an empty string.
QString cutOffWord(const PdfLayout& layout)
{
    const QSizeF& page = layout.pageSize;
    const double left = 15 * PointsPerMillimetre - EdgeTolerance;
    const double right = page.width() - 15 * PointsPerMillimetre + EdgeTolerance;
    for (const PdfWord& word : layout.words) {
        const bool inside =
            word.xMin >= left && word.xMax <= right && word.yMin >= areaTop() && word.yMax <= areaBottom(page);
        if (!inside && !clippedAway(word, page)) {
            return QStringLiteral("word \"%1\" at %2,%3-%4,%5 on page %6, %7x%8")
                .arg(word.text)
                .arg(word.xMin)
                .arg(word.yMin)
                .arg(word.xMax)
                .arg(word.yMax)
                .arg(word.page)
                .arg(page.width())
                .arg(page.height());
        }
    }
    return {};
}

} // namespace

class TestStudyPlanDocument final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void documentContents();
    void weeksStayWhole();
    void skippedStepsAndPlainHeader();
    void progressIsPrinted();
    void hostileUserTextStaysText();
    void pdf_data();
    void pdf();
    void selfTaughtPlanFitsSixPages();
    void unwritablePathKeepsOldFile();

private:
    cg::StudyPlan m_plan;
    QList<cg::LearningStep> m_steps;
    bool m_havePdfToText = false;
};

void TestStudyPlanDocument::initTestCase()
{
    m_plan = plan26Weeks();
    m_steps = longPath().steps;
    QCOMPARE(m_plan.weekCount(), 26);
    m_havePdfToText = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

void TestStudyPlanDocument::documentContents()
{
    StudyPlanDocument document(m_plan, m_steps, header(m_plan));
    const QString text = document.document()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Road to back-end developer")));
    QVERIFY(text.contains(QStringLiteral("Prepared for Asha Verma")));
    QVERIFY(text.contains(QStringLiteral("Back-end developer")));
    QVERIFY(text.contains(QStringLiteral("Self-taught route")));
    QVERIFY(text.contains(QStringLiteral("10 h a week")));
    QVERIFY(text.contains(cg::PlanDates::formatRange(m_plan.startDate, m_plan.endDate)));
    for (int week = 1; week <= 26; ++week)
        QVERIFY(text.contains(QStringLiteral("Week %1").arg(week)));
    // Every step is named in each of its weeks with its part; the week table is the schedule, so the steps'
    // descriptions and resources stay in the app rather than stretching every week over several lines.
    for (const cg::LearningStep& step : m_steps)
        QVERIFY(text.contains(step.title));
    for (const cg::StudyPlanWeek& week : m_plan.weeks) {
        for (const cg::StudyPlanBlock& block : week.blocks) {
            QVERIFY(text.contains(block.title));
            QVERIFY(text.contains(block.starts ? QStringLiteral("part 1 of 2") : QStringLiteral("part 2 of 2")));
        }
    }
    QVERIFY(!text.contains(m_steps.first().description));
    QVERIFY(!text.contains(m_steps.first().resources.first().title));
    // Page 1 is the plan at a glance: its finish date, total hours and milestones by month.
    QVERIFY(text.contains(QStringLiteral("Finish date\n") + cg::PlanDates::format(m_plan.endDate)));
    QVERIFY(text.contains(QStringLiteral("Study time\n%1 h").arg(m_plan.totalHours)));
    QVERIFY(text.contains(QStringLiteral("Milestones by month")));
    QVERIFY(text.contains(QStringLiteral("January 2026")));
    // Every week says where it stands, in words that print in black and white.
    QCOMPARE(int(text.count(QStringLiteral("Not started"))), m_plan.weekCount());
    // Progress so far is on page 1 even before anything is done.
    QVERIFY(text.contains(QStringLiteral("Progress\n0 of %1 steps done").arg(m_plan.orderedSlugs.size())));
    QVERIFY(text.contains(QStringLiteral("Hours done\n0 of %1 h").arg(m_plan.totalHours)));
    // One box per block of the plan, and one per milestone.
    int blocks = 0;
    for (const cg::StudyPlanWeek& week : m_plan.weeks)
        blocks += int(week.blocks.size());
    QCOMPARE(int(text.count(QChar(0x2610))), blocks + int(m_plan.milestones.size()));
    QCOMPARE(cg::PlanDates::format(QDate(2026, 1, 5)), QStringLiteral("5 Jan 2026"));
}

void TestStudyPlanDocument::weeksStayWhole()
{
    StudyPlanDocument document(m_plan, m_steps, header(m_plan));
    // The facts, the milestones by month (repeating its header row if it ever runs onto a second page), the week
    // table's heading row, and one table per week, so that a week can move whole to the next page.
    const auto tables = [&document] {
        QList<QTextTable*> found;
        const QList<QTextFrame*> frames = document.document()->rootFrame()->childFrames();
        for (QTextFrame* frame : frames) {
            if (auto* table = qobject_cast<QTextTable*>(frame))
                found.append(table);
        }
        return found;
    };
    QCOMPARE(tables().size(), 3 + m_plan.weekCount());
    QCOMPARE(tables().at(1)->format().headerRowCount(), 1);

    // The weeks start on a page of their own, after the plan at a glance.
    bool headingBreaks = false;
    for (QTextBlock block = document.document()->begin(); block.isValid(); block = block.next()) {
        if (block.text() == QLatin1String("Week by week"))
            headingBreaks = block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
    }
    QVERIFY(headingBreaks);

    // Laid out for a page, every week table lies on one page: those that would run over a break start the next.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::Letter, QPageSize::A5}) {
        QString error;
        int pages = 0;
        QVERIFY2(document.writePdf(dir.filePath(QStringLiteral("plan.pdf")), size, &error, &pages), qPrintable(error));
        QTextDocument* laidOut = document.document();
        const qreal pageHeight = laidOut->pageSize().height();
        int moved = 0;
        const QList<QTextTable*> all = tables();
        for (qsizetype i = 3; i < all.size(); ++i) {
            const QRectF rect = laidOut->documentLayout()->frameBoundingRect(all.at(i));
            QCOMPARE(int(rect.top() / pageHeight), int((rect.bottom() - 1) / pageHeight));
            moved += all.at(i)->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore ? 1 : 0;
        }
        QVERIFY(moved < pages);
        // On A5 the 26 weeks need several pages, and Qt would have torn some of them.
        if (size == QPageSize::A5)
            QVERIFY2(moved > 0, "weeks that would run over a page break start the next page");
    }
}

void TestStudyPlanDocument::skippedStepsAndPlainHeader()
{
    cg::StudyPlanRequest request;
    request.planTitle = QStringLiteral("Short plan");
    request.path = longPath();
    request.path.steps = request.path.steps.mid(0, 3);
    request.startDate = QDate(2026, 3, 2);
    request.hoursPerWeek = 40;
    request.skippedSlugs = {QStringLiteral("step-1")};
    const cg::StudyPlanResult result = cg::StudyPlanScheduler().schedule(request);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));

    StudyPlanDocument document(result.plan, request.path.steps, cg::StudyPlanHeader::fromPlan(result.plan));
    const QString text = document.document()->toPlainText();
    QVERIFY(!text.contains(QStringLiteral("Prepared for")));
    QVERIFY(text.contains(QStringLiteral("Already known")));
    QVERIFY(text.contains(request.path.steps.first().title));
    QVERIFY(!text.contains(request.path.steps.first().description));
    QVERIFY(text.contains(QStringLiteral("Self-taught"))); // the route defaults to the path's name
    QVERIFY(text.contains(QStringLiteral("40 h a week")));
    QVERIFY(!text.contains(QStringLiteral("part 1 of"))); // 20 h steps fit whole into 40 h weeks

    QString error;
    QCOMPARE(document.render(nullptr, &error), -1);
    QVERIFY(!error.isEmpty());
}

void TestStudyPlanDocument::progressIsPrinted()
{
    cg::StudyPlanRequest request;
    request.planTitle = QStringLiteral("Plan with progress");
    request.path = longPath();
    request.path.steps = request.path.steps.mid(0, 4);
    request.startDate = QDate(2026, 3, 2);
    request.hoursPerWeek = 15;
    // step-1 is known from the self-assessment, step-2 skipped by choice.
    request.skippedSlugs = {QStringLiteral("step-1"), QStringLiteral("step-2")};
    const cg::StudyPlanResult result = cg::StudyPlanScheduler().schedule(request);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));

    QHash<QString, cg::StepProgress> progress;
    progress[QStringLiteral("step-2")].status = cg::StepProgress::Status::Skipped;
    progress[QStringLiteral("step-3")].status = cg::StepProgress::Status::Done;
    progress[QStringLiteral("step-3")].note = QStringLiteral("Finished the Khan course & the SQL kata <b>early</b>");
    progress[QStringLiteral("step-4")].status = cg::StepProgress::Status::InProgress;

    StudyPlanDocument document(result.plan, request.path.steps, cg::StudyPlanHeader::fromPlan(result.plan), progress);
    const QString text = document.document()->toPlainText();
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto lineAfter = [&lines](const QString& label) {
        const qsizetype at = lines.indexOf(label);
        return at >= 0 && at + 1 < lines.size() ? lines.at(at + 1) : QString();
    };
    QCOMPARE(lineAfter(QStringLiteral("Already known")), request.path.steps.at(0).title);
    QCOMPARE(lineAfter(QStringLiteral("Left out")), request.path.steps.at(1).title);
    QCOMPARE(lineAfter(QStringLiteral("Progress")), QStringLiteral("1 of 2 steps done"));
    // The note is printed as the person wrote it: text, not markup.
    QVERIFY(text.contains(QStringLiteral("Your note: ") + progress.value(QStringLiteral("step-3")).note));
    QVERIFY(text.contains(QStringLiteral("In progress")));

    // Every block of the finished step and its milestone are ticked; everything else still has an empty box.
    int doneBlocks = 0;
    int blocks = 0;
    for (const cg::StudyPlanWeek& week : result.plan.weeks) {
        for (const cg::StudyPlanBlock& block : week.blocks) {
            ++blocks;
            doneBlocks += block.stepSlug == QLatin1String("step-3") ? 1 : 0;
        }
    }
    QCOMPARE(doneBlocks, 2); // 20 h at 15 h a week
    QCOMPARE(int(text.count(QChar(0x2611))), doneBlocks + 1);
    QCOMPARE(int(text.count(QChar(0x2610))), blocks - doneBlocks + int(result.plan.milestones.size()) - 1);
}

void TestStudyPlanDocument::hostileUserTextStaysText()
{
    // The plan's name, the person's name and the notes are typed by the user: printed as text, never as markup.
    const QString hostile = cg::test::HostileText;
    cg::StudyPlanRequest request;
    request.planTitle = hostile;
    request.path = longPath();
    request.path.steps = request.path.steps.mid(0, 2);
    request.startDate = QDate(2026, 3, 2);
    request.hoursPerWeek = 15;
    const cg::StudyPlanResult result = cg::StudyPlanScheduler().schedule(request);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    cg::StudyPlanHeader header = cg::StudyPlanHeader::fromPlan(result.plan);
    header.personName = hostile;
    QHash<QString, cg::StepProgress> progress;
    progress[QStringLiteral("step-1")].note = hostile;

    StudyPlanDocument document(result.plan, request.path.steps, header, progress);
    const QString html = document.document()->toHtml();
    QVERIFY2(cg::test::unsafeMarkup(html).isEmpty(), qPrintable(cg::test::unsafeMarkup(html)));
    const QString text = document.document()->toPlainText();
    QVERIFY(text.contains(hostile)); // the title
    QVERIFY(text.contains(QStringLiteral("Prepared for ") + hostile));
    QVERIFY(text.contains(QStringLiteral("Your note: ") + hostile));
}

void TestStudyPlanDocument::pdf_data()
{
    QTest::addColumn<QPageSize::PageSizeId>("size");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("A4") << QPageSize::A4 << QStringLiteral("study-plan-a4.pdf");
    QTest::newRow("Letter") << QPageSize::Letter << QStringLiteral("study-plan-letter.pdf");
}

void TestStudyPlanDocument::pdf()
{
    QFETCH(QPageSize::PageSizeId, size);
    QFETCH(QString, fileName);

    const QString path = cg::test::artifactPath(fileName);
    StudyPlanDocument document(m_plan, m_steps, header(m_plan));
    QString error;
    int pages = 0;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(document.writePdf(path, size, &error, &pages), qPrintable(error));
    qInfo("%s: %d pages in %lld ms", qPrintable(fileName), pages, timer.elapsed());
    QVERIFY2(pages > 1, "a 26-week plan needs more than one page");

    if (!m_havePdfToText)
        QSKIP("pdftotext (poppler-utils) is not installed; the PDF was written but its text is not checked");

    const PdfText extracted =
        runPdfToText({QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY2(extracted.ok, qPrintable(extracted.error));
    const QString text = squeezed(extracted.text);
    QVERIFY(text.contains(QStringLiteral("Road to back-end developer")));
    QVERIFY(text.contains(QStringLiteral("Week 1 ")));
    QVERIFY(text.contains(QStringLiteral("Week 26")));
    QVERIFY(text.contains(m_steps.first().title));
    const cg::StudyPlanWeek& first = m_plan.weeks.first();
    QVERIFY2(text.contains(cg::PlanDates::formatRange(first.startDate, first.endDate)),
             qPrintable(cg::PlanDates::formatRange(first.startDate, first.endDate)));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    // pdftotext ends every page with a form feed.
    QCOMPARE(int(extracted.text.count(QLatin1Char('\f'))), pages);

    // Nothing is cut off: every word lies inside the printable area, or wholly outside it where Qt's table painting
    // emits a row's lines from the neighbouring page, clipped away.
    const PdfLayout layout = pdfLayout(path);
    QVERIFY2(layout.error.isEmpty(), qPrintable(layout.error));
    const QString cut = cutOffWord(layout);
    QVERIFY2(cut.isEmpty(), qPrintable(cut));
    QCOMPARE(layout.pages, pages);
    QVERIFY(layout.words.size() > 500);
    const QSizeF expected = QPageSize(size).size(QPageSize::Point);
    QVERIFY(qAbs(layout.pageSize.width() - expected.width()) < 1 &&
            qAbs(layout.pageSize.height() - expected.height()) < 1);
}

void TestStudyPlanDocument::selfTaughtPlanFitsSixPages()
{
    // The plan most people print: the shipped self-taught back-end path at 10 h a week, with the first step done and
    // the second under way.
    cg::ContentDatabase content;
    QVERIFY2(content.open(cg::test::contentDatabasePath()), qPrintable(content.errorString()));
    const cg::LearningPath path = cg::StudyPlanRequestBuilder::forRoute(
        cg::LearningRepository(content.database()).path(QStringLiteral("backend-developer")),
        QStringLiteral("self-taught"));
    QVERIFY(path.steps.size() >= 10);
    cg::SavedStudyPlan saved;
    saved.name = QStringLiteral("Road to back-end developer");
    saved.routeSlug = QStringLiteral("self-taught");
    saved.startDate = QDate(2026, 1, 5);
    saved.hoursPerWeek = 10;
    saved.skipKnown = false;
    cg::StudyPlanRequest request =
        cg::StudyPlanRequestBuilder::build(saved, path, QStringLiteral("Back-end developer"), {}, {});
    request.planTitle = saved.name;
    const cg::StudyPlanResult result = cg::StudyPlanScheduler().schedule(request);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    const cg::StudyPlan& plan = result.plan;
    QVERIFY(plan.weekCount() > 40);

    QHash<QString, cg::StepProgress> progress;
    const cg::LearningStep& first = path.steps.at(0);
    const cg::LearningStep& second = path.steps.at(1);
    QVERIFY(!first.topics.isEmpty() && second.topics.size() >= 2);
    progress[first.slug].status = cg::StepProgress::Status::Done;
    for (const cg::Topic& topic : first.topics)
        progress[topic.slug].status = cg::StepProgress::Status::Done;
    progress[second.slug].status = cg::StepProgress::Status::InProgress;
    progress[second.topics.first().slug].status = cg::StepProgress::Status::Done;

    StudyPlanDocument document(plan, path.steps, header(plan), progress);
    const QString pdfPath = cg::test::artifactPath(QStringLiteral("study-plan-self-taught.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(document.writePdf(pdfPath, QPageSize::A4, &error, &pages), qPrintable(error));
    qInfo("self-taught plan at 10 h a week: %d weeks, %d h, %d A4 pages", plan.weekCount(), plan.totalHours, pages);
    QVERIFY2(pages <= 6, qPrintable(QStringLiteral("%1 pages").arg(pages)));

    // Page 1 is the plan at a glance, and all of it is there.
    const QString glance = document.document()->toPlainText();
    QVERIFY(glance.contains(cg::PlanDates::format(plan.endDate)));
    QVERIFY(glance.contains(QStringLiteral("%1 h").arg(plan.totalHours)));
    QVERIFY(glance.contains(QStringLiteral("1 of %1 steps done").arg(plan.orderedSlugs.size())));
    QVERIFY(glance.contains(QStringLiteral("In progress\n") + second.title));
    QVERIFY(glance.contains(QStringLiteral("Hours done\n")));
    QVERIFY(glance.contains(QStringLiteral(" of %1 h\n").arg(plan.totalHours)));

    if (!m_havePdfToText)
        QSKIP("pdftotext (poppler-utils) is not installed; the PDF was written but its layout is not checked");

    const PdfLayout layout = pdfLayout(pdfPath);
    QVERIFY2(layout.error.isEmpty(), qPrintable(layout.error));
    QCOMPARE(layout.pages, pages);
    const QString cut = cutOffWord(layout);
    QVERIFY2(cut.isEmpty(), qPrintable(cut));

    // Page 1 holds the glance: finish date, total hours, milestones by month and progress; the weeks start after it.
    QStringList pageText(pages + 1);
    for (const PdfWord& word : layout.words) {
        if (!clippedAway(word, layout.pageSize))
            pageText[word.page] += word.text + QLatin1Char(' ');
    }
    QVERIFY2(pageText.at(1).contains(QStringLiteral("Finish date %1").arg(cg::PlanDates::format(plan.endDate))),
             qPrintable(pageText.at(1)));
    QVERIFY(pageText.at(1).contains(QStringLiteral("Study time %1 h").arg(plan.totalHours)));
    QVERIFY(pageText.at(1).contains(QStringLiteral("Milestones by month")));
    QVERIFY(pageText.at(1).contains(QStringLiteral("1 of %1 steps done").arg(plan.orderedSlugs.size())));
    for (const cg::StudyPlanMilestone& milestone : plan.milestones)
        QVERIFY2(pageText.at(1).contains(milestone.title), qPrintable(milestone.title));
    QVERIFY(!pageText.at(1).contains(QStringLiteral("Week 1 ")));

    // Every week's row lies on one page: its "Week N" label is printed once, and the page the next week starts on
    // shows nothing of this one above that week's label (a torn row would continue at the top of the next page).
    struct Label
    {
        int page = 0;
        double top = 0;
    };
    QHash<int, QList<Label>> labels;
    for (qsizetype i = 0; i + 1 < layout.words.size(); ++i) {
        const PdfWord& word = layout.words.at(i);
        const PdfWord& next = layout.words.at(i + 1);
        bool isNumber = false;
        const int week = next.text.toInt(&isNumber);
        if (word.text == QLatin1String("Week") && isNumber && next.page == word.page &&
            qAbs(next.yMin - word.yMin) < 1 && !clippedAway(word, layout.pageSize))
            labels[week].append({word.page, word.yMin});
    }
    for (int week = 1; week <= plan.weekCount(); ++week)
        QVERIFY2(labels.value(week).size() == 1,
                 qPrintable(QStringLiteral("week %1 is labelled %2 times").arg(week).arg(labels.value(week).size())));
    for (int week = 1; week < plan.weekCount(); ++week) {
        const Label here = labels.value(week).first();
        const Label next = labels.value(week + 1).first();
        QVERIFY2(next.page == here.page || next.page == here.page + 1, qPrintable(QString::number(week)));
        if (next.page == here.page)
            continue;
        // Above it there is only the week table's heading row, repeated at the top of each page of weeks.
        QStringList above;
        for (const PdfWord& word : layout.words) {
            if (word.page == next.page && !clippedAway(word, layout.pageSize) && word.yMax <= next.top)
                above.append(word.text);
        }
        QVERIFY2(above.join(QLatin1Char(' ')) == QLatin1String("Week What to study Status"),
                 qPrintable(QStringLiteral("week %1 runs onto page %2: %3")
                                .arg(week)
                                .arg(next.page)
                                .arg(above.join(QLatin1Char(' ')))));
    }
    // Nothing follows the last week but the footers.
    QCOMPARE(labels.value(plan.weekCount()).first().page, pages);
}

void TestStudyPlanDocument::unwritablePathKeepsOldFile()
{
    StudyPlanDocument document(m_plan, m_steps, header(m_plan));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray oldContent = "an older plan that must survive";
    QString error;

    // A folder that does not exist: nothing can be opened.
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/plan.pdf"));
    QVERIFY(!document.writePdf(missing, QPageSize::A4, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(!QFile::exists(missing));

    // An existing file whose name leaves no room for the save file's temporary name (NAME_MAX is 255): the write
    // fails late, at commit, which is the case that could otherwise truncate the old file. Works even as root, where
    // a read-only folder would not stop anything.
    const QString longName = dir.filePath(QString(251, QLatin1Char('p')) + QStringLiteral(".pdf"));
    {
        QFile old(longName);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(oldContent);
    }
    error.clear();
    QVERIFY(!document.writePdf(longName, QPageSize::A4, &error));
    QVERIFY2(!error.isEmpty(), "a failed write must say why");
    QFile old(longName);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), oldContent);
    old.close();

    // A directory in place of the file.
    const QString folder = dir.filePath(QStringLiteral("folder.pdf"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.pdf")));
    error.clear();
    QVERIFY(!document.writePdf(folder, QPageSize::A4, &error));
    QVERIFY(!error.isEmpty());
}

// Fonts and QPdfWriter need a QGuiApplication; the offscreen platform keeps the test headless.
int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestStudyPlanDocument test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestStudyPlanDocument.moc"
