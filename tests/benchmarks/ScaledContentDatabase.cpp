#include "ScaledContentDatabase.h"

#include "search/SearchIndexLayout.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <cstdint>

namespace cg::bench {

namespace {
// xorshift64*: std:: distributions differ between standard libraries; this gives the same numbers everywhere.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 2685821657736338717ULL;
    }
    int below(int bound) { return int(next() % std::uint64_t(bound)); }
    const QString& pick(const QStringList& list) { return list.at(below(int(list.size()))); }

private:
    std::uint64_t m_state;
};

class Connection
{
public:
    explicit Connection(const QString& path) : m_name(QStringLiteral("bench-scale-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

bool exec(QSqlQuery& query, const QString& sql, QString* error)
{
    if (query.exec(sql))
        return true;
    *error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
    return false;
}

bool exec(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

int scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

QStringList column(const QSqlDatabase& db, const QString& sql)
{
    QStringList values;
    QSqlQuery query(db);
    query.exec(sql);
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

// Every word of three letters or more, as often as it occurs.
QStringList words(const QStringList& texts)
{
    static const QRegularExpression separator(QStringLiteral("[^\\p{L}\\p{N}+#]+"));
    QStringList result;
    for (const QString& text : texts) {
        for (const QString& word : text.split(separator, Qt::SkipEmptyParts)) {
            if (word.size() >= 3)
                result.append(word);
        }
    }
    return result;
}

QString capitalised(const QString& word)
{
    return word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1);
}

QString phrase(Random& random, const QStringList& vocabulary, int minimum, int maximum, bool title)
{
    const int count = minimum + random.below(maximum - minimum + 1);
    QStringList parts;
    for (int i = 0; i < count; ++i) {
        const QString& word = random.pick(vocabulary);
        parts.append(title ? capitalised(word) : word.toLower());
    }
    QString text = parts.join(u' ');
    if (!title)
        text = capitalised(text) + u'.';
    return text;
}
} // namespace

bool ScaledContentDatabase::count(const QString& path, Counts* counts, QString* error)
{
    const Connection connection(path);
    const QSqlDatabase db = connection.db();
    if (!db.isOpen()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        return false;
    }
    counts->roles = scalar(db, QStringLiteral("SELECT count(*) FROM role"));
    counts->skills = scalar(db, QStringLiteral("SELECT count(*) FROM skill"));
    counts->roleSkills = scalar(db, QStringLiteral("SELECT count(*) FROM role_skill"));
    counts->indexRows = scalar(db, QStringLiteral("SELECT count(*) FROM search_index"));
    return true;
}

bool ScaledContentDatabase::build(const QString& source, const QString& target, Counts* counts, QString* error)
{
    QFile::remove(target);
    if (!QFile::copy(source, target)) {
        *error = QStringLiteral("cannot copy %1 to %2").arg(source, target);
        return false;
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    {
        const Connection connection(target);
        QSqlDatabase db = connection.db();
        if (!db.isOpen()) {
            *error = QStringLiteral("cannot open %1: %2").arg(target, db.lastError().text());
            return false;
        }
        QSqlQuery query(db);
        if (!exec(query, QStringLiteral("PRAGMA journal_mode = OFF"), error) ||
            !exec(query, QStringLiteral("PRAGMA synchronous = OFF"), error) || !db.transaction()) {
            return false;
        }

        const QStringList titleWords = words(column(db, QStringLiteral("SELECT title FROM search_index")));
        const QStringList bodyWords = words(column(db, QStringLiteral("SELECT body FROM search_index")));
        QStringList roleCategories = column(db, QStringLiteral("SELECT DISTINCT category FROM role ORDER BY 1"));
        QStringList skillCategories = column(db, QStringLiteral("SELECT DISTINCT category FROM skill ORDER BY 1"));
        if (titleWords.isEmpty() || bodyWords.isEmpty() || skillCategories.isEmpty()) {
            *error = QStringLiteral("%1 has too little text to scale from").arg(source);
            return false;
        }
        if (roleCategories.isEmpty())
            roleCategories.append(QString());
        const QStringList jobs{QStringLiteral("Engineer"),      QStringLiteral("Developer"),
                               QStringLiteral("Analyst"),       QStringLiteral("Specialist"),
                               QStringLiteral("Administrator"), QStringLiteral("Architect"),
                               QStringLiteral("Manager"),       QStringLiteral("Technician")};
        Random random(0x5eed5eedULL);

        const int firstRole = scalar(db, QStringLiteral("SELECT count(*) FROM role"));
        const int firstSkill = scalar(db, QStringLiteral("SELECT count(*) FROM skill"));
        QSqlQuery skill(db);
        skill.prepare(
            QStringLiteral("INSERT INTO skill (slug, name, kind, category, description) VALUES (?, ?, ?, ?, ?)"));
        QSqlQuery index(db);
        index.prepare(QStringLiteral("INSERT INTO search_index (kind, ref, title, body) VALUES (?, ?, ?, ?)"));
        for (int n = firstSkill; n < TargetSkills; ++n) {
            const QString slug = QStringLiteral("synthetic-skill-%1").arg(n);
            const QString name = phrase(random, titleWords, 1, 3, true);
            const QString category = random.pick(skillCategories);
            const QString description = phrase(random, bodyWords, 8, 24, false);
            skill.addBindValue(slug);
            skill.addBindValue(name);
            skill.addBindValue(random.below(10) == 0 ? QStringLiteral("soft") : QStringLiteral("hard"));
            skill.addBindValue(category);
            skill.addBindValue(description);
            index.addBindValue(QStringLiteral("skill"));
            index.addBindValue(slug);
            index.addBindValue(name);
            index.addBindValue(category + u' ' + description);
            if (!exec(skill, error) || !exec(index, error))
                return false;
            ++counts->syntheticSkills;
        }

        const QStringList skillIds = column(db, QStringLiteral("SELECT id FROM skill ORDER BY id"));
        QSqlQuery role(db);
        role.prepare(
            QStringLiteral("INSERT INTO role (slug, name, category, summary, description) VALUES (?, ?, ?, ?, ?)"));
        QSqlQuery link(db);
        link.prepare(
            QStringLiteral("INSERT OR IGNORE INTO role_skill (role_id, skill_id, importance) VALUES (?, ?, ?)"));
        for (int n = firstRole; n < TargetRoles; ++n) {
            const QString slug = QStringLiteral("synthetic-role-%1").arg(n);
            const QString name = phrase(random, titleWords, 1, 2, true) + u' ' + random.pick(jobs);
            const QString summary = phrase(random, bodyWords, 12, 30, false);
            role.addBindValue(slug);
            role.addBindValue(name);
            role.addBindValue(random.pick(roleCategories));
            role.addBindValue(summary);
            role.addBindValue(phrase(random, bodyWords, 40, 90, false));
            index.addBindValue(QStringLiteral("role"));
            index.addBindValue(slug);
            index.addBindValue(name);
            index.addBindValue(summary);
            if (!exec(role, error) || !exec(index, error))
                return false;
            const QVariant roleId = role.lastInsertId();
            for (int k = 0; k < SkillsPerSyntheticRole; ++k) {
                link.addBindValue(roleId);
                link.addBindValue(random.pick(skillIds).toLongLong());
                link.addBindValue(1 + random.below(5));
                if (!exec(link, error))
                    return false;
            }
            ++counts->syntheticRoles;
        }
        if (!cg::SearchIndexLayout::arrange(db, error) ||
            !exec(query, QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')"), error))
            return false;
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
        // Laid out afresh like a generated database, not as a copy with pages appended.
        if (!exec(query, QStringLiteral("VACUUM"), error))
            return false;
    }
    return count(target, counts, error);
}

} // namespace cg::bench
