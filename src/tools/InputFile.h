#pragma once

#include <QByteArray>
#include <QString>

namespace cg {

// The whole of an input file, or why it cannot be had: "<name>: missing file" when `path` is no regular file,
// "<name>: cannot read: <reason>" when it does not open. Whether empty content will do is for the caller to say.
class InputFile final
{
public:
    InputFile() = delete;

    static bool read(const QString& path, const QString& name, QByteArray* bytes, QString* error);
};

} // namespace cg
