#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace cg {

// A seam over QFileDialog: tests install a handler that answers with a path (or an empty string for "cancelled")
// instead of blocking on a dialog.
class FileDialogs final
{
public:
    using SaveHandler =
        std::function<QString(const QString& caption, const QString& suggestedPath, const QString& filter)>;

    // The chosen path, or an empty string when cancelled. suggestedPath names the folder and file offered first.
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                   const QString& filter);

    // Asks where to export, offering fileName in the documents folder; the chosen path gets fileName's suffix when
    // none is typed. Empty when cancelled.
    static QString getExportPath(QWidget* parent, const QString& caption, const QString& fileName,
                                 const QString& filter);

    // Replaces the real dialog (for tests); an empty handler restores it.
    static void setSaveHandler(SaveHandler handler);
};

} // namespace cg
