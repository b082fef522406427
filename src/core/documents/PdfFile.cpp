#include "PdfFile.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace cg {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cg::PdfFile", text);
}
} // namespace

int writePdfFile(const QString& path, const QString& title, QPageSize::PageSizeId size,
                 const std::function<int(QPagedPaintDevice* device, QString* error)>& paint, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write the PDF file %1: %2").arg(path, file.errorString());
        return -1;
    }

    int pages = -1;
    QString paintError;
    {
        // The writer must be gone (and the PDF flushed) before the file is committed.
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(size));
        writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Career Guide"));
        pages = paint(&writer, &paintError);
    }
    if (pages < 0) {
        file.cancelWriting();
        if (error)
            *error = tr("Could not write the PDF file %1: %2").arg(path, paintError);
        return -1;
    }
    if (!file.commit()) {
        // QSaveFile only replaces the old file once the new one is complete, so say that nothing was lost.
        if (error)
            *error = tr("Could not save the PDF file %1 (%2). Any file of that name was left as it was.")
                         .arg(path, file.errorString());
        return -1;
    }
    return pages;
}

} // namespace cg
