#include "OfficialSubset.h"

#include "InputFile.h"
#include "OfficialScope.h"

#include <QDir>
#include <QList>
#include <QSaveFile>

namespace cg {

namespace {

enum class Keep
{
    Whole,       // reference data, not keyed by occupation
    Occupations, // rows whose O*NET-SOC code column is in scope
    Statistics,  // rows whose 6-digit SOC code column is in scope (plus the totals)
};

struct FileRule
{
    const char* path;
    Keep keep;
    const char* codeColumn; // header name of the column to filter on
};

// The files the importer reads, plus the release's read-me (it carries the licence) and the OEWS field notes (they
// explain the # and * markers). Emerging Tasks and Sample of Reported Titles are not imported yet; they stay in the
// subset so the subset mirrors the release.
constexpr FileRule Rules[] = {
    {"onet-29.3/Read Me (text).txt", Keep::Whole, nullptr},
    {"onet-29.3/Content Model Reference.txt", Keep::Whole, nullptr},
    {"onet-29.3/Scales Reference.txt", Keep::Whole, nullptr},
    {"onet-29.3/Job Zone Reference.txt", Keep::Whole, nullptr},
    {"onet-29.3/Education, Training, and Experience Categories.txt", Keep::Whole, nullptr},
    {"onet-29.3/Occupation Data.txt", Keep::Occupations, "O*NET-SOC Code"},
    {"onet-29.3/Job Zones.txt", Keep::Occupations, "O*NET-SOC Code"},
    {"onet-29.3/Skills.txt", Keep::Occupations, "O*NET-SOC Code"},
    {"onet-29.3/Knowledge.txt", Keep::Occupations, "O*NET-SOC Code"},
    {"onet-29.3/Education, Training, and Experience.txt", Keep::Occupations, "O*NET-SOC Code"},
    {"onet-29.3/Task Statements.txt", Keep::Occupations, "O*NET-SOC Code"},
    {"onet-29.3/Emerging Tasks.txt", Keep::Occupations, "O*NET-SOC Code"},
    {"onet-29.3/Technology Skills.txt", Keep::Occupations, "O*NET-SOC Code"},
    {"onet-29.3/Related Occupations.txt", Keep::Occupations, "O*NET-SOC Code"},
    {"onet-29.3/Alternate Titles.txt", Keep::Occupations, "O*NET-SOC Code"},
    {"onet-29.3/Sample of Reported Titles.txt", Keep::Occupations, "O*NET-SOC Code"},
    {"bls/national_M2024_field_descriptions.tsv", Keep::Whole, nullptr},
    {"bls/national_M2024_dl.tsv", Keep::Statistics, "OCC_CODE"},
    {"bls/table_1_2_projections_clean.tsv", Keep::Statistics, "2024 National Employment Matrix code"},
    {"bls/table_1_10_openings_clean.tsv", Keep::Statistics, "2024 National Employment Matrix code"},
};

// Works on bytes, not text, so kept rows are copied exactly as the release has them (line ends included).
bool filter(const QByteArray& input, const FileRule& rule, const QString& name, QByteArray* output, QString* error)
{
    qsizetype end = input.indexOf('\n');
    if (end < 0) {
        *error = QStringLiteral("%1: no header row").arg(name);
        return false;
    }
    const QList<QByteArray> header = input.left(end).split('\t');
    qsizetype column = -1;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed() == rule.codeColumn)
            column = i;
    }
    if (column < 0) {
        *error = QStringLiteral("%1:1: missing column \"%2\"").arg(name, QString::fromUtf8(rule.codeColumn));
        return false;
    }

    output->reserve(input.size() / 8);
    output->append(input.constData(), end + 1);
    int line = 1;
    for (qsizetype start = end + 1; start < input.size(); start = end + 1) {
        ++line;
        end = input.indexOf('\n', start);
        if (end < 0) {
            *error = QStringLiteral("%1:%2: last line has no line end (truncated file?)").arg(name).arg(line);
            return false;
        }
        const QByteArrayView row(input.constData() + start, end - start);
        // Find the code field without splitting the whole row.
        qsizetype fieldStart = 0;
        for (qsizetype i = 0; i < column && fieldStart >= 0; ++i) {
            const qsizetype tab = row.indexOf('\t', fieldStart);
            fieldStart = tab < 0 ? -1 : tab + 1;
        }
        if (fieldStart < 0) {
            *error = QStringLiteral("%1:%2: row has no \"%3\" field")
                         .arg(name)
                         .arg(line)
                         .arg(QString::fromUtf8(rule.codeColumn));
            return false;
        }
        qsizetype fieldEnd = row.indexOf('\t', fieldStart);
        if (fieldEnd < 0)
            fieldEnd = row.size();
        const QString code = QString::fromLatin1(row.sliced(fieldStart, fieldEnd - fieldStart)).trimmed();
        const bool keep = rule.keep == Keep::Occupations ? OfficialScope::isComputerOccupation(code)
                                                         : OfficialScope::isComputerStatistic(code);
        if (keep)
            output->append(input.constData() + start, end - start + 1);
    }
    return true;
}

} // namespace

bool OfficialSubset::make(const QString& fullDir, const QString& outDir, QString* error)
{
    QString ignored;
    if (error == nullptr)
        error = &ignored;
    const QDir in(fullDir);
    if (!in.exists()) {
        *error = QStringLiteral("%1: no such directory").arg(fullDir);
        return false;
    }

    // Everything is read and cut first, so a bad input leaves the existing subset untouched.
    QList<QByteArray> outputs;
    for (const FileRule& rule : Rules) {
        const QString name = QString::fromUtf8(rule.path);
        QByteArray input;
        if (!InputFile::read(in.filePath(name), name, &input, error))
            return false;
        if (input.isEmpty()) {
            *error = QStringLiteral("%1: empty file").arg(name);
            return false;
        }
        QByteArray output;
        if (rule.keep == Keep::Whole)
            output = input;
        else if (!filter(input, rule, name, &output, error))
            return false;
        outputs.append(output);
    }

    const QDir out(outDir);
    for (const char* folder : {"onet-29.3", "bls"}) {
        if (!out.mkpath(QString::fromUtf8(folder))) {
            *error = QStringLiteral("%1: cannot create the folder").arg(out.filePath(QString::fromUtf8(folder)));
            return false;
        }
    }
    qsizetype index = 0;
    for (const FileRule& rule : Rules) {
        const QString name = QString::fromUtf8(rule.path);
        QSaveFile file(out.filePath(name));
        const QByteArray& output = outputs.at(index++);
        if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size() || !file.commit()) {
            *error = QStringLiteral("%1: cannot write: %2").arg(out.filePath(name), file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace cg
