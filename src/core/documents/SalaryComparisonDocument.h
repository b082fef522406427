#pragma once

#include "salary/ComparisonResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace cg {

// The printable salary comparison: a QTextDocument with the display currency and basis, a table with one column per
// pick (as stated, converted, how it was converted, difference to the first pick, range, caution), every pick's
// citation and note, and the rounding rules. Print preview, printing and PDF all paint this one document.
class SalaryComparisonDocument final
{
    Q_DECLARE_TR_FUNCTIONS(cg::SalaryComparisonDocument)
    Q_DISABLE_COPY_MOVE(SalaryComparisonDocument)

public:
    // title: the saved comparison's name, or empty for "Salary comparison".
    explicit SalaryComparisonDocument(const ComparisonResult& result, const QString& title = QString(),
                                      const QDate& printedOn = QDate::currentDate());
    ~SalaryComparisonDocument();

    QTextDocument* document() const;
    QString html() const { return m_html; }

    // Paints every page, numbered, on a printer or PDF writer using its page size and margins.
    bool print(QPagedPaintDevice* device, QString* error = nullptr) const;
    // The same pages as an A4 PDF file, written whole or not at all (see writePdfFile).
    bool writePdf(const QString& path, const QString& title, QString* error) const;

private:
    QString buildHtml(const ComparisonResult& result, const QString& title, const QDate& printedOn) const;

    std::unique_ptr<QTextDocument> m_document;
    QString m_html;
};

} // namespace cg
