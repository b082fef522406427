#include "JsonContentLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>

namespace cg {

namespace {
const QRegularExpression& slugPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern;
}

const QRegularExpression& datePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    return pattern;
}

const QRegularExpression& decimalPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    return pattern;
}

// Minor units per currency unit; figures from the articles are in currencies with two decimals.
int minorDigits(const QString& currency)
{
    return currency == QLatin1String("JPY") ? 0 : 2;
}
} // namespace

JsonContentLoader::JsonContentLoader(QSqlDatabase db, const QString& dataDir)
    : m_db(std::move(db))
    , m_dataDir(dataDir)
{
}

bool JsonContentLoader::load(QString* error)
{
    const bool ok = loadMeta() && loadSources() && loadSkills() && loadRoles() && loadSalaries() && loadOutlook()
        && loadLearning() && buildSearchIndex();
    if (!ok && error)
        *error = m_error;
    return ok;
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
    if (required && out->isEmpty())
        return fail(QStringLiteral("'%1' is empty").arg(key));
    return true;
}

bool JsonContentLoader::slug(const QJsonObject& object, const QString& key, QString* out)
{
    if (!text(object, key, out))
        return false;
    if (!slugPattern().match(*out).hasMatch())
        return fail(QStringLiteral("'%1' is not a valid identifier: '%2'").arg(key, *out));
    return true;
}

bool JsonContentLoader::date(const QJsonObject& object, const QString& key, QString* out, bool required)
{
    if (!text(object, key, out, required))
        return false;
    if (!out->isEmpty() && !datePattern().match(*out).hasMatch())
        return fail(QStringLiteral("'%1' must be YYYY, YYYY-MM or YYYY-MM-DD, not '%2'").arg(key, *out));
    return true;
}

bool JsonContentLoader::oneOf(const QJsonObject& object, const QString& key, const QStringList& allowed, QString* out)
{
    if (!text(object, key, out))
        return false;
    if (!allowed.contains(*out))
        return fail(QStringLiteral("'%1' is '%2'; expected one of %3").arg(key, *out, allowed.join(QStringLiteral(", "))));
    return true;
}

bool JsonContentLoader::decimal(const QJsonObject& object, const QString& key, QString* out, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return fail(QStringLiteral("'%1' must be a decimal string, not a JSON number").arg(key));
    if (!text(object, key, out, required))
        return false;
    if (!out->isEmpty() && !decimalPattern().match(*out).hasMatch())
        return fail(QStringLiteral("'%1' is not a decimal number: '%2'").arg(key, *out));
    return true;
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

QSqlQuery JsonContentLoader::prepare(const QString& sql)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    return query;
}

bool JsonContentLoader::exec(QSqlQuery& query)
{
    if (query.exec())
        return true;
    return fail(QStringLiteral("cannot be stored: %1").arg(query.lastError().text()));
}

bool JsonContentLoader::loadMeta()
{
    QJsonObject root;
    if (!readFile(QStringLiteral("meta.json"), &root))
        return false;
    QString language;
    QString note;
    if (!text(root, QStringLiteral("content_version"), &m_contentVersion)
        || !date(root, QStringLiteral("as_of"), &m_contentAsOf, true) || !text(root, QStringLiteral("language"), &language)
        || !text(root, QStringLiteral("note"), &note, false))
        return false;
    QSqlQuery insert = prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    const QList<QPair<QString, QString>> rows{{QStringLiteral("content_version"), m_contentVersion},
                                              {QStringLiteral("as_of"), m_contentAsOf},
                                              {QStringLiteral("language"), language},
                                              {QStringLiteral("note"), note}};
    for (const auto& [key, value] : rows) {
        insert.addBindValue(key);
        insert.addBindValue(value);
        if (!exec(insert))
            return false;
    }
    return true;
}

bool JsonContentLoader::loadSources()
{
    QJsonObject root;
    QJsonArray sources;
    if (!readFile(QStringLiteral("sources.json"), &root) || !array(root, QStringLiteral("sources"), &sources))
        return false;
    QSqlQuery insert = prepare(QStringLiteral(
        "INSERT INTO source (id, kind, title, publisher, author, published, as_of, url, licence, contributes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QJsonObject source = sources.at(i).toObject();
        m_entry = QStringLiteral("sources[%1]").arg(i);
        QString id, kind, title, publisher, author, published, asOf, url, licence, contributes;
        if (!slug(source, QStringLiteral("id"), &id))
            return false;
        m_entry = QStringLiteral("sources[%1] (%2)").arg(i).arg(id);
        if (m_sourceDates.contains(id))
            return fail(QStringLiteral("duplicate source id"));
        if (!oneOf(source, QStringLiteral("kind"), {QStringLiteral("article"), QStringLiteral("organisation"),
                                                    QStringLiteral("dataset")},
                   &kind)
            || !text(source, QStringLiteral("title"), &title) || !text(source, QStringLiteral("publisher"), &publisher, false)
            || !text(source, QStringLiteral("author"), &author, false)
            || !date(source, QStringLiteral("published"), &published, false)
            || !date(source, QStringLiteral("as_of"), &asOf, false) || !text(source, QStringLiteral("url"), &url, false)
            || !text(source, QStringLiteral("licence"), &licence, false)
            || !text(source, QStringLiteral("contributes"), &contributes, false))
            return false;
        if (kind == QLatin1String("article") && published.isEmpty() && asOf.isEmpty())
            return fail(QStringLiteral("an article needs 'published' or 'as_of'"));
        m_sourceDates.insert(id, asOf.isEmpty() ? published : asOf);
        for (const QString& value : {id, kind, title, publisher, author, published, asOf, url, licence, contributes})
            insert.addBindValue(value);
        if (!exec(insert))
            return false;
    }
    return true;
}

bool JsonContentLoader::loadSkills()
{
    static const QStringList categories{
        QStringLiteral("language"), QStringLiteral("framework"),       QStringLiteral("database"),
        QStringLiteral("web-server"), QStringLiteral("api"),           QStringLiteral("version-control"),
        QStringLiteral("testing"),  QStringLiteral("documentation"),   QStringLiteral("cloud"),
        QStringLiteral("os"),       QStringLiteral("practice"),        QStringLiteral("tool"),
        QStringLiteral("concept"),  QStringLiteral("soft")};
    QJsonObject root;
    QJsonArray skills;
    if (!readFile(QStringLiteral("skills.json"), &root) || !array(root, QStringLiteral("skills"), &skills))
        return false;
    QSqlQuery insert = prepare(
        QStringLiteral("INSERT INTO skill (id, slug, name, kind, category, description) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertSource = prepare(QStringLiteral("INSERT INTO skill_source (skill_id, source_id) VALUES (?, ?)"));
    QSqlQuery insertOnetName = prepare(QStringLiteral("INSERT INTO skill_onet_name (skill_id, example) VALUES (?, ?)"));
    for (qsizetype i = 0; i < skills.size(); ++i) {
        const QJsonObject skill = skills.at(i).toObject();
        m_entry = QStringLiteral("skills[%1]").arg(i);
        QString slugValue, name, kind, category, description;
        QStringList sources;
        if (!slug(skill, QStringLiteral("slug"), &slugValue))
            return false;
        m_entry = QStringLiteral("skills[%1] (%2)").arg(i).arg(slugValue);
        if (m_skills.contains(slugValue))
            return fail(QStringLiteral("duplicate skill slug"));
        if (!text(skill, QStringLiteral("name"), &name)
            || !oneOf(skill, QStringLiteral("kind"), {QStringLiteral("hard"), QStringLiteral("soft")}, &kind)
            || !oneOf(skill, QStringLiteral("category"), categories, &category)
            || !text(skill, QStringLiteral("description"), &description, false)
            || !sourceList(skill, QStringLiteral("sources"), &sources))
            return false;
        QJsonArray onetNames;
        if (!array(skill, QStringLiteral("onet"), &onetNames, false))
            return false;
        const qint64 id = m_skills.size() + 1;
        m_skills.insert(slugValue, id);
        insert.addBindValue(id);
        for (const QString& value : {slugValue, name, kind, category, description})
            insert.addBindValue(value);
        if (!exec(insert))
            return false;
        for (const QString& source : sources) {
            insertSource.addBindValue(id);
            insertSource.addBindValue(source);
            if (!exec(insertSource))
                return false;
        }
        QStringList seen{name.toLower()};
        for (const QJsonValue& value : std::as_const(onetNames)) {
            const QString example = value.toString().trimmed();
            if (example.isEmpty())
                return fail(QStringLiteral("'onet' must list non-empty names"));
            if (seen.contains(example.toLower()))
                return fail(QStringLiteral("'onet' repeats '%1' (or the skill's own name)").arg(example));
            seen.append(example.toLower());
            insertOnetName.addBindValue(id);
            insertOnetName.addBindValue(example);
            if (!exec(insertOnetName))
                return false;
        }
    }
    return true;
}

bool JsonContentLoader::loadRoles()
{
    static const QStringList factKinds{QStringLiteral("works-with"),       QStringLiteral("workplace"),
                                       QStringLiteral("typical-day"),      QStringLiteral("work-environment"),
                                       QStringLiteral("comparison"),       QStringLiteral("employers"),
                                       QStringLiteral("education")};
    static const QRegularExpression socPattern(QStringLiteral("^\\d{2}-\\d{4}\\.\\d{2}$"));
    QJsonObject root;
    QJsonArray roles;
    if (!readFile(QStringLiteral("roles.json"), &root) || !array(root, QStringLiteral("roles"), &roles))
        return false;
    QSqlQuery insertRole = prepare(QStringLiteral(
        "INSERT INTO role (id, slug, name, category, is_group, summary, description) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertAlias = prepare(QStringLiteral("INSERT INTO role_alias (role_id, alias) VALUES (?, ?)"));
    QSqlQuery insertRoleSource = prepare(QStringLiteral("INSERT INTO role_source (role_id, source_id) VALUES (?, ?)"));
    QSqlQuery insertOccupation =
        prepare(QStringLiteral("INSERT INTO role_occupation (role_id, soc_code, position) VALUES (?, ?, ?)"));
    QSqlQuery insertDuty = prepare(QStringLiteral("INSERT INTO role_duty (id, role_id, position, text) VALUES (?, ?, ?, ?)"));
    QSqlQuery insertDutySource = prepare(QStringLiteral("INSERT INTO duty_source (duty_id, source_id) VALUES (?, ?)"));
    QSqlQuery insertDutySkill = prepare(QStringLiteral("INSERT INTO duty_skill (duty_id, skill_id) VALUES (?, ?)"));
    QSqlQuery insertFact = prepare(
        QStringLiteral("INSERT INTO role_fact (id, role_id, kind, position, title, text) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertFactSource = prepare(QStringLiteral("INSERT INTO fact_source (fact_id, source_id) VALUES (?, ?)"));
    QSqlQuery insertRoleSkill =
        prepare(QStringLiteral("INSERT INTO role_skill (role_id, skill_id, importance) VALUES (?, ?, ?)"));
    QSqlQuery insertRoleSkillSource = prepare(
        QStringLiteral("INSERT INTO role_skill_source (role_id, skill_id, source_id) VALUES (?, ?, ?)"));
    qint64 dutyId = 0;
    qint64 factId = 0;

    auto bindSources = [&](QSqlQuery& query, qint64 ownerId, const QStringList& sources) {
        for (const QString& source : sources) {
            query.addBindValue(ownerId);
            query.addBindValue(source);
            if (!exec(query))
                return false;
        }
        return true;
    };

    for (qsizetype i = 0; i < roles.size(); ++i) {
        const QJsonObject role = roles.at(i).toObject();
        m_entry = QStringLiteral("roles[%1]").arg(i);
        QString slugValue, name, category, summary, description;
        QStringList sources;
        QJsonArray aliases, occupations, duties, facts, skills;
        if (!slug(role, QStringLiteral("slug"), &slugValue))
            return false;
        m_entry = QStringLiteral("roles[%1] (%2)").arg(i).arg(slugValue);
        if (m_roles.contains(slugValue))
            return fail(QStringLiteral("duplicate role slug"));
        if (!text(role, QStringLiteral("name"), &name) || !text(role, QStringLiteral("category"), &category, false)
            || !text(role, QStringLiteral("summary"), &summary) || !text(role, QStringLiteral("description"), &description, false)
            || !sourceList(role, QStringLiteral("sources"), &sources)
            || !array(role, QStringLiteral("aliases"), &aliases, false)
            || !array(role, QStringLiteral("occupations"), &occupations, false)
            || !array(role, QStringLiteral("duties"), &duties) || !array(role, QStringLiteral("facts"), &facts, false)
            || !array(role, QStringLiteral("skills"), &skills))
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
        insertRole.addBindValue(roleId);
        insertRole.addBindValue(slugValue);
        insertRole.addBindValue(name);
        insertRole.addBindValue(category);
        insertRole.addBindValue(group.toBool() ? 1 : 0);
        insertRole.addBindValue(summary);
        insertRole.addBindValue(description);
        if (!exec(insertRole) || !bindSources(insertRoleSource, roleId, sources))
            return false;

        for (const QJsonValue& alias : aliases) {
            if (!alias.isString() || alias.toString().trimmed().isEmpty())
                return fail(QStringLiteral("every alias must be non-empty text"));
            insertAlias.addBindValue(roleId);
            insertAlias.addBindValue(alias.toString().trimmed());
            if (!exec(insertAlias))
                return false;
        }
        for (qsizetype o = 0; o < occupations.size(); ++o) {
            const QString code = occupations.at(o).toString();
            if (!socPattern.match(code).hasMatch())
                return fail(QStringLiteral("occupation '%1' is not an O*NET-SOC code like 15-1252.00").arg(code));
            insertOccupation.addBindValue(roleId);
            insertOccupation.addBindValue(code);
            insertOccupation.addBindValue(o);
            if (!exec(insertOccupation))
                return false;
        }
        const QString roleEntry = m_entry;
        for (qsizetype d = 0; d < duties.size(); ++d) {
            m_entry = QStringLiteral("%1: duties[%2]").arg(roleEntry).arg(d);
            const QJsonObject duty = duties.at(d).toObject();
            QString dutyText;
            QStringList dutySources;
            QJsonArray dutySkills;
            if (!text(duty, QStringLiteral("text"), &dutyText) || !sourceList(duty, QStringLiteral("sources"), &dutySources)
                || !array(duty, QStringLiteral("skills"), &dutySkills, false))
                return false;
            insertDuty.addBindValue(++dutyId);
            insertDuty.addBindValue(roleId);
            insertDuty.addBindValue(d);
            insertDuty.addBindValue(dutyText);
            if (!exec(insertDuty) || !bindSources(insertDutySource, dutyId, dutySources))
                return false;
            QSet<qint64> seen;
            for (const QJsonValue& skill : dutySkills) {
                qint64 skillId = 0;
                if (!lookup(m_skills, QStringLiteral("skill"), skill.toString(), &skillId))
                    return false;
                if (seen.contains(skillId))
                    continue;
                seen.insert(skillId);
                insertDutySkill.addBindValue(dutyId);
                insertDutySkill.addBindValue(skillId);
                if (!exec(insertDutySkill))
                    return false;
            }
        }
        for (qsizetype f = 0; f < facts.size(); ++f) {
            m_entry = QStringLiteral("%1: facts[%2]").arg(roleEntry).arg(f);
            const QJsonObject fact = facts.at(f).toObject();
            QString kind, title, factText;
            QStringList factSources;
            if (!oneOf(fact, QStringLiteral("kind"), factKinds, &kind) || !text(fact, QStringLiteral("title"), &title, false)
                || !text(fact, QStringLiteral("text"), &factText) || !sourceList(fact, QStringLiteral("sources"), &factSources))
                return false;
            insertFact.addBindValue(++factId);
            insertFact.addBindValue(roleId);
            insertFact.addBindValue(kind);
            insertFact.addBindValue(f);
            insertFact.addBindValue(title);
            insertFact.addBindValue(factText);
            if (!exec(insertFact) || !bindSources(insertFactSource, factId, factSources))
                return false;
        }
        QSet<qint64> roleSkills;
        for (qsizetype s = 0; s < skills.size(); ++s) {
            m_entry = QStringLiteral("%1: skills[%2]").arg(roleEntry).arg(s);
            const QJsonObject skill = skills.at(s).toObject();
            QString skillSlug;
            QStringList skillSources;
            qint64 skillId = 0;
            if (!text(skill, QStringLiteral("skill"), &skillSlug) || !lookup(m_skills, QStringLiteral("skill"), skillSlug, &skillId)
                || !sourceList(skill, QStringLiteral("sources"), &skillSources))
                return false;
            if (roleSkills.contains(skillId))
                return fail(QStringLiteral("skill '%1' is listed twice").arg(skillSlug));
            roleSkills.insert(skillId);
            const QJsonValue importance = skill.value(QStringLiteral("importance"));
            if (!importance.isDouble() || importance.toInt() < 1 || importance.toInt() > 5
                || importance.toDouble() != importance.toInt())
                return fail(QStringLiteral("'importance' must be a whole number from 1 to 5"));
            insertRoleSkill.addBindValue(roleId);
            insertRoleSkill.addBindValue(skillId);
            insertRoleSkill.addBindValue(importance.toInt());
            if (!exec(insertRoleSkill))
                return false;
            for (const QString& source : skillSources) {
                insertRoleSkillSource.addBindValue(roleId);
                insertRoleSkillSource.addBindValue(skillId);
                insertRoleSkillSource.addBindValue(source);
                if (!exec(insertRoleSkillSource))
                    return false;
            }
        }
    }
    return true;
}

bool JsonContentLoader::loadSalaries()
{
    static const QStringList periods{QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("hour")};
    static const QStringList statistics{QStringLiteral("average"), QStringLiteral("median"), QStringLiteral("low"),
                                        QStringLiteral("high"),    QStringLiteral("p10"),    QStringLiteral("p25"),
                                        QStringLiteral("p75"),     QStringLiteral("p90")};
    static const QStringList bands{QStringLiteral("all"), QStringLiteral("0-1"),   QStringLiteral("1-4"),
                                   QStringLiteral("5-9"), QStringLiteral("10-19"), QStringLiteral("15+"),
                                   QStringLiteral("entry")};
    static const QRegularExpression countryPattern(QStringLiteral("^[A-Z]{2}$"));
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    QJsonObject root;
    QJsonArray figures, premiums;
    if (!readFile(QStringLiteral("salaries.json"), &root) || !array(root, QStringLiteral("figures"), &figures)
        || !array(root, QStringLiteral("premiums"), &premiums, false))
        return false;
    QSqlQuery insert = prepare(QStringLiteral(
        "INSERT INTO salary_figure (id, role_id, country, currency, amount_minor, period, statistic, experience, "
        "source_id, origin_id, as_of, note, doubtful) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < figures.size(); ++i) {
        m_entry = QStringLiteral("figures[%1]").arg(i);
        const QJsonObject figure = figures.at(i).toObject();
        QString role, country, currency, period, statistic, experience, source, origin, asOf, note;
        qint64 roleId = 0;
        qint64 amount = 0;
        bool doubtful = false;
        if (!text(figure, QStringLiteral("role"), &role) || !lookup(m_roles, QStringLiteral("role"), role, &roleId)
            || !text(figure, QStringLiteral("country"), &country) || !text(figure, QStringLiteral("currency"), &currency)
            || !amountMinor(figure, QStringLiteral("amount"), &amount) || !oneOf(figure, QStringLiteral("period"), periods, &period)
            || !oneOf(figure, QStringLiteral("statistic"), statistics, &statistic)
            || !oneOf(figure, QStringLiteral("experience"), bands, &experience)
            || !sourceId(figure, QStringLiteral("source"), &source, true)
            || !sourceId(figure, QStringLiteral("origin"), &origin, false) || !date(figure, QStringLiteral("as_of"), &asOf, true)
            || !text(figure, QStringLiteral("note"), &note, false) || !flag(figure, QStringLiteral("doubtful"), &doubtful))
            return false;
        if (doubtful && note.isEmpty())
            return fail(QStringLiteral("a doubtful figure needs a 'note' explaining the doubt"));
        if (!countryPattern.match(country).hasMatch())
            return fail(QStringLiteral("'country' must be an ISO 3166 alpha-2 code, not '%1'").arg(country));
        if (!currencyPattern.match(currency).hasMatch())
            return fail(QStringLiteral("'currency' must be an ISO 4217 code, not '%1'").arg(currency));
        insert.addBindValue(i + 1);
        insert.addBindValue(roleId);
        insert.addBindValue(country);
        insert.addBindValue(currency);
        insert.addBindValue(amount);
        insert.addBindValue(period);
        insert.addBindValue(statistic);
        insert.addBindValue(experience);
        insert.addBindValue(source);
        insert.addBindValue(origin.isEmpty() ? QVariant() : QVariant(origin));
        insert.addBindValue(asOf);
        insert.addBindValue(note);
        insert.addBindValue(doubtful ? 1 : 0);
        if (!exec(insert))
            return false;
    }
    QSqlQuery insertPremium = prepare(QStringLiteral(
        "INSERT INTO skill_premium (id, skill_id, role_id, percent, source_id, origin_id, as_of, note, doubtful) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < premiums.size(); ++i) {
        m_entry = QStringLiteral("premiums[%1]").arg(i);
        const QJsonObject premium = premiums.at(i).toObject();
        QString skill, role, percent, source, origin, asOf, note;
        qint64 skillId = 0;
        qint64 roleId = 0;
        bool doubtful = false;
        if (!text(premium, QStringLiteral("skill"), &skill) || !lookup(m_skills, QStringLiteral("skill"), skill, &skillId)
            || !text(premium, QStringLiteral("role"), &role) || !lookup(m_roles, QStringLiteral("role"), role, &roleId)
            || !decimal(premium, QStringLiteral("percent"), &percent) || !sourceId(premium, QStringLiteral("source"), &source, true)
            || !sourceId(premium, QStringLiteral("origin"), &origin, false)
            || !date(premium, QStringLiteral("as_of"), &asOf, true) || !text(premium, QStringLiteral("note"), &note, false)
            || !flag(premium, QStringLiteral("doubtful"), &doubtful))
            return false;
        insertPremium.addBindValue(i + 1);
        insertPremium.addBindValue(skillId);
        insertPremium.addBindValue(roleId);
        insertPremium.addBindValue(percent);
        insertPremium.addBindValue(source);
        insertPremium.addBindValue(origin.isEmpty() ? QVariant() : QVariant(origin));
        insertPremium.addBindValue(asOf);
        insertPremium.addBindValue(note);
        insertPremium.addBindValue(doubtful ? 1 : 0);
        if (!exec(insertPremium))
            return false;
    }
    return true;
}

bool JsonContentLoader::loadOutlook()
{
    QJsonObject root;
    QJsonArray outlook, statistics;
    if (!readFile(QStringLiteral("outlook.json"), &root) || !array(root, QStringLiteral("outlook"), &outlook)
        || !array(root, QStringLiteral("statistics"), &statistics, false))
        return false;
    static const QRegularExpression periodPattern(QStringLiteral("^\\d{4}-\\d{4}$"));
    QSqlQuery insert = prepare(QStringLiteral(
        "INSERT INTO outlook (id, role_id, growth_percent, period, comparison_percent, source_id, origin_id, as_of, "
        "note, doubtful) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < outlook.size(); ++i) {
        m_entry = QStringLiteral("outlook[%1]").arg(i);
        const QJsonObject item = outlook.at(i).toObject();
        QString role, growth, period, comparison, source, origin, asOf, note;
        qint64 roleId = 0;
        bool doubtful = false;
        if (!text(item, QStringLiteral("role"), &role) || !lookup(m_roles, QStringLiteral("role"), role, &roleId)
            || !decimal(item, QStringLiteral("growth_percent"), &growth) || !text(item, QStringLiteral("period"), &period)
            || !decimal(item, QStringLiteral("comparison_percent"), &comparison, false)
            || !sourceId(item, QStringLiteral("source"), &source, true) || !sourceId(item, QStringLiteral("origin"), &origin, false)
            || !date(item, QStringLiteral("as_of"), &asOf, true) || !text(item, QStringLiteral("note"), &note, false)
            || !flag(item, QStringLiteral("doubtful"), &doubtful))
            return false;
        if (!periodPattern.match(period).hasMatch())
            return fail(QStringLiteral("'period' must be YYYY-YYYY, not '%1'").arg(period));
        insert.addBindValue(i + 1);
        insert.addBindValue(roleId);
        insert.addBindValue(growth);
        insert.addBindValue(period);
        insert.addBindValue(comparison);
        insert.addBindValue(source);
        insert.addBindValue(origin.isEmpty() ? QVariant() : QVariant(origin));
        insert.addBindValue(asOf);
        insert.addBindValue(note);
        insert.addBindValue(doubtful ? 1 : 0);
        if (!exec(insert))
            return false;
    }
    QSqlQuery insertStatistic = prepare(QStringLiteral(
        "INSERT INTO statistic (id, role_id, label, value, unit, source_id, origin_id, as_of, note, doubtful) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < statistics.size(); ++i) {
        m_entry = QStringLiteral("statistics[%1]").arg(i);
        const QJsonObject item = statistics.at(i).toObject();
        QString role, label, value, unit, source, origin, asOf, note;
        qint64 roleId = 0;
        bool doubtful = false;
        if (!text(item, QStringLiteral("role"), &role, false)
            || (!role.isEmpty() && !lookup(m_roles, QStringLiteral("role"), role, &roleId))
            || !text(item, QStringLiteral("label"), &label) || !text(item, QStringLiteral("value"), &value)
            || !text(item, QStringLiteral("unit"), &unit, false) || !sourceId(item, QStringLiteral("source"), &source, true)
            || !sourceId(item, QStringLiteral("origin"), &origin, false) || !date(item, QStringLiteral("as_of"), &asOf, true)
            || !text(item, QStringLiteral("note"), &note, false) || !flag(item, QStringLiteral("doubtful"), &doubtful))
            return false;
        insertStatistic.addBindValue(i + 1);
        insertStatistic.addBindValue(roleId ? QVariant(roleId) : QVariant());
        insertStatistic.addBindValue(label);
        insertStatistic.addBindValue(value);
        insertStatistic.addBindValue(unit);
        insertStatistic.addBindValue(source);
        insertStatistic.addBindValue(origin.isEmpty() ? QVariant() : QVariant(origin));
        insertStatistic.addBindValue(asOf);
        insertStatistic.addBindValue(note);
        insertStatistic.addBindValue(doubtful ? 1 : 0);
        if (!exec(insertStatistic))
            return false;
    }
    return true;
}

bool JsonContentLoader::loadLearning()
{
    QJsonObject root;
    QJsonArray routes, paths, resources, tips, faqs;
    if (!readFile(QStringLiteral("learning.json"), &root) || !array(root, QStringLiteral("routes"), &routes)
        || !array(root, QStringLiteral("paths"), &paths) || !array(root, QStringLiteral("resources"), &resources)
        || !array(root, QStringLiteral("tips"), &tips, false) || !array(root, QStringLiteral("faqs"), &faqs, false))
        return false;

    QSqlQuery insertRoute = prepare(QStringLiteral(
        "INSERT INTO education_route (id, slug, name, kind, description, duration) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertRouteSource = prepare(QStringLiteral("INSERT INTO route_source (route_id, source_id) VALUES (?, ?)"));
    QHash<QString, qint64> routeIds;
    for (qsizetype i = 0; i < routes.size(); ++i) {
        m_entry = QStringLiteral("routes[%1]").arg(i);
        const QJsonObject route = routes.at(i).toObject();
        QString slugValue, name, kind, description, duration;
        QStringList sources;
        if (!slug(route, QStringLiteral("slug"), &slugValue) || !text(route, QStringLiteral("name"), &name)
            || !oneOf(route, QStringLiteral("kind"),
                      {QStringLiteral("degree"), QStringLiteral("apprenticeship"), QStringLiteral("bootcamp"),
                       QStringLiteral("self-taught"), QStringLiteral("certificate")},
                      &kind)
            || !text(route, QStringLiteral("description"), &description)
            || !text(route, QStringLiteral("duration"), &duration, false) || !sourceList(route, QStringLiteral("sources"), &sources))
            return false;
        if (routeIds.contains(slugValue))
            return fail(QStringLiteral("duplicate route slug '%1'").arg(slugValue));
        routeIds.insert(slugValue, i + 1);
        insertRoute.addBindValue(i + 1);
        for (const QString& value : {slugValue, name, kind, description, duration})
            insertRoute.addBindValue(value);
        if (!exec(insertRoute))
            return false;
        for (const QString& source : sources) {
            insertRouteSource.addBindValue(i + 1);
            insertRouteSource.addBindValue(source);
            if (!exec(insertRouteSource))
                return false;
        }
    }

    QSqlQuery insertResource = prepare(QStringLiteral(
        "INSERT INTO learning_resource (id, slug, kind, title, provider, platform, rating, learners, average_time, "
        "source_id, as_of, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertResourceSkill =
        prepare(QStringLiteral("INSERT INTO resource_skill (resource_id, skill_id) VALUES (?, ?)"));
    for (qsizetype i = 0; i < resources.size(); ++i) {
        m_entry = QStringLiteral("resources[%1]").arg(i);
        const QJsonObject resource = resources.at(i).toObject();
        QString slugValue, kind, title, provider, platform, rating, learners, averageTime, source, asOf, note;
        QJsonArray skills;
        if (!slug(resource, QStringLiteral("slug"), &slugValue))
            return false;
        m_entry = QStringLiteral("resources[%1] (%2)").arg(i).arg(slugValue);
        if (m_resources.contains(slugValue))
            return fail(QStringLiteral("duplicate resource slug"));
        if (!oneOf(resource, QStringLiteral("kind"),
                   {QStringLiteral("course"), QStringLiteral("certificate"), QStringLiteral("simulation"),
                    QStringLiteral("book"), QStringLiteral("community")},
                   &kind)
            || !text(resource, QStringLiteral("title"), &title) || !text(resource, QStringLiteral("provider"), &provider, false)
            || !text(resource, QStringLiteral("platform"), &platform, false)
            || !text(resource, QStringLiteral("rating"), &rating, false)
            || !text(resource, QStringLiteral("learners"), &learners, false)
            || !text(resource, QStringLiteral("average_time"), &averageTime, false)
            || !sourceId(resource, QStringLiteral("source"), &source, true)
            || !date(resource, QStringLiteral("as_of"), &asOf, true) || !text(resource, QStringLiteral("note"), &note, false)
            || !array(resource, QStringLiteral("skills"), &skills, false))
            return false;
        const qint64 id = m_resources.size() + 1;
        m_resources.insert(slugValue, id);
        insertResource.addBindValue(id);
        for (const QString& value : {slugValue, kind, title, provider, platform, rating, learners, averageTime, source, asOf, note})
            insertResource.addBindValue(value);
        if (!exec(insertResource))
            return false;
        QSet<qint64> seen;
        for (const QJsonValue& skill : skills) {
            qint64 skillId = 0;
            if (!lookup(m_skills, QStringLiteral("skill"), skill.toString(), &skillId))
                return false;
            if (seen.contains(skillId))
                continue;
            seen.insert(skillId);
            insertResourceSkill.addBindValue(id);
            insertResourceSkill.addBindValue(skillId);
            if (!exec(insertResourceSkill))
                return false;
        }
    }

    QSqlQuery insertPath =
        prepare(QStringLiteral("INSERT INTO learning_path (id, slug, role_id, name) VALUES (?, ?, ?, ?)"));
    QSqlQuery insertStep = prepare(QStringLiteral(
        "INSERT INTO learning_step (id, path_id, slug, position, title, description, hours, hours_basis) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertPrerequisite =
        prepare(QStringLiteral("INSERT INTO step_prerequisite (step_id, requires_id) VALUES (?, ?)"));
    QSqlQuery insertStepSkill = prepare(QStringLiteral("INSERT INTO step_skill (step_id, skill_id) VALUES (?, ?)"));
    QSqlQuery insertStepResource =
        prepare(QStringLiteral("INSERT INTO step_resource (step_id, resource_id) VALUES (?, ?)"));
    QSqlQuery insertStepSource = prepare(QStringLiteral("INSERT INTO step_source (step_id, source_id) VALUES (?, ?)"));
    QSqlQuery insertStepRoute = prepare(QStringLiteral("INSERT INTO step_route (step_id, route_id) VALUES (?, ?)"));
    qint64 stepId = 0;
    QSet<QString> pathSlugs;
    for (qsizetype p = 0; p < paths.size(); ++p) {
        m_entry = QStringLiteral("paths[%1]").arg(p);
        const QJsonObject path = paths.at(p).toObject();
        QString pathSlug, role, name;
        qint64 roleId = 0;
        QStringList sources;
        QJsonArray steps;
        if (!slug(path, QStringLiteral("slug"), &pathSlug) || !text(path, QStringLiteral("role"), &role)
            || !lookup(m_roles, QStringLiteral("role"), role, &roleId) || !text(path, QStringLiteral("name"), &name)
            || !sourceList(path, QStringLiteral("sources"), &sources) || !array(path, QStringLiteral("steps"), &steps))
            return false;
        if (pathSlugs.contains(pathSlug))
            return fail(QStringLiteral("duplicate path slug '%1'").arg(pathSlug));
        pathSlugs.insert(pathSlug);
        if (steps.isEmpty())
            return fail(QStringLiteral("a path needs at least one step"));
        insertPath.addBindValue(p + 1);
        insertPath.addBindValue(pathSlug);
        insertPath.addBindValue(roleId);
        insertPath.addBindValue(name);
        if (!exec(insertPath))
            return false;
        // Prerequisites must name earlier steps, which also rules out cycles in shipped content.
        QHash<QString, qint64> earlier;
        const QString pathEntry = QStringLiteral("paths[%1] (%2)").arg(p).arg(pathSlug);
        for (qsizetype s = 0; s < steps.size(); ++s) {
            m_entry = QStringLiteral("%1: steps[%2]").arg(pathEntry).arg(s);
            const QJsonObject step = steps.at(s).toObject();
            QString stepSlug, title, description, basis;
            QStringList stepSources;
            QJsonArray prerequisites, skills, stepResources, stepRoutes;
            if (!slug(step, QStringLiteral("slug"), &stepSlug) || !text(step, QStringLiteral("title"), &title)
                || !text(step, QStringLiteral("description"), &description)
                || !text(step, QStringLiteral("hours_basis"), &basis) || !sourceList(step, QStringLiteral("sources"), &stepSources)
                || !array(step, QStringLiteral("prerequisites"), &prerequisites, false)
                || !array(step, QStringLiteral("skills"), &skills, false)
                || !array(step, QStringLiteral("resources"), &stepResources, false)
                || !array(step, QStringLiteral("routes"), &stepRoutes, false))
                return false;
            if (earlier.contains(stepSlug))
                return fail(QStringLiteral("duplicate step slug '%1'").arg(stepSlug));
            const QJsonValue hours = step.value(QStringLiteral("hours"));
            if (!hours.isDouble() || hours.toDouble() != hours.toInt() || hours.toInt() < 1 || hours.toInt() > 2000)
                return fail(QStringLiteral("'hours' must be a whole number from 1 to 2000"));
            insertStep.addBindValue(++stepId);
            insertStep.addBindValue(p + 1);
            insertStep.addBindValue(stepSlug);
            insertStep.addBindValue(s);
            insertStep.addBindValue(title);
            insertStep.addBindValue(description);
            insertStep.addBindValue(hours.toInt());
            insertStep.addBindValue(basis);
            if (!exec(insertStep))
                return false;
            for (const QJsonValue& prerequisite : prerequisites) {
                qint64 requiresId = 0;
                if (!lookup(earlier, QStringLiteral("earlier step"), prerequisite.toString(), &requiresId))
                    return false;
                insertPrerequisite.addBindValue(stepId);
                insertPrerequisite.addBindValue(requiresId);
                if (!exec(insertPrerequisite))
                    return false;
            }
            earlier.insert(stepSlug, stepId);
            for (const QJsonValue& skill : skills) {
                qint64 skillId = 0;
                if (!lookup(m_skills, QStringLiteral("skill"), skill.toString(), &skillId))
                    return false;
                insertStepSkill.addBindValue(stepId);
                insertStepSkill.addBindValue(skillId);
                if (!exec(insertStepSkill))
                    return false;
            }
            for (const QJsonValue& resource : stepResources) {
                qint64 resourceId = 0;
                if (!lookup(m_resources, QStringLiteral("resource"), resource.toString(), &resourceId))
                    return false;
                insertStepResource.addBindValue(stepId);
                insertStepResource.addBindValue(resourceId);
                if (!exec(insertStepResource))
                    return false;
            }
            QSet<qint64> seenRoutes;
            for (const QJsonValue& route : stepRoutes) {
                qint64 routeId = 0;
                if (!lookup(routeIds, QStringLiteral("route"), route.toString(), &routeId))
                    return false;
                if (seenRoutes.contains(routeId))
                    continue;
                seenRoutes.insert(routeId);
                insertStepRoute.addBindValue(stepId);
                insertStepRoute.addBindValue(routeId);
                if (!exec(insertStepRoute))
                    return false;
            }
            for (const QString& source : stepSources) {
                insertStepSource.addBindValue(stepId);
                insertStepSource.addBindValue(source);
                if (!exec(insertStepSource))
                    return false;
            }
        }
    }

    static const QStringList topics{QStringLiteral("interview"), QStringLiteral("resume"), QStringLiteral("portfolio"),
                                    QStringLiteral("professional-body"), QStringLiteral("career")};
    QSqlQuery insertTip = prepare(QStringLiteral("INSERT INTO tip (id, topic, position, text) VALUES (?, ?, ?, ?)"));
    QSqlQuery insertTipSource = prepare(QStringLiteral("INSERT INTO tip_source (tip_id, source_id) VALUES (?, ?)"));
    for (qsizetype i = 0; i < tips.size(); ++i) {
        m_entry = QStringLiteral("tips[%1]").arg(i);
        const QJsonObject tip = tips.at(i).toObject();
        QString topic, tipText;
        QStringList sources;
        if (!oneOf(tip, QStringLiteral("topic"), topics, &topic) || !text(tip, QStringLiteral("text"), &tipText)
            || !sourceList(tip, QStringLiteral("sources"), &sources))
            return false;
        insertTip.addBindValue(i + 1);
        insertTip.addBindValue(topic);
        insertTip.addBindValue(i);
        insertTip.addBindValue(tipText);
        if (!exec(insertTip))
            return false;
        for (const QString& source : sources) {
            insertTipSource.addBindValue(i + 1);
            insertTipSource.addBindValue(source);
            if (!exec(insertTipSource))
                return false;
        }
    }
    QSqlQuery insertFaq = prepare(QStringLiteral("INSERT INTO faq (id, position, question, answer) VALUES (?, ?, ?, ?)"));
    QSqlQuery insertFaqSource = prepare(QStringLiteral("INSERT INTO faq_source (faq_id, source_id) VALUES (?, ?)"));
    for (qsizetype i = 0; i < faqs.size(); ++i) {
        m_entry = QStringLiteral("faqs[%1]").arg(i);
        const QJsonObject faq = faqs.at(i).toObject();
        QString question, answer;
        QStringList sources;
        if (!text(faq, QStringLiteral("question"), &question) || !text(faq, QStringLiteral("answer"), &answer)
            || !sourceList(faq, QStringLiteral("sources"), &sources))
            return false;
        insertFaq.addBindValue(i + 1);
        insertFaq.addBindValue(i);
        insertFaq.addBindValue(question);
        insertFaq.addBindValue(answer);
        if (!exec(insertFaq))
            return false;
        for (const QString& source : sources) {
            insertFaqSource.addBindValue(i + 1);
            insertFaqSource.addBindValue(source);
            if (!exec(insertFaqSource))
                return false;
        }
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
                       "SELECT 'step', p.slug || '/' || s.slug, s.title, s.description "
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
    return true;
}

} // namespace cg
