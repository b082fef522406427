#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSqlDatabase;
class QTemporaryDir;

namespace cg::fuzz {

// What every harness needs once per process: a QCoreApplication (Qt Sql loads its drivers through it) and a private
// copy of a source folder in which one file at a time is replaced by the fuzzer's bytes and then put back, so the
// importer under test reads every other file as released.
class FuzzEnvironment final
{
    Q_DISABLE_COPY_MOVE(FuzzEnvironment)

public:
    // Copies `sourceDir` (recursively) into a temporary folder; `files` are the paths, relative to it, that inputs
    // may replace. An input's first byte picks the file, the rest is its new content.
    FuzzEnvironment(const QString& sourceDir, const QStringList& files);
    ~FuzzEnvironment();

    static void ensureApplication();
    // The content database's tables (resources/data/schema*.sql), as careerguide-datagen creates them.
    static bool createContentSchema(QSqlDatabase& db, QString* error);

    QString dir() const;
    // Cuts a copied file down to its header and the lines `keep` accepts, so that each input costs less to import.
    void keepLines(const QString& file, const std::function<bool(const QByteArray& line)>& keep);
    // Replaces the file the first byte picks; returns its index, or -1 for an empty input.
    int replace(const char* data, size_t size);
    // Puts back the original bytes of the file `replace` changed.
    void restore(int index);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_files;
    QList<QByteArray> m_originals;
};

} // namespace cg::fuzz
