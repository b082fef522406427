#include "FxImporter.h"

#include "FieldLimits.h"
#include "FxCsvFile.h"
#include "FxScope.h"
#include "InsertStatements.h"
#include "money/Decimal.h"
#include "money/FxSourceIds.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QVariant>

#include <algorithm>

namespace cg {

namespace {
// SOURCES.md: ppp-gdp.csv is the reformatted World Bank release of 2026-03; the file itself does not say so.
const QString PppGdpRelease = QStringLiteral("2026-03");
const QString NotAvailable = QStringLiteral("N/A");

bool isDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

bool isYear(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}$"));
    return pattern.match(text).hasMatch();
}

// A published rate or factor: plain digits with an optional fraction, greater than zero.
bool isPositiveDecimal(const QString& text)
{
    const std::optional<Decimal> value = Decimal::fromString(text);
    return value && value->signum() > 0;
}

QString indicatorCode(PppBasis basis)
{
    return basis == PppBasis::Gdp ? QStringLiteral("PA.NUS.PPP") : QStringLiteral("PA.NUS.PRVT.PP");
}

QString sourceIdOf(PppBasis basis)
{
    return basis == PppBasis::Gdp ? FxSourceIds::worldBankPppGdp() : FxSourceIds::worldBankPppPrivate();
}

int indexOf(PppBasis basis)
{
    return basis == PppBasis::Gdp ? 0 : 1;
}

// Qt Sql binds a null QString as SQL NULL; the columns want '' for "none".
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}
} // namespace

bool FxImporter::fail(const QString& reason)
{
    m_error = reason;
    return false;
}

bool FxImporter::run(QSqlDatabase& db, const QString& fxDirectory, QString* error)
{
    m_rates.clear();
    m_factors.clear();
    m_factorKeys.clear();
    m_lastRateDate.clear();
    m_lastYear[0] = m_lastYear[1] = 0;
    m_newestRelease[0].clear();
    m_newestRelease[1].clear();
    m_error.clear();

    const QDir dir(fxDirectory);
    const QString ecb = dir.filePath(QStringLiteral("eurofxref-hist.csv"));
    const QString gdp = dir.filePath(QStringLiteral("ppp-gdp.csv"));
    const QString privatePattern = QStringLiteral("API_PA.NUS.PRVT.PP_DS2_*.csv");
    const QStringList gdpFiles = dir.entryList({QStringLiteral("API_PA.NUS.PPP_DS2_*.csv")}, QDir::Files, QDir::Name);
    const QStringList privateFiles = dir.entryList({privatePattern}, QDir::Files, QDir::Name);
    bool ok = true;
    for (const QString& path : {ecb, gdp}) {
        if (ok && !QFileInfo::exists(path))
            ok = fail(QStringLiteral("%1: file not found").arg(path));
    }
    if (ok && privateFiles.isEmpty())
        ok = fail(QStringLiteral("%1: file not found").arg(dir.filePath(privatePattern)));
    ok = ok && readEcb(ecb) && readPppGdp(gdp);
    for (const QString& name : gdpFiles)
        ok = ok && readWorldBank(dir.filePath(name), PppBasis::Gdp);
    for (const QString& name : privateFiles)
        ok = ok && readWorldBank(dir.filePath(name), PppBasis::PrivateConsumption);
    ok = ok && write(db);
    if (!ok && error)
        *error = m_error;
    return ok;
}

bool FxImporter::readEcb(const QString& path)
{
    FxCsvFile file;
    if (!read(path, &file))
        return false;
    const QList<FxCsvFile::Record>& records = file.records();
    if (records.isEmpty() || records.front().fields.value(0) != QLatin1String("Date"))
        return fail(QStringLiteral("%1: the header must start with Date").arg(file.where(1)));
    const QStringList header = records.front().fields;
    const QStringList scope = FxScope::ecbCurrencies();
    QList<qsizetype> columns; // the scope currencies present
    QSet<QString> seen;
    for (qsizetype i = 1; i < header.size(); ++i) {
        const QString& code = header.at(i);
        if (code.isEmpty() && i == header.size() - 1)
            continue; // the trailing comma the ECB puts on every line
        if (code.size() != 3 || code != code.toUpper() || seen.contains(code))
            return fail(QStringLiteral("%1: column %2: '%3' is not a new currency code")
                            .arg(file.where(1))
                            .arg(i + 1)
                            .arg(code));
        seen.insert(code);
        if (scope.contains(code))
            columns.append(i);
    }
    if (columns.isEmpty())
        return fail(QStringLiteral("%1: none of the currencies %2 is in the file")
                        .arg(file.where(1), scope.join(QStringLiteral(", "))));
    const bool trailingEmpty = header.back().isEmpty();
    const QString firstDate = FxScope::firstRateDate().toString(Qt::ISODate);
    QSet<QString> dates;
    return file.eachRow(
        0,
        [&](const FxCsvFile::Record& record) {
            const QStringList& fields = record.fields;
            const QString where = file.where(record.line);
            const QString& date = fields.front();
            if (!isDate(date))
                return fail(QStringLiteral("%1: '%2' is not a date (YYYY-MM-DD)").arg(where, date));
            if (dates.contains(date))
                return fail(QStringLiteral("%1: %2 appears twice").arg(where, date));
            dates.insert(date);
            if (trailingEmpty && !fields.back().isEmpty())
                return fail(QStringLiteral("%1: a value in the unnamed last column").arg(where));
            if (date < firstDate)
                return true;
            for (const qsizetype column : columns) {
                const QString& value = fields.at(column);
                if (value == NotAvailable)
                    continue;
                if (!isPositiveDecimal(value))
                    return fail(QStringLiteral("%1: %2: '%3' is not a rate").arg(where, header.at(column), value));
                m_rates.append(Rate{header.at(column), date, value});
            }
            m_lastRateDate = std::max(m_lastRateDate, date);
            return true;
        },
        &m_error);
}

bool FxImporter::readPppGdp(const QString& path)
{
    FxCsvFile file;
    if (!read(path, &file))
        return false;
    const QList<FxCsvFile::Record>& records = file.records();
    const QStringList expected{QStringLiteral("Country"), QStringLiteral("Country ID"), QStringLiteral("Year"),
                               QStringLiteral("PPP")};
    if (records.isEmpty() || records.front().fields != expected)
        return fail(QStringLiteral("%1: the header must be %2").arg(file.where(1), expected.join(u',')));
    return file.eachRow(
        0,
        [&](const FxCsvFile::Record& record) {
            const QStringList& fields = record.fields;
            const QString where = file.where(record.line);
            const QString& year = fields.at(2);
            if (!isYear(year))
                return fail(QStringLiteral("%1: '%2' is not a year").arg(where, year));
            const std::optional<FxScope::Country> country = FxScope::countryByIso2(fields.at(1));
            if (!country || year.toInt() < FxScope::firstPppYear())
                return true;
            const QString& value = fields.at(3);
            if (!isPositiveDecimal(value))
                return fail(QStringLiteral("%1: '%2' is not a PPP factor").arg(where, value));
            return addFactor(
                where, Factor{country->iso2, country->currency, year.toInt(), PppBasis::Gdp, value, PppGdpRelease});
        },
        &m_error);
}

bool FxImporter::readWorldBank(const QString& path, PppBasis basis)
{
    FxCsvFile file;
    if (!read(path, &file))
        return false;
    const QList<FxCsvFile::Record>& records = file.records();
    // The bulk download starts with "Data Source" and "Last Updated Date" lines; a copy that lost them has no
    // known release, which is stored as "" rather than guessed.
    QString release;
    qsizetype headerAt = 0;
    for (; headerAt < records.size(); ++headerAt) {
        const QStringList& fields = records.at(headerAt).fields;
        if (fields.value(0) == QLatin1String("Country Name"))
            break;
        if (fields.value(0) == QLatin1String("Last Updated Date")) {
            release = fields.value(1);
            if (!isDate(release))
                return fail(QStringLiteral("%1: '%2' is not a date (YYYY-MM-DD)")
                                .arg(file.where(records.at(headerAt).line), release));
        }
    }
    if (headerAt == records.size())
        return fail(QStringLiteral("%1: no header line starting with Country Name").arg(file.path()));
    const FxCsvFile::Record& headerRecord = records.at(headerAt);
    const QStringList& header = headerRecord.fields;
    const QStringList names{QStringLiteral("Country Name"), QStringLiteral("Country Code"),
                            QStringLiteral("Indicator Name"), QStringLiteral("Indicator Code")};
    if (header.mid(0, names.size()) != names)
        return fail(
            QStringLiteral("%1: the header must start with %2").arg(file.where(headerRecord.line), names.join(u',')));
    for (qsizetype i = names.size(); i < header.size(); ++i) {
        if (!isYear(header.at(i)) && !(header.at(i).isEmpty() && i == header.size() - 1))
            return fail(QStringLiteral("%1: column %2: '%3' is not a year")
                            .arg(file.where(headerRecord.line))
                            .arg(i + 1)
                            .arg(header.at(i)));
    }
    const QString code = indicatorCode(basis);
    return file.eachRow(
        headerAt,
        [&](const FxCsvFile::Record& record) {
            const QStringList& fields = record.fields;
            const QString where = file.where(record.line);
            if (fields.at(3) != code)
                return fail(QStringLiteral("%1: indicator '%2', expected %3").arg(where, fields.at(3), code));
            const std::optional<FxScope::Country> country = FxScope::countryByIso3(fields.at(1));
            if (!country)
                return true;
            for (qsizetype i = names.size(); i < header.size(); ++i) {
                const QString& value = fields.at(i);
                if (header.at(i).isEmpty()) {
                    if (!value.isEmpty())
                        return fail(QStringLiteral("%1: a value in the unnamed last column").arg(where));
                    continue;
                }
                const int year = header.at(i).toInt();
                if (year < FxScope::firstPppYear() || value.isEmpty())
                    continue;
                if (!isPositiveDecimal(value))
                    return fail(QStringLiteral("%1: %2: '%3' is not a PPP factor").arg(where, header.at(i), value));
                if (!addFactor(where, Factor{country->iso2, country->currency, year, basis, value, release}))
                    return false;
            }
            return true;
        },
        &m_error);
}

bool FxImporter::read(const QString& path, FxCsvFile* file)
{
    if (!file->read(path, &m_error))
        return false;
    // Every field of these files is a code, a name, a date or a number.
    for (const FxCsvFile::Record& record : file->records()) {
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            const QString tooLong =
                FieldLimits::check(QStringLiteral("field %1").arg(i + 1), record.fields.at(i), FieldLimits::Kind::Name);
            if (!tooLong.isEmpty())
                return fail(QStringLiteral("%1: %2").arg(file->where(record.line), tooLong));
        }
    }
    return true;
}

bool FxImporter::addFactor(const QString& where, const Factor& factor)
{
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(factor.country, pppBasisName(factor.basis))
                            .arg(factor.year)
                            .arg(factor.release);
    if (m_factorKeys.contains(key))
        return fail(QStringLiteral("%1: a second %2 factor for %3 in %4 from release '%5'")
                        .arg(where, pppBasisName(factor.basis), factor.country)
                        .arg(factor.year)
                        .arg(factor.release));
    m_factorKeys.insert(key);
    m_factors.append(factor);
    const int b = indexOf(factor.basis);
    m_lastYear[b] = std::max(m_lastYear[b], factor.year);
    m_newestRelease[b] = std::max(m_newestRelease[b], factor.release);
    return true;
}

bool FxImporter::write(QSqlDatabase& db)
{
    InsertStatements inserts(db);
    const auto insert = [this, &inserts](const QString& sql, const QVariantList& values, const QString& what) {
        QString reason;
        return inserts.insert(sql, values, &reason) || fail(QStringLiteral("%1: %2").arg(what, reason));
    };

    struct SourceRow
    {
        QString id;
        QString title;
        QString publisher;
        QString published;
        QString asOf;
        QString url;
        QString licence;
        QString contributes;
        QString citation;
    };
    const int gdp = indexOf(PppBasis::Gdp);
    const int household = indexOf(PppBasis::PrivateConsumption);
    const SourceRow sources[] = {
        {FxSourceIds::ecb(), QStringLiteral("Euro foreign exchange reference rates"),
         QStringLiteral("European Central Bank"), QString(), m_lastRateDate,
         QStringLiteral("https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/"
                        "html/index.en.html"),
         QStringLiteral("Published by the ECB for information; reused with the source cited"),
         QStringLiteral("daily market exchange rates (units per euro); cross rates derived through EUR"),
         QStringLiteral("Source: ECB euro foreign exchange reference rates")},
        {FxSourceIds::worldBankPppGdp(), QStringLiteral("PPP conversion factor, GDP (LCU per international $)"),
         QStringLiteral("The World Bank"), m_newestRelease[gdp],
         m_lastYear[gdp] ? QString::number(m_lastYear[gdp]) : QString(),
         QStringLiteral("https://data.worldbank.org/indicator/PA.NUS.PPP"), QStringLiteral("CC BY 4.0"),
         QStringLiteral("purchasing-power-parity factors, GDP basis, for comparing salaries across countries"),
         QStringLiteral("The World Bank: PPP conversion factor, GDP (LCU per international $) (PA.NUS.PPP): "
                        "International Comparison Program")},
        {FxSourceIds::worldBankPppPrivate(),
         QStringLiteral("PPP conversion factor, private consumption (LCU per international $)"),
         QStringLiteral("The World Bank"), m_newestRelease[household],
         m_lastYear[household] ? QString::number(m_lastYear[household]) : QString(),
         QStringLiteral("https://data.worldbank.org/indicator/PA.NUS.PRVT.PP"), QStringLiteral("CC BY 4.0"),
         QStringLiteral("purchasing-power-parity factors, private-consumption basis, for comparing what salaries buy"),
         QStringLiteral("The World Bank: PPP conversion factor, private consumption (LCU per international $) "
                        "(PA.NUS.PRVT.PP): International Comparison Program")},
    };
    for (const SourceRow& row : sources) {
        if (!insert(QStringLiteral("INSERT INTO source (id, kind, title, publisher, author, published, as_of, url, "
                                   "licence, contributes) VALUES (?, 'dataset', ?, ?, '', ?, ?, ?, ?, ?)"),
                    {text(row.id), text(row.title), text(row.publisher), text(row.published), text(row.asOf),
                     text(row.url), text(row.licence), text(row.contributes)},
                    QStringLiteral("source %1").arg(row.id)) ||
            !insert(QStringLiteral("INSERT INTO source_citation (source_id, citation) VALUES (?, ?)"),
                    {text(row.id), text(row.citation)}, QStringLiteral("source_citation %1").arg(row.id)))
            return false;
    }
    for (const Rate& row : m_rates) {
        if (!insert(QStringLiteral("INSERT INTO fx_rate (currency, date, per_eur, source_id) VALUES (?, ?, ?, ?)"),
                    {text(row.currency), text(row.date), text(row.perEur), text(FxSourceIds::ecb())},
                    QStringLiteral("fx_rate %1 %2").arg(row.currency, row.date)))
            return false;
    }
    for (const Factor& row : m_factors) {
        if (!insert(QStringLiteral("INSERT INTO ppp_factor (country, currency, year, basis, value, release, source_id) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {text(row.country), text(row.currency), row.year, text(pppBasisName(row.basis)), text(row.value),
                     text(row.release), text(sourceIdOf(row.basis))},
                    QStringLiteral("ppp_factor %1 %2").arg(row.country).arg(row.year)))
            return false;
    }
    return true;
}

} // namespace cg
