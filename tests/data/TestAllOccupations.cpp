// The --all-occupations build from the full O*NET 29.3 / BLS release opens in the app's ContentDatabase.
#include "ContentGenerator.h"
#include "TestSupport.h"
#include "database/ContentDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestAllOccupations : public QObject
{
    Q_OBJECT

private slots:
    void buildsAndOpens()
    {
        QString full = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CG_OFFICIAL_DATA_DIR"));
        if (full.isEmpty() || !QDir(full).exists(QStringLiteral("onet-29.3")))
            QSKIP(qPrintable(QStringLiteral("The full O*NET/BLS release is not at '%1'; set CG_OFFICIAL_DATA_DIR to "
                                            "build the all-occupations database.")
                                 .arg(full)));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        cg::ContentGenerator::Options options;
        options.dataDir = QDir(cg::test::sourceDir()).filePath(QStringLiteral("resources/data"));
        options.officialDir = full;
        options.allOccupations = true;
        options.output = dir.filePath(QStringLiteral("full.sqlite"));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(cg::ContentGenerator::generate(options, &error), qPrintable(error));
        qInfo("all-occupations build: %lld ms", timer.elapsed());

        cg::ContentDatabase content;
        QVERIFY2(content.open(options.output), qPrintable(content.errorString()));
        QSqlQuery query(content.database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM occupation")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1016);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM occupation_task")) && query.next());
        QCOMPARE(query.value(0).toInt(), 18796);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM occupation_technology")) && query.next());
        QCOMPARE(query.value(0).toInt(), 32681);
        // Article content is still there beside the official data.
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM role")) && query.next());
        QVERIFY(query.value(0).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestAllOccupations)
#include "TestAllOccupations.moc"
