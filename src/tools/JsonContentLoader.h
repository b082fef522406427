#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace cg {

// Reads the article content (resources/data/*.json) and writes it into the content schema. Every problem is
// reported as "file: entry: reason"; the first one stops the load. See resources/data/README.md for the format.
class JsonContentLoader final
{
    Q_DISABLE_COPY_MOVE(JsonContentLoader)

public:
    JsonContentLoader(QSqlDatabase db, const QString& dataDir);

    bool load(QString* error);
    QString contentVersion() const { return m_contentVersion; }
    QString contentAsOf() const { return m_contentAsOf; }

private:
    bool loadMeta();
    bool loadSources();
    bool loadSkills();
    bool loadRoles();
    bool loadSalaries();
    bool loadOutlook();
    bool loadLearning();
    bool buildSearchIndex();

    // Reading helpers: each records "file: entry: reason" in m_error and returns false on bad data.
    bool readFile(const QString& fileName, QJsonObject* root);
    bool array(const QJsonObject& object, const QString& key, QJsonArray* out, bool required = true);
    bool text(const QJsonObject& object, const QString& key, QString* out, bool required = true);
    bool slug(const QJsonObject& object, const QString& key, QString* out);
    bool date(const QJsonObject& object, const QString& key, QString* out, bool required);
    bool oneOf(const QJsonObject& object, const QString& key, const QStringList& allowed, QString* out);
    bool amountMinor(const QJsonObject& object, const QString& key, qint64* out);
    bool decimal(const QJsonObject& object, const QString& key, QString* out, bool required = true);
    bool flag(const QJsonObject& object, const QString& key, bool* out);
    bool sourceList(const QJsonObject& object, const QString& key, QStringList* out);
    bool sourceId(const QJsonObject& object, const QString& key, QString* out, bool required);
    bool lookup(const QHash<QString, qint64>& ids, const QString& what, const QString& slug, qint64* id);
    bool exec(QSqlQuery& query);
    bool fail(const QString& reason);
    QSqlQuery prepare(const QString& sql);

    QSqlDatabase m_db;
    QString m_dataDir;
    QString m_file;  // the file being read, for messages
    QString m_entry; // the entry being read, for messages
    QString m_error;
    QString m_contentVersion;
    QString m_contentAsOf;
    QHash<QString, QString> m_sourceDates; // source id -> published or as-of date
    QHash<QString, qint64> m_skills;       // slug -> id
    QHash<QString, qint64> m_roles;
    QHash<QString, qint64> m_resources;
};

} // namespace cg
