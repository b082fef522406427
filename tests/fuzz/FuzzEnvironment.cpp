#include "FuzzEnvironment.h"

#include "database/SqlScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace cg::fuzz {

namespace {
// Memory-backed where there is such a folder: every input rewrites a file, and ext4 flushes a file that is
// truncated and rewritten, which would make the harness wait on the disk rather than run.
QString temporaryTemplate()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    return base + QStringLiteral("/careerguide-fuzz-XXXXXX");
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "fuzz set-up failed: %s\n", qUtf8Printable(what));
    std::abort();
}
} // namespace

void FuzzEnvironment::ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

bool FuzzEnvironment::createContentSchema(QSqlDatabase& db, QString* error)
{
    const QDir dir(QString::fromUtf8(CG_FUZZ_DATA_DIR));
    QStringList schemas = dir.entryList({QStringLiteral("schema-*.sql")}, QDir::Files, QDir::Name);
    schemas.prepend(QStringLiteral("schema.sql"));
    for (const QString& schema : schemas) {
        if (!SqlScript::runFile(db, dir.filePath(schema), error))
            return false;
    }
    return true;
}

FuzzEnvironment::FuzzEnvironment(const QString& sourceDir, const QStringList& files)
    : m_dir(std::make_unique<QTemporaryDir>(temporaryTemplate())), m_files(files)
{
    ensureApplication();
    if (!m_dir->isValid())
        die(QStringLiteral("no temporary folder"));
    const QDir source(sourceDir);
    QDirIterator it(sourceDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = QDir(m_dir->path()).filePath(source.relativeFilePath(from));
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(from, to))
            die(from);
    }
    for (const QString& file : files) {
        QFile original(QDir(m_dir->path()).filePath(file));
        if (!original.open(QIODevice::ReadOnly))
            die(file);
        m_originals.append(original.readAll());
    }
}

FuzzEnvironment::~FuzzEnvironment() = default;

QString FuzzEnvironment::dir() const
{
    return m_dir->path();
}

void FuzzEnvironment::keepLines(const QString& file, const std::function<bool(const QByteArray& line)>& keep)
{
    const int index = int(m_files.indexOf(file));
    if (index < 0)
        die(file);
    const QList<QByteArray> lines = m_originals.at(index).split('\n');
    QByteArray kept = lines.value(0) + '\n';
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty() && keep(lines.at(i)))
            kept += lines.at(i) + '\n';
    }
    m_originals[index] = kept;
    restore(index);
}

int FuzzEnvironment::replace(const char* data, size_t size)
{
    if (size == 0 || m_files.isEmpty())
        return -1;
    const int index = int(static_cast<unsigned char>(data[0]) % m_files.size());
    if (!writeFile(QDir(m_dir->path()).filePath(m_files.at(index)), QByteArray(data + 1, qsizetype(size - 1))))
        die(m_files.at(index));
    return index;
}

void FuzzEnvironment::restore(int index)
{
    if (index < 0)
        return;
    if (!writeFile(QDir(m_dir->path()).filePath(m_files.at(index)), m_originals.at(index)))
        die(m_files.at(index));
}

} // namespace cg::fuzz
