#pragma once

#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace cg {

// Writes a PDF file whole or not at all: the pages go to a temporary file that replaces `path` only once paint() has
// succeeded, so a failed export never leaves half a file or loses an older one. paint() returns the number of pages
// it painted, or -1 with *error set. Returns that number, or -1 with *error set.
int writePdfFile(const QString& path, const QString& title, QPageSize::PageSizeId size,
                 const std::function<int(QPagedPaintDevice* device, QString* error)>& paint, QString* error);

} // namespace cg
