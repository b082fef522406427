#include "InputFile.h"

#include <QFile>
#include <QFileInfo>

namespace cg {

bool InputFile::read(const QString& path, const QString& name, QByteArray* bytes, QString* error)
{
    QFile file(path);
    if (!QFileInfo(file).isFile()) {
        *error = QStringLiteral("%1: missing file").arg(name);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(name, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

} // namespace cg
