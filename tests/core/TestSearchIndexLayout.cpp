// The search index's rowid blocks: each kind in its own block, in title order, in the generated database; and the
// renumbering itself on a small index.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "search/SearchIndexLayout.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using cg::SearchHit;
using cg::SearchIndexLayout;

class TestSearchIndexLayout : public QObject
{
    Q_OBJECT

private:
    static QStringList titlesInBlock(const QSqlDatabase& db, SearchHit::Kind kind, QStringList* kinds)
    {
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("SELECT kind, title FROM search_index WHERE rowid BETWEEN ? AND ? ORDER BY rowid"));
        query.addBindValue(SearchIndexLayout::rowids(kind).first);
        query.addBindValue(SearchIndexLayout::rowids(kind).last);
        if (!query.exec())
            return {};
        QStringList titles;
        while (query.next()) {
            kinds->append(query.value(0).toString());
            titles.append(query.value(1).toString());
        }
        return titles;
    }

    static QSqlDatabase openScratch()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scratch"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery(db).exec(QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, "
                                              "ref UNINDEXED, title, body, tail, terms, tail_terms, title_key)"));
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE search_compound (word TEXT PRIMARY KEY) WITHOUT ROWID"));
        }
        return db;
    }

    static bool insert(QSqlDatabase& db, const QString& kind, const QString& title)
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO search_index (kind, ref, title, body) VALUES (?, ?, ?, '')"));
        query.addBindValue(kind);
        query.addBindValue(title.toLower());
        query.addBindValue(title);
        return query.exec();
    }

private slots:
    void blocksDoNotOverlap()
    {
        for (int k = 1; k < SearchHit::KindCount; ++k) {
            const auto before = SearchIndexLayout::rowids(SearchHit::Kind(k - 1));
            const auto range = SearchIndexLayout::rowids(SearchHit::Kind(k));
            QVERIFY(before.first > 0);
            QVERIFY(before.first < before.last);
            QCOMPARE(range.first, before.last + 1);
        }
    }

    void generatedIndexKeepsEveryKindInItsBlockInTitleOrder()
    {
        cg::ContentDatabase content;
        QVERIFY2(content.open(cg::test::contentDatabasePath()), qPrintable(content.errorString()));
        QSqlQuery all(content.database());
        QVERIFY(all.exec(QStringLiteral("SELECT count(*) FROM search_index")) && all.next());
        const int rows = all.value(0).toInt();
        int seen = 0;
        for (int k = 0; k < SearchHit::KindCount; ++k) {
            const auto kind = SearchHit::Kind(k);
            QStringList kinds;
            const QStringList titles = titlesInBlock(content.database(), kind, &kinds);
            QVERIFY2(!titles.isEmpty(), qPrintable(SearchHit::kindKey(kind)));
            QCOMPARE(kinds, QStringList(kinds.size(), SearchHit::kindKey(kind)));
            for (qsizetype i = 1; i < titles.size(); ++i)
                QVERIFY2(titles.at(i - 1).compare(titles.at(i), Qt::CaseInsensitive) <= 0,
                         qPrintable(titles.at(i - 1) + QStringLiteral(" before ") + titles.at(i)));
            seen += int(titles.size());
        }
        QCOMPARE(seen, rows); // no row outside the blocks
    }

    void arrangeRenumbersInTitleOrder()
    {
        {
            QSqlDatabase db = openScratch();
            QVERIFY(db.isOpen());
            QVERIFY(insert(db, QStringLiteral("skill"), QStringLiteral("Python")));
            QVERIFY(insert(db, QStringLiteral("role"), QStringLiteral("Tester")));
            QVERIFY(insert(db, QStringLiteral("skill"), QStringLiteral("django")));
            QVERIFY(insert(db, QStringLiteral("skill"), QStringLiteral("Go")));
            QString error;
            QVERIFY2(SearchIndexLayout::arrange(db, &error), qPrintable(error));
            QStringList kinds;
            QCOMPARE(titlesInBlock(db, SearchHit::Kind::Skill, &kinds),
                     (QStringList{QStringLiteral("django"), QStringLiteral("Go"), QStringLiteral("Python")}));
            QCOMPARE(titlesInBlock(db, SearchHit::Kind::Role, &kinds), QStringList{QStringLiteral("Tester")});
            // The rows are still found by their words after the renumbering.
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT ref FROM search_index WHERE search_index MATCH 'pyth*'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("python"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("scratch"));
    }

    void arrangeRefusesAnUnknownKind()
    {
        {
            QSqlDatabase db = openScratch();
            QVERIFY(insert(db, QStringLiteral("skill"), QStringLiteral("Python")));
            QVERIFY(insert(db, QStringLiteral("gadget"), QStringLiteral("Widget")));
            QString error;
            QVERIFY(!SearchIndexLayout::arrange(db, &error));
            QVERIFY2(error.contains(QStringLiteral("gadget")), qPrintable(error));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("scratch"));
    }
};

QTEST_GUILESS_MAIN(TestSearchIndexLayout)
#include "TestSearchIndexLayout.moc"
