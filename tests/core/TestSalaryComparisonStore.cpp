// SalaryComparisonStore over a real user database file: save, list, load in order, replace by name, remove with the
// picks, refuse what the schema would not hold, keep user text out of the SQL, and the upgrade of a version-1 file that
// already holds comparisons (migration 0002 widens the basis to 'ppp-private').
#include "database/SqlScript.h"
#include "database/UserDatabase.h"
#include "user/SalaryComparisonStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using cg::ConversionBasis;
using cg::SalaryComparisonStore;
using cg::SavedSalaryComparison;

namespace {
SavedSalaryComparison comparison(const QString& name, const QStringList& keys,
                                 ConversionBasis basis = ConversionBasis::Market,
                                 const QString& currency = QStringLiteral("USD"))
{
    SavedSalaryComparison saved;
    saved.name = name;
    saved.currency = currency;
    saved.basis = basis;
    saved.keys = keys;
    return saved;
}

int count(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

const QStringList ThreeKeys{QStringLiteral("figure:backend-developer|US|USD|10536600|year|average|all|a|b|2023-08"),
                            QStringLiteral("figure:backend-developer|GB|GBP|5868200|year|average|all|a|b|2023-08"),
                            QStringLiteral("oews:backend-developer|15-1252")};
} // namespace

class TestSalaryComparisonStore final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cg::UserDatabase> m_user;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_user = std::make_unique<cg::UserDatabase>(QStringLiteral("comparison-store"));
        QVERIFY2(m_user->open(m_dir->filePath(QStringLiteral("user.sqlite"))), qPrintable(m_user->errorString()));
        QVERIFY(m_user->isWritable());
    }

    void cleanup()
    {
        m_user.reset();
        m_dir.reset();
    }

    void savesAndLoadsInOrder_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("basis");
        QTest::addColumn<QString>("currency");
        QTest::newRow("market") << "UK and India" << int(ConversionBasis::Market) << "USD";
        QTest::newRow("ppp") << "At PPP" << int(ConversionBasis::Ppp) << "INR";
        QTest::newRow("ppp private") << "What pay buys" << int(ConversionBasis::PppPrivateConsumption) << "GBP";
        QTest::newRow("quotes stay text")
            << "Robert'); DROP TABLE saved_comparison;--" << int(ConversionBasis::Market) << "EUR";
        QTest::newRow("unicode") << "Indien – ₹ vs £" << int(ConversionBasis::Market) << "USD";
    }

    void savesAndLoadsInOrder()
    {
        QFETCH(QString, name);
        QFETCH(int, basis);
        QFETCH(QString, currency);
        SalaryComparisonStore store(m_user->database());
        QString error;
        QVERIFY2(store.save(comparison(name, ThreeKeys, ConversionBasis(basis), currency), &error), qPrintable(error));
        QVERIFY(store.contains(name));
        const std::optional<SavedSalaryComparison> loaded = store.load(name, &error);
        QVERIFY2(loaded.has_value(), qPrintable(error));
        QCOMPARE(loaded->name, name);
        QCOMPARE(loaded->currency, currency);
        QCOMPARE(int(loaded->basis), basis);
        QCOMPARE(loaded->keys, ThreeKeys);
        QVERIFY(loaded->createdAt.isValid());
        QCOMPARE(count(m_user->database(), QStringLiteral("saved_comparison")), 1);
    }

    void listsByNameAndReplacesByName()
    {
        SalaryComparisonStore store(m_user->database());
        QString error;
        QVERIFY(store.save(comparison(QStringLiteral("b second"), ThreeKeys), &error));
        QVERIFY(store.save(comparison(QStringLiteral("A first"), ThreeKeys.mid(0, 1)), &error));
        QVERIFY(store.save(comparison(QStringLiteral("c third"), {}), &error));
        QStringList names;
        for (const SavedSalaryComparison& saved : store.list())
            names.append(saved.name);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("A first"), QStringLiteral("b second"), QStringLiteral("c third")}));

        // The same name again replaces the comparison and all its picks.
        const QStringList reordered{ThreeKeys.at(2), ThreeKeys.at(0)};
        QVERIFY(store.save(comparison(QStringLiteral("b second"), reordered, ConversionBasis::Ppp), &error));
        QCOMPARE(store.list().size(), 3);
        QCOMPARE(store.load(QStringLiteral("b second"))->keys, reordered);
        QCOMPARE(store.load(QStringLiteral("b second"))->basis, ConversionBasis::Ppp);
        QCOMPARE(count(m_user->database(), QStringLiteral("comparison_pick")), 1 + 2);
        // Leading and trailing spaces are not part of a name.
        QVERIFY(store.save(comparison(QStringLiteral("  A first  "), ThreeKeys), &error));
        QCOMPARE(store.list().size(), 3);
        QCOMPARE(store.load(QStringLiteral("A first"))->keys, ThreeKeys);
    }

    void removeTakesThePicksAlong()
    {
        SalaryComparisonStore store(m_user->database());
        QString error;
        QVERIFY(store.save(comparison(QStringLiteral("gone"), ThreeKeys), &error));
        QVERIFY(store.save(comparison(QStringLiteral("kept"), ThreeKeys.mid(1)), &error));
        QVERIFY2(store.remove(QStringLiteral("gone"), &error), qPrintable(error));
        QVERIFY(!store.contains(QStringLiteral("gone")));
        QCOMPARE(count(m_user->database(), QStringLiteral("comparison_pick")), 2);
        QVERIFY(!store.remove(QStringLiteral("gone"), &error));
        QVERIFY(error.contains(QStringLiteral("gone")));
        QVERIFY(!store.load(QStringLiteral("gone"), &error).has_value());
    }

    void refusesWhatCannotBeSaved()
    {
        SalaryComparisonStore store(m_user->database());
        QString error;
        QVERIFY(!store.save(comparison(QStringLiteral("   "), ThreeKeys), &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!store.save(comparison(QStringLiteral("five"), ThreeKeys + ThreeKeys), &error));
        QVERIFY(error.contains(QStringLiteral("4")));
        QVERIFY(store.list().isEmpty());
    }

    void upgradesVersionOneFiles()
    {
        // A version-1 file, as the first release wrote it, holding a comparison.
        const QString path = m_dir->filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-writer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(cg::SqlScript::runFile(db, QStringLiteral(":/user/0001-initial.sql"), &error), qPrintable(error));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(cg::UserDatabase::ApplicationId)));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO saved_comparison VALUES (7, 'old', 'GBP', 'ppp', "
                                              "'2025-01-02T03:04:05Z')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO comparison_pick VALUES (7, 0, 'k0'), (7, 1, 'k1')")));
            // Version 1 does not know the private-consumption basis.
            QVERIFY(!query.exec(QStringLiteral("INSERT INTO saved_comparison VALUES (8, 'new', 'USD', "
                                               "'ppp-private', '2025-01-02T03:04:05Z')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1-writer"));

        cg::UserDatabase upgraded(QStringLiteral("v1-upgraded"));
        QVERIFY2(upgraded.open(path), qPrintable(upgraded.errorString()));
        QCOMPARE(upgraded.schemaVersion(), cg::UserDatabase::latestVersion());
        QVERIFY(upgraded.schemaVersion() >= 2);
        SalaryComparisonStore store(upgraded.database());
        const std::optional<SavedSalaryComparison> old = store.load(QStringLiteral("old"));
        QVERIFY(old.has_value());
        QCOMPARE(old->id, qint64(7));
        QCOMPARE(old->currency, QStringLiteral("GBP"));
        QCOMPARE(old->basis, ConversionBasis::Ppp);
        QCOMPARE(old->keys, (QStringList{QStringLiteral("k0"), QStringLiteral("k1")}));
        QString error;
        QVERIFY2(store.save(
                     comparison(QStringLiteral("new"), {QStringLiteral("k2")}, ConversionBasis::PppPrivateConsumption),
                     &error),
                 qPrintable(error));
        // The picks still belong to their comparison: removing it removes them (the foreign key survived).
        QVERIFY(store.remove(QStringLiteral("old"), &error));
        QCOMPARE(count(upgraded.database(), QStringLiteral("comparison_pick")), 1);
        QSqlQuery check(upgraded.database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());
        QVERIFY(!check.exec(QStringLiteral("INSERT INTO comparison_pick VALUES (999, 0, 'orphan')")));
    }
};

QTEST_GUILESS_MAIN(TestSalaryComparisonStore)
#include "TestSalaryComparisonStore.moc"
