#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace cg {

// Reads one tab-separated release file (O*NET text, BLS TSV) and holds it to the shape the importer relies on:
// UTF-8, every line ended by a line feed, a header naming the expected columns in the expected order, and every row
// as many fields as the header. Columns are found by their header names: other columns may stand between and around
// them (the full release has more than the committed, cut-down files) and are never read, so both read the same.
// Errors read "NAME:LINE: reason" (or "NAME: reason"), NAME being the path as the caller
// names it, so a build log points straight at the offending row.
class TsvFile final
{
    Q_DISABLE_COPY_MOVE(TsvFile)

public:
    TsvFile() = default;

    // Reads the whole file and finds the columns of `header` in its header row. False with *error set otherwise.
    bool open(const QString& path, const QString& name, const QStringList& header, QString* error);

    bool atEnd() const { return m_position >= m_text.size(); }

    // Moves to the next data row. False with *error set on an empty line or a wrong number of fields.
    bool next(QString* error);

    int line() const { return m_line; } // 1-based; the header is line 1
    // `column` counts the columns asked for in open(), not the file's own.
    QStringView field(int column) const { return m_fields[m_positions[static_cast<std::size_t>(column)]]; }
    // Never a null QString: Qt Sql binds a null string as SQL NULL, and a blank field is '' in the release.
    QString text(int column) const;
    const QString& name() const { return m_name; }
    QString columnName(int column) const { return m_header.value(column); }
    int columnCount() const { return int(m_header.size()); }

    // "NAME:LINE: reason" for the current row.
    QString rowError(const QString& reason) const;

private:
    bool checkHeader(const QStringList& header, QString* error);
    QStringView takeLine();
    void split(QStringView line);

    QString m_name;
    QStringList m_header;
    QString m_text;
    qsizetype m_position = 0;
    int m_line = 0;
    std::vector<QStringView> m_fields;
    std::vector<std::size_t> m_positions; // column asked for -> its field in the file
};

} // namespace cg
