#pragma once

#include <QSqlDatabase>
#include <QString>

namespace cg {

// The read-only content database generated at build time. Opening it checks that the file is an SQLite database
// of ours, as long as its header says, of the schema version this build reads, with every table and column of
// resources/data/schema*.sql (ContentSchema), and that quick_check passes; otherwise it stays closed and says why.
// quick_check reads the whole file; a caller may have it run elsewhere (ContentIntegrityCheck runs it once per
// installed file, on a thread of its own).
class ContentDatabase final
{
    Q_DISABLE_COPY_MOVE(ContentDatabase)

public:
    static constexpr int SchemaVersion = 3; // 2: search index rowids in blocks per kind, one-letter prefixes;
                                            // 3: search terms, title keys, long tail, synonyms, compounds;
                                            //    learning topics, pick-one groups and practice projects

    explicit ContentDatabase(const QString& connectionName = QStringLiteral("content"));
    ~ContentDatabase();

    enum class QuickCheck
    {
        Run,
        Skip, // the caller has quick_check run on its own (see quickCheck)
    };

    // The cheap checks (header, length, meta table, schema version, tables and columns) are made every time.
    bool open(const QString& path, QuickCheck check = QuickCheck::Run);
    void close();

    // Runs quick_check on the file through a connection of its own, so any thread may call it. The reason the file
    // is unusable, in the words open() would use; empty when the check passed.
    static QString quickCheck(const QString& path);

    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    QSqlDatabase database() const;

    QString metaValue(const QString& key) const;
    QString contentVersion() const { return metaValue(QStringLiteral("content_version")); }
    QString contentAsOf() const { return metaValue(QStringLiteral("as_of")); }

    // Where to look when no path was given: the environment, then beside the executable (build tree), then the
    // installed share/careerguide/. Returns the first existing file, or the first candidate when none exists.
    static QString locate(const QString& explicitPath, const QString& applicationDir);
    // The places looked at when neither a path nor CAREERGUIDE_CONTENT_DB is given, in order.
    static QStringList defaultCandidates(const QString& applicationDir);

private:
    // Adds the connection, opens the file and checks it; the reason it is unusable, or empty.
    QString openConnection(const QString& path, QuickCheck check) const;
    bool fail(const QString& reason);

    QString m_connectionName;
    QString m_path;
    QString m_error;
};

} // namespace cg
