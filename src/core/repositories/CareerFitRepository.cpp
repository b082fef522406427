#include "CareerFitRepository.h"

#include "database/ReadQuery.h"
#include "repositories/CatalogueRepository.h"
#include "user/SkillAssessmentStore.h"

namespace cg {

CareerFitRepository::CareerFitRepository(QSqlDatabase db) : m_db(std::move(db)) {}

qint64 CareerFitRepository::hundredths(const QString& published)
{
    const QString text = published.trimmed();
    const qsizetype point = text.indexOf(u'.');
    const QString whole = point < 0 ? text : text.left(point);
    QString fraction = point < 0 ? QString() : text.mid(point + 1);
    if (whole.isEmpty() || whole.size() > 6 || fraction.size() > 2)
        return -1;
    while (fraction.size() < 2)
        fraction += u'0';
    qint64 value = 0;
    for (const QChar c : whole + fraction) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QList<CareerProfile> CareerFitRepository::profiles(QString* error) const
{
    // An empty catalogue is a failed read (reported by the catalogue) or a database without careers: no ranking.
    const QList<CatalogueEntry> entries = CatalogueRepository(m_db).all(error);
    if (entries.isEmpty())
        return {};

    ReadQuery query(m_db);
    struct SourceInfo
    {
        QString title;
        QString asOf;
    };
    QHash<QString, SourceInfo> sources;
    query.select(QStringLiteral("SELECT id, title, as_of FROM source"));
    while (query.next())
        sources.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString()});

    QHash<QString, QList<CareerNeed>> needs;
    query.select(QStringLiteral("SELECT r.slug, k.slug, k.name, s.importance FROM role_skill s "
                                "JOIN role r ON r.id = s.role_id JOIN skill k ON k.id = s.skill_id "
                                "ORDER BY r.slug, s.importance DESC, k.name"));
    while (query.next())
        needs[query.value(0).toString()].append(
            {query.value(1).toString(), query.value(2).toString(), query.value(3).toLongLong()});
    query.select(QStringLiteral("SELECT soc_code, element_id, element_name, importance, level "
                                "FROM occupation_rating WHERE suppressed = 0 AND coalesce(not_relevant, 0) = 0 "
                                "ORDER BY soc_code, element_id"));
    while (query.next()) {
        const qint64 importance = hundredths(query.value(3).toString());
        const qint64 level = hundredths(query.value(4).toString());
        if (importance <= 0 || level <= 0)
            continue;
        needs[query.value(0).toString()].append(
            {SkillAssessmentStore::onetKey(query.value(1).toString()), query.value(2).toString(), importance * level});
    }
    if (!query.succeeded(error))
        return {};

    QHash<QString, QString> titles;
    for (const CatalogueEntry& entry : entries) {
        if (!entry.isRole())
            titles.insert(entry.key, entry.title);
    }
    QList<CareerProfile> profiles;
    profiles.reserve(entries.size());
    for (const CatalogueEntry& entry : entries) {
        CareerProfile profile;
        profile.kind = entry.kind;
        profile.key = entry.key;
        profile.title = entry.title;
        profile.occupationCode = entry.occupationCode;
        profile.needs = needs.value(entry.key);
        if (!entry.annualMedian.isEmpty() && !entry.wageSourceId.isEmpty()) {
            const SourceInfo source = sources.value(entry.wageSourceId);
            profile.pay.annualMedian = entry.annualMedian;
            profile.pay.sourceId = entry.wageSourceId;
            profile.pay.sourceTitle = source.title;
            profile.pay.asOf = source.asOf;
            profile.pay.occupationCode = entry.occupationCode;
            profile.pay.occupationTitle = titles.value(entry.occupationCode);
            profile.pay.ofRoleOccupation = entry.isRole();
        }
        profiles.append(std::move(profile));
    }
    return profiles;
}

QHash<QString, QStringList> CareerFitRepository::skillElements(QString* error) const
{
    QHash<QString, QStringList> elements;
    ReadQuery query(m_db);
    query.select(QStringLiteral("SELECT k.slug, e.element_id FROM skill k "
                                "JOIN onet_element e ON lower(e.name) IN "
                                "     (SELECT lower(k.name) UNION SELECT lower(n.example) FROM skill_onet_name n "
                                "      WHERE n.skill_id = k.id) "
                                "WHERE e.element_id IN (SELECT element_id FROM onet_element_summary) "
                                "ORDER BY k.slug, e.element_id"));
    while (query.next())
        elements[query.value(0).toString()].append(SkillAssessmentStore::onetKey(query.value(1).toString()));
    return query.result(elements, error);
}

QList<OccupationRelated> CareerFitRepository::related(const QString& socCode, QString* error) const
{
    return ReadQuery::readRows(
        m_db,
        QStringLiteral("SELECT r.related_code, r.related_title, r.tier, "
                       "       EXISTS (SELECT 1 FROM occupation o WHERE o.soc_code = r.related_code) "
                       "FROM occupation_related r WHERE r.soc_code = ? ORDER BY r.position"),
        {socCode},
        [](const ReadQuery& row) {
            return OccupationRelated{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                                     row.value(3).toBool()};
        },
        error);
}

} // namespace cg
