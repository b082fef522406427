// The search parts of the shipped content: the reviewed synonym list, the compounds, and the salary figures and
// states the index holds.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "search/SearchTerms.h"

#include <QSqlQuery>
#include <QTest>

class TestSearchContent : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

    int count(const QString& sql) { return cg::test::countOf(m_content.database(), sql); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    // The list is short and reviewed: a change to it is a change to this number.
    void synonymCountIsPinned() { QCOMPARE(count(QStringLiteral("SELECT count(*) FROM search_synonym")), 53); }

    // Every short form stands for something the index holds, so searching it finds the item by its long form.
    void everySynonymTargetIsInTheIndex()
    {
        QSqlQuery synonyms(m_content.database());
        QVERIFY(synonyms.exec(QStringLiteral("SELECT term, expansion FROM search_synonym ORDER BY term")));
        QSqlQuery found(m_content.database());
        QVERIFY(found.prepare(QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?")));
        int checked = 0;
        while (synonyms.next()) {
            const QString term = synonyms.value(0).toString();
            const QString expansion = synonyms.value(1).toString();
            QCOMPARE(cg::SearchTerms::tokens(term), QStringList{term});
            const QString phrase = cg::SearchTerms::tokens(expansion).join(u' ');
            QVERIFY2(!phrase.isEmpty(), qPrintable(term));
            found.addBindValue(u'"' + phrase + u'"');
            QVERIFY(found.exec() && found.next());
            QVERIFY2(found.value(0).toInt() > 0, qPrintable(term + QStringLiteral(" → ") + expansion));
            ++checked;
        }
        QCOMPARE(checked, 53);
    }

    void compoundsCoverTheUsualJoinedWords()
    {
        for (const char* word : {"backend", "frontend", "fullstack", "devops", "nodejs"}) {
            QSqlQuery query(m_content.database());
            QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM search_compound WHERE word = ?")));
            query.addBindValue(QString::fromLatin1(word));
            QVERIFY(query.exec() && query.next());
            QVERIFY2(query.value(0).toInt() == 1, word);
        }
    }

    void everySalaryFigureAndStateIsIndexed()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM search_index WHERE kind = 'salary'")),
                 count(QStringLiteral("SELECT count(*) FROM salary_figure")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM search_index WHERE kind = 'state'")),
                 count(QStringLiteral("SELECT count(*) FROM state_area")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM search_index s LEFT JOIN state_area a ON a.state = s.ref "
                                      "WHERE s.kind = 'state' AND a.name IS NOT s.title")),
                 0);
    }

    void everyRowHasItsTitleKey()
    {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM search_index WHERE title_key IS NULL OR title_key = ''")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM search_index WHERE title = 'C#' AND title_key = 'csharp'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestSearchContent)
#include "TestSearchContent.moc"
