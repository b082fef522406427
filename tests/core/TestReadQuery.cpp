// ReadQuery's row mapping: a statement's rows become values through one function, and a failed read gives an empty
// list and the reason, never the rows read before the failure.
#include "database/ReadQuery.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using cg::ReadQuery;

namespace {
struct Pair
{
    QString name;
    int number = 0;
};

Pair pairAt(const ReadQuery& row)
{
    return {row.value(0).toString(), row.value(1).toInt()};
}

const QString Connection = QStringLiteral("TestReadQuery");
} // namespace

class TestReadQuery final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), Connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE item (name TEXT, number INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO item VALUES ('one', 1), ('two', 2), ('three', 3)")));
    }

    void cleanup()
    {
        QSqlDatabase::database(Connection).close();
        QSqlDatabase::removeDatabase(Connection);
    }

    void rowsMapsEveryRowWithBoundValues()
    {
        ReadQuery query(QSqlDatabase::database(Connection));
        const QList<Pair> pairs =
            query.rows(QStringLiteral("SELECT name, number FROM item WHERE number >= ? ORDER BY number"), {2}, pairAt);
        QCOMPARE(pairs.size(), 2);
        QCOMPARE(pairs.at(0).name, QStringLiteral("two"));
        QCOMPARE(pairs.at(1).number, 3);
        QVERIFY(!query.failed());
    }

    void selectIntoAppends()
    {
        ReadQuery query(QSqlDatabase::database(Connection));
        QStringList names{QStringLiteral("zero")};
        query.selectInto(&names, QStringLiteral("SELECT name FROM item ORDER BY number"), {}, ReadQuery::firstText);
        QCOMPARE(names, (QStringList{QStringLiteral("zero"), QStringLiteral("one"), QStringLiteral("two"),
                                     QStringLiteral("three")}));
    }

    void readRowsOfOneStatement()
    {
        QString error = QStringLiteral("untouched");
        const QList<Pair> pairs = ReadQuery::readRows(
            QSqlDatabase::database(Connection), QStringLiteral("SELECT name, number FROM item"), {}, pairAt, &error);
        QCOMPARE(pairs.size(), 3);
        QCOMPARE(error, QStringLiteral("untouched"));
    }

    void aFailedReadIsEmptyWithItsReason()
    {
        QString error;
        const QList<Pair> pairs = ReadQuery::readRows(
            QSqlDatabase::database(Connection), QStringLiteral("SELECT name, number FROM missing"), {}, pairAt, &error);
        QVERIFY(pairs.isEmpty());
        QVERIFY(error.contains(QStringLiteral("missing")));
    }

    void laterStatementsDoNotRunAfterAFailure()
    {
        ReadQuery query(QSqlDatabase::database(Connection));
        QStringList names;
        query.selectInto(&names, QStringLiteral("SELECT name FROM missing"), {}, ReadQuery::firstText);
        query.selectInto(&names, QStringLiteral("SELECT name FROM item"), {}, ReadQuery::firstText);
        QVERIFY(names.isEmpty());
        QString error;
        QVERIFY(query.result(names, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReadQuery)
#include "TestReadQuery.moc"
