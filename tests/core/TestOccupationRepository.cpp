// The official occupation data as the Roles tab reads it: O*NET, OEWS wages and projections, by code.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "repositories/OccupationRepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestOccupationRepository : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

    QString scalar(const QString& sql, const QString& bound) const
    {
        QSqlQuery query(m_content.database());
        query.prepare(sql);
        query.addBindValue(bound);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void softwareDevelopersAreNotRated()
    {
        const cg::OccupationRepository repository(m_content.database());
        const cg::Occupation occupation = repository.occupation(QStringLiteral("15-1252.00"));
        QVERIFY(occupation.isValid());
        QCOMPARE(occupation.title, QStringLiteral("Software Developers"));
        QVERIFY(!occupation.rated);
        QVERIFY(occupation.ratings.isEmpty());
        QVERIFY(occupation.tasks.size() >= 10);
        QVERIFY(!occupation.technologies.isEmpty());
        QCOMPARE(occupation.sourceId, QStringLiteral("onet-29-3"));
        QVERIFY(occupation.jobZone.zone >= 1 && occupation.jobZone.zone <= 5);
        QVERIFY(!occupation.jobZone.name.isEmpty());
    }

    void readsReportedTitlesInReleaseOrder()
    {
        const cg::OccupationRepository repository(m_content.database());
        const cg::Occupation nurses = repository.occupation(QStringLiteral("29-1141.00"));
        QVERIFY(nurses.isValid());
        QCOMPARE(nurses.reportedTitles.size(),
                 scalar(QStringLiteral("SELECT count(*) FROM occupation_reported_title WHERE soc_code = ?"),
                        QStringLiteral("29-1141.00"))
                     .toInt());
        QVERIFY(nurses.reportedTitles.contains(QStringLiteral("Charge Nurse")));
        QCOMPARE(nurses.reportedTitles.constFirst(),
                 scalar(QStringLiteral("SELECT title FROM occupation_reported_title WHERE soc_code = ? "
                                       "AND position = 1"),
                        QStringLiteral("29-1141.00")));
    }

    void ratedOccupationCarriesRatingsAndFlags()
    {
        const cg::OccupationRepository repository(m_content.database());
        const cg::Occupation web = repository.occupation(QStringLiteral("15-1254.00"));
        QVERIFY(web.rated);
        QVERIFY(!web.ratings.isEmpty());
        // Sorted by importance within each domain, strings untouched.
        QString previousDomain;
        double previous = 6;
        for (const cg::OccupationRating& rating : web.ratings) {
            if (rating.domain != previousDomain) {
                previousDomain = rating.domain;
                previous = 6;
            }
            QVERIFY(rating.importance.toDouble() <= previous);
            previous = rating.importance.toDouble();
        }
        const QString expected = scalar(QStringLiteral("SELECT importance FROM occupation_rating WHERE soc_code = ? "
                                                       "AND element_name = 'Programming'"),
                                        QStringLiteral("15-1254.00"));
        const auto programming = std::find_if(web.ratings.cbegin(), web.ratings.cend(),
                                              [](const auto& r) { return r.name == QLatin1String("Programming"); });
        QVERIFY(programming != web.ratings.cend());
        QCOMPARE(programming->importance, expected);

        // Suppressed estimates are carried with their flag so the page can mark them.
        const cg::Occupation managers = repository.occupation(QStringLiteral("11-3021.00"));
        const qsizetype suppressed = std::count_if(managers.ratings.cbegin(), managers.ratings.cend(),
                                                   [](const auto& r) { return r.suppressed; });
        QCOMPARE(QString::number(suppressed),
                 scalar(QStringLiteral("SELECT count(*) FROM occupation_rating WHERE soc_code = ? AND suppressed = 1"),
                        QStringLiteral("11-3021.00")));
        QVERIFY(suppressed > 0);
    }

    void wagesAreKeyedBySixDigitCode()
    {
        const cg::OccupationRepository repository(m_content.database());
        const cg::OccupationWage wage = repository.wage(QStringLiteral("15-1252.00"));
        QVERIFY(wage.isValid());
        QCOMPARE(wage.occCode, QStringLiteral("15-1252"));
        QCOMPARE(wage.annualMedian,
                 scalar(QStringLiteral("SELECT annual_median FROM occupation_wage WHERE occ_code = ? "
                                       "AND o_group = 'detailed'"),
                        QStringLiteral("15-1252")));
        QCOMPARE(wage.sourceId, QStringLiteral("bls-oews-2024"));
        // Several O*NET occupations share one BLS row.
        QCOMPARE(repository.wage(QStringLiteral("15-1299.05")).occCode, QStringLiteral("15-1299"));
        // The top-coded marker survives as published.
        QCOMPARE(repository.wage(QStringLiteral("11-3021.00")).annualP90, QStringLiteral("#"));
        QVERIFY(!repository.wage(QStringLiteral("99-9999.00")).isValid());
    }

    void projections()
    {
        const cg::OccupationRepository repository(m_content.database());
        const cg::OccupationProjection projection = repository.projection(QStringLiteral("15-1252.00"));
        QVERIFY(projection.isValid());
        QCOMPARE(projection.changePercent,
                 scalar(QStringLiteral("SELECT change_percent FROM occupation_projection WHERE occ_code = ?"),
                        QStringLiteral("15-1252")));
        QCOMPARE(projection.sourceId, QStringLiteral("bls-projections-2024-34"));
        const cg::OccupationProjection all = repository.allOccupationsProjection();
        QVERIFY(all.isValid());
        QVERIFY(!all.changePercent.isEmpty());
    }

    void rolesForAnOccupation()
    {
        const cg::OccupationRepository repository(m_content.database());
        const QStringList roles = repository.rolesFor(QStringLiteral("15-1252.00"));
        QVERIFY(roles.contains(QStringLiteral("backend-developer")));
        QCOMPARE(roles.first(), QStringLiteral("backend-developer"));
        QVERIFY(repository.rolesFor(QStringLiteral("11-3021.00")).isEmpty());
        QVERIFY(repository.rolesFor(QStringLiteral("x'); --")).isEmpty());
        QVERIFY(!repository.occupation(QStringLiteral("x'); --")).isValid());
    }

    void relatedOccupationsKnowWhetherTheyAreInTheBuild()
    {
        const cg::OccupationRepository repository(m_content.database());
        const cg::Occupation web = repository.occupation(QStringLiteral("15-1254.00"));
        QVERIFY(!web.related.isEmpty());
        bool sawAvailable = false;
        for (const cg::OccupationRelated& related : web.related) {
            QCOMPARE(related.available, repository.occupation(related.socCode).isValid());
            sawAvailable = sawAvailable || related.available;
        }
        QVERIFY(sawAvailable);

        // The shipped database holds every occupation, so a link to one outside it is made in a copy.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("content.sqlite"));
        QVERIFY(QFile::copy(cg::test::contentDatabasePath(), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crafted"));
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery insert(db);
            QVERIFY(insert.prepare(QStringLiteral(
                "INSERT INTO occupation_related (soc_code, related_code, related_title, tier, position, source_id) "
                "SELECT soc_code, '99-9999.00', 'Not In This Build', tier, 99, source_id FROM occupation_related "
                "WHERE soc_code = ? LIMIT 1")));
            insert.addBindValue(QStringLiteral("15-1254.00"));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            QCOMPARE(insert.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crafted"));

        cg::ContentDatabase crafted;
        QVERIFY2(crafted.open(copy), qPrintable(crafted.errorString()));
        const cg::Occupation linked =
            cg::OccupationRepository(crafted.database()).occupation(QStringLiteral("15-1254.00"));
        bool sawMissing = false;
        for (const cg::OccupationRelated& related : linked.related) {
            if (related.socCode == QStringLiteral("99-9999.00")) {
                QVERIFY(!related.available);
                sawMissing = true;
            } else {
                QVERIFY(related.available);
            }
        }
        QVERIFY(sawMissing);
    }
};

QTEST_GUILESS_MAIN(TestOccupationRepository)
#include "TestOccupationRepository.moc"
