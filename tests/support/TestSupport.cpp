#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

namespace cg::test {

namespace {
QString fromEnvironment(const char* name)
{
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(name));
}
} // namespace

QString contentDatabasePath()
{
    return fromEnvironment("CG_CONTENT_DB");
}

QString artifactsDir()
{
    QString dir = fromEnvironment("CG_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("careerguide-test-artifacts"));
    QDir().mkpath(dir);
    return dir;
}

QString artifactPath(const QString& fileName)
{
    return QDir(artifactsDir()).filePath(fileName);
}

QString seedsDir()
{
    return fromEnvironment("CG_SEEDS_DIR");
}

QString sourceDir()
{
    return fromEnvironment("CG_SOURCE_DIR");
}

QString binaryDir()
{
    return fromEnvironment("CG_BINARY_DIR");
}

QString copyOfContentDatabase(const QString& path)
{
    QFile::remove(path);
    if (!QFile::copy(contentDatabasePath(), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace cg::test
