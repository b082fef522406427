#include "SalaryComparisonDocument.h"

#include "documents/DocumentFont.h"
#include "documents/Html.h"
#include "documents/PdfFile.h"
#include "salary/SalaryComparison.h"
#include "salary/SalaryTerms.h"

#include <QFont>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QTextDocument>

#include <algorithm>

namespace cg {

namespace {
constexpr qreal FontSize = 9;

const char* const StyleSheet = "h1 { font-size: 16pt; margin-bottom: 4px; }"
                               "h2 { font-size: 12pt; margin-top: 14px; }"
                               "table.facts td { padding: 1px 8px 1px 0; }"
                               "table.comparison { border-collapse: collapse; }"
                               "table.comparison th, table.comparison td { border: 1px solid #8c959f; padding: 4px; "
                               "vertical-align: top; }"
                               "table.comparison th { background-color: #eaeef2; }"
                               "td.label { font-weight: bold; background-color: #f6f8fa; }"
                               "td.converted { font-weight: bold; }"
                               "p.small, li { font-size: 8pt; }";
} // namespace

SalaryComparisonDocument::SalaryComparisonDocument(const ComparisonResult& result, const QString& title,
                                                   const QDate& printedOn)
    : m_document(std::make_unique<QTextDocument>())
{
    m_document->setDefaultFont(documentFont(FontSize));
    m_document->setDefaultStyleSheet(QString::fromLatin1(StyleSheet));
    m_html = buildHtml(result, title, printedOn);
    m_document->setHtml(m_html);
    // After setHtml, which would replace it with the (absent) <title>.
    m_document->setMetaInformation(QTextDocument::DocumentTitle, title.isEmpty() ? tr("Salary comparison") : title);
}

SalaryComparisonDocument::~SalaryComparisonDocument() = default;

QTextDocument* SalaryComparisonDocument::document() const
{
    return m_document.get();
}

bool SalaryComparisonDocument::print(QPagedPaintDevice* device, QString* error) const
{
    if (!device) {
        if (error)
            *error = tr("There is no printer to print on.");
        return false;
    }
    // QTextDocument::print lays a copy out on the device's page and numbers the pages.
    m_document->print(device);
    return true;
}

bool SalaryComparisonDocument::writePdf(const QString& path, const QString& title, QString* error) const
{
    const auto paint = [this](QPagedPaintDevice* device, QString* why) { return print(device, why) ? 1 : -1; };
    return writePdfFile(path, title, QPageSize::A4, paint, error) >= 0;
}

QString SalaryComparisonDocument::buildHtml(const ComparisonResult& result, const QString& title,
                                            const QDate& printedOn) const
{
    const QLocale locale;
    const QList<ComparisonColumn>& columns = result.columns;
    QString out = QStringLiteral("<html><body>");
    out += QStringLiteral("<h1>%1</h1>").arg(html::escape(title.isEmpty() ? tr("Salary comparison") : title));

    out += QStringLiteral("<table class=\"facts\" cellspacing=\"0\">");
    const auto fact = [&out](const QString& label, const QString& value) {
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(html::escape(label), html::escape(value));
    };
    fact(tr("Display currency"), result.currency);
    fact(tr("Conversion basis"), SalaryComparison::basisName(result.basis));
    if (printedOn.isValid())
        fact(tr("Printed"), printedOn.toString(Qt::ISODate));
    out += QStringLiteral("</table>");

    if (columns.isEmpty()) {
        out += QStringLiteral("<p>%1</p></body></html>").arg(html::escape(tr("Nothing has been picked to compare.")));
        return out;
    }

    const int labelWidth = 16;
    const int columnWidth = (100 - labelWidth) / int(columns.size());
    out += QStringLiteral("<h2>%1</h2>").arg(html::escape(tr("Side by side")));
    out += QStringLiteral("<table class=\"comparison\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    out += QStringLiteral("<thead><tr><th width=\"%1%\"></th>").arg(labelWidth);
    for (int i = 0; i < columns.size(); ++i)
        out += QStringLiteral("<th width=\"%1%\">%2</th>").arg(columnWidth).arg(html::escape(tr("Pick %1").arg(i + 1)));
    out += QStringLiteral("</tr></thead><tbody>");

    const auto row = [&](const QString& label, const auto& cell, const QString& cssClass = QString()) {
        out += QStringLiteral("<tr><td class=\"label\">%1</td>").arg(html::escape(label));
        for (const ComparisonColumn& column : columns) {
            out += cssClass.isEmpty() ? QStringLiteral("<td>") : QStringLiteral("<td class=\"%1\">").arg(cssClass);
            out += html::escape(cell(column)) + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>");
    };
    row(tr("Role"), [](const ComparisonColumn& c) { return c.entry.roleName; });
    row(tr("Country"), [](const ComparisonColumn& c) { return c.entry.placeName(); });
    row(tr("Figure"), [](const ComparisonColumn& c) {
        return tr("%1 · %2").arg(c.entry.figureLabel(), SalaryTerms::periodName(c.entry.period));
    });
    row(tr("Source"),
        [](const ComparisonColumn& c) { return tr("%1, as of %2").arg(c.entry.sourceLabel, c.entry.asOf()); });
    row(tr("As stated"), [&](const ComparisonColumn& c) { return c.entry.amount.text(locale); });
    row(
        tr("In %1").arg(result.currency),
        [&](const ComparisonColumn& c) {
            if (c.isConverted())
                return c.conversion.converted.format(locale);
            return c.conversion.status == Conversion::Status::NoRate ? tr("no rate") : tr("not converted");
        },
        QStringLiteral("converted"));
    row(tr("Conversion"), [](const ComparisonColumn& c) { return c.conversion.explanation; });
    row(tr("Difference to pick 1"), [&](const ComparisonColumn& c) -> QString {
        switch (c.differenceState) {
        case ComparisonColumn::Difference::Reference:
            return tr("reference");
        case ComparisonColumn::Difference::Ok:
            return c.percentText(locale).isEmpty() ? c.differenceText(locale)
                                                   : tr("%1 (%2)").arg(c.differenceText(locale), c.percentText(locale));
        case ComparisonColumn::Difference::Unavailable:
            break;
        }
        return c.differenceReason;
    });
    row(tr("Range p10–p90"), [&](const ComparisonColumn& c) -> QString {
        if (c.convertedRange.isEmpty())
            return QStringLiteral("—");
        return tr("%1 – %2 (middle half %3 – %4)")
            .arg(c.convertedRange.p10.text(locale), c.convertedRange.p90.text(locale),
                 c.convertedRange.p25.text(locale), c.convertedRange.p75.text(locale));
    });
    const bool anyDoubtful =
        std::any_of(columns.begin(), columns.end(), [](const ComparisonColumn& c) { return c.entry.doubtful; });
    if (anyDoubtful)
        row(tr("Caution"),
            [](const ComparisonColumn& c) { return c.entry.doubtful ? tr("⚠ doubtful (see note)") : QString(); });
    out += QStringLiteral("</tbody></table>");

    out += QStringLiteral("<h2>%1</h2><ol>").arg(html::escape(tr("Sources and notes")));
    for (const ComparisonColumn& column : columns) {
        out += QStringLiteral("<li><b>%1</b>")
                   .arg(html::escape(
                       tr("%1, %2: %3")
                           .arg(column.entry.roleName, column.entry.placeName(), column.entry.source.citation())));
        if (column.entry.doubtful)
            out += html::escape(tr(" ⚠ doubtful."));
        if (!column.entry.note.isEmpty())
            out += QStringLiteral("<br/>") + html::escape(column.entry.note);
        out += QStringLiteral("</li>");
    }
    out += QStringLiteral("</ol>");
    out += QStringLiteral("<p class=\"small\">%1</p>").arg(html::escape(SalaryComparison::roundingNote()));
    out += QStringLiteral("</body></html>");
    return out;
}

} // namespace cg
