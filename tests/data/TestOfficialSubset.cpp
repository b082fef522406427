// The subset tool: every row kept, only the importer's columns kept, kept cells and line ends copied byte for byte,
// a bad input writes nothing; the committed files are well formed; and (when the full release is at hand) the tool
// reproduces the committed files exactly.
#include "OfficialScope.h"
#include "OfficialSubset.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QProcessEnvironment>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using cg::OfficialScope;
using cg::OfficialSubset;

namespace {

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

QString committedDir()
{
    return QDir(cg::test::sourceDir()).filePath(QStringLiteral("resources/data/official"));
}

// The lines of a file without their line feeds.
QList<QByteArray> linesOf(const QByteArray& bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray joinedHeader(const QStringList& columns)
{
    return columns.join(u'\t').toUtf8();
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
    void committedFilesAreWellFormed();
    void committedFilesCoverEveryOccupation();
    void reproducesCommittedSubset();

private:
    // Writes a small release into `directory` and returns, per file, what the cut must make of it.
    static QHash<QString, QByteArray> makeRelease(const QString& directory);
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

QHash<QString, QByteArray> TestOfficialSubset::makeRelease(const QString& directory)
{
    const QDir dir(directory);
    QHash<QString, QByteArray> expected;
    for (const QString& name : OfficialSubset::files()) {
        const QStringList kept = OfficialSubset::columns(name);
        if (kept.isEmpty()) {
            const QByteArray whole = "Reference\tfile\n" + name.toUtf8() + "\tcopied whole\r\n";
            write(dir.filePath(name), whole);
            expected.insert(name, whole);
            continue;
        }
        // Every kept column has a dropped one before it, and one more ends the row; kept cells are written with
        // padding, blanks and a marker so a cut that trims, re-encodes or shifts them shows. One row ends in CRLF,
        // and rows of every kind of code stay, in release order.
        QByteArray header;
        QByteArray cutHeader;
        for (const QString& column : kept) {
            header += "Dropped " + column.toUtf8() + '\t' + column.toUtf8() + '\t';
            cutHeader += (cutHeader.isEmpty() ? "" : "\t") + column.toUtf8();
        }
        QByteArray input = header + "Dropped last\n";
        QByteArray output = cutHeader + '\n';
        const char* const codes[] = {"11-1011.00", "15-1252.00", "53-7121.00"};
        for (int row = 0; row < 3; ++row) {
            const QByteArray lineEnd = row == 1 ? "\r\n" : "\n";
            QByteArray in;
            QByteArray out;
            for (int column = 0; column < kept.size(); ++column) {
                QByteArray cell =
                    column == 0 ? QByteArray(codes[row])
                                : " cell " + QByteArray::number(row) + '.' + QByteArray::number(column) + " \u00e9 ";
                if (row == 2 && column == kept.size() - 1)
                    cell.clear();
                in += "x" + QByteArray::number(column) + '\t' + cell + '\t';
                out += (column == 0 ? "" : "\t") + cell;
            }
            input += in + "end" + lineEnd;
            output += out + lineEnd;
        }
        write(dir.filePath(name), input);
        expected.insert(name, output);
    }
    return expected;
}

void TestOfficialSubset::cutsReleaseByteForByte()
{
    QTemporaryDir full;
    QTemporaryDir out;
    QVERIFY(full.isValid() && out.isValid());
    const QHash<QString, QByteArray> expected = makeRelease(full.path());
    if (QTest::currentTestFailed())
        return;
    write(out.filePath(QStringLiteral("PROVENANCE.md")), "kept\n");

    QString error;
    QVERIFY2(OfficialSubset::make(full.path(), out.path(), &error), qPrintable(error));

    QVERIFY(!expected.isEmpty());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(readAll(out.filePath(it.key())), it.value());
    // Files of ours beside the cut files are left alone.
    QCOMPARE(readAll(out.filePath(QStringLiteral("PROVENANCE.md"))), QByteArray("kept\n"));

    // The same input gives the same bytes.
    QTemporaryDir again;
    QVERIFY(again.isValid());
    QVERIFY2(OfficialSubset::make(full.path(), again.path(), &error), qPrintable(error));
    for (const QString& name : OfficialSubset::files())
        QCOMPARE(readAll(again.filePath(name)), readAll(out.filePath(name)));
}

void TestOfficialSubset::writesNothingWhenAnInputIsBad_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content"); // empty: the file is removed
    QTest::addColumn<QString>("error");

    const QString tasks = QStringLiteral("onet-29.3/Task Statements.txt");
    const QByteArray taskHeader = joinedHeader(OfficialSubset::columns(tasks));
    QTest::newRow("missing file") << QStringLiteral("onet-29.3/Skills.txt") << QByteArray()
                                  << QStringLiteral("onet-29.3/Skills.txt: missing file");
    QTest::newRow("no code column") << QStringLiteral("bls/national_M2024_dl.tsv")
                                    << QByteArray("AREA\tOCC\n99\t15-1252\n")
                                    << QStringLiteral("bls/national_M2024_dl.tsv:1: missing column \"OCC_CODE\"");
    QTest::newRow("truncated") << tasks << QByteArray(taskHeader + "\n15-1252.00\t1\tWrite code\tCore\n15-12")
                               << tasks + QStringLiteral(":3: last line has no line end");
    QTest::newRow("short row") << tasks << QByteArray(taskHeader + "\n15-1252.00\t1\tWrite code\n")
                               << tasks + QStringLiteral(":2: expected 4 fields, found 3");
    QTest::newRow("columns out of order")
        << tasks << QByteArray("O*NET-SOC Code\tTask\tTask ID\tTask Type\n15-1252.00\tWrite code\t1\tCore\n")
        << tasks + QStringLiteral(":1: column \"Task\" is out of order");
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

void TestOfficialSubset::committedFilesAreWellFormed()
{
    const QDir committed(committedDir());
    const QStringList made = OfficialSubset::files();

    // The release folders hold exactly the files the tool makes: nothing left over from an older cut.
    QStringList present;
    for (const char* folder : {"onet-29.3", "bls", "bls-state", "bea"}) {
        QDirIterator files(committed.filePath(QString::fromUtf8(folder)), QDir::Files | QDir::Hidden);
        while (files.hasNext())
            present.append(committed.relativeFilePath(files.next()));
    }
    present.sort();
    QStringList expected = made;
    expected.sort();
    QCOMPARE(present, expected);

    for (const QString& name : made) {
        const QByteArray bytes = readAll(committed.filePath(name));
        QVERIFY2(bytes.endsWith('\n'), qPrintable(name));
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(bytes);
        QVERIFY2(!decoder.hasError(), qPrintable(name + QStringLiteral(": not valid UTF-8")));
        const QStringList columns = OfficialSubset::columns(name);
        if (columns.isEmpty())
            continue; // copied whole
        const QList<QByteArray> lines = linesOf(bytes);
        QVERIFY2(lines.size() > 1, qPrintable(name));
        QCOMPARE(lines.at(0), joinedHeader(columns));
        for (int i = 1; i < lines.size(); ++i) {
            if (lines.at(i).count('\t') != columns.size() - 1)
                QFAIL(qPrintable(QStringLiteral("%1:%2: not %3 fields").arg(name).arg(i + 1).arg(columns.size())));
        }
    }

    // Line ends stay as released on every checkout.
    const QList<QByteArray> attributes = linesOf(readAll(committed.filePath(QStringLiteral(".gitattributes"))));
    QVERIFY(attributes.contains("onet-29.3/** -text"));
    QVERIFY(attributes.contains("bls/** -text"));
    QVERIFY(attributes.contains("bls-state/** -text"));
    QVERIFY(attributes.contains("bea/** -text"));
}

void TestOfficialSubset::committedFilesCoverEveryOccupation()
{
    const QDir committed(committedDir());
    // O*NET 29.3 describes 1,016 occupations; every per-occupation file speaks only of them.
    QSet<QByteArray> occupations;
    const QList<QByteArray> occupationLines =
        linesOf(readAll(committed.filePath(QStringLiteral("onet-29.3/Occupation Data.txt"))));
    for (int i = 1; i < occupationLines.size(); ++i)
        occupations.insert(occupationLines.at(i).left(occupationLines.at(i).indexOf('\t')));
    QCOMPARE(occupationLines.size() - 1, 1016);
    QCOMPARE(occupations.size(), 1016);

    for (const QString& name : OfficialSubset::files()) {
        if (!OfficialSubset::columns(name).startsWith(QStringLiteral("O*NET-SOC Code")))
            continue;
        const QList<QByteArray> lines = linesOf(readAll(committed.filePath(name)));
        QSet<QByteArray> codes;
        for (int i = 1; i < lines.size(); ++i)
            codes.insert(lines.at(i).left(lines.at(i).indexOf('\t')));
        QVERIFY2(occupations.contains(codes), qPrintable(name));
        // Every file covers occupations outside computing, not only the computer occupations.
        int outside = 0;
        for (const QByteArray& code : std::as_const(codes))
            outside += OfficialScope::isComputerOccupation(QString::fromLatin1(code)) ? 0 : 1;
        QVERIFY2(outside > 0, qPrintable(name));
    }

    // OEWS and both projection tables: every row, the total and the detailed occupations of every major group.
    for (const char* name :
         {"bls/national_M2024_dl.tsv", "bls/table_1_2_projections_clean.tsv", "bls/table_1_10_openings_clean.tsv"}) {
        const QList<QByteArray> lines = linesOf(readAll(committed.filePath(QString::fromUtf8(name))));
        const int code = static_cast<int>(lines.value(0).split('\t').indexOf(
            name == QByteArrayView("bls/national_M2024_dl.tsv") ? QByteArray("OCC_CODE")
                                                                : QByteArray("2024 National Employment Matrix code")));
        QVERIFY2(code >= 0, name);
        QSet<QByteArray> majorGroups;
        for (int i = 1; i < lines.size(); ++i)
            majorGroups.insert(lines.at(i).split('\t').value(code).left(2));
        QVERIFY2(majorGroups.contains("00") && majorGroups.contains("15") && majorGroups.contains("53"), name);
        QVERIFY2(majorGroups.size() >= 23, name);
    }
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

    const QDir committed(committedDir());
    int files = 0;
    QDirIterator made(out.path(), QDir::Files, QDirIterator::Subdirectories);
    while (made.hasNext()) {
        const QString path = made.next();
        const QString relative = QDir(out.path()).relativeFilePath(path);
        QVERIFY2(readAll(path) == readAll(committed.filePath(relative)),
                 qPrintable(relative + QStringLiteral(" differs from the committed file")));
        ++files;
    }
    QCOMPARE(files, OfficialSubset::files().size());
}

QTEST_GUILESS_MAIN(TestOfficialSubset)
#include "TestOfficialSubset.moc"
