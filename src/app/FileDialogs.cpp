#include "FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace cg {

namespace {
FileDialogs::SaveHandler& saveHandler()
{
    static FileDialogs::SaveHandler instance;
    return instance;
}
} // namespace

void FileDialogs::setSaveHandler(SaveHandler handler)
{
    saveHandler() = std::move(handler);
}

QString FileDialogs::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                     const QString& filter)
{
    if (saveHandler())
        return saveHandler()(caption, suggestedPath, filter);
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileDialogs::getExportPath(QWidget* parent, const QString& caption, const QString& fileName,
                                   const QString& filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = getSaveFileName(parent, caption, QDir(folder).filePath(fileName), filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + QFileInfo(fileName).suffix();
    return path;
}

} // namespace cg
