#include "documents/StudyPlanDocument.h"

#include "documents/DocumentFont.h"
#include "documents/Html.h"
#include "documents/PdfFile.h"
#include "plan/PlanDates.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>
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
    const auto box = [&statusOf](const QString& slug) {
        return statusOf(slug) == StepProgress::Status::Done ? QStringLiteral("\u2611") : QStringLiteral("\u2610");
    };

    QHash<QString, const LearningStep*> stepBySlug;
    for (const LearningStep& step : steps)
        stepBySlug.insert(step.slug, &step);

    // How many blocks each step is split into, to print "part 2 of 3".
    QHash<QString, int> partsOf;
    for (const StudyPlanWeek& week : plan.weeks) {
        for (const StudyPlanBlock& block : week.blocks)
            ++partsOf[block.stepSlug];
    }

    QString out;
    out.reserve(64 * 1024);
    out += QLatin1String("<html><body>");

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
    if (header.startDate.isValid() && header.endDate.isValid())
        fact(tr("Dates"), PlanDates::formatRange(header.startDate, header.endDate));
    // Label and number rather than "26 weeks": no plural forms needed, so the untranslated English reads right.
    fact(tr("Weeks"), QString::number(plan.weekCount()));
    fact(tr("Study time"), tr("%1 h").arg(plan.totalHours));
    if (!plan.orderedSlugs.isEmpty() && !progress.isEmpty()) {
        int done = 0;
        for (const QString& slug : plan.orderedSlugs)
            done += statusOf(slug) == StepProgress::Status::Done ? 1 : 0;
        fact(tr("Progress"), tr("%1 of %2 steps done").arg(done).arg(plan.orderedSlugs.size()));
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

    out += QLatin1String("<h2>") + html::escape(tr("Week by week")) + QLatin1String("</h2>");
    out += QLatin1String("<p class=\"hint\">") +
           html::escape(
               tr("Tick a box when you have done that part; each step is finished by the end of its last week.")) +
           QLatin1String("</p>");

    // One table per week, with the week's name and dates as its header row: Qt's layout never leaves a table's
    // header alone at the foot of a page (it moves the table on), and repeats it when the week runs onto the next.
    QHash<QString, int> partSeen;
    QHash<QString, int> firstWeekOf;
    for (const StudyPlanWeek& week : plan.weeks) {
        out += QLatin1String("<table class=\"week\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
        out += QLatin1String("<thead><tr><th class=\"week\" colspan=\"4\">");
        out += QLatin1String("<span class=\"week-name\">") + html::escape(tr("Week %1").arg(week.index)) +
               QLatin1String("</span>");
        out +=
            QStringLiteral(" &nbsp;\u00B7&nbsp; ") + html::escape(PlanDates::formatRange(week.startDate, week.endDate));
        out += QStringLiteral(" &nbsp;\u00B7&nbsp; ") + html::escape(tr("%1 h").arg(week.hours()));
        out += QLatin1String("</th></tr></thead><tbody>");

        bool firstRow = true;
        for (const StudyPlanBlock& block : week.blocks) {
            const LearningStep* step = stepBySlug.value(block.stepSlug);
            const int parts = partsOf.value(block.stepSlug);
            const int part = ++partSeen[block.stepSlug];
            if (part == 1)
                firstWeekOf.insert(block.stepSlug, week.index);

            // Column widths are taken from the first body row; the header cell spans all four columns.
            const auto width = [firstRow](const char* percent) {
                return firstRow ? QStringLiteral(" width=\"%1%\"").arg(QLatin1String(percent)) : QString();
            };
            firstRow = false;
            out += QLatin1String("<tr>");
            out += QLatin1String("<td class=\"check\"") + width("7") + QLatin1String(">") + box(block.stepSlug) +
                   QLatin1String("</td>");

            out += QLatin1String("<td class=\"step\"") + width("27") + QLatin1String("><span class=\"step-title\">") +
                   html::escape(block.title) + QLatin1String("</span>");
            if (parts > 1) {
                out += QLatin1String("<br/><span class=\"state\">") +
                       html::escape(tr("part %1 of %2").arg(part).arg(parts)) + QLatin1String("</span>");
            }
            if (part == 1 && statusOf(block.stepSlug) == StepProgress::Status::InProgress) {
                out += QLatin1String("<br/><span class=\"state\">") +
                       html::escape(StepProgress::displayName(StepProgress::Status::InProgress)) +
                       QLatin1String("</span>");
            }
            out += QLatin1String("</td>");

            out += QLatin1String("<td class=\"hours\"") + width("10") + QLatin1String(">");
            if (parts > 1 && step)
                out += html::escape(tr("%1 of %2 h").arg(block.hours).arg(step->hours));
            else
                out += html::escape(tr("%1 h").arg(block.hours));
            out += QLatin1String("</td>");

            out += QLatin1String("<td class=\"details\"") + width("56") + QLatin1String(">");
            if (part > 1) {
                QString note = tr("Continue from week %1.").arg(firstWeekOf.value(block.stepSlug));
                if (block.finishes)
                    note += QLatin1Char(' ') + tr("Finish this step this week.");
                out += QLatin1String("<span class=\"state\">") + html::escape(note) + QLatin1String("</span>");
            } else if (step) {
                if (!step->description.isEmpty())
                    out += QLatin1String("<p class=\"description\">") + html::escape(step->description) +
                           QLatin1String("</p>");
                if (!step->resources.isEmpty()) {
                    out += QLatin1String("<p class=\"resources-title\">") + html::escape(tr("Resources")) +
                           QLatin1String("</p><ul class=\"resources\">");
                    for (const LearningResource& resource : step->resources) {
                        out += QLatin1String("<li><span class=\"resource-title\">") + html::escape(resource.title) +
                               QLatin1String("</span>");
                        QStringList detail;
                        if (!resource.provider.isEmpty())
                            detail.append(resource.provider);
                        if (!resource.platform.isEmpty() && resource.platform != resource.provider)
                            detail.append(resource.platform);
                        if (!resource.averageTime.isEmpty())
                            detail.append(resource.averageTime);
                        if (!detail.isEmpty()) {
                            out += QStringLiteral(" <span class=\"resource-detail\">\u2014 ") +
                                   html::escape(detail.join(QStringLiteral(" \u00B7 "))) + QLatin1String("</span>");
                        }
                        out += QLatin1String("</li>");
                    }
                    out += QLatin1String("</ul>");
                }
                const QString note = progress.value(block.stepSlug).note.trimmed();
                if (!note.isEmpty()) {
                    out += QLatin1String("<p class=\"note\"><span class=\"note-label\">") +
                           html::escape(tr("Your note:")) + QLatin1String("</span> ") + html::escape(note) +
                           QLatin1String("</p>");
                }
            }
            out += QLatin1String("</td></tr>");
        }
        out += QLatin1String("</tbody></table>");
    }

    if (!plan.milestones.isEmpty()) {
        out += QLatin1String("<h2>") + html::escape(tr("Milestones")) + QLatin1String("</h2>");
        out += QLatin1String("<table class=\"milestones\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
        out += QLatin1String("<thead><tr><th class=\"check\" width=\"7%\">") + html::escape(tr("Done")) +
               QLatin1String("</th><th width=\"58%\">") + html::escape(tr("Step finished")) +
               QLatin1String("</th><th width=\"12%\">") + html::escape(tr("Week")) +
               QLatin1String("</th><th width=\"23%\">") + html::escape(tr("By")) +
               QLatin1String("</th></tr></thead><tbody>");
        for (const StudyPlanMilestone& milestone : plan.milestones) {
            out += QLatin1String("<tr><td class=\"check\">") + box(milestone.stepSlug) + QLatin1String("</td><td>") +
                   html::escape(milestone.title) + QLatin1String("</td><td>") + QString::number(milestone.weekIndex) +
                   QLatin1String("</td><td>") + html::escape(PlanDates::format(milestone.date)) +
                   QLatin1String("</td></tr>");
        }
        out += QLatin1String("</tbody></table>");
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
