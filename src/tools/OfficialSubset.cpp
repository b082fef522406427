#include "OfficialSubset.h"

#include "InputFile.h"

#include <QDir>
#include <QList>
#include <QSaveFile>

#include <initializer_list>
#include <vector>

namespace cg {

namespace {

struct FileRule
{
    const char* path;
    // The columns OfficialImporter reads, in release order; none: the file is copied whole.
    std::initializer_list<const char*> columns;
};

// Every file OfficialImporter reads, and the release's read-me (it carries the licence). The reference files are
// small and read in full, so they are copied whole; every other file keeps all its rows and the columns whose values
// the importer stores or goes by (the code first). Titles repeated on every row, dates, sources of the rating and
// the statistics about each rating (N, standard error, confidence bounds) are left out.
const FileRule Rules[] = {
    {"onet-29.3/Read Me (text).txt", {}},
    {"onet-29.3/Content Model Reference.txt", {}},
    {"onet-29.3/Scales Reference.txt", {}},
    {"onet-29.3/Job Zone Reference.txt", {}},
    {"onet-29.3/Education, Training, and Experience Categories.txt", {}},
    {"onet-29.3/Occupation Data.txt", {"O*NET-SOC Code", "Title", "Description"}},
    {"onet-29.3/Job Zones.txt", {"O*NET-SOC Code", "Job Zone"}},
    {"onet-29.3/Skills.txt",
     {"O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value", "Recommend Suppress", "Not Relevant"}},
    {"onet-29.3/Knowledge.txt",
     {"O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value", "Recommend Suppress", "Not Relevant"}},
    {"onet-29.3/Education, Training, and Experience.txt",
     {"O*NET-SOC Code", "Scale ID", "Category", "Data Value", "Recommend Suppress"}},
    {"onet-29.3/Task Statements.txt", {"O*NET-SOC Code", "Task ID", "Task", "Task Type"}},
    {"onet-29.3/Technology Skills.txt",
     {"O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"}},
    {"onet-29.3/Related Occupations.txt",
     {"O*NET-SOC Code", "Related O*NET-SOC Code", "Related Title", "Relatedness Tier", "Index"}},
    {"onet-29.3/Alternate Titles.txt", {"O*NET-SOC Code", "Alternate Title", "Short Title"}},
    {"onet-29.3/Sample of Reported Titles.txt", {"O*NET-SOC Code", "Reported Job Title"}},
    {"bls/national_M2024_dl.tsv", {"OCC_CODE",  "OCC_TITLE", "O_GROUP", "TOT_EMP",  "EMP_PRSE", "H_MEAN",  "A_MEAN",
                                   "MEAN_PRSE", "H_PCT10",   "H_PCT25", "H_MEDIAN", "H_PCT75",  "H_PCT90", "A_PCT10",
                                   "A_PCT25",   "A_MEDIAN",  "A_PCT75", "A_PCT90",  "ANNUAL",   "HOURLY"}},
    {"bls/table_1_2_projections_clean.tsv",
     {"indent_level", "2024 National Employment Matrix title", "2024 National Employment Matrix code",
      "Occupation type", "Employment, 2024", "Employment, 2034", "Employment distribution, percent, 2024",
      "Employment distribution, percent, 2034", "Employment change, numeric, 2024\u201334",
      "Employment change, percent, 2024\u201334", "Percent self employed, 2024",
      "Occupational openings, 2024\u201334 annual average", "Median annual wage, dollars, 2024[1]",
      "Typical education needed for entry", "Work experience in a related occupation",
      "Typical on-the-job training needed to attain competency in the occupation"}},
    {"bls-state/state_M2024_oews.tsv",
     {"AREA", "AREA_TITLE", "PRIM_STATE", "OCC_CODE", "TOT_EMP", "JOBS_1000", "LOC_QUOTIENT", "H_MEDIAN", "A_PCT10",
      "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"}},
    {"bea/SARPP_STATE_2008_2023.csv", {}},
    {"bls/table_1_10_openings_clean.tsv",
     {"2024 National Employment Matrix code", "Labor force exit rate, 2024\u201334 annual average",
      "Occupational transfer rate, 2024\u201334 annual average",
      "Total occupational separations rate, 2024\u201334 annual average",
      "Labor force exits, 2024\u201334 annual average", "Occupational transfers, 2024\u201334 annual average",
      "Total occupational separations, 2024\u201334 annual average"}},
};

const FileRule* ruleOf(const QString& file)
{
    for (const FileRule& rule : Rules) {
        if (file == QString::fromUtf8(rule.path))
            return &rule;
    }
    return nullptr;
}

// One line without its line end ("\n" or "\r\n"), which is handed back in *lineEnd.
QByteArrayView lineAt(const QByteArray& input, qsizetype start, qsizetype end, QByteArrayView* lineEnd)
{
    QByteArrayView line(input.constData() + start, end - start);
    const bool crlf = line.endsWith('\r');
    if (crlf)
        line.chop(1);
    *lineEnd = crlf ? QByteArrayView("\r\n") : QByteArrayView("\n");
    return line;
}

QList<QByteArrayView> fieldsOf(QByteArrayView line)
{
    QList<QByteArrayView> fields;
    qsizetype start = 0;
    for (;;) {
        const qsizetype tab = line.indexOf('\t', start);
        if (tab < 0) {
            fields.append(line.sliced(start));
            return fields;
        }
        fields.append(line.sliced(start, tab - start));
        start = tab + 1;
    }
}

void appendCut(const QList<QByteArrayView>& fields, const std::vector<qsizetype>& kept, QByteArrayView lineEnd,
               QByteArray* output)
{
    bool first = true;
    for (const qsizetype column : kept) {
        if (!first)
            output->append('\t');
        first = false;
        output->append(fields.at(column));
    }
    output->append(lineEnd);
}

// Works on bytes, not text, so kept cells and line ends come out exactly as the release has them.
bool cut(const QByteArray& input, const FileRule& rule, const QString& name, QByteArray* output, QString* error)
{
    qsizetype end = input.indexOf('\n');
    if (end < 0) {
        *error = QStringLiteral("%1: no header row").arg(name);
        return false;
    }
    QByteArrayView lineEnd;
    const QList<QByteArrayView> header = fieldsOf(lineAt(input, 0, end, &lineEnd));
    std::vector<qsizetype> kept;
    for (const char* column : rule.columns) {
        const qsizetype index = header.indexOf(QByteArrayView(column));
        if (index < 0) {
            *error = QStringLiteral("%1:1: missing column \"%2\"").arg(name, QString::fromUtf8(column));
            return false;
        }
        if (!kept.empty() && index < kept.back()) {
            *error = QStringLiteral("%1:1: column \"%2\" is out of order").arg(name, QString::fromUtf8(column));
            return false;
        }
        kept.push_back(index);
    }

    output->reserve(input.size() / 2);
    appendCut(header, kept, lineEnd, output);
    int line = 1;
    for (qsizetype start = end + 1; start < input.size(); start = end + 1) {
        ++line;
        end = input.indexOf('\n', start);
        if (end < 0) {
            *error = QStringLiteral("%1:%2: last line has no line end (truncated file?)").arg(name).arg(line);
            return false;
        }
        const QList<QByteArrayView> fields = fieldsOf(lineAt(input, start, end, &lineEnd));
        if (fields.size() != header.size()) {
            *error = QStringLiteral("%1:%2: expected %3 fields, found %4")
                         .arg(name)
                         .arg(line)
                         .arg(header.size())
                         .arg(fields.size());
            return false;
        }
        appendCut(fields, kept, lineEnd, output);
    }
    return true;
}

} // namespace

QStringList OfficialSubset::files()
{
    QStringList list;
    for (const FileRule& rule : Rules)
        list.append(QString::fromUtf8(rule.path));
    return list;
}

QStringList OfficialSubset::columns(const QString& file)
{
    QStringList list;
    if (const FileRule* rule = ruleOf(file)) {
        for (const char* column : rule->columns)
            list.append(QString::fromUtf8(column));
    }
    return list;
}

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

    // Everything is read and cut first, so a bad input leaves the existing files untouched.
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
        if (rule.columns.size() == 0)
            output = input;
        else if (!cut(input, rule, name, &output, error))
            return false;
        outputs.append(output);
    }

    const QDir out(outDir);
    for (const char* folder : {"onet-29.3", "bls", "bls-state", "bea"}) {
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
