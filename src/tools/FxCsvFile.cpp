#include "FxCsvFile.h"

#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

namespace cg {

namespace {
constexpr char ByteOrderMark[] = "\xEF\xBB\xBF";
} // namespace

QString FxCsvFile::where(int line) const
{
    return QStringLiteral("%1:%2").arg(m_path).arg(line);
}

bool FxCsvFile::eachRow(qsizetype headerAt, const RowFunction& row, QString* error) const
{
    const qsizetype columns = m_records.at(headerAt).fields.size();
    for (qsizetype r = headerAt + 1; r < m_records.size(); ++r) {
        const Record& record = m_records.at(r);
        if (record.fields.isEmpty())
            continue;
        if (record.fields.size() != columns) {
            *error = QStringLiteral("%1: %2 fields, the header has %3")
                         .arg(where(record.line))
                         .arg(record.fields.size())
                         .arg(columns);
            return false;
        }
        if (!row(record))
            return false;
    }
    return true;
}

bool FxCsvFile::read(const QString& path, QString* error)
{
    m_path = path;
    m_records.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray bytes = file.readAll();
    m_byteOrderMark = bytes.startsWith(ByteOrderMark);
    if (m_byteOrderMark)
        bytes.remove(0, 3);
    const qsizetype firstBreak = bytes.indexOf('\n');
    m_lineEnding = firstBreak > 0 && bytes.at(firstBreak - 1) == '\r' ? QByteArray("\r\n") : QByteArray("\n");
    m_finalNewline = bytes.endsWith('\n');
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = QStringLiteral("%1: not valid UTF-8").arg(path);
        return false;
    }
    QStringList lines = text.split(u'\n');
    if (m_finalNewline)
        lines.removeLast();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Record record;
        record.line = int(i + 1);
        record.text = lines.at(i);
        if (record.text.endsWith(u'\r'))
            record.text.chop(1);
        QString reason;
        if (!record.text.isEmpty() && !split(record.text, &record.fields, &reason)) {
            *error = QStringLiteral("%1: %2").arg(where(record.line), reason);
            return false;
        }
        m_records.append(record);
    }
    return true;
}

bool FxCsvFile::split(const QString& line, QStringList* fields, QString* reason)
{
    fields->clear();
    qsizetype i = 0;
    for (;;) {
        QString field;
        // BEA's tables put a space before some quoted fields (' "01000"'); the space is not part of the field.
        qsizetype quote = i;
        while (quote < line.size() && line.at(quote) == u' ')
            ++quote;
        if (quote < line.size() && line.at(quote) == u'"') {
            i = quote + 1;
            for (;;) {
                if (i >= line.size()) {
                    *reason = QStringLiteral("a quoted field is not closed");
                    return false;
                }
                if (line.at(i) == u'"') {
                    if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                        field.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(line.at(i++));
            }
            if (i < line.size() && line.at(i) != u',') {
                *reason = QStringLiteral("text after the closing quote of field %1").arg(fields->size() + 1);
                return false;
            }
        } else {
            const qsizetype end = line.indexOf(u',', i);
            field = line.mid(i, end < 0 ? -1 : end - i);
            if (field.contains(u'"')) {
                *reason = QStringLiteral("a quote inside unquoted field %1").arg(fields->size() + 1);
                return false;
            }
            i = end < 0 ? line.size() : end;
        }
        fields->append(field);
        if (i >= line.size())
            return true;
        ++i; // the comma
        if (i == line.size()) {
            fields->append(QString()); // a trailing comma ends with an empty field
            return true;
        }
    }
}

QString FxCsvFile::join(const QStringList& fields, bool quoteAll)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& field : fields) {
        const bool quote = quoteAll || field.contains(u',') || field.contains(u'"');
        if (!quote) {
            out.append(field);
            continue;
        }
        QString escaped = field;
        escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        out.append(u'"' + escaped + u'"');
    }
    return out.join(u',');
}

bool FxCsvFile::writeLike(const QString& path, const QStringList& lines, QString* error) const
{
    QByteArray bytes;
    if (m_byteOrderMark)
        bytes.append(ByteOrderMark);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        bytes.append(lines.at(i).toUtf8());
        if (i + 1 < lines.size() || m_finalNewline)
            bytes.append(m_lineEnding);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace cg
