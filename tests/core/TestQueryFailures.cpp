// A read that fails is never taken for an empty or partial result: every repository read, on a copy of the content
// database with the table it needs dropped (after the first of its statements has succeeded, where it has several),
// returns an empty value and hands the reason to the caller that asked for it, or else to QueryErrors, which the
// main window shows.
#include "TestSupport.h"
#include "database/QueryErrors.h"
#include "database/ReadQuery.h"
#include "repositories/LearningRepository.h"
#include "repositories/OccupationRepository.h"
#include "repositories/OfficialWageRepository.h"
#include "repositories/RoleRepository.h"
#include "repositories/SalaryRepository.h"
#include "repositories/SearchRepository.h"
#include "repositories/SkillRepository.h"
#include "repositories/SourceRepository.h"
#include "repositories/TipRepository.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace cg;

namespace {
// One read: true when what it returned is empty. `error` is passed on to the repository as it is.
using Read = std::function<bool(const QSqlDatabase& db, QString* error)>;

struct Case
{
    const char* name;
    const char* table; // dropped from the copy
    Read read;
};

const QString Role = QStringLiteral("backend-developer");
const QString Skill = QStringLiteral("linux"); // with steps, roles, O*NET technology and a premium
const QString Code = QStringLiteral("15-1252.00");

const QList<Case>& cases()
{
    static const QList<Case> all{
        {"roles", "occupation_projection", [](auto db, auto e) { return RoleRepository(db).all(e).isEmpty(); }},
        // The role row is read, its facts are not: no half a role.
        {"role detail", "role_fact", [](auto db, auto e) { return !RoleRepository(db).detail(Role, e).isValid(); }},
        {"roles needing", "role_skill",
         [](auto db, auto e) { return RoleRepository(db).rolesNeeding(Skill, e).isEmpty(); }},
        {"skills", "skill_technology", [](auto db, auto e) { return SkillRepository(db).all(e).isEmpty(); }},
        {"skills taught", "step_skill",
         [](auto db, auto e) { return SkillRepository(db).namesTaughtBySteps(e).isEmpty(); }},
        {"technologies", "occupation_technology",
         [](auto db, auto e) { return SkillRepository(db).technologies(Skill, e).isEmpty(); }},
        {"skill premiums", "skill_premium",
         [](auto db, auto e) { return SkillRepository(db).premiums(Skill, e).isEmpty(); }},
        {"steps teaching", "learning_step",
         [](auto db, auto e) { return SkillRepository(db).stepsTeaching(Skill, e).isEmpty(); }},
        {"salary figures", "salary_figure", [](auto db, auto e) { return SalaryRepository(db).all(e).isEmpty(); }},
        {"premiums", "skill_premium", [](auto db, auto e) { return SalaryRepository(db).premiums(e).isEmpty(); }},
        {"official wages", "occupation_wage",
         [](auto db, auto e) { return OfficialWageRepository(db).roleWages(e).isEmpty(); }},
        {"routes", "route_source", [](auto db, auto e) { return LearningRepository(db).routes(e).isEmpty(); }},
        {"paths", "learning_path", [](auto db, auto e) { return LearningRepository(db).paths(e).isEmpty(); }},
        // The path and its steps are read, the steps' resources are not.
        {"path", "step_resource", [](auto db, auto e) { return LearningRepository(db).path(Role, e).steps.isEmpty(); }},
        {"sources", "source_citation", [](auto db, auto e) { return SourceRepository(db).all(e).isEmpty(); }},
        {"source title", "source",
         [](auto db, auto e) {
             return SourceRepository(db).title(QStringLiteral("onet-29-3"), e) == QLatin1String("onet-29-3");
         }},
        {"tips", "tip_source", [](auto db, auto e) { return TipRepository(db).tips(e).isEmpty(); }},
        {"faqs", "faq_source", [](auto db, auto e) { return TipRepository(db).faqs(e).isEmpty(); }},
        // The occupation is read, its projection is not.
        {"occupation", "occupation_projection",
         [](auto db, auto e) { return !OccupationRepository(db).occupation(Code, e).isValid(); }},
        {"occupation title", "occupation",
         [](auto db, auto e) { return OccupationRepository(db).title(Code, e).isEmpty(); }},
        {"wage", "occupation_wage", [](auto db, auto e) { return !OccupationRepository(db).wage(Code, e).isValid(); }},
        {"projection", "occupation_projection",
         [](auto db, auto e) { return !OccupationRepository(db).projection(Code, e).isValid(); }},
        {"roles of an occupation", "role_occupation",
         [](auto db, auto e) { return OccupationRepository(db).rolesFor(Code, e).isEmpty(); }},
    };
    return all;
}
} // namespace

class TestQueryFailures final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;

    // Opens a copy of the content database without `table`, as the app would read it: read-only.
    bool openWithout(const QString& table)
    {
        const QString path = cg::test::copyOfContentDatabase(m_dir.filePath(table + QStringLiteral(".sqlite")));
        if (path.isEmpty() || !cg::test::execute(path, QStringLiteral("DROP TABLE %1").arg(table)))
            return false;
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        return m_db.open();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    }

    void readsSucceedOnTheWholeDatabase()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        m_db.setDatabaseName(cg::test::contentDatabasePath());
        QVERIFY(m_db.open());
        QSignalSpy reported(QueryErrors::instance(), &QueryErrors::failed);
        for (const Case& read : cases()) {
            QString error;
            QVERIFY2(!read.read(m_db, &error), read.name);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(!read.read(m_db, nullptr), read.name);
        }
        QCOMPARE(reported.count(), 0);
    }

    void aFailedReadGivesNothingAndSaysWhy_data()
    {
        QTest::addColumn<int>("index");
        for (qsizetype i = 0; i < cases().size(); ++i)
            QTest::newRow(cases().at(i).name) << int(i);
    }

    void aFailedReadGivesNothingAndSaysWhy()
    {
        QFETCH(int, index);
        const Case& read = cases().at(index);
        const QString table = QString::fromLatin1(read.table);
        QVERIFY(openWithout(table));
        const QString reason = QStringLiteral("no such table: %1").arg(table);

        // A caller that asks for the error gets it, and nothing is reported besides.
        QSignalSpy reported(QueryErrors::instance(), &QueryErrors::failed);
        QString error;
        QVERIFY(read.read(m_db, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(reported.count(), 0);

        // One that does not is not left with an empty page and no word: QueryErrors has the reason.
        QVERIFY(read.read(m_db, nullptr));
        QVERIFY(reported.count() >= 1);
        QVERIFY2(reported.constFirst().constFirst().toString().contains(reason),
                 qPrintable(reported.constFirst().constFirst().toString()));
    }

    void aFailedSearchSaysWhy()
    {
        QVERIFY(openWithout(QStringLiteral("search_index")));
        const SearchRepository::Result result = SearchRepository(m_db).search(QStringLiteral("developer"));
        QVERIFY(result.hits.isEmpty());
        QCOMPARE(result.total(), 0);
        QVERIFY2(result.error.contains(QStringLiteral("no such table: search_index")), qPrintable(result.error));
    }

    // Later statements of a failed read do not run, and next() gives no rows.
    void aReadStopsAtItsFirstFailure()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        ReadQuery query(m_db);
        QVERIFY(query.select(QStringLiteral("SELECT 1")));
        QVERIFY(query.next());
        QVERIFY(!query.select(QStringLiteral("SELECT * FROM nowhere")));
        QVERIFY(query.failed());
        QVERIFY(!query.select(QStringLiteral("SELECT 2")));
        QVERIFY(!query.next());
        QString error;
        QCOMPARE(query.result(QStringLiteral("partial"), &error), QString());
        QVERIFY2(error.contains(QStringLiteral("no such table: nowhere")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestQueryFailures)
#include "TestQueryFailures.moc"
