// Repositories read the generated content database into value types.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "repositories/LearningRepository.h"
#include "repositories/RoleRepository.h"
#include "repositories/SalaryRepository.h"
#include "repositories/SkillRepository.h"
#include "repositories/SourceRepository.h"

#include <QSet>
#include <QTest>

#include <algorithm>

class TestRepositories : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void rolesListJobTitlesBeforeGroups()
    {
        const QList<cg::RoleSummary> roles = cg::RoleRepository(m_content.database()).all();
        QVERIFY(roles.size() >= 2);
        QCOMPARE(roles.first().slug, QStringLiteral("backend-developer"));
        bool seenGroup = false;
        for (const cg::RoleSummary& role : roles) {
            QVERIFY(!(seenGroup && !role.isGroup));
            seenGroup = seenGroup || role.isGroup;
        }
    }

    void backendDeveloperDetail()
    {
        const cg::RoleDetail role =
            cg::RoleRepository(m_content.database()).detail(QStringLiteral("backend-developer"));
        QCOMPARE(role.summary.name, QStringLiteral("Back-end developer"));
        QVERIFY(role.summary.aliases.contains(QStringLiteral("Back-end engineer")));
        QVERIFY(role.duties.size() >= 10);
        for (const cg::RoleDuty& duty : role.duties) {
            QVERIFY(!duty.text.isEmpty());
            QVERIFY(!duty.sourceIds.isEmpty());
        }
        QVERIFY(!role.skills.isEmpty());
        for (qsizetype i = 1; i < role.skills.size(); ++i)
            QVERIFY(role.skills.at(i - 1).importance >= role.skills.at(i).importance);
        QVERIFY(role.occupationCodes.contains(QStringLiteral("15-1252.00")));
    }

    void unknownRoleGivesEmptyDetail()
    {
        const cg::RoleDetail role =
            cg::RoleRepository(m_content.database()).detail(QStringLiteral("no-such-role'; --"));
        QVERIFY(role.summary.slug.isEmpty());
        QVERIFY(role.duties.isEmpty());
    }

    void skillsHaveCategoriesAndRoles()
    {
        const QList<cg::Skill> skills = cg::SkillRepository(m_content.database()).all();
        QVERIFY(!skills.isEmpty());
        for (const cg::Skill& skill : skills) {
            QVERIFY(!skill.category.isEmpty());
            QVERIFY(skill.kind == QLatin1String("hard") || skill.kind == QLatin1String("soft"));
        }
        const QList<cg::RoleNeed> needs =
            cg::RoleRepository(m_content.database()).rolesNeeding(QStringLiteral("postgresql"));
        QVERIFY(!needs.isEmpty());
        QCOMPARE(needs.first().roleSlug, QStringLiteral("backend-developer"));
    }

    void salariesCarryTheirSource()
    {
        const QList<cg::SalaryFigure> figures = cg::SalaryRepository(m_content.database()).all();
        QVERIFY(!figures.isEmpty());
        for (const cg::SalaryFigure& figure : figures) {
            QVERIFY(figure.amountMinor > 0);
            QVERIFY(!figure.source.sourceTitle.isEmpty());
            QVERIFY(!figure.source.asOf.isEmpty());
            QVERIFY(figure.source.citation().contains(figure.source.asOf));
        }
    }

    void learningPathIsOrdered()
    {
        cg::LearningRepository learning(m_content.database());
        QVERIFY(!learning.routes().isEmpty());
        const QList<cg::LearningPath> paths = learning.paths();
        QVERIFY(!paths.isEmpty());
        const cg::LearningPath path = learning.path(paths.first().slug);
        QVERIFY(path.steps.size() >= 5);
        QSet<QString> earlier;
        for (const cg::LearningStep& step : path.steps) {
            QVERIFY(step.hours > 0);
            QVERIFY(!step.hoursBasis.isEmpty());
            for (const QString& prerequisite : step.prerequisites)
                QVERIFY2(earlier.contains(prerequisite), qPrintable(prerequisite));
            earlier.insert(step.slug);
        }
    }

    void learningPathHasTopicsAndProjects()
    {
        QString error;
        const cg::LearningPath path =
            cg::LearningRepository(m_content.database()).path(QStringLiteral("backend-developer"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto language = std::find_if(path.steps.cbegin(), path.steps.cend(), [](const cg::LearningStep& step) {
            return step.slug == QLatin1String("learn-a-server-side-language");
        });
        QVERIFY(language != path.steps.cend());
        QVERIFY(!language->project.title.isEmpty());
        QVERIFY(!language->project.brief.isEmpty());
        // Topics come in the order the content lists them, each with what it teaches and where to learn it.
        const cg::Topic& python = language->topics.first();
        QCOMPARE(python.slug, QStringLiteral("python-in-depth"));
        QCOMPARE(python.oneOf, QStringLiteral("server-side-language"));
        QCOMPARE(python.skills, QStringList{QStringLiteral("python")});
        QCOMPARE(python.technologies, QStringList{QStringLiteral("Python")});
        QVERIFY(python.hours > 0);
        QVERIFY(!python.what.isEmpty() && !python.why.isEmpty() && !python.hoursBasis.isEmpty());
        QCOMPARE(python.resources.first().kind, QStringLiteral("official documentation"));
        QCOMPARE(python.resources.first().url, QStringLiteral("https://docs.python.org/3/"));
        const auto group = std::find_if(path.groups.cbegin(), path.groups.cend(), [](const cg::TopicGroup& group) {
            return group.slug == QLatin1String("server-side-language");
        });
        QVERIFY(group != path.groups.cend());
        QVERIFY(!group->title.isEmpty());
        // The list of paths reads no steps, so no topics either.
        QVERIFY(cg::LearningRepository(m_content.database()).paths().first().steps.isEmpty());
    }

    void topicsTeachingASkill()
    {
        QString error;
        const cg::LearningRepository learning(m_content.database());
        const QList<cg::Topic> git = learning.topicsTeaching(QStringLiteral("git"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(git.size() >= 2);
        for (const cg::Topic& topic : git)
            QVERIFY2(topic.skills.contains(QStringLiteral("git")), qPrintable(topic.slug));
        QCOMPARE(git.first().slug, QStringLiteral("git-basics"));
        QVERIFY(learning.topicsTeaching(QStringLiteral("no-such-skill"), &error).isEmpty());
        QVERIFY(error.isEmpty());
    }

    void sourcesHaveTitles()
    {
        cg::SourceRepository sources(m_content.database());
        const QList<cg::Source> all = sources.all();
        QVERIFY(all.size() >= 5);
        for (const cg::Source& source : all)
            QCOMPARE(sources.title(source.id), source.title);
        QCOMPARE(sources.title(QStringLiteral("unknown-id")), QStringLiteral("unknown-id"));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
