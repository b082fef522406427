// Pay data from the generated content database, as the Salaries tab reads it: official OEWS wages per linked role
// (detailed rows preferred, markers kept), stated skill premiums, entries with stable keys, and the roles whose pay
// a source states by experience.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "repositories/OfficialWageRepository.h"
#include "repositories/SalaryRepository.h"
#include "salary/ExperienceProfiles.h"
#include "salary/SalaryEntry.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

class TestSalaryData final : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

    QList<cg::SalaryEntry> entries() const
    {
        QList<cg::SalaryEntry> result;
        for (const cg::SalaryFigure& figure : cg::SalaryRepository(m_content.database()).all())
            result.append(cg::SalaryEntry::fromFigure(figure));
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void officialWagesPerLinkedRole()
    {
        const QList<cg::RoleWage> wages = cg::OfficialWageRepository(m_content.database()).roleWages();
        // One row per role and BLS code, for every role_occupation link whose BLS code has wages.
        QSqlQuery links(m_content.database());
        QVERIFY(links.exec(QStringLiteral(
            "SELECT count(DISTINCT ro.role_id || '|' || substr(ro.soc_code, 1, 7)) FROM role_occupation ro "
            "WHERE EXISTS (SELECT 1 FROM occupation_wage w WHERE w.occ_code = substr(ro.soc_code, 1, 7))")));
        QVERIFY(links.next());
        QCOMPARE(wages.size(), links.value(0).toInt());
        QSet<QString> seen;
        for (const cg::RoleWage& wage : wages) {
            QVERIFY(!seen.contains(wage.roleSlug + wage.wage.occCode));
            seen.insert(wage.roleSlug + wage.wage.occCode);
            QCOMPARE(wage.wage.occCode, wage.socCode.left(7));
            QCOMPARE(wage.source.sourceId, QStringLiteral("bls-oews-2024"));
            QCOMPARE(wage.source.asOf, QStringLiteral("2024-05"));
        }

        const auto software = std::find_if(wages.begin(), wages.end(), [](const cg::RoleWage& wage) {
            return wage.roleSlug == QLatin1String("backend-developer") && wage.wage.occCode == QLatin1String("15-1252");
        });
        QVERIFY(software != wages.end());
        const cg::SalaryEntry entry = cg::SalaryEntry::fromRoleWage(*software);
        QVERIFY(entry.isOfficial());
        QCOMPARE(entry.key, QStringLiteral("oews:backend-developer|15-1252"));
        QCOMPARE(entry.country, QStringLiteral("US"));
        QCOMPARE(entry.period, QStringLiteral("year"));
        QCOMPARE(entry.conversionDate(), QDate(2024, 5, 31));
        // As published for Software Developers, May 2024.
        QCOMPARE(entry.amount.amount, *cg::Money::parse(QStringLiteral("133080"), QStringLiteral("USD")));
        QCOMPARE(entry.range.p10.amount.minorUnits(), qint64(7985000));
        QCOMPARE(entry.range.p90.amount.minorUnits(), qint64(21145000));
        QVERIFY(entry.note.contains(QStringLiteral("15-1252.00")));
    }

    void topCodedWagesStayMarkers()
    {
        // Computer and Information Systems Managers: BLS prints '#' for the 90th percentile.
        cg::RoleWage manager;
        manager.roleSlug = QStringLiteral("it-manager");
        manager.socCode = QStringLiteral("11-3021.00");
        manager.wage.occCode = QStringLiteral("11-3021");
        manager.wage.annualP10 = QStringLiteral("104450");
        manager.wage.annualP25 = QStringLiteral("134350");
        manager.wage.annualMedian = QStringLiteral("171200");
        manager.wage.annualP75 = QStringLiteral("216220");
        manager.wage.annualP90 = QStringLiteral("#");
        const cg::SalaryEntry entry = cg::SalaryEntry::fromRoleWage(manager);
        QCOMPARE(entry.range.p90.kind, cg::StatedAmount::Kind::AtLeast);
        QCOMPARE(entry.range.p90.text(QLocale::c()), QStringLiteral("at least $239,200"));
        QVERIFY(entry.note.contains(QStringLiteral("p90 at least $239,200")));
        manager.wage.annualMedian = QStringLiteral("*");
        QCOMPARE(cg::SalaryEntry::fromRoleWage(manager).amount.kind, cg::StatedAmount::Kind::NoEstimate);
    }

    void figureKeysAreUniqueAndStable()
    {
        const QList<cg::SalaryEntry> all = entries();
        QSet<QString> keys;
        for (const cg::SalaryEntry& entry : all) {
            QVERIFY2(!keys.contains(entry.key), qPrintable(entry.key));
            keys.insert(entry.key);
            QVERIFY2(entry.conversionDate().isValid(), qPrintable(entry.asOf()));
            QVERIFY(!entry.sourceLabel.isEmpty());
        }
        // Reading again gives the same keys: saved comparisons find their figures.
        QStringList again;
        for (const cg::SalaryEntry& entry : entries())
            again.append(entry.key);
        QCOMPARE(QSet<QString>(again.begin(), again.end()), keys);
        // Forage quotes two Glassdoor averages for all back-end developers that differ only in the amount.
        int forageGlassdoorAll = 0;
        for (const cg::SalaryEntry& entry : all) {
            if (entry.roleSlug == QLatin1String("backend-developer") && entry.experience == QLatin1String("all") &&
                entry.source.sourceId == QLatin1String("forage-what-is-backend-developer") &&
                entry.source.originId == QLatin1String("glassdoor"))
                ++forageGlassdoorAll;
        }
        QCOMPARE(forageGlassdoorAll, 2);
    }

    void premiumsAreAsStated()
    {
        const QList<cg::PremiumStatement> premiums = cg::SalaryRepository(m_content.database()).premiums();
        QCOMPARE(premiums.size(), 5);
        QCOMPARE(premiums.first().skillName, QStringLiteral("Linux"));
        QCOMPARE(premiums.first().summary(),
                 QStringLiteral("+91% vs peers without Linux — GLOMASTCO Ltd., 2022 ⚠ doubtful"));
        // Largest first, as the decimals they are stated as (9 < 11 although "9" > "11" as text).
        QCOMPARE(premiums.last().percent, QStringLiteral("9"));
        QCOMPARE(premiums.at(3).percent, QStringLiteral("11"));
        QVERIFY(!premiums.last().summary().contains(QStringLiteral("doubtful")));
    }

    void experienceProfilesAreTheGlassdoorTable()
    {
        const QList<cg::ExperienceProfile> profiles = cg::ExperienceProfiles::build(entries());
        QStringList roles;
        for (const cg::ExperienceProfile& profile : profiles) {
            roles.append(profile.roleSlug);
            QCOMPARE(profile.bandKeys(),
                     (QStringList{QStringLiteral("0-1"), QStringLiteral("all"), QStringLiteral("15+")}));
            QCOMPARE(profile.currency, QStringLiteral("USD"));
            QCOMPARE(profile.sourceLabel, QStringLiteral("Glassdoor via Forage"));
            for (const cg::SalaryEntry& band : profile.bands)
                QVERIFY(!band.doubtful);
        }
        roles.sort();
        QCOMPARE(roles, (QStringList{QStringLiteral("backend-developer"), QStringLiteral("devops-engineer"),
                                     QStringLiteral("frontend-developer"), QStringLiteral("fullstack-developer"),
                                     QStringLiteral("security-engineer")}));
        // The back-end "all levels" band is the $126,000 of the table, not the doubtful $97,000 quoted beside it.
        const auto backend = std::find_if(profiles.begin(), profiles.end(), [](const cg::ExperienceProfile& profile) {
            return profile.roleSlug == QLatin1String("backend-developer");
        });
        QCOMPARE(backend->bands.at(1).amount.amount.minorUnits(), qint64(12600000));
        // With a lower threshold the two GLOMASTCO bands for India qualify too.
        QVERIFY(cg::ExperienceProfiles::build(entries(), 2).size() > profiles.size());
    }
};

QTEST_GUILESS_MAIN(TestSalaryData)
#include "TestSalaryData.moc"
