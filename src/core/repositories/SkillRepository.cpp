#include "SkillRepository.h"

#include "ColumnReaders.h"
#include "database/ReadQuery.h"

namespace cg {

SkillRepository::SkillRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<Skill> SkillRepository::all(QString* error) const
{
    // O*NET's flags come from skill_technology, which the generator derives from exact matches of the skill's names.
    // Views sort by their own (translated) keys, so the catalogue comes in stored order: sorting wide rows here cost as
    // much as reading them.
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT k.slug, k.name, k.kind, k.category, k.description, "
                       "       (SELECT count(*) FROM role_skill rs WHERE rs.skill_id = k.id), "
                       "       t.skill_id IS NOT NULL, coalesce(t.hot, 0), coalesce(t.in_demand_occupations, 0), "
                       "       EXISTS (SELECT 1 FROM skill_premium p WHERE p.skill_id = k.id) "
                       "FROM skill k LEFT JOIN skill_technology t ON t.skill_id = k.id "
                       "ORDER BY k.id"),
        {},
        [](const ReadQuery& row) {
            Skill skill;
            skill.slug = row.value(0).toString();
            skill.name = row.value(1).toString();
            skill.kind = row.value(2).toString();
            skill.category = row.value(3).toString();
            skill.description = row.value(4).toString();
            skill.roleCount = row.value(5).toInt();
            skill.technologyMatched = row.value(6).toBool();
            skill.hot = row.value(7).toBool();
            skill.inDemandOccupations = row.value(8).toInt();
            skill.hasPremium = row.value(9).toBool();
            return skill;
        },
        error);
}

QHash<QString, QString> SkillRepository::namesTaughtBySteps(QString* error) const
{
    QHash<QString, QString> names;
    ReadQuery query(m_db);
    query.select(QStringLiteral("SELECT slug, name FROM skill WHERE id IN (SELECT skill_id FROM step_skill)"));
    while (query.next())
        names.insert(query.value(0).toString(), query.value(1).toString());
    return query.result(names, error);
}

QList<SkillTechnology> SkillRepository::technologies(const QString& skillSlug, QString* error) const
{
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT t.soc_code, o.title, t.example, t.hot, t.in_demand, "
                       "       t.source_id, s.title, s.publisher, '', '', '', s.as_of FROM skill k "
                       "JOIN occupation_technology t ON lower(t.example) IN "
                       "     (SELECT lower(k.name) UNION SELECT lower(n.example) FROM skill_onet_name n "
                       "      WHERE n.skill_id = k.id) "
                       "JOIN occupation o ON o.soc_code = t.soc_code JOIN source s ON s.id = t.source_id "
                       "WHERE k.slug = ? ORDER BY t.in_demand DESC, o.title"),
        {skillSlug},
        [](const ReadQuery& row) {
            return SkillTechnology{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                   row.value(3).toBool(),   row.value(4).toBool(),   sourceRefAt(row.query(), 5)};
        },
        error);
}

QList<SkillPremium> SkillRepository::premiums(const QString& skillSlug, QString* error) const
{
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT r.slug, r.name, p.percent, p.note, p.doubtful, "
                       "       p.source_id, s.title, s.publisher, coalesce(p.origin_id, ''), coalesce(g.title, ''), "
                       "       coalesce(g.publisher, ''), p.as_of "
                       "FROM skill_premium p JOIN skill k ON k.id = p.skill_id JOIN role r ON r.id = p.role_id "
                       "JOIN source s ON s.id = p.source_id LEFT JOIN source g ON g.id = p.origin_id "
                       "WHERE k.slug = ? ORDER BY p.id"),
        {skillSlug},
        [](const ReadQuery& row) {
            SkillPremium premium;
            premium.roleSlug = row.value(0).toString();
            premium.roleName = row.value(1).toString();
            premium.percent = row.value(2).toString();
            premium.note = row.value(3).toString();
            premium.doubtful = row.value(4).toBool();
            premium.source = sourceRefAt(row.query(), 5);
            return premium;
        },
        error);
}

QList<SkillStep> SkillRepository::stepsTeaching(const QString& skillSlug, QString* error) const
{
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT p.slug || '/' || st.slug, st.title, p.name FROM step_skill ss "
                       "JOIN skill k ON k.id = ss.skill_id JOIN learning_step st ON st.id = ss.step_id "
                       "JOIN learning_path p ON p.id = st.path_id WHERE k.slug = ? ORDER BY p.id, st.position"),
        {skillSlug},
        [](const ReadQuery& row) {
            return SkillStep{row.value(0).toString(), row.value(1).toString(), row.value(2).toString()};
        },
        error);
}

namespace {

// The filter of a technology query, as SQL over technology_example and the values to bind into it.
QString technologyWhere(const TechnologyQuery& query, QVariantList* values)
{
    QStringList terms;
    if (!query.text.trimmed().isEmpty()) {
        terms.append(QStringLiteral("example LIKE ? ESCAPE '\\'"));
        values->append(SkillRepository::containsPattern(query.text.trimmed()));
    }
    if (query.hotOnly)
        terms.append(QStringLiteral("hot = 1"));
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

QString technologyOrder(const TechnologyQuery& query)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (query.order) {
    case TechnologyQuery::Order::Occupations:
        return QStringLiteral(" ORDER BY occupation_count") + direction + QStringLiteral(", example");
    case TechnologyQuery::Order::InDemand:
        return QStringLiteral(" ORDER BY in_demand_count") + direction + QStringLiteral(", example");
    case TechnologyQuery::Order::Name:
        break;
    }
    // The key's NOCASE collation: the primary key gives this order without sorting.
    return QStringLiteral(" ORDER BY example") + direction;
}

TechnologyExample technologyAt(const ReadQuery& row)
{
    TechnologyExample technology;
    technology.name = row.value(0).toString();
    technology.occupationCount = row.value(1).toInt();
    technology.hot = row.value(2).toBool();
    technology.inDemandCount = row.value(3).toInt();
    return technology;
}

} // namespace

QList<OnetElement> SkillRepository::onetElements(QString* error) const
{
    // The counts are the importer's (onet_element_summary): grouping every rating here cost some 60 ms. The group is
    // the element one level up: "2.A.1" for "2.A.1.a", "2.C" for "2.C.10".
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT s.element_id, s.domain, e.name, e.description, coalesce(p.name, ''), "
                       "       s.important_occupations "
                       "FROM onet_element_summary s JOIN onet_element e ON e.element_id = s.element_id "
                       "LEFT JOIN onet_element p "
                       "     ON p.element_id = rtrim(rtrim(s.element_id, 'abcdefghijklmnopqrstuvwxyz0123456789'), '.') "
                       "ORDER BY s.element_id"),
        {},
        [](const ReadQuery& row) {
            OnetElement element;
            element.elementId = row.value(0).toString();
            element.domain = row.value(1).toString();
            element.name = row.value(2).toString();
            element.description = row.value(3).toString();
            element.group = row.value(4).toString();
            element.importantOccupations = row.value(5).toInt();
            return element;
        },
        error);
}

ElementOccupations SkillRepository::elementOccupations(const QString& elementId, int limit, QString* error) const
{
    // Both statements share one filter: the rows counted are the rows listed.
    static const QString important =
        QStringLiteral("r.element_id = ? AND r.suppressed = 0 AND coalesce(r.not_relevant, 0) = 0 "
                       "AND CAST(r.importance AS REAL) >= ?");
    ElementOccupations result;
    ReadQuery query(m_db);
    query.select(QStringLiteral("SELECT count(*) FROM occupation_rating r WHERE ") + important,
                 {elementId, ElementOccupations::MinimumImportance});
    if (query.next())
        result.total = query.value(0).toInt();
    query.selectInto(&result.top,
                     QStringLiteral("SELECT r.soc_code, o.title, r.importance, r.level, "
                                    "       s.id, s.title, s.publisher, '', '', '', s.as_of "
                                    "FROM occupation_rating r JOIN occupation o ON o.soc_code = r.soc_code "
                                    "JOIN source s ON s.id = r.source_id WHERE ") +
                         important +
                         QStringLiteral(" ORDER BY CAST(r.importance AS REAL) DESC, CAST(r.level AS REAL) DESC, "
                                        "o.title LIMIT ?"),
                     {elementId, ElementOccupations::MinimumImportance, limit}, [](const ReadQuery& row) {
                         return ElementOccupation{row.value(0).toString(), row.value(1).toString(),
                                                  row.value(2).toString(), row.value(3).toString(),
                                                  sourceRefAt(row.query(), 4)};
                     });
    return query.result(result, error);
}

int SkillRepository::technologyCount(const TechnologyQuery& query, QString* error) const
{
    QVariantList values;
    const QString where = technologyWhere(query, &values);
    ReadQuery read(m_db);
    int count = 0;
    read.select(QStringLiteral("SELECT count(*) FROM technology_example") + where, values);
    if (read.next())
        count = read.value(0).toInt();
    return read.result(count, error);
}

QList<TechnologyExample> SkillRepository::technologyPage(const TechnologyQuery& query, int offset, int limit,
                                                         QString* error) const
{
    QVariantList values;
    const QString where = technologyWhere(query, &values);
    values << limit << offset;
    return ReadQuery::readRows(m_db,
                               QStringLiteral("SELECT example, occupation_count, hot, in_demand_count "
                                              "FROM technology_example") +
                                   where + technologyOrder(query) + QStringLiteral(" LIMIT ? OFFSET ?"),
                               values, technologyAt, error);
}

QList<SkillTechnology> SkillRepository::technologyOccupations(const QString& name, QString* error) const
{
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT t.soc_code, o.title, t.example, t.hot, t.in_demand, "
                       "       t.source_id, s.title, s.publisher, '', '', '', s.as_of FROM occupation_technology t "
                       "JOIN occupation o ON o.soc_code = t.soc_code JOIN source s ON s.id = t.source_id "
                       "WHERE lower(t.example) = lower(?) ORDER BY t.in_demand DESC, o.title"),
        {name},
        [](const ReadQuery& row) {
            return SkillTechnology{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                   row.value(3).toBool(),   row.value(4).toBool(),   sourceRefAt(row.query(), 5)};
        },
        error);
}

QString SkillRepository::containsPattern(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('%');
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

} // namespace cg
