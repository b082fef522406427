#include "FxSubset.h"

#include "FxCsvFile.h"
#include "FxScope.h"

#include <QDir>
#include <QFile>

namespace cg {

namespace {
const QString EcbFileName = QStringLiteral("eurofxref-hist.csv");
const QString PppGdpFileName = QStringLiteral("ppp-gdp.csv");
const QString PppGdpReadmeName = QStringLiteral("ppp-gdp.README.md");

bool fail(QString* error, const QString& reason)
{
    if (error)
        *error = reason;
    return false;
}

QStringList pick(const QStringList& fields, const QList<qsizetype>& columns)
{
    QStringList kept;
    kept.reserve(columns.size());
    for (const qsizetype column : columns)
        kept.append(fields.at(column));
    return kept;
}

// ECB: Date, the scope currencies present, and the empty column the trailing comma makes; rows from the first date.
bool cutEcb(const QDir& from, const QDir& to, QString* error)
{
    FxCsvFile file;
    if (!file.read(from.filePath(EcbFileName), error))
        return false;
    const QList<FxCsvFile::Record>& records = file.records();
    if (records.isEmpty() || records.front().fields.value(0) != QLatin1String("Date"))
        return fail(error, QStringLiteral("%1: the header must start with Date").arg(file.where(1)));
    const QStringList header = records.front().fields;
    const QStringList scope = FxScope::ecbCurrencies();
    QList<qsizetype> columns{0};
    for (qsizetype i = 1; i < header.size(); ++i) {
        if (scope.contains(header.at(i)) || (i == header.size() - 1 && header.at(i).isEmpty()))
            columns.append(i);
    }
    QStringList lines{FxCsvFile::join(pick(header, columns), false)};
    const QString firstDate = FxScope::firstRateDate().toString(Qt::ISODate);
    const bool read = file.eachRow(
        0,
        [&](const FxCsvFile::Record& record) {
            // ISO dates sort as text.
            if (record.fields.front() >= firstDate)
                lines.append(FxCsvFile::join(pick(record.fields, columns), false));
            return true;
        },
        error);
    return read && file.writeLike(to.filePath(EcbFileName), lines, error);
}

// ppp-gdp.csv: Country, Country ID (ISO2), Year, PPP; scope rows kept as they are.
bool cutPppGdp(const QDir& from, const QDir& to, QString* error)
{
    FxCsvFile file;
    if (!file.read(from.filePath(PppGdpFileName), error))
        return false;
    const QList<FxCsvFile::Record>& records = file.records();
    if (records.isEmpty() || records.front().fields.size() != 4)
        return fail(error, QStringLiteral("%1: expected the header Country,Country ID,Year,PPP").arg(file.where(1)));
    QStringList lines{records.front().text};
    for (qsizetype i = 1; i < records.size(); ++i) {
        const FxCsvFile::Record& record = records.at(i);
        if (record.fields.isEmpty())
            continue;
        if (record.fields.size() != 4)
            return fail(error, QStringLiteral("%1: expected 4 fields").arg(file.where(record.line)));
        if (FxScope::countryByIso2(record.fields.at(1)) && record.fields.at(2).toInt() >= FxScope::firstPppYear())
            lines.append(record.text);
    }
    return file.writeLike(to.filePath(PppGdpFileName), lines, error);
}

// World Bank bulk download: optional preamble, then Country Name, Country Code (ISO3), Indicator Name, Indicator
// Code and one column per year. Keeps the preamble, the four name columns, the years in scope and the scope rows.
bool cutWorldBank(const QDir& from, const QDir& to, const QString& fileName, QString* error)
{
    FxCsvFile file;
    if (!file.read(from.filePath(fileName), error))
        return false;
    const QList<FxCsvFile::Record>& records = file.records();
    qsizetype headerAt = 0;
    while (headerAt < records.size() && records.at(headerAt).fields.value(0) != QLatin1String("Country Name"))
        ++headerAt;
    if (headerAt == records.size())
        return fail(error, QStringLiteral("%1: no header line starting with Country Name").arg(file.path()));
    const FxCsvFile::Record& headerRecord = records.at(headerAt);
    const QStringList header = headerRecord.fields;
    const bool quoteAll = headerRecord.text.startsWith(u'"');
    QList<qsizetype> columns{0, 1, 2, 3};
    for (qsizetype i = 4; i < header.size(); ++i) {
        bool isYear = false;
        const int year = header.at(i).toInt(&isYear);
        if ((isYear && year >= FxScope::firstPppYear()) || (i == header.size() - 1 && header.at(i).isEmpty()))
            columns.append(i);
    }
    QStringList lines;
    for (qsizetype i = 0; i < headerAt; ++i)
        lines.append(records.at(i).text);
    lines.append(FxCsvFile::join(pick(header, columns), quoteAll));
    const bool read = file.eachRow(
        headerAt,
        [&](const FxCsvFile::Record& record) {
            if (FxScope::countryByIso3(record.fields.at(1)))
                lines.append(FxCsvFile::join(pick(record.fields, columns), quoteAll));
            return true;
        },
        error);
    return read && file.writeLike(to.filePath(fileName), lines, error);
}
} // namespace

bool FxSubset::make(const QString& fullFxDir, const QString& outDir, QString* error)
{
    const QDir from(fullFxDir);
    const QDir to(outDir);
    if (!QDir().mkpath(outDir))
        return fail(error, QStringLiteral("%1: cannot create the folder").arg(outDir));
    const QStringList privateConsumption =
        from.entryList({QStringLiteral("API_PA.NUS.PRVT.PP_DS2_*.csv")}, QDir::Files, QDir::Name);
    if (privateConsumption.isEmpty())
        return fail(error, QStringLiteral("%1: no API_PA.NUS.PRVT.PP_DS2_*.csv").arg(fullFxDir));
    if (!cutEcb(from, to, error) || !cutPppGdp(from, to, error))
        return false;
    for (const QString& fileName : privateConsumption) {
        if (!cutWorldBank(from, to, fileName, error))
            return false;
    }
    const QString readme = from.filePath(PppGdpReadmeName);
    if (QFile::exists(readme)) {
        const QString copy = to.filePath(PppGdpReadmeName);
        QFile::remove(copy);
        if (!QFile::copy(readme, copy))
            return fail(error, QStringLiteral("%1: cannot copy to %2").arg(readme, copy));
        // The release files are read-only; the copy is ours to replace next time.
        QFile::setPermissions(copy, QFile::permissions(copy) | QFile::WriteOwner);
    }
    return true;
}

} // namespace cg
