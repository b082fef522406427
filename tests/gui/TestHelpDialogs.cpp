// Help → Sources names every source with what it contributed; Help → Career Tips and FAQ shows every tip and FAQ.
#include "SourcesDialog.h"
#include "TestSupport.h"
#include "TipsDialog.h"
#include "database/ContentDatabase.h"
#include "repositories/SourceRepository.h"
#include "repositories/TipRepository.h"

#include <QSqlQuery>
#include <QTest>

class TestHelpDialogs : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;

    static QString flat(QString text) { return text.replace(QChar(0x2028), u' ').simplified(); }

    // How many rows a content table holds, counted apart from the repository under test.
    int rowsIn(const QString& table) const
    {
        QSqlQuery query(m_content.database());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
    }

    void sourcesListEverySourceWithItsContribution()
    {
        const cg::SourceRepository sources(m_content.database());
        cg::SourcesDialog dialog(sources);
        dialog.resize(900, 700);
        const QString text = flat(dialog.text());
        const QList<cg::Source> all = sources.all();
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.size(), rowsIn(QStringLiteral("source")));
        for (const cg::Source& source : all) {
            QVERIFY2(text.contains(source.title.simplified()), qPrintable(source.title));
            if (!source.citation.isEmpty())
                QVERIFY2(text.contains(source.citation.simplified()), qPrintable(source.id));
            if (!source.contributes.isEmpty())
                QVERIFY2(text.contains(source.contributes.simplified()), qPrintable(source.id));
        }
        // The O*NET licence asks for this attribution, with a statement that the data was modified.
        QVERIFY(text.contains(QStringLiteral("O*NET 29.3 Database")));
        QVERIFY(text.contains(QStringLiteral("CC BY 4.0")));
        QVERIFY(text.contains(QStringLiteral("odified")));
        QVERIFY(text.contains(QStringLiteral("Bureau of Labor Statistics")));
        QVERIFY(text.contains(QStringLiteral("ECB euro foreign exchange reference rates")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(cg::test::artifactPath(QStringLiteral("help-sources.png"))));
    }

    void tipsShowEveryTipAndQuestion()
    {
        const cg::SourceRepository sources(m_content.database());
        const cg::TipRepository tips(m_content.database());
        cg::TipsDialog dialog(tips, sources);
        dialog.resize(900, 700);
        const QString text = flat(dialog.text());
        const QList<cg::Tip> allTips = tips.tips();
        const QList<cg::Faq> faqs = tips.faqs();
        QVERIFY(!allTips.isEmpty());
        QCOMPARE(allTips.size(), rowsIn(QStringLiteral("tip")));
        QCOMPARE(faqs.size(), rowsIn(QStringLiteral("faq")));
        for (const cg::Tip& tip : allTips) {
            QVERIFY2(text.contains(tip.text.simplified()), qPrintable(tip.text));
            QVERIFY(!tip.sourceIds.isEmpty());
        }
        for (const cg::Faq& faq : faqs) {
            QVERIFY2(text.contains(faq.question.simplified()), qPrintable(faq.question));
            QVERIFY2(text.contains(faq.answer.simplified()), qPrintable(faq.answer));
        }
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(cg::test::artifactPath(QStringLiteral("help-tips.png"))));
    }
};

QTEST_MAIN(TestHelpDialogs)
#include "TestHelpDialogs.moc"
