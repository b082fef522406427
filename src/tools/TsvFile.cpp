#include "TsvFile.h"

#include "InputFile.h"

#include <QStringDecoder>

#include <algorithm>

namespace cg {

bool TsvFile::open(const QString& path, const QString& name, const QStringList& header, QString* error)
{
    m_name = name;
    m_header = header;
    m_text.clear();
    m_position = 0;
    m_line = 0;
    m_fields.clear();
    m_positions.clear();

    QByteArray bytes;
    if (!InputFile::read(path, name, &bytes, error))
        return false;
    if (bytes.isEmpty()) {
        *error = QStringLiteral("%1: empty file (expected a header row)").arg(name);
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    m_text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = QStringLiteral("%1: not valid UTF-8").arg(name);
        return false;
    }
    // A file cut short almost always ends mid-line; insisting on the final line feed catches that even when the
    // cut happens to leave the right number of fields.
    if (!m_text.endsWith(u'\n')) {
        *error =
            QStringLiteral("%1:%2: last line has no line end (truncated file?)").arg(name).arg(m_text.count(u'\n') + 1);
        return false;
    }
    return checkHeader(header, error);
}

bool TsvFile::checkHeader(const QStringList& header, QString* error)
{
    split(takeLine());
    m_positions.clear();
    const auto isAskedFor = [&header](QStringView name) { return header.contains(name); };
    // Each column asked for must come after the one before it; columns not asked for may stand anywhere, but a
    // column asked for must not be skipped over on the way to another (that is a wrong order).
    std::size_t next = 0;
    for (const QString& expected : header) {
        const auto found =
            std::find(m_fields.cbegin() + static_cast<std::ptrdiff_t>(next), m_fields.cend(), QStringView(expected));
        if (found == m_fields.cend()) {
            const bool earlier =
                std::find(m_fields.cbegin(), m_fields.cend(), QStringView(expected)) != m_fields.cend();
            if (earlier)
                *error = rowError(QStringLiteral("column \"%1\" is out of order").arg(expected));
            else if (next < m_fields.size())
                *error = rowError(
                    QStringLiteral("missing column \"%1\" (found \"%2\" in its place)").arg(expected, m_fields[next]));
            else
                *error = rowError(QStringLiteral("missing column \"%1\"").arg(expected));
            return false;
        }
        const auto position = static_cast<std::size_t>(found - m_fields.cbegin());
        for (std::size_t skipped = next; skipped < position; ++skipped) {
            if (isAskedFor(m_fields[skipped])) {
                *error = rowError(QStringLiteral("column %1 is \"%2\", expected \"%3\"")
                                      .arg(skipped + 1)
                                      .arg(m_fields[skipped], expected));
                return false;
            }
        }
        if (std::find(found + 1, m_fields.cend(), QStringView(expected)) != m_fields.cend()) {
            *error = rowError(QStringLiteral("column \"%1\" appears twice").arg(expected));
            return false;
        }
        m_positions.push_back(position);
        next = position + 1;
    }
    return true;
}

bool TsvFile::next(QString* error)
{
    const qsizetype columns = m_fields.size();
    const QStringView line = takeLine();
    if (line.isEmpty()) {
        *error = rowError(QStringLiteral("empty line"));
        return false;
    }
    split(line);
    if (static_cast<qsizetype>(m_fields.size()) != columns) {
        *error = rowError(QStringLiteral("expected %1 fields, found %2 (truncated or malformed row)")
                              .arg(columns)
                              .arg(static_cast<qsizetype>(m_fields.size())));
        // Keep the column count for a caller that goes on reading.
        m_fields.resize(static_cast<std::size_t>(columns));
        return false;
    }
    return true;
}

QString TsvFile::text(int column) const
{
    const QStringView value = field(column);
    return value.isEmpty() ? QStringLiteral("") : value.toString();
}

QString TsvFile::rowError(const QString& reason) const
{
    return QStringLiteral("%1:%2: %3").arg(m_name).arg(m_line).arg(reason);
}

QStringView TsvFile::takeLine()
{
    // open() made sure the text ends with a line feed, so there always is one ahead.
    const qsizetype end = m_text.indexOf(u'\n', m_position);
    QStringView line = QStringView(m_text).mid(m_position, end - m_position);
    m_position = end + 1;
    ++m_line;
    if (line.endsWith(u'\r'))
        line.chop(1); // a checkout with CRLF line ends reads the same
    return line;
}

void TsvFile::split(QStringView line)
{
    m_fields.clear();
    qsizetype start = 0;
    for (;;) {
        const qsizetype tab = line.indexOf(u'\t', start);
        if (tab < 0) {
            m_fields.push_back(line.mid(start));
            return;
        }
        m_fields.push_back(line.mid(start, tab - start));
        start = tab + 1;
    }
}

} // namespace cg
