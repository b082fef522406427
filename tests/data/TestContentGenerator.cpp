// careerguide-datagen's generator: reproducible bytes, and bad sources stop it with file, entry and reason.
#include "ContentGenerator.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestContentGenerator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;

    static QString sourceData() { return QDir(cg::test::sourceDir()).filePath(QStringLiteral("resources/data")); }

    static bool copyTree(const QString& from, const QString& to)
    {
        QDir source(from);
        if (!QDir().mkpath(to))
            return false;
        for (const QFileInfo& entry : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString target = QDir(to).filePath(entry.fileName());
            if (entry.isDir() ? !copyTree(entry.filePath(), target) : !QFile::copy(entry.filePath(), target))
                return false;
        }
        return true;
    }

    QJsonObject readJson(const QString& name)
    {
        QFile file(QDir(m_data).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    void writeJson(const QString& name, const QJsonObject& root)
    {
        QFile file(QDir(m_data).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
    }

    // The shipped database holds every occupation; the cases that break one entry need only the computer ones.
    bool generate(const QString& output, QString* error, bool allOccupations = false)
    {
        cg::ContentGenerator::Options options;
        options.dataDir = m_data;
        options.output = output;
        options.allOccupations = allOccupations;
        return cg::ContentGenerator::generate(options, error);
    }

    static QByteArray digest(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_data = m_dir->filePath(QStringLiteral("data"));
        QVERIFY(copyTree(sourceData(), m_data));
    }

    void sameSourcesGiveSameBytes()
    {
        QString error;
        const QString first = m_dir->filePath(QStringLiteral("a.sqlite"));
        const QString second = m_dir->filePath(QStringLiteral("b.sqlite"));
        QVERIFY2(generate(first, &error, true), qPrintable(error));
        QTest::qWait(1100); // a clock-dependent value would differ across this second
        QVERIFY2(generate(second, &error, true), qPrintable(error));
        QVERIFY(!digest(first).isEmpty());
        QCOMPARE(digest(first), digest(second));
        QCOMPARE(digest(first), digest(cg::test::contentDatabasePath()));
    }

    // Each row breaks one thing; the message must name the file, the entry and the reason.
    void badDataFailsWithFileEntryAndReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");     // array.index.field to change
        QTest::addColumn<QString>("value");    // JSON text of the new value
        QTest::addColumn<QString>("expected"); // text the message must contain
        QTest::newRow("unknown source")
            << "roles.json"
            << "roles.0.sources"
            << "[\"no-such-source\"]"
            << "roles.json: roles[0] (backend-developer): 'sources' names an unknown source 'no-such-source'";
        QTest::newRow("number amount") << "salaries.json"
                                       << "figures.0.amount"
                                       << "97000"
                                       << "salaries.json: figures[0]: 'amount' must be a decimal string";
        QTest::newRow("bad statistic") << "salaries.json"
                                       << "figures.1.statistic"
                                       << "\"mean-ish\""
                                       << "salaries.json: figures[1]: 'statistic' is 'mean-ish'";
        QTest::newRow("no date") << "salaries.json"
                                 << "figures.2.as_of"
                                 << "\"\""
                                 << "salaries.json: figures[2]: 'as_of' is empty";
        QTest::newRow("bad category") << "skills.json"
                                      << "skills.0.category"
                                      << "\"magic\""
                                      << "skills.json: skills[0]";
        QTest::newRow("no duties") << "roles.json"
                                   << "roles.1.duties"
                                   << "[]"
                                   << "a role needs at least one duty";
        QTest::newRow("unknown skill") << "roles.json"
                                       << "roles.0.skills.0.skill"
                                       << "\"cobol-9000\""
                                       << "unknown skill 'cobol-9000'";
        QTest::newRow("bad slug") << "skills.json"
                                  << "skills.0.slug"
                                  << "\"Not A Slug\""
                                  << "'slug' is not a valid identifier";
        QTest::newRow("forward prerequisite") << "learning.json"
                                              << "paths.0.steps.0.prerequisites"
                                              << "[\"no-step\"]"
                                              << "unknown earlier step 'no-step'";
        QTest::newRow("unknown O*NET name") << "skills.json"
                                            << "skills.0.onet"
                                            << "[\"Imaginary PHP Suite\"]"
                                            << "skill 'php': O*NET lists no technology named 'Imaginary PHP Suite'";
        QTest::newRow("O*NET name is the own name") << "skills.json"
                                                    << "skills.0.onet"
                                                    << "[\"php\"]"
                                                    << "skills.json: skills[0] (php): 'onet' repeats 'php'";
        QTest::newRow("zero hours") << "learning.json"
                                    << "paths.0.steps.0.hours"
                                    << "0"
                                    << "'hours' must be a whole number";
        QTest::newRow("topic without skills") << "topics.json"
                                              << "paths.0.steps.0.topics.0.skills"
                                              << "[]"
                                              << "topics.json: paths[0] (backend-developer): steps[0] "
                                                 "(learn-computing-basics): topics[0] (how-programs-run): a topic "
                                                 "must teach at least one skill";
        QTest::newRow("topic without resources") << "topics.json"
                                                 << "paths.0.steps.0.topics.0.resources"
                                                 << "[]"
                                                 << "a topic needs at least one resource";
        QTest::newRow("plain http resource") << "topics.json"
                                             << "paths.0.steps.0.topics.0.resources.0.url"
                                             << "\"http://docs.python.org/3/\""
                                             << "resources[0]: 'url' must be an https address";
        QTest::newRow("unknown topic group") << "topics.json"
                                             << "paths.0.steps.0.topics.0.one_of"
                                             << "\"no-such-group\""
                                             << "unknown topic group 'no-such-group'";
        QTest::newRow("group across steps") << "topics.json"
                                            << "paths.0.steps.0.topics.0.one_of"
                                            << "\"server-side-language\""
                                            << "topic group 'server-side-language' already has topics in another step";
        QTest::newRow("topics of an unknown step") << "topics.json"
                                                   << "paths.0.steps.0.step"
                                                   << "\"no-such-step\""
                                                   << "unknown step 'backend-developer/no-such-step'";
        QTest::newRow("duplicate topic slug") << "topics.json"
                                              << "paths.0.steps.0.topics.1.slug"
                                              << "\"how-programs-run\""
                                              << "duplicate topic slug";
        QTest::newRow("step without a project") << "topics.json"
                                                << "paths.0.steps.1.project"
                                                << "{}"
                                                << "steps[1] (earn-a-relevant-qualification): 'title'";
        // resources/data/README.md, "Sizes".
        const auto text = [](int length) { return QStringLiteral("\"%1\"").arg(QString(length, u'x')); };
        QTest::newRow("oversized paragraph")
            << "roles.json"
            << "roles.0.description" << text(20001)
            << "roles.json: roles[0] (backend-developer): 'description' is 20,001 characters long; the limit for a "
               "paragraph is 20,000";
        QTest::newRow("oversized name") << "skills.json"
                                        << "skills.1.name" << text(201)
                                        << "'name' is 201 characters long; the limit for a name is 200";
        QTest::newRow("oversized address")
            << "sources.json"
            << "sources.0.url" << text(2001) << "'url' is 2,001 characters long; the limit for a URL is 2,000";
        QTest::newRow("oversized alias") << "roles.json"
                                         << "roles.0.aliases" << QStringLiteral("[%1]").arg(text(201))
                                         << "an alias is 201 characters long";
        QTest::newRow("oversized step") << "learning.json"
                                        << "paths.0.steps.1.description" << text(20001)
                                        << "learning.json: paths[0] (backend-developer): steps[1]: 'description' is "
                                           "20,001 characters long";
        // Like the 52 MB text that took the app 19 s and 2.2 GB to open (a tenth of it, to spare the test).
        QTest::newRow("5 MB") << "learning.json"
                              << "faqs.0.answer" << text(5 * 1024 * 1024)
                              << "learning.json: faqs[0]: 'answer' is 5,242,880 characters long";
    }

    // A field exactly as long as its kind allows is stored as written.
    void fieldsAtTheLimitAreKept()
    {
        QJsonObject roles = readJson(QStringLiteral("roles.json"));
        QJsonArray list = roles.value(QStringLiteral("roles")).toArray();
        QJsonObject role = list.at(0).toObject();
        role[QStringLiteral("description")] = QString(20000, u'd');
        role[QStringLiteral("name")] = QString(200, u'n');
        list[0] = role;
        roles[QStringLiteral("roles")] = list;
        writeJson(QStringLiteral("roles.json"), roles);
        QString error;
        QVERIFY2(generate(m_dir->filePath(QStringLiteral("limits.sqlite")), &error), qPrintable(error));
    }

    void badDataFailsWithFileEntryAndReason()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const QJsonValue newValue = QJsonDocument::fromJson("[" + value.toUtf8() + "]").array().first();

        // Walk down the path, then write the changed value back up.
        const QStringList keys = path.split(u'.');
        QList<QJsonValue> chain{readJson(file)};
        for (qsizetype i = 0; i + 1 < keys.size(); ++i) {
            const QJsonValue& current = chain.last();
            bool isIndex = false;
            const int index = keys.at(i).toInt(&isIndex);
            chain.append(isIndex ? current.toArray().at(index) : current.toObject().value(keys.at(i)));
        }
        QJsonValue replacement = newValue;
        for (qsizetype i = keys.size() - 1; i >= 0; --i) {
            bool isIndex = false;
            const int index = keys.at(i).toInt(&isIndex);
            if (isIndex) {
                QJsonArray array = chain.at(i).toArray();
                QVERIFY(index < array.size());
                array[index] = replacement;
                replacement = array;
            } else {
                QJsonObject object = chain.at(i).toObject();
                object[keys.at(i)] = replacement;
                replacement = object;
            }
        }
        writeJson(file, replacement.toObject());

        const QString output = m_dir->filePath(QStringLiteral("out.sqlite"));
        QString error;
        QVERIFY(!generate(output, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.startsWith(file), qPrintable(error));
        QVERIFY(!QFileInfo::exists(output));
        QVERIFY(!QFileInfo::exists(output + QStringLiteral(".partial")));
    }

    void invalidJsonNamesTheFile()
    {
        QFile file(QDir(m_data).filePath(QStringLiteral("outlook.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ \"outlook\": [ { \"role\": ");
        file.close();
        QString error;
        QVERIFY(!generate(m_dir->filePath(QStringLiteral("out.sqlite")), &error));
        QVERIFY2(error.startsWith(QStringLiteral("outlook.json: invalid JSON at byte")), qPrintable(error));
    }

    void failedBuildKeepsTheOldDatabase()
    {
        const QString output = m_dir->filePath(QStringLiteral("keep.sqlite"));
        QString error;
        QVERIFY2(generate(output, &error), qPrintable(error));
        const QByteArray before = digest(output);
        QVERIFY(QFile::remove(QDir(m_data).filePath(QStringLiteral("learning.json"))));
        QVERIFY(!generate(output, &error));
        QVERIFY2(error.startsWith(QStringLiteral("learning.json")), qPrintable(error));
        QCOMPARE(digest(output), before);
    }
};

QTEST_GUILESS_MAIN(TestContentGenerator)
#include "TestContentGenerator.moc"
