// The subset tool: which codes it keeps, that kept rows are copied byte for byte, that a bad input writes nothing,
// and (when the full release is at hand) that it reproduces the committed subset exactly.
#include "OfficialScope.h"
#include "OfficialSubset.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using cg::OfficialScope;
using cg::OfficialSubset;

namespace {

const char* const WholeFiles[] = {
    "onet-29.3/Read Me (text).txt",
    "onet-29.3/Content Model Reference.txt",
    "onet-29.3/Scales Reference.txt",
    "onet-29.3/Job Zone Reference.txt",
    "onet-29.3/Education, Training, and Experience Categories.txt",
    "bls/national_M2024_field_descriptions.tsv",
};

const char* const OccupationFiles[] = {
    "onet-29.3/Occupation Data.txt",
    "onet-29.3/Job Zones.txt",
    "onet-29.3/Skills.txt",
    "onet-29.3/Knowledge.txt",
    "onet-29.3/Education, Training, and Experience.txt",
    "onet-29.3/Task Statements.txt",
    "onet-29.3/Emerging Tasks.txt",
    "onet-29.3/Technology Skills.txt",
    "onet-29.3/Related Occupations.txt",
    "onet-29.3/Alternate Titles.txt",
    "onet-29.3/Sample of Reported Titles.txt",
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void write(const QString& path, const QByteArray& bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(bytes);
}

} // namespace

class TestOfficialSubset final : public QObject
{
    Q_OBJECT

private slots:
    void occupationScope_data();
    void occupationScope();
    void statisticScope_data();
    void statisticScope();
    void cutsReleaseByteForByte();
    void writesNothingWhenAnInputIsBad_data();
    void writesNothingWhenAnInputIsBad();
    void reproducesCommittedSubset();

private:
    static void makeRelease(const QString& directory);
};

void TestOfficialSubset::occupationScope_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("kept");
    QTest::newRow("software developers") << QStringLiteral("15-1252.00") << true;
    QTest::newRow("penetration testers") << QStringLiteral("15-1299.04") << true;
    QTest::newRow("computer systems analysts") << QStringLiteral("15-1211.00") << true;
    QTest::newRow("IT managers") << QStringLiteral("11-3021.00") << true;
    QTest::newRow("data scientists") << QStringLiteral("15-2051.00") << true;
    QTest::newRow("business intelligence analysts") << QStringLiteral("15-2051.01") << true;
    QTest::newRow("actuaries") << QStringLiteral("15-2011.00") << false;
    QTest::newRow("financial managers") << QStringLiteral("11-3031.00") << false;
    QTest::newRow("chief executives") << QStringLiteral("11-1011.00") << false;
    QTest::newRow("6-digit code is not an O*NET-SOC code") << QStringLiteral("15-1252") << false;
    QTest::newRow("prefix of 11-3021 only") << QStringLiteral("11-30210.00") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestOfficialSubset::occupationScope()
{
    QFETCH(QString, code);
    QFETCH(bool, kept);
    QCOMPARE(OfficialScope::isComputerOccupation(code), kept);
}

void TestOfficialSubset::statisticScope_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("kept");
    QTest::newRow("all occupations") << QStringLiteral("00-0000") << true;
    QTest::newRow("computer and mathematical") << QStringLiteral("15-0000") << true;
    QTest::newRow("computer occupations group") << QStringLiteral("15-1200") << true;
    QTest::newRow("software developers") << QStringLiteral("15-1252") << true;
    QTest::newRow("IT managers") << QStringLiteral("11-3021") << true;
    QTest::newRow("data scientists") << QStringLiteral("15-2051") << true;
    QTest::newRow("management group") << QStringLiteral("11-0000") << false;
    QTest::newRow("mathematical science group") << QStringLiteral("15-2000") << false;
    QTest::newRow("IT managers broad group") << QStringLiteral("11-3020") << false;
    QTest::newRow("O*NET-SOC code") << QStringLiteral("15-1252.00") << false;
}

void TestOfficialSubset::statisticScope()
{
    QFETCH(QString, code);
    QFETCH(bool, kept);
    QCOMPARE(OfficialScope::isComputerStatistic(code), kept);
}

void TestOfficialSubset::makeRelease(const QString& directory)
{
    const QDir dir(directory);
    for (const char* name : WholeFiles)
        write(dir.filePath(QString::fromUtf8(name)), QByteArray("Reference\tfile\n") + name + "\tcopied whole\n");
    // One CRLF row among them: kept rows must come out exactly as they went in.
    for (const char* name : OccupationFiles) {
        write(dir.filePath(QString::fromUtf8(name)), "O*NET-SOC Code\tTitle\tValue\n"
                                                     "11-1011.00\tChief Executives\t1\n"
                                                     "11-3021.00\tComputer and Information Systems Managers\t2\n"
                                                     "15-1252.00\tSoftware Developers\t3\r\n"
                                                     "15-2011.00\tActuaries\t4\n"
                                                     "15-2051.01\tBusiness Intelligence Analysts\t5\n");
    }
    write(dir.filePath(QStringLiteral("bls/national_M2024_dl.tsv")), "AREA\tOCC_CODE\tA_MEDIAN\n"
                                                                     "99\t00-0000\t49500\n"
                                                                     "99\t11-0000\t122090\n"
                                                                     "99\t11-3021\t171200\n"
                                                                     "99\t15-0000\t105850\n"
                                                                     "99\t15-1252\t133080\n"
                                                                     "99\t15-2011\t125770\n");
    for (const char* name : {"bls/table_1_2_projections_clean.tsv", "bls/table_1_10_openings_clean.tsv"}) {
        write(dir.filePath(QString::fromUtf8(name)), "indent_level\t2024 National Employment Matrix title\t"
                                                     "2024 National Employment Matrix code\n"
                                                     "0\tTotal, all occupations\t00-0000\n"
                                                     "1\tManagement occupations\t11-0000\n"
                                                     "4\tSoftware developers\t15-1252\n"
                                                     "3\tData scientists\t15-2051\n");
    }
}

void TestOfficialSubset::cutsReleaseByteForByte()
{
    QTemporaryDir full;
    QTemporaryDir out;
    QVERIFY(full.isValid() && out.isValid());
    makeRelease(full.path());
    write(out.filePath(QStringLiteral("PROVENANCE.md")), "kept\n");

    QString error;
    QVERIFY2(OfficialSubset::make(full.path(), out.path(), &error), qPrintable(error));

    for (const char* name : WholeFiles) {
        const QString file = QString::fromUtf8(name);
        QCOMPARE(readAll(out.filePath(file)), readAll(full.filePath(file)));
    }
    for (const char* name : OccupationFiles) {
        QCOMPARE(readAll(out.filePath(QString::fromUtf8(name))),
                 QByteArray("O*NET-SOC Code\tTitle\tValue\n"
                            "11-3021.00\tComputer and Information Systems Managers\t2\n"
                            "15-1252.00\tSoftware Developers\t3\r\n"
                            "15-2051.01\tBusiness Intelligence Analysts\t5\n"));
    }
    QCOMPARE(readAll(out.filePath(QStringLiteral("bls/national_M2024_dl.tsv"))), QByteArray("AREA\tOCC_CODE\tA_MEDIAN\n"
                                                                                            "99\t00-0000\t49500\n"
                                                                                            "99\t11-3021\t171200\n"
                                                                                            "99\t15-0000\t105850\n"
                                                                                            "99\t15-1252\t133080\n"));
    QCOMPARE(readAll(out.filePath(QStringLiteral("bls/table_1_10_openings_clean.tsv"))),
             QByteArray("indent_level\t2024 National Employment Matrix title\t2024 National Employment Matrix code\n"
                        "0\tTotal, all occupations\t00-0000\n"
                        "4\tSoftware developers\t15-1252\n"
                        "3\tData scientists\t15-2051\n"));
    // Files of ours beside the subset are left alone.
    QCOMPARE(readAll(out.filePath(QStringLiteral("PROVENANCE.md"))), QByteArray("kept\n"));
}

void TestOfficialSubset::writesNothingWhenAnInputIsBad_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content"); // empty: the file is removed
    QTest::addColumn<QString>("error");
    QTest::newRow("missing file") << QStringLiteral("onet-29.3/Skills.txt") << QByteArray()
                                  << QStringLiteral("onet-29.3/Skills.txt: missing file");
    QTest::newRow("no code column") << QStringLiteral("bls/national_M2024_dl.tsv")
                                    << QByteArray("AREA\tOCC\n99\t15-1252\n")
                                    << QStringLiteral("bls/national_M2024_dl.tsv:1: missing column \"OCC_CODE\"");
    QTest::newRow("truncated") << QStringLiteral("onet-29.3/Task Statements.txt")
                               << QByteArray("O*NET-SOC Code\tTitle\n15-1252.00\tSoftware Developers\n15-12")
                               << QStringLiteral("onet-29.3/Task Statements.txt:3: last line has no line end");
}

void TestOfficialSubset::writesNothingWhenAnInputIsBad()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, error);

    QTemporaryDir full;
    QTemporaryDir out;
    QVERIFY(full.isValid() && out.isValid());
    makeRelease(full.path());
    if (content.isEmpty())
        QVERIFY(QFile::remove(full.filePath(file)));
    else
        write(full.filePath(file), content);

    QString message;
    QVERIFY(!OfficialSubset::make(full.path(), out.path(), &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
    QVERIFY(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestOfficialSubset::reproducesCommittedSubset()
{
    // The full release is not part of the repository; it sits in the shared data folder when it is at hand.
    QString full = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CG_OFFICIAL_DATA_DIR"));
    if (full.isEmpty())
        full = QDir(cg::test::sourceDir()).filePath(QStringLiteral("../shared/data"));
    if (!QFileInfo::exists(QDir(full).filePath(QStringLiteral("onet-29.3/Skills.txt"))))
        QSKIP("the full O*NET/BLS release files are not available");

    QTemporaryDir out;
    QVERIFY(out.isValid());
    QString error;
    QVERIFY2(OfficialSubset::make(full, out.path(), &error), qPrintable(error));

    const QDir committed(QDir(cg::test::sourceDir()).filePath(QStringLiteral("resources/data/official")));
    int files = 0;
    QDirIterator made(out.path(), QDir::Files, QDirIterator::Subdirectories);
    while (made.hasNext()) {
        const QString path = made.next();
        const QString relative = QDir(out.path()).relativeFilePath(path);
        QVERIFY2(readAll(path) == readAll(committed.filePath(relative)),
                 qPrintable(relative + QStringLiteral(" differs from the committed subset")));
        ++files;
    }
    QCOMPARE(files, 20);
}

QTEST_GUILESS_MAIN(TestOfficialSubset)
#include "TestOfficialSubset.moc"
