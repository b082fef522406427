#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace cg {

// One comma-separated file of an exchange-rate or PPP release, read line by line with its layout remembered (byte
// order mark, line ending, quoting), so FxSubset can write a cut-down copy that looks like the original and
// FxImporter can report problems as "FILE:LINE: reason". Quoted fields may hold commas and doubled quotes but not
// line breaks, which none of these publishers use; spaces before a field's opening quote are passed over.
class FxCsvFile final
{
public:
    struct Record
    {
        int line = 0;       // 1-based
        QString text;       // the line as read, without its ending
        QStringList fields; // empty for a blank line
    };

    bool read(const QString& path, QString* error);

    QString path() const { return m_path; }
    const QList<Record>& records() const { return m_records; }
    QString where(int line) const; // "PATH:LINE"

    // The one loop over the data rows, those after the header at `headerAt`: blank lines are passed over, and a row
    // with another number of fields than the header stops it with "PATH:LINE: N fields, the header has M" in
    // *error; so does `row` returning false (having said why).
    using RowFunction = std::function<bool(const Record& record)>;
    bool eachRow(qsizetype headerAt, const RowFunction& row, QString* error) const;

    // Writes lines with this file's byte order mark, line ending and final newline.
    bool writeLike(const QString& path, const QStringList& lines, QString* error) const;

    // One line of fields, quoted the way the original was: every field when quoteAll, else only where needed.
    static QString join(const QStringList& fields, bool quoteAll);

private:
    static bool split(const QString& line, QStringList* fields, QString* reason);

    QString m_path;
    QList<Record> m_records;
    bool m_byteOrderMark = false;
    QByteArray m_lineEnding = "\n";
    bool m_finalNewline = true;
};

} // namespace cg
