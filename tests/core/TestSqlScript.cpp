// SqlScript: splits schema files into statements without being fooled by quotes or comments.
#include "database/SqlScript.h"

#include <QTest>

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);")
                             << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")};
        QTest::newRow("no final semicolon") << QStringLiteral("SELECT 1") << QStringList{QStringLiteral("SELECT 1")};
        QTest::newRow("semicolon in string")
            << QStringLiteral("INSERT INTO t VALUES ('a;b'); SELECT 2;")
            << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b')"), QStringLiteral("SELECT 2")};
        QTest::newRow("doubled quote") << QStringLiteral("SELECT 'it''s; fine';")
                                       << QStringList{QStringLiteral("SELECT 'it''s; fine'")};
        QTest::newRow("line comment") << QStringLiteral("-- a; comment\nSELECT 3;")
                                      << QStringList{QStringLiteral("SELECT 3")};
        QTest::newRow("block comment") << QStringLiteral("/* x; y */ SELECT 4;")
                                       << QStringList{QStringLiteral("SELECT 4")};
        QTest::newRow("empty statements") << QStringLiteral(";;  ;\n") << QStringList{};
        QTest::newRow("quoted identifier")
            << QStringLiteral("CREATE TABLE \"a;b\" (x);") << QStringList{QStringLiteral("CREATE TABLE \"a;b\" (x)")};
    }

    void split()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(cg::SqlScript::split(script), statements);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "TestSqlScript.moc"
