#pragma once

#include "content/LearningStep.h"
#include "documents/StudyPlanHeader.h"
#include "plan/StepProgress.h"
#include "plan/StudyPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPageSize>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace cg {

// The printable study plan, a page to pin on a wall. Page 1 is the plan at a glance: target, route, pace, dates and
// finish date, total hours and weeks, progress so far (steps, topics, hours done, what is under way) and the
// milestones by month. Then a compact week table, one row per week with the week's steps, their parts and topics, a
// box to tick and the week's status in words; a week is never split across two pages. Styled by
// :/print/study-plan.css. The same pages, with "Page n of m" footers, go to a PDF file (writePdf) or to any printer
// (render), so print preview, printing and PDF export look alike.
class StudyPlanDocument final
{
    Q_DECLARE_TR_FUNCTIONS(StudyPlanDocument)
    Q_DISABLE_COPY_MOVE(StudyPlanDocument)

public:
    // steps: the path's steps, looked up by slug for their topics; steps the plan does not schedule are only used to
    // name skipped steps. progress (by step or topic slug) ticks the boxes of what is done, gives each week its
    // status, prints the person's notes, and tells steps skipped by choice from steps already known.
    StudyPlanDocument(const StudyPlan& plan, const QList<LearningStep>& steps, const StudyPlanHeader& header,
                      const QHash<QString, StepProgress>& progress = {});
    ~StudyPlanDocument();

    // The laid-out document, e.g. for an on-screen view. Its page size changes with each render()/writePdf().
    QTextDocument* document() const;

    // Paints every page on device (a QPdfWriter, or the QPrinter of a print or print-preview dialog), using the
    // device's own page size and margins, with a footer on each page. The weeks are paginated for that page size.
    // Returns the number of pages, or -1 with *error set when the device cannot be painted on.
    int render(QPagedPaintDevice* device, QString* error = nullptr);

    // Writes a PDF atomically: the file appears only when complete, and on failure an existing file is untouched.
    bool writePdf(const QString& path, QPageSize::PageSizeId size, QString* error, int* pageCount = nullptr);

private:
    QString buildHtml(const StudyPlan& plan, const QList<LearningStep>& steps, const StudyPlanHeader& header,
                      const QHash<QString, StepProgress>& progress) const;

    // The document is laid out for this 96 dpi device and scaled to whatever it is painted on, so CSS pixel sizes
    // (padding, borders) mean the same on screen, in the PDF and on paper. Declared first: it must outlive the
    // document's layout, which points to it.
    QImage m_layoutDevice;
    std::unique_ptr<QTextDocument> m_document;
    QString m_title;
};

} // namespace cg
