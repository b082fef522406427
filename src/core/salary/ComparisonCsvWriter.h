#pragma once

#include "ComparisonResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cg {

// Writes a salary comparison as CSV for spreadsheets: UTF-8 starting with a byte-order mark (without it, common
// spreadsheet apps read the file in a legacy code page and garble ₹ and £), CRLF line ends, RFC 4180
// quoting (a field with a comma, a double quote, a CR or an LF, or with spaces at either end, is enclosed in double
// quotes and its double quotes are doubled). Every record has the same number of fields: one label column plus one
// column per pick. The first records name the display currency, the conversion basis and the rounding; after an
// empty record comes the comparison, one record per field, numbers as plain decimals ("74401.64", "-29.4") so a
// spreadsheet reads them as numbers whatever its locale's grouping.
class ComparisonCsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(cg::ComparisonCsvWriter)

public:
    ComparisonCsvWriter() = delete;

    static QList<QStringList> records(const ComparisonResult& result);
    static QByteArray toCsv(const ComparisonResult& result);
    // Atomic: the file appears complete or not at all, and on failure an existing file is left as it was.
    static bool write(const QString& path, const ComparisonResult& result, QString* error);

    static QString quoted(const QString& field);
    // Records in this format (byte-order mark, quoting, CRLF), and written atomically: the other tables the app
    // exports as CSV use the same two steps.
    static QByteArray encode(const QList<QStringList>& records);
    static bool writeBytes(const QString& path, const QByteArray& bytes, QString* error);
};

} // namespace cg
