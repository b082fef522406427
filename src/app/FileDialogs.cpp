#include "FileDialogs.h"

#include <QFileDialog>

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

} // namespace cg
