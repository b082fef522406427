#include "documents/StudyPlanDocument.h"

#include "documents/DocumentFont.h"
#include "documents/Html.h"
#include "documents/PdfFile.h"
#include "plan/OwnTopic.h"
#include "plan/PlanDates.h"
#include "plan/StudyUnit.h"
#include "plan/TopicCoverage.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSet>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextOption>
#include <QTextTable>
#include <QtMath>

namespace cg {

namespace {

constexpr qreal LayoutDpi = 96.0;
constexpr qreal FooterHeight = 28.0; // layout pixels kept free under the text for the page footer
constexpr qreal FooterFontPoints = 8.0;
constexpr qreal MetresPerInch = 0.0254;

QString loadStyleSheet()
{
    QFile file(QStringLiteral(":/print/study-plan.css"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("StudyPlanDocument: the print stylesheet :/print/study-plan.css is missing; printing unstyled");
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// Step titles and resources may be in any script.
constexpr qreal FontSize = 10;

QList<QTextTableCell> tableCells(QTextDocument* document)
{
    QList<QTextTableCell> cells;
    const QList<QTextFrame*> frames = document->rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() == row && cell.column() == column)
                    cells.append(cell);
            }
        }
    }
    return cells;
}

// Qt paginates a table row cell by cell, line by line: near the foot of a page a cell whose first line is taller
// (the box glyph, a bold title) moves to the next page while its neighbours' smaller first lines stay, and the row
// comes out torn in two. Giving every cell's first block the same minimum line height makes all cells of a row
// make the same decision.
void equaliseFirstLines(QTextDocument* document)
{
    const QList<QTextTableCell> cells = tableCells(document);
    document->setTextWidth(document->textWidth() > 0 ? document->textWidth() : 800);
    document->documentLayout()->documentSize(); // lays the document out
    qreal tallest = 0;
    for (const QTextTableCell& cell : cells) {
        const QTextLayout* layout = cell.firstCursorPosition().block().layout();
        if (layout && layout->lineCount() > 0)
            tallest = qMax(tallest, layout->lineAt(0).height());
    }
    if (tallest <= 0)
        return;
    // One edit block, so the document is laid out again once at the end rather than after every cell.
    QTextCursor batch(document);
    batch.beginEditBlock();
    for (const QTextTableCell& cell : cells) {
        QTextCursor cursor = cell.firstCursorPosition();
        QTextBlockFormat format = cursor.blockFormat();
        format.setLineHeight(qCeil(tallest), QTextBlockFormat::MinimumHeight);
        cursor.setBlockFormat(format);
    }
    batch.endEditBlock();
}

// One unit of a step (a topic, or a pick-one group) as a share of the step's hours in the plan, from `from` to `to`
// (0 to 1), so that each week can name the topics its hours go to.
struct UnitSpan
{
    QString title;
    QString again; // in the weeks after the unit's first: a pick-one group is named by its suggested member
    bool done = false;
    double from = 0;
    double to = 0;
};

// The step's units laid end to end over its planned hours. A plan counts either every unit (scheduled before any was
// ticked off) or only those left; hours that match neither (known topics skipped) are spread over those left.
QList<UnitSpan> unitSpans(const LearningStep& step, const TopicCoverage& coverage, int plannedHours)
{
    if (step.topics.isEmpty())
        return {};
    QHash<QString, QString> titleOf;
    for (const Topic& topic : step.topics) {
        // The person's own topic is printed with its link, as plain text: the paper is where they will look it up.
        const bool ownLink = OwnTopic::isOwnKey(topic.slug) && !topic.resources.isEmpty();
        titleOf.insert(topic.slug, ownLink
                                       ? StudyPlanDocument::tr("%1 (%2)").arg(topic.title, topic.resources.first().url)
                                       : topic.title);
    }
    const QList<StudyUnit> units = coverage.units(step);
    int all = 0;
    for (const StudyUnit& unit : units)
        all += unit.hours;
    const bool everyUnit = all == plannedHours;
    QList<UnitSpan> spans;
    int total = 0;
    for (const StudyUnit& unit : units) {
        if (!everyUnit && unit.done)
            continue;
        QStringList titles;
        for (const QString& slug : unit.topicSlugs)
            titles.append(titleOf.value(slug, slug));
        UnitSpan span;
        span.title = titles.size() == 1 ? titles.first()
                                        : StudyPlanDocument::tr("one of: %1").arg(titles.join(QStringLiteral(" / ")));
        span.again = titles.size() == 1 ? titles.first()
                                        : StudyPlanDocument::tr("%1 or the alternative you chose").arg(titles.first());
        span.done = unit.done;
        span.from = total;
        total += qMax(1, unit.hours);
        span.to = total;
        spans.append(span);
    }
    for (UnitSpan& span : spans) {
        span.from /= total;
        span.to /= total;
    }
    return spans;
}

// Marks the tables that hold one week each, so keepWeeksWhole finds them again.
constexpr int WeekTableProperty = QTextFormat::UserProperty + 1;

QList<QTextTable*> weekTables(QTextDocument* document)
{
    QList<QTextTable*> tables;
    const QList<QTextFrame*> frames = document->rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (table && table->format().boolProperty(WeekTableProperty))
            tables.append(table);
    }
    return tables;
}

void markWeekTables(QTextDocument* document, int weekCount)
{
    QList<QTextTable*> tables;
    const QList<QTextFrame*> frames = document->rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        if (auto* table = qobject_cast<QTextTable*>(frame))
            tables.append(table);
    }
    for (qsizetype i = qMax<qsizetype>(0, tables.size() - weekCount); i < tables.size(); ++i) {
        QTextTableFormat format = tables.at(i)->format();
        format.setProperty(WeekTableProperty, true);
        tables.at(i)->setFormat(format);
    }
}

// Marks the cells of a heading row copied onto a week table that starts a page.
constexpr int RepeatedHeadingProperty = QTextFormat::UserProperty + 2;

// The week table's heading row (the table before the first week), copied with its formats as the first row of a
// week table that starts a page, so that every page of weeks says what its columns are.
void addHeading(QTextTable* week, QTextTable* heading)
{
    week->insertRows(0, 1);
    for (int column = 0; column < qMin(week->columns(), heading->columns()); ++column) {
        const QTextTableCell source = heading->cellAt(0, column);
        QTextTableCell cell = week->cellAt(0, column);
        QTextTableCellFormat format = source.format().toTableCellFormat();
        format.setProperty(RepeatedHeadingProperty, true);
        cell.setFormat(format);
        QTextCursor from = source.firstCursorPosition();
        from.setPosition(source.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        QTextCursor to = cell.firstCursorPosition();
        to.setBlockFormat(source.firstCursorPosition().blockFormat());
        to.insertFragment(from.selection());
    }
}

bool hasHeading(QTextTable* table)
{
    return table->rows() > 1 && table->cellAt(0, 0).format().boolProperty(RepeatedHeadingProperty);
}

// Qt's rich text knows no "page-break-inside: avoid", and it breaks a table row line by line. So the weeks are laid
// out for the page size set on the document, and each week table that would run over a page break starts the next
// page instead (QTextFormat::PageBreak_AlwaysBefore, which the layout honours for tables). The first week on each
// page gets the heading row. Earlier decisions are undone first: the same document may be printed on A4 and then
// on Letter.
void keepWeeksWhole(QTextDocument* document)
{
    const qreal pageHeight = document->pageSize().height();
    const QList<QTextTable*> tables = weekTables(document);
    if (tables.isEmpty())
        return;
    for (QTextTable* table : tables) {
        if (hasHeading(table))
            table->removeRows(0, 1);
        QTextTableFormat format = table->format();
        if (format.pageBreakPolicy() != QTextFormat::PageBreak_Auto) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            table->setFormat(format);
        }
    }
    if (pageHeight <= 0)
        return;
    auto* heading = qobject_cast<QTextTable*>(
        document->rootFrame()->childFrames().value(document->rootFrame()->childFrames().indexOf(tables.first()) - 1));

    QAbstractTextDocumentLayout* layout = document->documentLayout();
    const auto bounds = [document, layout](QTextTable* table) {
        document->pageCount(); // lays out what the last change moved
        return layout->frameBoundingRect(table);
    };
    const auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    const auto moveToNextPage = [](QTextTable* table) {
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
    };
    const auto torn = [&pageOf, pageHeight](const QRectF& rect) {
        // A table taller than a page is torn wherever it starts: then nothing is gained by moving it.
        return pageOf(rect.top()) != pageOf(rect.bottom() - 1) && rect.height() < pageHeight;
    };

    int previousPage = heading ? pageOf(bounds(heading).bottom() - 1) : 0;
    for (QTextTable* table : tables) {
        QRectF rect = bounds(table);
        if (torn(rect)) {
            moveToNextPage(table);
            rect = bounds(table);
        }
        if (heading && pageOf(rect.top()) > previousPage) {
            addHeading(table, heading);
            rect = bounds(table);
            if (torn(rect)) {
                moveToNextPage(table);
                rect = bounds(table);
            }
        }
        previousPage = pageOf(rect.bottom() - 1);
    }
}

bool anyDone(const QList<UnitSpan>& spans)
{
    for (const UnitSpan& span : spans) {
        if (span.done)
            return true;
    }
    return false;
}

} // namespace

StudyPlanDocument::StudyPlanDocument(const StudyPlan& plan, const QList<LearningStep>& steps,
                                     const StudyPlanHeader& header, const QHash<QString, StepProgress>& progress)
    : m_layoutDevice(1, 1, QImage::Format_ARGB32_Premultiplied), m_document(std::make_unique<QTextDocument>()),
      m_title(plan.title.isEmpty() ? tr("Study plan") : plan.title)
{
    m_layoutDevice.setDotsPerMeterX(qRound(LayoutDpi / MetresPerInch));
    m_layoutDevice.setDotsPerMeterY(qRound(LayoutDpi / MetresPerInch));
    m_document->documentLayout()->setPaintDevice(&m_layoutDevice);
    // Unhinted advances: the layout is scaled to 300-1200 dpi devices, where hinted 96 dpi widths would drift.
    m_document->setUseDesignMetrics(true);
    m_document->setDocumentMargin(0); // the page margins of the device are the margins
    m_document->setDefaultFont(documentFont(FontSize));
    QTextOption option = m_document->defaultTextOption();
    // Long URLs or compound words must wrap inside their cell rather than run past the page edge.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
    m_document->setDefaultStyleSheet(loadStyleSheet());
    m_document->setMetaInformation(QTextDocument::DocumentTitle, plan.title);
    // Qt's HTML importer turns each <thead> into QTextTableFormat::headerRowCount, which makes the layout repeat
    // those rows at the top of every page the table runs onto (checked by TestStudyPlanDocument).
    m_document->setHtml(buildHtml(plan, steps, header, progress));
    equaliseFirstLines(m_document.get());
    markWeekTables(m_document.get(), plan.weekCount());
}

StudyPlanDocument::~StudyPlanDocument() = default;

QTextDocument* StudyPlanDocument::document() const
{
    return m_document.get();
}

QString StudyPlanDocument::buildHtml(const StudyPlan& plan, const QList<LearningStep>& steps,
                                     const StudyPlanHeader& header, const QHash<QString, StepProgress>& progress) const
{
    const auto statusOf = [&progress](const QString& slug) { return progress.value(slug).status; };
    const auto box = [](bool done) { return done ? QStringLiteral("\u2611") : QStringLiteral("\u2610"); };

    QHash<QString, const LearningStep*> stepBySlug;
    for (const LearningStep& step : steps)
        stepBySlug.insert(step.slug, &step);

    QSet<QString> doneTopics;
    for (auto it = progress.cbegin(); it != progress.cend(); ++it) {
        if (it.value().status == StepProgress::Status::Done)
            doneTopics.insert(it.key());
    }
    const TopicCoverage coverage(doneTopics, {});

    // How many blocks each step is split into, to print "part 2 of 3", and its hours in this plan.
    QHash<QString, int> partsOf;
    QHash<QString, int> plannedHours;
    for (const StudyPlanWeek& week : plan.weeks) {
        for (const StudyPlanBlock& block : week.blocks) {
            ++partsOf[block.stepSlug];
            plannedHours[block.stepSlug] += block.hours;
        }
    }

    // Where each step stands: as marked, or rolled up from its topics.
    const auto stepState = [&](const QString& slug) {
        const StepProgress::Status marked = statusOf(slug);
        if (marked == StepProgress::Status::Done || marked == StepProgress::Status::InProgress)
            return marked;
        const LearningStep* step = stepBySlug.value(slug);
        if (!step || step->topics.isEmpty())
            return StepProgress::Status::NotStarted;
        switch (coverage.state(*step)) {
        case TopicCoverage::StepState::Done:
            return StepProgress::Status::Done;
        case TopicCoverage::StepState::InProgress:
            return StepProgress::Status::InProgress;
        case TopicCoverage::StepState::NotStarted:
            break;
        }
        return StepProgress::Status::NotStarted;
    };

    QHash<QString, QList<UnitSpan>> spansOf;
    for (auto it = plannedHours.cbegin(); it != plannedHours.cend(); ++it) {
        if (const LearningStep* step = stepBySlug.value(it.key()))
            spansOf.insert(it.key(), unitSpans(*step, coverage, it.value()));
    }

    // Every block with the topics it covers and where it stands, week by week.
    struct BlockView
    {
        const StudyPlanBlock* block = nullptr;
        int part = 0;
        QStringList topics;
        StepProgress::Status status = StepProgress::Status::NotStarted;
    };
    QList<QList<BlockView>> weekViews;
    QHash<QString, int> partSeen;
    QHash<QString, int> hoursSeen;
    QSet<QString> unitsShown; // step slug and unit title, once the unit has been named in full
    int hoursDone = 0;
    for (const StudyPlanWeek& week : plan.weeks) {
        QList<BlockView> views;
        for (const StudyPlanBlock& block : week.blocks) {
            BlockView view;
            view.block = &block;
            view.part = ++partSeen[block.stepSlug];
            const int planned = qMax(1, plannedHours.value(block.stepSlug));
            const int offset = hoursSeen.value(block.stepSlug);
            hoursSeen[block.stepSlug] += block.hours;
            const double from = double(offset) / planned;
            const double to = double(offset + block.hours) / planned;
            int topicsDone = 0;
            for (const UnitSpan& span : spansOf.value(block.stepSlug)) {
                if (span.from < to - 1e-9 && span.to > from + 1e-9) {
                    const QString key = block.stepSlug + QLatin1Char('\n') + span.title;
                    view.topics.append(unitsShown.contains(key) ? span.again : span.title);
                    unitsShown.insert(key);
                    topicsDone += span.done ? 1 : 0;
                }
            }
            const StepProgress::Status step = stepState(block.stepSlug);
            if (step == StepProgress::Status::Done)
                view.status = StepProgress::Status::Done;
            else if (!view.topics.isEmpty() && topicsDone == view.topics.size())
                view.status = StepProgress::Status::Done;
            else if (topicsDone > 0)
                view.status = StepProgress::Status::InProgress;
            else if (step == StepProgress::Status::InProgress && view.part == 1 &&
                     !anyDone(spansOf.value(block.stepSlug)))
                view.status = StepProgress::Status::InProgress; // under way, though no topic is ticked off yet
            hoursDone += view.status == StepProgress::Status::Done ? block.hours : 0;
            views.append(view);
        }
        weekViews.append(views);
    }

    QString out;
    out.reserve(64 * 1024);
    out += QLatin1String("<html><body>");

    // ---- Page 1: the plan at a glance ----
    out += QLatin1String("<h1>") + html::escape(m_title) + QLatin1String("</h1>");
    if (!header.personName.isEmpty())
        out += QLatin1String("<p class=\"person\">") + html::escape(tr("Prepared for %1").arg(header.personName)) +
               QLatin1String("</p>");

    auto fact = [&out](const QString& label, const QString& value) {
        out += QLatin1String("<tr><td class=\"label\">") + html::escape(label) +
               QLatin1String("</td><td class=\"value\">") + html::escape(value) + QLatin1String("</td></tr>");
    };
    out += QLatin1String("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"0\">");
    if (!header.targetRole.isEmpty())
        fact(tr("Target role"), header.targetRole);
    if (!header.route.isEmpty())
        fact(tr("Route"), header.route);
    if (header.hoursPerWeek > 0)
        fact(tr("Pace"), tr("%1 h a week").arg(header.hoursPerWeek));
    if (header.startDate.isValid() && header.endDate.isValid()) {
        fact(tr("Dates"), PlanDates::formatRange(header.startDate, header.endDate));
        fact(tr("Finish date"), PlanDates::format(header.endDate));
    }
    // Label and number rather than "26 weeks": no plural forms needed, so the untranslated English reads right.
    fact(tr("Weeks"), QString::number(plan.weekCount()));
    fact(tr("Study time"), tr("%1 h").arg(plan.totalHours));
    if (!plan.orderedSlugs.isEmpty()) { // progress so far, even when nothing is done yet
        int done = 0;
        int topics = 0;
        int topicsDone = 0;
        QStringList underWay;
        for (const QString& slug : plan.orderedSlugs) {
            const StepProgress::Status state = stepState(slug);
            done += state == StepProgress::Status::Done ? 1 : 0;
            const LearningStep* step = stepBySlug.value(slug);
            if (state == StepProgress::Status::InProgress)
                underWay.append(step && !step->title.isEmpty() ? step->title : slug);
            if (step) {
                for (const StudyUnit& unit : coverage.units(*step)) {
                    if (step->topics.isEmpty())
                        continue;
                    ++topics;
                    topicsDone += unit.done ? 1 : 0;
                }
            }
        }
        fact(tr("Progress"), tr("%1 of %2 steps done").arg(done).arg(plan.orderedSlugs.size()));
        if (topics > 0)
            fact(tr("Topics"), tr("%1 of %2 topics done").arg(topicsDone).arg(topics));
        fact(tr("Hours done"), tr("%1 of %2 h").arg(hoursDone).arg(plan.totalHours));
        if (!underWay.isEmpty())
            fact(tr("In progress"), underWay.join(QStringLiteral(", ")));
    }
    if (!plan.skippedSlugs.isEmpty()) {
        QStringList known;
        QStringList leftOut;
        for (const QString& slug : plan.skippedSlugs) {
            const LearningStep* step = stepBySlug.value(slug);
            const QString name = step && !step->title.isEmpty() ? step->title : slug;
            (statusOf(slug) == StepProgress::Status::Skipped ? leftOut : known).append(name);
        }
        if (!known.isEmpty())
            fact(tr("Already known"), known.join(QStringLiteral(", ")));
        if (!leftOut.isEmpty())
            fact(tr("Left out"), leftOut.join(QStringLiteral(", ")));
    }
    out += QLatin1String("</table>");

    if (!plan.milestones.isEmpty()) {
        out += QLatin1String("<h2>") + html::escape(tr("Milestones by month")) + QLatin1String("</h2>");
        out += QLatin1String("<table class=\"milestones\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
        out += QLatin1String("<thead><tr><th width=\"20%\">") + html::escape(tr("Month")) +
               QLatin1String("</th><th width=\"80%\">") + html::escape(tr("Steps finished")) +
               QLatin1String("</th></tr></thead><tbody>");
        qsizetype i = 0;
        while (i < plan.milestones.size()) {
            const QDate month = plan.milestones.at(i).date;
            out += QLatin1String("<tr><td class=\"month\">") +
                   html::escape(QLocale().toString(month, tr("MMMM yyyy"))) + QLatin1String("</td><td>");
            bool first = true;
            for (; i < plan.milestones.size(); ++i) {
                const StudyPlanMilestone& milestone = plan.milestones.at(i);
                if (milestone.date.year() != month.year() || milestone.date.month() != month.month())
                    break;
                if (!first)
                    out += QLatin1String("<br/>");
                first = false;
                out +=
                    box(stepState(milestone.stepSlug) == StepProgress::Status::Done) + QLatin1Char(' ') +
                    QLatin1String("<span class=\"step-title\">") + html::escape(milestone.title) +
                    QLatin1String("</span> <span class=\"state\">") +
                    html::escape(tr("by %1, week %2").arg(PlanDates::format(milestone.date)).arg(milestone.weekIndex)) +
                    QLatin1String("</span>");
            }
            out += QLatin1String("</td></tr>");
        }
        out += QLatin1String("</tbody></table>");
    }
    out += QLatin1String("<p class=\"sources\">") +
           html::escape(tr("Hours are our own estimates. How each was reached, and the sources the steps were "
                           "written from, are shown with each step in Career Guide.")) +
           QLatin1String("</p>");

    // ---- Then the weeks: one table per week, so a week moves whole to the next page (see keepWeeksWhole) ----
    out += QLatin1String("<h2 class=\"weeks\">") + html::escape(tr("Week by week")) + QLatin1String("</h2>");
    out += QLatin1String("<p class=\"hint\">") +
           html::escape(
               tr("Tick a box when you have done that part; each step is finished by the end of its last week.")) +
           QLatin1String("</p>");
    out += QLatin1String("<table class=\"weeks-head\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
                         "<td width=\"25%\">") +
           html::escape(tr("Week")) + QLatin1String("</td><td width=\"60%\">") + html::escape(tr("What to study")) +
           QLatin1String("</td><td width=\"15%\">") + html::escape(tr("Status")) + QLatin1String("</td></tr></table>");

    for (qsizetype w = 0; w < plan.weeks.size(); ++w) {
        const StudyPlanWeek& week = plan.weeks.at(w);
        const QList<BlockView>& views = weekViews.at(w);
        int done = 0;
        int started = 0;
        for (const BlockView& view : views) {
            done += view.status == StepProgress::Status::Done ? 1 : 0;
            started += view.status != StepProgress::Status::NotStarted ? 1 : 0;
        }
        const StepProgress::Status weekStatus = !views.isEmpty() && done == views.size() ? StepProgress::Status::Done
                                                : started > 0 ? StepProgress::Status::InProgress
                                                              : StepProgress::Status::NotStarted;

        out += QLatin1String("<table class=\"week\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
        out += QLatin1String("<td class=\"week\" width=\"25%\"><span class=\"week-name\">") +
               html::escape(tr("Week %1").arg(week.index)) + QLatin1String("</span><br/><span class=\"dates\">") +
               html::escape(PlanDates::formatRange(week.startDate, week.endDate)) + QLatin1String("</span></td>");

        out += QLatin1String("<td class=\"study\" width=\"60%\">");
        bool firstBlock = true;
        for (const BlockView& view : views) {
            const StudyPlanBlock& block = *view.block;
            const int parts = partsOf.value(block.stepSlug);
            out += firstBlock ? QLatin1String("<p class=\"block-first\">") : QLatin1String("<p class=\"block\">");
            firstBlock = false;
            out += box(view.status == StepProgress::Status::Done) + QLatin1Char(' ') +
                   QLatin1String("<span class=\"step-title\">") + html::escape(block.title) + QLatin1String("</span>");
            QStringList details;
            if (parts > 1)
                details.append(tr("part %1 of %2").arg(view.part).arg(parts));
            if (views.size() > 1)
                details.append(tr("%1 h").arg(block.hours)); // a week of one step has its hours under its status
            if (block.finishes && parts > 1)
                details.append(tr("finish it this week"));
            // The step's title on a line of its own, then its part and the topics of the week in small type. Each
            // detail wraps as a whole: "part 10 of 15" never loses its "of 15" to the next line.
            QStringList second;
            for (const QString& detail : details)
                second.append(QLatin1String("<span class=\"state\">") +
                              html::escape(detail).replace(QLatin1Char(' '), QLatin1String("&nbsp;")) +
                              QLatin1String("</span>"));
            for (const QString& topic : view.topics)
                second.append(QLatin1String("<span class=\"topics\">") + html::escape(topic) +
                              QLatin1String("</span>"));
            if (!second.isEmpty())
                out += QLatin1String("<br/>") + second.join(QStringLiteral(" \u00B7 "));
            const QString note = view.part == 1 ? progress.value(block.stepSlug).note.trimmed() : QString();
            if (!note.isEmpty()) {
                out += QLatin1String("<br/><span class=\"note\"><span class=\"note-label\">") +
                       html::escape(tr("Your note:")) + QLatin1String("</span> ") + html::escape(note) +
                       QLatin1String("</span>");
            }
            out += QLatin1String("</p>");
        }
        out += QLatin1String("</td>");

        out += QLatin1String("<td class=\"status\" width=\"15%\"><span class=\"status\">") +
               html::escape(StepProgress::displayName(weekStatus)) +
               QLatin1String("</span><br/><span class=\"state\">") + html::escape(tr("%1 h").arg(week.hours())) +
               QLatin1String("</span></td>");
        out += QLatin1String("</tr></table>");
    }

    out += QLatin1String("</body></html>");
    return out;
}

int StudyPlanDocument::render(QPagedPaintDevice* device, QString* error)
{
    QPainter painter;
    if (!device || !painter.begin(device)) {
        if (error)
            *error = tr("Could not start painting the study plan on the printer or file.");
        return -1;
    }

    // Lay the document out for the printable area (the device already leaves its margins out) less the footer, in
    // 96 dpi layout pixels; the painter scales that up to the device.
    const qreal scaleX = device->logicalDpiX() / LayoutDpi;
    const qreal scaleY = device->logicalDpiY() / LayoutDpi;
    const QSizeF body(device->width() / scaleX, device->height() / scaleY - FooterHeight);
    m_document->setPageSize(body);
    keepWeeksWhole(m_document.get());
    const int pageCount = m_document->pageCount();

    QFont footerFont = documentFont(FontSize);
    footerFont.setPointSizeF(FooterFontPoints);
    const QRectF footer(0, (body.height() + FooterHeight / 3) * scaleY, device->width(), FooterHeight * 2 / 3 * scaleY);

    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device->newPage();

        painter.save();
        painter.scale(scaleX, scaleY);
        painter.translate(0, -page * body.height());
        m_document->drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();

        // The footer is drawn in device coordinates so its point size is measured on the device itself.
        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x57, 0x60, 0x6a));
        painter.drawLine(QPointF(footer.left(), footer.top()), QPointF(footer.right(), footer.top()));
        const QRectF text = footer.adjusted(0, footer.height() / 6, 0, 0);
        const QString pageText = tr("Page %1 of %2").arg(page + 1).arg(pageCount);
        const QFontMetricsF metrics(footerFont, device);
        // A long title gives way to the page number rather than running into it.
        const qreal titleRoom = text.width() - metrics.horizontalAdvance(pageText) - metrics.averageCharWidth() * 4;
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(m_title, Qt::ElideRight, qMax<qreal>(0, titleRoom)));
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, pageText);
        painter.restore();
    }

    if (!painter.end()) {
        if (error)
            *error = tr("Could not finish painting the study plan.");
        return -1;
    }
    return pageCount;
}

bool StudyPlanDocument::writePdf(const QString& path, QPageSize::PageSizeId size, QString* error, int* pageCount)
{
    const int pages = writePdfFile(
        path, m_title, size, [this](QPagedPaintDevice* device, QString* why) { return render(device, why); }, error);
    if (pages < 0)
        return false;
    if (pageCount)
        *pageCount = pages;
    return true;
}

} // namespace cg
