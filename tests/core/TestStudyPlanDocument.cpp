#include "DocumentSamples.h"
#include "TestSupport.h"
#include "documents/StudyPlanDocument.h"
#include "plan/PlanDates.h"
#include "plan/StudyPlanScheduler.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
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

} // namespace

class TestStudyPlanDocument final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void documentContents();
    void tableHeaderRepeats();
    void skippedStepsAndPlainHeader();
    void progressIsPrinted();
    void hostileUserTextStaysText();
    void pdf_data();
    void pdf();
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
    for (const cg::LearningStep& step : m_steps) {
        QVERIFY(text.contains(step.title));
        QVERIFY(text.contains(step.description));
        QVERIFY(text.contains(step.resources.last().title));
        QVERIFY(text.contains(step.resources.last().provider));
        QVERIFY(text.contains(step.resources.last().averageTime));
    }
    // One box per block of the plan, and one per milestone.
    int blocks = 0;
    for (const cg::StudyPlanWeek& week : m_plan.weeks)
        blocks += int(week.blocks.size());
    QCOMPARE(int(text.count(QChar(0x2610))), blocks + int(m_plan.milestones.size()));
    QCOMPARE(cg::PlanDates::format(QDate(2026, 1, 5)), QStringLiteral("5 Jan 2026"));
}

void TestStudyPlanDocument::tableHeaderRepeats()
{
    StudyPlanDocument document(m_plan, m_steps, header(m_plan));
    // One table per week plus the milestones, each repeating its header row (the week's name and dates) when it
    // runs onto another page; the facts table at the top has no header.
    int tables = 0;
    int withHeader = 0;
    const QList<QTextFrame*> frames = document.document()->rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            ++tables;
            if (table->format().headerRowCount() == 1)
                ++withHeader;
        }
    }
    QCOMPARE(tables, 1 + m_plan.weekCount() + 1);
    QCOMPARE(withHeader, m_plan.weekCount() + 1);
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

    // Nothing is cut off. Every word lies inside the printable area (the PDF has 15 mm side and top margins and a
    // 12 mm bottom margin). Qt's table painting also emits, clipped away, the neighbouring page's lines of a row that
    // spans a page break; pdftotext reports those too, so a word wholly outside the area is accepted, but a word
    // crossing its edge would be visibly cut.
    const PdfText boxes = runPdfToText({QStringLiteral("-bbox"), path, QStringLiteral("-")});
    QVERIFY2(boxes.ok, qPrintable(boxes.error));
    constexpr double pointsPerMillimetre = 72.0 / 25.4;
    constexpr double tolerance = 2.0;
    QXmlStreamReader xml(boxes.text);
    double pageWidth = 0;
    double pageHeight = 0;
    int words = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            pageWidth = attributes.value(QLatin1String("width")).toDouble();
            pageHeight = attributes.value(QLatin1String("height")).toDouble();
            continue;
        }
        if (xml.name() != QLatin1String("word"))
            continue;
        ++words;
        const double left = 15 * pointsPerMillimetre - tolerance;
        const double right = pageWidth - 15 * pointsPerMillimetre + tolerance;
        const double top = 15 * pointsPerMillimetre - tolerance;
        const double bottom = pageHeight - 12 * pointsPerMillimetre + tolerance;
        const double xMin = attributes.value(QLatin1String("xMin")).toDouble();
        const double xMax = attributes.value(QLatin1String("xMax")).toDouble();
        const double yMin = attributes.value(QLatin1String("yMin")).toDouble();
        const double yMax = attributes.value(QLatin1String("yMax")).toDouble();
        const bool inside = xMin >= left && xMax <= right && yMin >= top && yMax <= bottom;
        const bool clippedAway = yMax <= top || yMin >= bottom;
        QVERIFY2(inside || clippedAway, qPrintable(QStringLiteral("word \"%1\" at %2,%3-%4,%5 on a %6x%7 page")
                                                       .arg(xml.readElementText())
                                                       .arg(xMin)
                                                       .arg(yMin)
                                                       .arg(xMax)
                                                       .arg(yMax)
                                                       .arg(pageWidth)
                                                       .arg(pageHeight)));
    }
    QVERIFY(!xml.hasError());
    QVERIFY(words > 500);
    const QSizeF expected = QPageSize(size).size(QPageSize::Point);
    QVERIFY(qAbs(pageWidth - expected.width()) < 1 && qAbs(pageHeight - expected.height()) < 1);
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
