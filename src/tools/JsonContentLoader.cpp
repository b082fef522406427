#include "JsonContentLoader.h"

#include "FieldLimits.h"
#include "InsertStatements.h"
#include "salary/SalaryTerms.h"
#include "search/SearchTerms.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace cg {

namespace {
// Minor units per currency unit; figures from the articles are in currencies with two decimals.
int minorDigits(const QString& currency)
{
    return currency == QLatin1String("JPY") ? 0 : 2;
}

// How long a text field may be, by its key (resources/data/README.md, "Sizes"): prose keys hold paragraphs,
// `url` a web address, and every other key a name.
FieldLimits::Kind kindOf(const QString& key)
{
    static const QSet<QString> paragraphs{
        QStringLiteral("description"), QStringLiteral("summary"), QStringLiteral("text"),
        QStringLiteral("question"),    QStringLiteral("answer"),  QStringLiteral("note"),
        QStringLiteral("contributes"), QStringLiteral("licence"), QStringLiteral("hours_basis"),
        QStringLiteral("what"),        QStringLiteral("why"),     QStringLiteral("brief")};
    if (key == QLatin1String("url"))
        return FieldLimits::Kind::Url;
    return paragraphs.contains(key) ? FieldLimits::Kind::Paragraph : FieldLimits::Kind::Name;
}

// An optional source id: NULL when absent.
QVariant orNull(const QString& id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

const QStringList& factKinds()
{
    static const QStringList kinds{QStringLiteral("works-with"),  QStringLiteral("workplace"),
                                   QStringLiteral("typical-day"), QStringLiteral("work-environment"),
                                   QStringLiteral("comparison"),  QStringLiteral("employers"),
                                   QStringLiteral("education")};
    return kinds;
}
} // namespace

JsonContentLoader::JsonContentLoader(QSqlDatabase db, const QString& dataDir) : m_db(std::move(db)), m_dataDir(dataDir)
{
}

bool JsonContentLoader::load(QString* error)
{
    bool ok = false;
    {
        // The statements end with the load, before the caller commits.
        InsertStatements inserts(m_db);
        m_inserts = &inserts;
        ok = loadAll();
        m_inserts = nullptr;
    }
    if (!ok && error)
        *error = m_error;
    return ok;
}

bool JsonContentLoader::loadAll()
{
    return loadMeta() &&
           loadFile(QStringLiteral("sources.json"),
                    {{QStringLiteral("sources"), true, &JsonContentLoader::loadSource}}) &&
           loadFile(QStringLiteral("skills.json"), {{QStringLiteral("skills"), true, &JsonContentLoader::loadSkill}}) &&
           loadFile(QStringLiteral("roles.json"), {{QStringLiteral("roles"), true, &JsonContentLoader::loadRole}}) &&
           loadFile(QStringLiteral("salaries.json"),
                    {{QStringLiteral("figures"), true, &JsonContentLoader::loadFigure},
                     {QStringLiteral("premiums"), false, &JsonContentLoader::loadPremium}}) &&
           loadFile(QStringLiteral("outlook.json"),
                    {{QStringLiteral("outlook"), true, &JsonContentLoader::loadOutlook},
                     {QStringLiteral("statistics"), false, &JsonContentLoader::loadStatistic}}) &&
           loadFile(QStringLiteral("learning.json"),
                    {{QStringLiteral("routes"), true, &JsonContentLoader::loadRoute},
                     {QStringLiteral("resources"), true, &JsonContentLoader::loadResource},
                     {QStringLiteral("paths"), true, &JsonContentLoader::loadPath},
                     {QStringLiteral("tips"), false, &JsonContentLoader::loadTip},
                     {QStringLiteral("faqs"), false, &JsonContentLoader::loadFaq}}) &&
           loadFile(QStringLiteral("topics.json"),
                    {{QStringLiteral("groups"), false, &JsonContentLoader::loadTopicGroup},
                     {QStringLiteral("paths"), true, &JsonContentLoader::loadTopicPath}}) &&
           loadFile(QStringLiteral("synonyms.json"),
                    {{QStringLiteral("synonyms"), true, &JsonContentLoader::loadSynonym}}) &&
           buildSearchIndex();
}

bool JsonContentLoader::loadFile(const QString& fileName, const QList<List>& lists)
{
    QJsonObject root;
    if (!readFile(fileName, &root))
        return false;
    QList<QJsonArray> arrays(lists.size());
    for (qsizetype i = 0; i < lists.size(); ++i) {
        if (!array(root, lists.at(i).key, &arrays[i], lists.at(i).required))
            return false;
    }
    for (qsizetype i = 0; i < lists.size(); ++i) {
        const EntryLoader load = lists.at(i).load;
        if (!eachEntry(arrays.at(i), lists.at(i).key,
                       [this, load](const QJsonObject& entry, qsizetype index) { return (this->*load)(entry, index); }))
            return false;
    }
    return true;
}

bool JsonContentLoader::eachEntry(const QJsonArray& entries, const QString& list, const EntryFunction& load)
{
    const QString owner = m_entry;
    const QString prefix = owner.isEmpty() ? QString() : owner + QStringLiteral(": ");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        m_entry = QStringLiteral("%1%2[%3]").arg(prefix, list).arg(i);
        if (!load(entries.at(i).toObject(), i))
            return false;
    }
    m_entry = owner;
    return true;
}

void JsonContentLoader::nameEntry(const QString& slug)
{
    m_entry += QStringLiteral(" (%1)").arg(slug);
}

bool JsonContentLoader::insert(const QString& sql, const QVariantList& values)
{
    QString reason;
    return m_inserts->insert(sql, values, &reason) || fail(reason);
}

bool JsonContentLoader::insertSources(const QString& sql, const QVariantList& owner, const QStringList& sources)
{
    for (const QString& source : sources) {
        if (!insert(sql, owner + QVariantList{source}))
            return false;
    }
    return true;
}

bool JsonContentLoader::insertLinks(const QString& sql, qint64 owner, const QJsonArray& slugs,
                                    const QHash<QString, qint64>& ids, const QString& what, Repeats repeats)
{
    QSet<qint64> seen;
    for (const QJsonValue& value : slugs) {
        qint64 id = 0;
        if (!lookup(ids, what, value.toString(), &id))
            return false;
        if (repeats == Repeats::StoreOnce) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
        }
        if (!insert(sql, {owner, id}))
            return false;
    }
    return true;
}

bool JsonContentLoader::fail(const QString& reason)
{
    QStringList parts{m_file};
    if (!m_entry.isEmpty())
        parts.append(m_entry);
    parts.append(reason);
    m_error = parts.join(QStringLiteral(": "));
    return false;
}

bool JsonContentLoader::readFile(const QString& fileName, QJsonObject* root)
{
    m_file = fileName;
    m_entry.clear();
    QFile file(QDir(m_dataDir).filePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("invalid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return fail(QStringLiteral("the top level must be an object"));
    *root = document.object();
    return true;
}

bool JsonContentLoader::array(const QJsonObject& object, const QString& key, QJsonArray* out, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required) {
        *out = {};
        return true;
    }
    if (!value.isArray())
        return fail(QStringLiteral("'%1' must be a list").arg(key));
    *out = value.toArray();
    return true;
}

bool JsonContentLoader::text(const QJsonObject& object, const QString& key, QString* out, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required) {
        *out = QStringLiteral(""); // empty, not null: Qt Sql binds a null QString as SQL NULL
        return true;
    }
    if (!value.isString())
        return fail(QStringLiteral("'%1' must be text").arg(key));
    *out = value.toString().trimmed();
    const QString tooLong = FieldLimits::check(QStringLiteral("'%1'").arg(key), *out, kindOf(key));
    if (!tooLong.isEmpty())
        return fail(tooLong);
    if (required && out->isEmpty())
        return fail(QStringLiteral("'%1' is empty").arg(key));
    return true;
}

bool JsonContentLoader::matching(const QJsonObject& object, const QString& key, QString* out, bool required,
                                 const QRegularExpression& pattern, const char* problem)
{
    if (!text(object, key, out, required))
        return false;
    if (!out->isEmpty() && !pattern.match(*out).hasMatch())
        return fail(QString::fromLatin1(problem).arg(key, *out));
    return true;
}

bool JsonContentLoader::slug(const QJsonObject& object, const QString& key, QString* out)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return matching(object, key, out, true, pattern, "'%1' is not a valid identifier: '%2'");
}

bool JsonContentLoader::date(const QJsonObject& object, const QString& key, QString* out, bool required)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    return matching(object, key, out, required, pattern, "'%1' must be YYYY, YYYY-MM or YYYY-MM-DD, not '%2'");
}

bool JsonContentLoader::oneOf(const QJsonObject& object, const QString& key, const QStringList& allowed, QString* out)
{
    if (!text(object, key, out))
        return false;
    if (!allowed.contains(*out))
        return fail(
            QStringLiteral("'%1' is '%2'; expected one of %3").arg(key, *out, allowed.join(QStringLiteral(", "))));
    return true;
}

bool JsonContentLoader::decimal(const QJsonObject& object, const QString& key, QString* out, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return fail(QStringLiteral("'%1' must be a decimal string, not a JSON number").arg(key));
    static const QRegularExpression pattern(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    return matching(object, key, out, required, pattern, "'%1' is not a decimal number: '%2'");
}

bool JsonContentLoader::amountMinor(const QJsonObject& object, const QString& key, qint64* out)
{
    QString currency;
    QString amount;
    if (!text(object, QStringLiteral("currency"), &currency) || !decimal(object, key, &amount))
        return false;
    const int digits = minorDigits(currency);
    const qsizetype dot = amount.indexOf(u'.');
    QString whole = dot < 0 ? amount : amount.left(dot);
    QString fraction = dot < 0 ? QString() : amount.mid(dot + 1);
    if (fraction.size() > digits)
        return fail(QStringLiteral("'%1' has more decimals than %2 allows: '%3'").arg(key, currency, amount));
    fraction = fraction.leftJustified(digits, u'0');
    bool ok = false;
    *out = (whole + fraction).toLongLong(&ok);
    if (!ok || *out < 0)
        return fail(QStringLiteral("'%1' is out of range: '%2'").arg(key, amount));
    return true;
}

bool JsonContentLoader::flag(const QJsonObject& object, const QString& key, bool* out)
{
    const QJsonValue value = object.value(key);
    if (!value.isUndefined() && !value.isBool())
        return fail(QStringLiteral("'%1' must be true or false").arg(key));
    *out = value.toBool(false);
    return true;
}

bool JsonContentLoader::sourceId(const QJsonObject& object, const QString& key, QString* out, bool required)
{
    if (!text(object, key, out, required))
        return false;
    if (!out->isEmpty() && !m_sourceDates.contains(*out))
        return fail(QStringLiteral("'%1' names an unknown source '%2'").arg(key, *out));
    return true;
}

bool JsonContentLoader::sourceList(const QJsonObject& object, const QString& key, QStringList* out)
{
    QJsonArray values;
    if (!array(object, key, &values))
        return false;
    out->clear();
    for (const QJsonValue& value : values) {
        const QString id = value.toString();
        if (!m_sourceDates.contains(id))
            return fail(QStringLiteral("'%1' names an unknown source '%2'").arg(key, id));
        if (!out->contains(id))
            out->append(id);
    }
    if (out->isEmpty())
        return fail(QStringLiteral("'%1' must name at least one source").arg(key));
    return true;
}

bool JsonContentLoader::lookup(const QHash<QString, qint64>& ids, const QString& what, const QString& slug, qint64* id)
{
    const auto it = ids.constFind(slug);
    if (it == ids.constEnd())
        return fail(QStringLiteral("unknown %1 '%2'").arg(what, slug));
    *id = it.value();
    return true;
}

bool JsonContentLoader::wholeNumber(const QJsonObject& object, const QString& key, int lowest, int highest, int* out)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() != value.toInt() || value.toInt() < lowest || value.toInt() > highest)
        return fail(QStringLiteral("'%1' must be a whole number from %2 to %3").arg(key).arg(lowest).arg(highest));
    *out = value.toInt();
    return true;
}

bool JsonContentLoader::loadMeta()
{
    QJsonObject root;
    if (!readFile(QStringLiteral("meta.json"), &root))
        return false;
    QString language;
    QString note;
    if (!text(root, QStringLiteral("content_version"), &m_contentVersion) ||
        !date(root, QStringLiteral("as_of"), &m_contentAsOf, true) ||
        !text(root, QStringLiteral("language"), &language) || !text(root, QStringLiteral("note"), &note, false))
        return false;
    const QList<QPair<QString, QString>> rows{{QStringLiteral("content_version"), m_contentVersion},
                                              {QStringLiteral("as_of"), m_contentAsOf},
                                              {QStringLiteral("language"), language},
                                              {QStringLiteral("note"), note}};
    for (const auto& [key, value] : rows) {
        if (!insert(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), {key, value}))
            return false;
    }
    return true;
}

bool JsonContentLoader::loadSource(const QJsonObject& source, qsizetype /*index*/)
{
    QString id, kind, title, publisher, author, published, asOf, url, licence, contributes;
    if (!identifier(source, QStringLiteral("id"), m_sourceDates, "duplicate source id", &id) ||
        !oneOf(source, QStringLiteral("kind"),
               {QStringLiteral("article"), QStringLiteral("organisation"), QStringLiteral("dataset")}, &kind) ||
        !text(source, QStringLiteral("title"), &title) ||
        !text(source, QStringLiteral("publisher"), &publisher, false) ||
        !text(source, QStringLiteral("author"), &author, false) ||
        !date(source, QStringLiteral("published"), &published, false) ||
        !date(source, QStringLiteral("as_of"), &asOf, false) || !text(source, QStringLiteral("url"), &url, false) ||
        !text(source, QStringLiteral("licence"), &licence, false) ||
        !text(source, QStringLiteral("contributes"), &contributes, false))
        return false;
    if (kind == QLatin1String("article") && published.isEmpty() && asOf.isEmpty())
        return fail(QStringLiteral("an article needs 'published' or 'as_of'"));
    m_sourceDates.insert(id, asOf.isEmpty() ? published : asOf);
    return insert(QStringLiteral("INSERT INTO source (id, kind, title, publisher, author, published, as_of, url, "
                                 "licence, contributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {id, kind, title, publisher, author, published, asOf, url, licence, contributes});
}

bool JsonContentLoader::loadSkill(const QJsonObject& skill, qsizetype /*index*/)
{
    static const QStringList categories{
        QStringLiteral("language"),   QStringLiteral("framework"),     QStringLiteral("database"),
        QStringLiteral("web-server"), QStringLiteral("api"),           QStringLiteral("version-control"),
        QStringLiteral("testing"),    QStringLiteral("documentation"), QStringLiteral("cloud"),
        QStringLiteral("os"),         QStringLiteral("practice"),      QStringLiteral("tool"),
        QStringLiteral("concept"),    QStringLiteral("soft")};
    QString slugValue, name, kind, category, description;
    QStringList sources;
    QJsonArray onetNames;
    if (!identifier(skill, QStringLiteral("slug"), m_skills, "duplicate skill slug", &slugValue) ||
        !text(skill, QStringLiteral("name"), &name) ||
        !oneOf(skill, QStringLiteral("kind"), {QStringLiteral("hard"), QStringLiteral("soft")}, &kind) ||
        !oneOf(skill, QStringLiteral("category"), categories, &category) ||
        !text(skill, QStringLiteral("description"), &description, false) ||
        !sourceList(skill, QStringLiteral("sources"), &sources) ||
        !array(skill, QStringLiteral("onet"), &onetNames, false))
        return false;
    const qint64 id = m_skills.size() + 1;
    m_skills.insert(slugValue, id);
    if (!insert(
            QStringLiteral("INSERT INTO skill (id, slug, name, kind, category, description) VALUES (?, ?, ?, ?, ?, ?)"),
            {id, slugValue, name, kind, category, description}) ||
        !insertSources(QStringLiteral("INSERT INTO skill_source (skill_id, source_id) VALUES (?, ?)"), {id}, sources))
        return false;
    QStringList seen{name.toLower()};
    for (const QJsonValue& value : std::as_const(onetNames)) {
        const QString example = value.toString().trimmed();
        if (example.isEmpty())
            return fail(QStringLiteral("'onet' must list non-empty names"));
        if (seen.contains(example.toLower()))
            return fail(QStringLiteral("'onet' repeats '%1' (or the skill's own name)").arg(example));
        const QString tooLong = FieldLimits::check(QStringLiteral("an 'onet' name"), example, FieldLimits::Kind::Name);
        if (!tooLong.isEmpty())
            return fail(tooLong);
        seen.append(example.toLower());
        if (!insert(QStringLiteral("INSERT INTO skill_onet_name (skill_id, example) VALUES (?, ?)"), {id, example}))
            return false;
    }
    return true;
}

bool JsonContentLoader::loadRole(const QJsonObject& role, qsizetype /*index*/)
{
    static const QRegularExpression socPattern(QStringLiteral("^\\d{2}-\\d{4}\\.\\d{2}$"));
    QString slugValue, name, category, summary, description;
    QStringList sources;
    QJsonArray aliases, occupations, duties, facts, skills;
    if (!identifier(role, QStringLiteral("slug"), m_roles, "duplicate role slug", &slugValue) ||
        !text(role, QStringLiteral("name"), &name) || !text(role, QStringLiteral("category"), &category, false) ||
        !text(role, QStringLiteral("summary"), &summary) ||
        !text(role, QStringLiteral("description"), &description, false) ||
        !sourceList(role, QStringLiteral("sources"), &sources) ||
        !array(role, QStringLiteral("aliases"), &aliases, false) ||
        !array(role, QStringLiteral("occupations"), &occupations, false) ||
        !array(role, QStringLiteral("duties"), &duties) || !array(role, QStringLiteral("facts"), &facts, false) ||
        !array(role, QStringLiteral("skills"), &skills))
        return false;
    if (duties.isEmpty())
        return fail(QStringLiteral("a role needs at least one duty"));
    if (skills.isEmpty())
        return fail(QStringLiteral("a role needs at least one skill"));
    const QJsonValue group = role.value(QStringLiteral("group"));
    if (!group.isUndefined() && !group.isBool())
        return fail(QStringLiteral("'group' must be true or false"));

    const qint64 roleId = m_roles.size() + 1;
    m_roles.insert(slugValue, roleId);
    if (!insert(QStringLiteral("INSERT INTO role (id, slug, name, category, is_group, summary, description) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {roleId, slugValue, name, category, group.toBool() ? 1 : 0, summary, description}) ||
        !insertSources(QStringLiteral("INSERT INTO role_source (role_id, source_id) VALUES (?, ?)"), {roleId}, sources))
        return false;
    for (const QJsonValue& alias : aliases) {
        if (!alias.isString() || alias.toString().trimmed().isEmpty())
            return fail(QStringLiteral("every alias must be non-empty text"));
        const QString tooLong =
            FieldLimits::check(QStringLiteral("an alias"), alias.toString().trimmed(), FieldLimits::Kind::Name);
        if (!tooLong.isEmpty())
            return fail(tooLong);
        if (!insert(QStringLiteral("INSERT INTO role_alias (role_id, alias) VALUES (?, ?)"),
                    {roleId, alias.toString().trimmed()}))
            return false;
    }
    for (qsizetype o = 0; o < occupations.size(); ++o) {
        const QString code = occupations.at(o).toString();
        if (!socPattern.match(code).hasMatch())
            return fail(QStringLiteral("occupation '%1' is not an O*NET-SOC code like 15-1252.00").arg(code));
        if (!insert(QStringLiteral("INSERT INTO role_occupation (role_id, soc_code, position) VALUES (?, ?, ?)"),
                    {roleId, code, o}))
            return false;
    }
    QSet<qint64> roleSkills;
    return eachEntry(duties, QStringLiteral("duties"),
                     [this, roleId](const QJsonObject& duty, qsizetype d) { return loadDuty(roleId, duty, d); }) &&
           eachEntry(facts, QStringLiteral("facts"),
                     [this, roleId](const QJsonObject& fact, qsizetype f) { return loadFact(roleId, fact, f); }) &&
           eachEntry(skills, QStringLiteral("skills"),
                     [this, roleId, &roleSkills](const QJsonObject& skill, qsizetype) {
                         return loadRoleSkill(roleId, skill, roleSkills);
                     });
}

bool JsonContentLoader::loadDuty(qint64 roleId, const QJsonObject& duty, qsizetype position)
{
    QString dutyText;
    QStringList sources;
    QJsonArray skills;
    if (!text(duty, QStringLiteral("text"), &dutyText) || !sourceList(duty, QStringLiteral("sources"), &sources) ||
        !array(duty, QStringLiteral("skills"), &skills, false))
        return false;
    const qint64 dutyId = ++m_dutyId;
    return insert(QStringLiteral("INSERT INTO role_duty (id, role_id, position, text) VALUES (?, ?, ?, ?)"),
                  {dutyId, roleId, position, dutyText}) &&
           insertSources(QStringLiteral("INSERT INTO duty_source (duty_id, source_id) VALUES (?, ?)"), {dutyId},
                         sources) &&
           insertLinks(QStringLiteral("INSERT INTO duty_skill (duty_id, skill_id) VALUES (?, ?)"), dutyId, skills,
                       m_skills, QStringLiteral("skill"), Repeats::StoreOnce);
}

bool JsonContentLoader::loadFact(qint64 roleId, const QJsonObject& fact, qsizetype position)
{
    QString kind, title, factText;
    QStringList sources;
    if (!oneOf(fact, QStringLiteral("kind"), factKinds(), &kind) ||
        !text(fact, QStringLiteral("title"), &title, false) || !text(fact, QStringLiteral("text"), &factText) ||
        !sourceList(fact, QStringLiteral("sources"), &sources))
        return false;
    const qint64 factId = ++m_factId;
    return insert(QStringLiteral("INSERT INTO role_fact (id, role_id, kind, position, title, text) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                  {factId, roleId, kind, position, title, factText}) &&
           insertSources(QStringLiteral("INSERT INTO fact_source (fact_id, source_id) VALUES (?, ?)"), {factId},
                         sources);
}

bool JsonContentLoader::loadRoleSkill(qint64 roleId, const QJsonObject& skill, QSet<qint64>& seen)
{
    QString skillSlug;
    QStringList sources;
    qint64 skillId = 0;
    int importance = 0;
    if (!text(skill, QStringLiteral("skill"), &skillSlug) ||
        !lookup(m_skills, QStringLiteral("skill"), skillSlug, &skillId) ||
        !sourceList(skill, QStringLiteral("sources"), &sources))
        return false;
    if (seen.contains(skillId))
        return fail(QStringLiteral("skill '%1' is listed twice").arg(skillSlug));
    seen.insert(skillId);
    if (!wholeNumber(skill, QStringLiteral("importance"), 1, 5, &importance))
        return false;
    return insert(QStringLiteral("INSERT INTO role_skill (role_id, skill_id, importance) VALUES (?, ?, ?)"),
                  {roleId, skillId, importance}) &&
           insertSources(
               QStringLiteral("INSERT INTO role_skill_source (role_id, skill_id, source_id) VALUES (?, ?, ?)"),
               {roleId, skillId}, sources);
}

bool JsonContentLoader::loadFigure(const QJsonObject& figure, qsizetype index)
{
    static const QStringList periods{QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("hour")};
    static const QStringList statistics{QStringLiteral("average"), QStringLiteral("median"), QStringLiteral("low"),
                                        QStringLiteral("high"),    QStringLiteral("p10"),    QStringLiteral("p25"),
                                        QStringLiteral("p75"),     QStringLiteral("p90")};
    static const QStringList bands{QStringLiteral("all"),  QStringLiteral("0-1"),   QStringLiteral("1-4"),
                                   QStringLiteral("5-9"),  QStringLiteral("10-19"), QStringLiteral("15+"),
                                   QStringLiteral("entry")};
    static const QRegularExpression countryPattern(QStringLiteral("^[A-Z]{2}$"));
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    QString role, country, currency, period, statistic, experience, source, origin, asOf, note;
    qint64 roleId = 0;
    qint64 amount = 0;
    bool doubtful = false;
    if (!text(figure, QStringLiteral("role"), &role) || !lookup(m_roles, QStringLiteral("role"), role, &roleId) ||
        !text(figure, QStringLiteral("country"), &country) || !text(figure, QStringLiteral("currency"), &currency) ||
        !amountMinor(figure, QStringLiteral("amount"), &amount) ||
        !oneOf(figure, QStringLiteral("period"), periods, &period) ||
        !oneOf(figure, QStringLiteral("statistic"), statistics, &statistic) ||
        !oneOf(figure, QStringLiteral("experience"), bands, &experience) ||
        !sourceId(figure, QStringLiteral("source"), &source, true) ||
        !sourceId(figure, QStringLiteral("origin"), &origin, false) ||
        !date(figure, QStringLiteral("as_of"), &asOf, true) || !text(figure, QStringLiteral("note"), &note, false) ||
        !flag(figure, QStringLiteral("doubtful"), &doubtful))
        return false;
    if (doubtful && note.isEmpty())
        return fail(QStringLiteral("a doubtful figure needs a 'note' explaining the doubt"));
    if (!countryPattern.match(country).hasMatch())
        return fail(QStringLiteral("'country' must be an ISO 3166 alpha-2 code, not '%1'").arg(country));
    if (!currencyPattern.match(currency).hasMatch())
        return fail(QStringLiteral("'currency' must be an ISO 4217 code, not '%1'").arg(currency));
    return insert(QStringLiteral("INSERT INTO salary_figure (id, role_id, country, currency, amount_minor, period, "
                                 "statistic, experience, source_id, origin_id, as_of, note, doubtful) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {index + 1, roleId, country, currency, amount, period, statistic, experience, source, orNull(origin),
                   asOf, note, doubtful ? 1 : 0});
}

bool JsonContentLoader::loadPremium(const QJsonObject& premium, qsizetype index)
{
    QString skill, role, percent, source, origin, asOf, note;
    qint64 skillId = 0;
    qint64 roleId = 0;
    bool doubtful = false;
    if (!text(premium, QStringLiteral("skill"), &skill) ||
        !lookup(m_skills, QStringLiteral("skill"), skill, &skillId) || !text(premium, QStringLiteral("role"), &role) ||
        !lookup(m_roles, QStringLiteral("role"), role, &roleId) ||
        !decimal(premium, QStringLiteral("percent"), &percent) ||
        !sourceId(premium, QStringLiteral("source"), &source, true) ||
        !sourceId(premium, QStringLiteral("origin"), &origin, false) ||
        !date(premium, QStringLiteral("as_of"), &asOf, true) || !text(premium, QStringLiteral("note"), &note, false) ||
        !flag(premium, QStringLiteral("doubtful"), &doubtful))
        return false;
    return insert(QStringLiteral("INSERT INTO skill_premium (id, skill_id, role_id, percent, source_id, origin_id, "
                                 "as_of, note, doubtful) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {index + 1, skillId, roleId, percent, source, orNull(origin), asOf, note, doubtful ? 1 : 0});
}

bool JsonContentLoader::loadOutlook(const QJsonObject& outlook, qsizetype index)
{
    static const QRegularExpression periodPattern(QStringLiteral("^\\d{4}-\\d{4}$"));
    QString role, growth, period, comparison, source, origin, asOf, note;
    qint64 roleId = 0;
    bool doubtful = false;
    if (!text(outlook, QStringLiteral("role"), &role) || !lookup(m_roles, QStringLiteral("role"), role, &roleId) ||
        !decimal(outlook, QStringLiteral("growth_percent"), &growth) ||
        !text(outlook, QStringLiteral("period"), &period) ||
        !decimal(outlook, QStringLiteral("comparison_percent"), &comparison, false) ||
        !sourceId(outlook, QStringLiteral("source"), &source, true) ||
        !sourceId(outlook, QStringLiteral("origin"), &origin, false) ||
        !date(outlook, QStringLiteral("as_of"), &asOf, true) || !text(outlook, QStringLiteral("note"), &note, false) ||
        !flag(outlook, QStringLiteral("doubtful"), &doubtful))
        return false;
    if (!periodPattern.match(period).hasMatch())
        return fail(QStringLiteral("'period' must be YYYY-YYYY, not '%1'").arg(period));
    return insert(
        QStringLiteral("INSERT INTO outlook (id, role_id, growth_percent, period, comparison_percent, "
                       "source_id, origin_id, as_of, note, doubtful) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {index + 1, roleId, growth, period, comparison, source, orNull(origin), asOf, note, doubtful ? 1 : 0});
}

bool JsonContentLoader::loadStatistic(const QJsonObject& statistic, qsizetype index)
{
    QString role, label, value, unit, source, origin, asOf, note;
    qint64 roleId = 0;
    bool doubtful = false;
    if (!text(statistic, QStringLiteral("role"), &role, false) ||
        (!role.isEmpty() && !lookup(m_roles, QStringLiteral("role"), role, &roleId)) ||
        !text(statistic, QStringLiteral("label"), &label) || !text(statistic, QStringLiteral("value"), &value) ||
        !text(statistic, QStringLiteral("unit"), &unit, false) ||
        !sourceId(statistic, QStringLiteral("source"), &source, true) ||
        !sourceId(statistic, QStringLiteral("origin"), &origin, false) ||
        !date(statistic, QStringLiteral("as_of"), &asOf, true) ||
        !text(statistic, QStringLiteral("note"), &note, false) ||
        !flag(statistic, QStringLiteral("doubtful"), &doubtful))
        return false;
    return insert(QStringLiteral("INSERT INTO statistic (id, role_id, label, value, unit, source_id, origin_id, as_of, "
                                 "note, doubtful) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {index + 1, roleId ? QVariant(roleId) : QVariant(), label, value, unit, source, orNull(origin), asOf,
                   note, doubtful ? 1 : 0});
}

bool JsonContentLoader::loadRoute(const QJsonObject& route, qsizetype index)
{
    QString slugValue, name, kind, description, duration;
    QStringList sources;
    if (!slug(route, QStringLiteral("slug"), &slugValue) || !text(route, QStringLiteral("name"), &name) ||
        !oneOf(route, QStringLiteral("kind"),
               {QStringLiteral("degree"), QStringLiteral("apprenticeship"), QStringLiteral("bootcamp"),
                QStringLiteral("self-taught"), QStringLiteral("certificate")},
               &kind) ||
        !text(route, QStringLiteral("description"), &description) ||
        !text(route, QStringLiteral("duration"), &duration, false) ||
        !sourceList(route, QStringLiteral("sources"), &sources))
        return false;
    if (m_routes.contains(slugValue))
        return fail(QStringLiteral("duplicate route slug '%1'").arg(slugValue));
    m_routes.insert(slugValue, index + 1);
    return insert(QStringLiteral("INSERT INTO education_route (id, slug, name, kind, description, duration) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                  {index + 1, slugValue, name, kind, description, duration}) &&
           insertSources(QStringLiteral("INSERT INTO route_source (route_id, source_id) VALUES (?, ?)"), {index + 1},
                         sources);
}

bool JsonContentLoader::loadResource(const QJsonObject& resource, qsizetype /*index*/)
{
    QString slugValue, kind, title, provider, platform, rating, learners, averageTime, source, asOf, note;
    QJsonArray skills;
    if (!identifier(resource, QStringLiteral("slug"), m_resources, "duplicate resource slug", &slugValue) ||
        !oneOf(resource, QStringLiteral("kind"),
               {QStringLiteral("course"), QStringLiteral("certificate"), QStringLiteral("simulation"),
                QStringLiteral("book"), QStringLiteral("community")},
               &kind) ||
        !text(resource, QStringLiteral("title"), &title) ||
        !text(resource, QStringLiteral("provider"), &provider, false) ||
        !text(resource, QStringLiteral("platform"), &platform, false) ||
        !text(resource, QStringLiteral("rating"), &rating, false) ||
        !text(resource, QStringLiteral("learners"), &learners, false) ||
        !text(resource, QStringLiteral("average_time"), &averageTime, false) ||
        !sourceId(resource, QStringLiteral("source"), &source, true) ||
        !date(resource, QStringLiteral("as_of"), &asOf, true) ||
        !text(resource, QStringLiteral("note"), &note, false) ||
        !array(resource, QStringLiteral("skills"), &skills, false))
        return false;
    const qint64 id = m_resources.size() + 1;
    m_resources.insert(slugValue, id);
    return insert(
               QStringLiteral("INSERT INTO learning_resource (id, slug, kind, title, provider, platform, rating, "
                              "learners, average_time, source_id, as_of, note) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {id, slugValue, kind, title, provider, platform, rating, learners, averageTime, source, asOf, note}) &&
           insertLinks(QStringLiteral("INSERT INTO resource_skill (resource_id, skill_id) VALUES (?, ?)"), id, skills,
                       m_skills, QStringLiteral("skill"), Repeats::StoreOnce);
}

bool JsonContentLoader::loadPath(const QJsonObject& path, qsizetype index)
{
    QString pathSlug, role, name;
    qint64 roleId = 0;
    QStringList sources;
    QJsonArray steps;
    if (!slug(path, QStringLiteral("slug"), &pathSlug) || !text(path, QStringLiteral("role"), &role) ||
        !lookup(m_roles, QStringLiteral("role"), role, &roleId) || !text(path, QStringLiteral("name"), &name) ||
        !sourceList(path, QStringLiteral("sources"), &sources) || !array(path, QStringLiteral("steps"), &steps))
        return false;
    if (m_paths.contains(pathSlug))
        return fail(QStringLiteral("duplicate path slug '%1'").arg(pathSlug));
    m_paths.insert(pathSlug);
    if (steps.isEmpty())
        return fail(QStringLiteral("a path needs at least one step"));
    if (!insert(QStringLiteral("INSERT INTO learning_path (id, slug, role_id, name) VALUES (?, ?, ?, ?)"),
                {index + 1, pathSlug, roleId, name}))
        return false;
    // Prerequisites must name earlier steps, which also rules out cycles in shipped content.
    QHash<QString, qint64> earlier;
    nameEntry(pathSlug);
    if (!eachEntry(steps, QStringLiteral("steps"), [this, index, &earlier](const QJsonObject& step, qsizetype s) {
            return loadStep(index, step, s, earlier);
        }))
        return false;
    for (auto it = earlier.cbegin(); it != earlier.cend(); ++it)
        m_steps.insert(pathSlug + u'/' + it.key(), it.value());
    return true;
}

bool JsonContentLoader::loadStep(qsizetype pathIndex, const QJsonObject& step, qsizetype position,
                                 QHash<QString, qint64>& earlier)
{
    QString stepSlug, title, description, basis;
    QStringList sources;
    QJsonArray prerequisites, skills, resources, routes;
    int hours = 0;
    if (!slug(step, QStringLiteral("slug"), &stepSlug) || !text(step, QStringLiteral("title"), &title) ||
        !text(step, QStringLiteral("description"), &description) ||
        !text(step, QStringLiteral("hours_basis"), &basis) || !sourceList(step, QStringLiteral("sources"), &sources) ||
        !array(step, QStringLiteral("prerequisites"), &prerequisites, false) ||
        !array(step, QStringLiteral("skills"), &skills, false) ||
        !array(step, QStringLiteral("resources"), &resources, false) ||
        !array(step, QStringLiteral("routes"), &routes, false))
        return false;
    if (earlier.contains(stepSlug))
        return fail(QStringLiteral("duplicate step slug '%1'").arg(stepSlug));
    if (!wholeNumber(step, QStringLiteral("hours"), 1, 2000, &hours))
        return false;
    const qint64 stepId = ++m_stepId;
    if (!insert(QStringLiteral("INSERT INTO learning_step (id, path_id, slug, position, title, description, hours, "
                               "hours_basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {stepId, pathIndex + 1, stepSlug, position, title, description, hours, basis}) ||
        !insertLinks(QStringLiteral("INSERT INTO step_prerequisite (step_id, requires_id) VALUES (?, ?)"), stepId,
                     prerequisites, earlier, QStringLiteral("earlier step"), Repeats::StoreEach))
        return false;
    earlier.insert(stepSlug, stepId);
    return insertLinks(QStringLiteral("INSERT INTO step_skill (step_id, skill_id) VALUES (?, ?)"), stepId, skills,
                       m_skills, QStringLiteral("skill"), Repeats::StoreEach) &&
           insertLinks(QStringLiteral("INSERT INTO step_resource (step_id, resource_id) VALUES (?, ?)"), stepId,
                       resources, m_resources, QStringLiteral("resource"), Repeats::StoreEach) &&
           insertLinks(QStringLiteral("INSERT INTO step_route (step_id, route_id) VALUES (?, ?)"), stepId, routes,
                       m_routes, QStringLiteral("route"), Repeats::StoreOnce) &&
           insertSources(QStringLiteral("INSERT INTO step_source (step_id, source_id) VALUES (?, ?)"), {stepId},
                         sources);
}

bool JsonContentLoader::loadTip(const QJsonObject& tip, qsizetype index)
{
    static const QStringList topics{QStringLiteral("interview"), QStringLiteral("resume"), QStringLiteral("portfolio"),
                                    QStringLiteral("professional-body"), QStringLiteral("career")};
    QString topic, tipText;
    QStringList sources;
    if (!oneOf(tip, QStringLiteral("topic"), topics, &topic) || !text(tip, QStringLiteral("text"), &tipText) ||
        !sourceList(tip, QStringLiteral("sources"), &sources))
        return false;
    return insert(QStringLiteral("INSERT INTO tip (id, topic, position, text) VALUES (?, ?, ?, ?)"),
                  {index + 1, topic, index, tipText}) &&
           insertSources(QStringLiteral("INSERT INTO tip_source (tip_id, source_id) VALUES (?, ?)"), {index + 1},
                         sources);
}

bool JsonContentLoader::loadFaq(const QJsonObject& faq, qsizetype index)
{
    QString question, answer;
    QStringList sources;
    if (!text(faq, QStringLiteral("question"), &question) || !text(faq, QStringLiteral("answer"), &answer) ||
        !sourceList(faq, QStringLiteral("sources"), &sources))
        return false;
    return insert(QStringLiteral("INSERT INTO faq (id, position, question, answer) VALUES (?, ?, ?, ?)"),
                  {index + 1, index, question, answer}) &&
           insertSources(QStringLiteral("INSERT INTO faq_source (faq_id, source_id) VALUES (?, ?)"), {index + 1},
                         sources);
}

bool JsonContentLoader::loadTopicGroup(const QJsonObject& group, qsizetype /*index*/)
{
    QString slugValue, title, note;
    if (!identifier(group, QStringLiteral("slug"), m_topicGroups, "duplicate topic group slug", &slugValue) ||
        !text(group, QStringLiteral("title"), &title) || !text(group, QStringLiteral("note"), &note, false))
        return false;
    m_topicGroups.insert(slugValue, 0);
    return insert(QStringLiteral("INSERT INTO topic_group (slug, title, note) VALUES (?, ?, ?)"),
                  {slugValue, title, note});
}

bool JsonContentLoader::loadTopicPath(const QJsonObject& path, qsizetype /*index*/)
{
    QString pathSlug;
    QJsonArray steps;
    if (!text(path, QStringLiteral("path"), &pathSlug) || !array(path, QStringLiteral("steps"), &steps))
        return false;
    if (!m_paths.contains(pathSlug))
        return fail(QStringLiteral("unknown path '%1'").arg(pathSlug));
    nameEntry(pathSlug);
    return eachEntry(steps, QStringLiteral("steps"),
                     [this, &pathSlug](const QJsonObject& step, qsizetype) { return loadStepTopics(pathSlug, step); });
}

bool JsonContentLoader::loadStepTopics(const QString& pathSlug, const QJsonObject& step)
{
    QString stepSlug, projectTitle, brief;
    qint64 stepId = 0;
    QJsonArray topics;
    if (!text(step, QStringLiteral("step"), &stepSlug) ||
        !lookup(m_steps, QStringLiteral("step"), pathSlug + u'/' + stepSlug, &stepId))
        return false;
    nameEntry(stepSlug);
    if (m_stepsWithTopics.contains(stepId))
        return fail(QStringLiteral("the step's topics are listed twice"));
    m_stepsWithTopics.insert(stepId);
    const QJsonObject project = step.value(QStringLiteral("project")).toObject();
    if (!text(project, QStringLiteral("title"), &projectTitle) || !text(project, QStringLiteral("brief"), &brief) ||
        !array(step, QStringLiteral("topics"), &topics))
        return false;
    if (topics.isEmpty())
        return fail(QStringLiteral("a step needs at least one topic"));
    return insert(QStringLiteral("INSERT INTO step_project (step_id, title, brief) VALUES (?, ?, ?)"),
                  {stepId, projectTitle, brief}) &&
           eachEntry(topics, QStringLiteral("topics"), [this, stepId](const QJsonObject& topic, qsizetype position) {
               return loadTopic(stepId, topic, position);
           });
}

bool JsonContentLoader::loadTopic(qint64 stepId, const QJsonObject& topic, qsizetype position)
{
    QString slugValue, title, what, why, basis, group;
    QJsonArray skills, technologies, resources;
    int hours = 0;
    if (!identifier(topic, QStringLiteral("slug"), m_topics, "duplicate topic slug", &slugValue) ||
        !text(topic, QStringLiteral("title"), &title) || !text(topic, QStringLiteral("what"), &what) ||
        !text(topic, QStringLiteral("why"), &why) || !wholeNumber(topic, QStringLiteral("hours"), 1, 2000, &hours) ||
        !text(topic, QStringLiteral("hours_basis"), &basis) || !array(topic, QStringLiteral("skills"), &skills) ||
        !array(topic, QStringLiteral("technologies"), &technologies, false) ||
        !array(topic, QStringLiteral("resources"), &resources) || !text(topic, QStringLiteral("one_of"), &group, false))
        return false;
    // Known means known: a topic is known when the self-assessment knows every skill it teaches, so one that
    // teaches none could never be.
    if (skills.isEmpty())
        return fail(QStringLiteral("a topic must teach at least one skill"));
    if (resources.isEmpty())
        return fail(QStringLiteral("a topic needs at least one resource"));
    if (!group.isEmpty()) {
        const auto found = m_topicGroups.find(group);
        if (found == m_topicGroups.end())
            return fail(QStringLiteral("unknown topic group '%1'").arg(group));
        if (found.value() != 0 && found.value() != stepId)
            return fail(QStringLiteral("topic group '%1' already has topics in another step").arg(group));
        found.value() = stepId;
    }
    const qint64 topicId = m_topics.size() + 1;
    m_topics.insert(slugValue, topicId);
    if (!insert(QStringLiteral("INSERT INTO topic (id, step_id, slug, position, title, what, why, hours, hours_basis, "
                               "one_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {topicId, stepId, slugValue, position, title, what, why, hours, basis,
                 group.isEmpty() ? QVariant() : QVariant(group)}) ||
        !insertLinks(QStringLiteral("INSERT INTO topic_skill (topic_id, skill_id) VALUES (?, ?)"), topicId, skills,
                     m_skills, QStringLiteral("skill"), Repeats::StoreEach))
        return false;
    for (const QJsonValue& value : std::as_const(technologies)) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return fail(QStringLiteral("'technologies' must list non-empty names"));
        if (!insert(QStringLiteral("INSERT INTO topic_technology (topic_id, technology) VALUES (?, ?)"),
                    {topicId, name}))
            return false;
    }
    return eachEntry(resources, QStringLiteral("resources"),
                     [this, topicId](const QJsonObject& resource, qsizetype index) {
                         return loadTopicResource(topicId, resource, index);
                     });
}

bool JsonContentLoader::loadTopicResource(qint64 topicId, const QJsonObject& resource, qsizetype position)
{
    static const QRegularExpression https(QStringLiteral("^https://[^\\s/]+\\.[^\\s]+$"));
    QString kind, title, url;
    if (!text(resource, QStringLiteral("kind"), &kind) || !text(resource, QStringLiteral("title"), &title) ||
        !matching(resource, QStringLiteral("url"), &url, true, https, "'%1' must be an https address, not '%2'"))
        return false;
    return insert(
        QStringLiteral("INSERT INTO topic_resource (topic_id, position, kind, title, url) VALUES (?, ?, ?, ?, ?)"),
        {topicId, position, kind, title, url});
}

bool JsonContentLoader::loadSynonym(const QJsonObject& synonym, qsizetype)
{
    QString term, expansion;
    if (!text(synonym, QStringLiteral("term"), &term) || !text(synonym, QStringLiteral("expansion"), &expansion))
        return false;
    // A term is one word as search folds it; what it stands for must be something search can look for.
    const QStringList termWords = SearchTerms::tokens(term);
    if (termWords.size() != 1 || termWords.first() != term)
        return fail(QStringLiteral("term \"%1\" is not one lower-case word").arg(term));
    if (SearchTerms::tokens(expansion).isEmpty() || SearchTerms::tokens(expansion) == termWords)
        return fail(QStringLiteral("expansion \"%1\" names nothing besides the term").arg(expansion));
    return insert(QStringLiteral("INSERT INTO search_synonym (term, expansion) VALUES (?, ?)"), {term, expansion});
}

bool JsonContentLoader::indexSalaryFigures()
{
    // Salary figures are searched by role, country and the words people use for pay ("salary india", "uk salary").
    QSqlQuery figures(m_db);
    if (!figures.exec(
            QStringLiteral("SELECT f.id, r.slug, r.name, f.country, f.currency, f.period, f.statistic, "
                           "f.experience, s.title, s.publisher, f.as_of FROM salary_figure f "
                           "JOIN role r ON r.id = f.role_id JOIN source s ON s.id = f.source_id ORDER BY f.id")))
        return fail(figures.lastError().text());
    QList<QVariantList> rows;
    while (figures.next()) {
        const QString country = figures.value(3).toString();
        const QString ref =
            QStringLiteral("%1/%2/%3").arg(figures.value(1).toString(), country, figures.value(0).toString());
        const QString title =
            QStringLiteral("%1 salary in %2").arg(figures.value(2).toString(), SalaryTerms::countryName(country));
        const QString body =
            QStringLiteral("%1, %2, %3 a %4. %5, %6, as of %7")
                .arg(SalaryTerms::statisticName(figures.value(6).toString()),
                     SalaryTerms::experienceName(figures.value(7).toString()).toLower(), figures.value(4).toString(),
                     figures.value(5).toString(), figures.value(8).toString(), figures.value(9).toString(),
                     figures.value(10).toString());
        rows.append({ref, title, body, QStringLiteral("salary salaries pay wages earnings %1").arg(country)});
    }
    if (figures.lastError().isValid())
        return fail(figures.lastError().text());
    for (const QVariantList& row : std::as_const(rows)) {
        if (!insert(QStringLiteral("INSERT INTO search_index (kind, ref, title, body, tail) "
                                   "VALUES ('salary', ?, ?, ?, ?)"),
                    row))
            return false;
    }
    return true;
}

bool JsonContentLoader::buildSearchIndex()
{
    m_file = QStringLiteral("search index");
    m_entry.clear();
    const QStringList statements{
        QStringLiteral("INSERT INTO search_index (kind, ref, title, body) "
                       "SELECT 'role', r.slug, r.name, r.summary || ' ' || "
                       "coalesce((SELECT group_concat(alias, ' ') FROM role_alias a WHERE a.role_id = r.id), '') "
                       "FROM role r ORDER BY r.id"),
        QStringLiteral("INSERT INTO search_index (kind, ref, title, body) "
                       "SELECT 'skill', slug, name, category || ' ' || description FROM skill ORDER BY id"),
        QStringLiteral("INSERT INTO search_index (kind, ref, title, body) "
                       "SELECT 'step', p.slug || '/' || s.slug, s.title, s.description || coalesce(' ' || "
                       "  (SELECT group_concat(title, ' ') FROM (SELECT t.title FROM topic t WHERE t.step_id = s.id "
                       "   ORDER BY t.position)), '') "
                       "FROM learning_step s JOIN learning_path p ON p.id = s.path_id ORDER BY s.id"),
        QStringLiteral("INSERT INTO search_index (kind, ref, title, body) "
                       "SELECT 'resource', slug, title, provider || ' ' || platform || ' ' || kind "
                       "FROM learning_resource ORDER BY id"),
    };
    for (const QString& statement : statements) {
        QSqlQuery query(m_db);
        if (!query.exec(statement))
            return fail(query.lastError().text());
    }
    return indexSalaryFigures();
}

} // namespace cg
