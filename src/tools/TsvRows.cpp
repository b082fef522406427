#include "TsvRows.h"

#include "FieldLimits.h"
#include "InsertStatements.h"

#include <QDir>

namespace cg {

TsvRows::TsvRows(const QString& directory, InsertStatements& inserts) : m_directory(directory), m_inserts(inserts) {}

bool TsvRows::read(const QString& fileName, const QStringList& header, const QString& insert, const RowFunction& row,
                   QString* error)
{
    m_insert = nullptr;
    m_seen.clear();
    m_error = error;
    if (!m_tsv.open(QDir(m_directory).filePath(fileName), fileName, header, error))
        return false;
    QString reason;
    if (!insert.isEmpty()) {
        // Prepared before the first row, so a schema without the table is reported as such.
        m_insert = m_inserts.statement(insert, &reason);
        if (m_insert == nullptr) {
            *error = QStringLiteral("%1: %2").arg(fileName, reason);
            return false;
        }
    }
    while (!m_tsv.atEnd()) {
        if (!m_tsv.next(error) || !checkLengths() || !row(*this))
            return false;
    }
    return true;
}

bool TsvRows::checkLengths()
{
    constexpr qsizetype limit = FieldLimits::maxLength(FieldLimits::Kind::Paragraph);
    for (int column = 0; column < m_tsv.columnCount(); ++column) {
        if (field(column).size() > limit) {
            return fail(FieldLimits::check(QStringLiteral("\"%1\"").arg(m_tsv.columnName(column)), field(column),
                                           FieldLimits::Kind::Paragraph));
        }
    }
    return true;
}

bool TsvRows::expect(int column, bool ok, const char* expected)
{
    if (ok)
        return true;
    return fail(QStringLiteral("\"%1\" is \"%2\", expected %3")
                    .arg(m_tsv.columnName(column), field(column), QString::fromUtf8(expected)));
}

bool TsvRows::name(int column)
{
    if (!filled(column))
        return false;
    if (field(column).size() <= FieldLimits::maxLength(FieldLimits::Kind::Name))
        return true;
    return fail(FieldLimits::check(QStringLiteral("\"%1\"").arg(m_tsv.columnName(column)), field(column),
                                   FieldLimits::Kind::Name));
}

bool TsvRows::unique(std::initializer_list<QStringView> parts)
{
    QString key;
    for (QStringView part : parts) {
        if (!key.isEmpty())
            key += u'\t';
        key += part;
    }
    const auto found = m_seen.constFind(key);
    if (found != m_seen.cend()) {
        return fail(QStringLiteral("duplicate key (%1), first on line %2")
                        .arg(key.replace(u'\t', QStringLiteral(", ")))
                        .arg(found.value()));
    }
    m_seen.insert(key, line());
    return true;
}

bool TsvRows::fail(const QString& reason)
{
    *m_error = m_tsv.rowError(reason);
    return false;
}

bool TsvRows::store(const QVariantList& values)
{
    Q_ASSERT(m_insert != nullptr);
    QString reason;
    return InsertStatements::insert(*m_insert, values, &reason) || fail(reason);
}

} // namespace cg
