#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace cg {

class InsertStatements;

// Reads the article content (resources/data/*.json) and writes it into the content schema. Every problem is
// reported as "file: entry: reason"; the first one stops the load. See resources/data/README.md for the format.
// Each list is read through eachEntry(), and each kind of entry is one function that checks and stores it.
class JsonContentLoader final
{
    Q_DISABLE_COPY_MOVE(JsonContentLoader)

public:
    JsonContentLoader(QSqlDatabase db, const QString& dataDir);
    ~JsonContentLoader() = default;

    bool load(QString* error);
    QString contentVersion() const { return m_contentVersion; }
    QString contentAsOf() const { return m_contentAsOf; }

private:
    // One entry of a list and its position (0-based).
    using EntryFunction = std::function<bool(const QJsonObject& entry, qsizetype index)>;
    using EntryLoader = bool (JsonContentLoader::*)(const QJsonObject& entry, qsizetype index);
    enum class Repeats
    {
        StoreEach, // every slug listed is stored: one listed twice fails on the table's key
        StoreOnce, // a slug listed twice is stored once
    };

    bool loadAll();
    bool loadMeta();
    bool loadSource(const QJsonObject& source, qsizetype index);
    bool loadSkill(const QJsonObject& skill, qsizetype index);
    bool loadRole(const QJsonObject& role, qsizetype index);
    bool loadDuty(qint64 roleId, const QJsonObject& duty, qsizetype position);
    bool loadFact(qint64 roleId, const QJsonObject& fact, qsizetype position);
    bool loadRoleSkill(qint64 roleId, const QJsonObject& skill, QSet<qint64>& seen);
    bool loadFigure(const QJsonObject& figure, qsizetype index);
    bool loadPremium(const QJsonObject& premium, qsizetype index);
    bool loadOutlook(const QJsonObject& outlook, qsizetype index);
    bool loadStatistic(const QJsonObject& statistic, qsizetype index);
    bool loadRoute(const QJsonObject& route, qsizetype index);
    bool loadResource(const QJsonObject& resource, qsizetype index);
    bool loadPath(const QJsonObject& path, qsizetype index);
    bool loadStep(qsizetype pathIndex, const QJsonObject& step, qsizetype position, QHash<QString, qint64>& earlier);
    bool loadTip(const QJsonObject& tip, qsizetype index);
    bool loadFaq(const QJsonObject& faq, qsizetype index);
    bool loadTopicGroup(const QJsonObject& group, qsizetype index);
    bool loadTopicPath(const QJsonObject& path, qsizetype index);
    bool loadStepTopics(const QString& pathSlug, const QJsonObject& step);
    bool loadTopic(qint64 stepId, const QJsonObject& topic, qsizetype position);
    bool loadTopicResource(qint64 topicId, const QJsonObject& resource, qsizetype position);
    bool loadSynonym(const QJsonObject& synonym, qsizetype index);
    bool indexSalaryFigures();
    bool buildSearchIndex();

    // The one loop over a list: names each entry "list[i]" for messages, below the entry being read when the
    // list belongs to one ("roles[0] (backend-developer): duties[2]"), and stops at the first entry that fails.
    bool eachEntry(const QJsonArray& entries, const QString& list, const EntryFunction& load);
    // Adds the entry's slug to its name, once it is known to be one.
    void nameEntry(const QString& slug);
    // Reads an entry's identifier, names the entry by it, and refuses one that `known` already has.
    template <typename Known>
    bool identifier(const QJsonObject& entry, const QString& key, const Known& known, const char* duplicate,
                    QString* out)
    {
        if (!slug(entry, key, out))
            return false;
        nameEntry(*out);
        return !known.contains(*out) || fail(QString::fromUtf8(duplicate));
    }
    // Reads `file` and hands each entry of each of its lists to its loader; optional lists may be absent.
    struct List
    {
        QString key;
        bool required;
        EntryLoader load;
    };
    bool loadFile(const QString& fileName, const QList<List>& lists);

    bool insert(const QString& sql, const QVariantList& values);
    // One row (owner..., source) per source.
    bool insertSources(const QString& sql, const QVariantList& owner, const QStringList& sources);
    // One row (owner, id) per slug, each looked up in `ids`.
    bool insertLinks(const QString& sql, qint64 owner, const QJsonArray& slugs, const QHash<QString, qint64>& ids,
                     const QString& what, Repeats repeats);

    // Reading helpers: each records "file: entry: reason" in m_error and returns false on bad data.
    bool readFile(const QString& fileName, QJsonObject* root);
    bool array(const QJsonObject& object, const QString& key, QJsonArray* out, bool required = true);
    bool text(const QJsonObject& object, const QString& key, QString* out, bool required = true);
    // text(), which when given must match `pattern`; `problem` says why not, with %1 the key and %2 the text.
    bool matching(const QJsonObject& object, const QString& key, QString* out, bool required,
                  const QRegularExpression& pattern, const char* problem);
    bool slug(const QJsonObject& object, const QString& key, QString* out);
    bool date(const QJsonObject& object, const QString& key, QString* out, bool required);
    bool oneOf(const QJsonObject& object, const QString& key, const QStringList& allowed, QString* out);
    bool amountMinor(const QJsonObject& object, const QString& key, qint64* out);
    bool decimal(const QJsonObject& object, const QString& key, QString* out, bool required = true);
    bool flag(const QJsonObject& object, const QString& key, bool* out);
    bool wholeNumber(const QJsonObject& object, const QString& key, int lowest, int highest, int* out);
    bool sourceList(const QJsonObject& object, const QString& key, QStringList* out);
    bool sourceId(const QJsonObject& object, const QString& key, QString* out, bool required);
    bool lookup(const QHash<QString, qint64>& ids, const QString& what, const QString& slug, qint64* id);
    bool fail(const QString& reason);

    QSqlDatabase m_db;
    QString m_dataDir;
    InsertStatements* m_inserts = nullptr; // while load() runs
    QString m_file;                        // the file being read, for messages
    QString m_entry;                       // the entry being read, for messages
    QString m_error;
    QString m_contentVersion;
    QString m_contentAsOf;
    QHash<QString, QString> m_sourceDates; // source id -> published or as-of date
    QHash<QString, qint64> m_skills;       // slug -> id
    QHash<QString, qint64> m_roles;
    QHash<QString, qint64> m_resources;
    QHash<QString, qint64> m_routes;
    QSet<QString> m_paths;
    QHash<QString, qint64> m_steps;       // "path/step" -> id
    QHash<QString, qint64> m_topics;      // slug -> id
    QHash<QString, qint64> m_topicGroups; // slug -> the step its members belong to (0 until one is read)
    QSet<qint64> m_stepsWithTopics;
    qint64 m_dutyId = 0; // the last id given, for the rows numbered across their owners
    qint64 m_factId = 0;
    qint64 m_stepId = 0;
};

} // namespace cg
