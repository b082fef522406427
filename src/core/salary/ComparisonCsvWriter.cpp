#include "ComparisonCsvWriter.h"

#include "SalaryComparison.h"
#include "SalaryTerms.h"

#include <QLocale>
#include <QSaveFile>

namespace cg {

namespace {
// Plain decimal text for a stated amount: "239200.00", "at least 239200.00", "" when nothing was published.
QString plain(const StatedAmount& amount)
{
    switch (amount.kind) {
    case StatedAmount::Kind::Amount:
        return amount.amount.toDecimalString();
    case StatedAmount::Kind::AtLeast:
        return ComparisonCsvWriter::tr("at least %1").arg(amount.amount.toDecimalString());
    case StatedAmount::Kind::NotPublished:
        return ComparisonCsvWriter::tr("not published");
    case StatedAmount::Kind::NoEstimate:
        break;
    }
    return {};
}

QString plainPercent(const std::optional<qint64>& tenths)
{
    if (!tenths)
        return {};
    const qint64 magnitude = *tenths < 0 ? -*tenths : *tenths;
    return (*tenths < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 10) + u'.' +
           QString::number(magnitude % 10);
}
} // namespace

QString ComparisonCsvWriter::quoted(const QString& field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
                             field.contains(u'\r') ||
                             (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    return u'"' + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QList<QStringList> ComparisonCsvWriter::records(const ComparisonResult& result)
{
    const QList<ComparisonColumn>& columns = result.columns;
    const int width = 1 + int(columns.size());
    QList<QStringList> rows;
    const auto padded = [width](QStringList row) {
        while (row.size() < width)
            row.append(QString());
        return row;
    };
    rows.append(padded({tr("Salary comparison")}));
    rows.append(padded({tr("Display currency"), result.currency}));
    rows.append(padded({tr("Conversion basis"), SalaryComparison::basisName(result.basis)}));
    rows.append(padded({tr("Rounding"), SalaryComparison::roundingNote()}));
    rows.append(padded({}));

    const auto add = [&](const QString& label, const auto& cell) {
        QStringList row{label};
        for (const ComparisonColumn& column : columns)
            row.append(cell(column));
        rows.append(row);
    };
    const QString in = result.currency;
    QStringList header{tr("Field")};
    for (int i = 0; i < columns.size(); ++i)
        header.append(tr("Pick %1").arg(i + 1));
    rows.append(header);
    add(tr("Role"), [](const ComparisonColumn& c) { return c.entry.roleName; });
    add(tr("Country"), [](const ComparisonColumn& c) { return c.entry.placeName(); });
    add(tr("Country code"), [](const ComparisonColumn& c) { return c.entry.country; });
    add(tr("Statistic"), [](const ComparisonColumn& c) { return SalaryTerms::statisticName(c.entry.statistic); });
    add(tr("Experience"), [](const ComparisonColumn& c) { return SalaryTerms::experienceName(c.entry.experience); });
    add(tr("Period"), [](const ComparisonColumn& c) { return SalaryTerms::periodName(c.entry.period); });
    add(tr("Source"), [](const ComparisonColumn& c) { return c.entry.sourceLabel; });
    add(tr("Citation"), [](const ComparisonColumn& c) { return c.entry.source.citation(); });
    add(tr("As of"), [](const ComparisonColumn& c) { return c.entry.asOf(); });
    add(tr("Amount as stated"), [](const ComparisonColumn& c) { return plain(c.entry.amount); });
    add(tr("Currency as stated"), [](const ComparisonColumn& c) { return c.entry.currency(); });
    add(tr("Converted to %1").arg(in), [](const ComparisonColumn& c) {
        if (c.isConverted())
            return c.conversion.converted.toDecimalString();
        return c.conversion.status == Conversion::Status::NoRate ? tr("no rate") : tr("not converted");
    });
    add(tr("Conversion"), [](const ComparisonColumn& c) { return c.conversion.explanation; });
    add(tr("Rate"), [](const ComparisonColumn& c) { return c.conversion.rate; });
    add(tr("Rate date or PPP year"), [](const ComparisonColumn& c) -> QString {
        if (!c.isConverted())
            return {};
        if (c.conversion.basis == ConversionBasis::Market)
            return c.conversion.rateDate.toString(Qt::ISODate);
        return QString::number(c.conversion.pppYear);
    });
    add(tr("Rate source"), [](const ComparisonColumn& c) { return c.conversion.sourceId; });
    add(tr("Regional price parity"), [](const ComparisonColumn& c) -> QString {
        if (!c.entry.isState() || !c.entry.priceParity.isValid())
            return {};
        return tr("BEA RPP %1: %2 (%3)")
            .arg(c.entry.priceParity.year)
            .arg(c.entry.priceParity.value, c.entry.priceParity.sourceId);
    });
    add(tr("Difference to pick 1 (%1)").arg(in), [](const ComparisonColumn& c) {
        return c.differenceState == ComparisonColumn::Difference::Ok ? c.difference.toDecimalString() : QString();
    });
    add(tr("Difference to pick 1 (%)"), [](const ComparisonColumn& c) { return plainPercent(c.tenthsOfPercent); });
    add(tr("Difference note"), [](const ComparisonColumn& c) -> QString {
        if (c.differenceState == ComparisonColumn::Difference::Reference)
            return tr("reference");
        return c.differenceReason;
    });
    const auto point = [&](const QString& name, StatedAmount WagePercentiles::*member) {
        add(tr("%1 (%2)").arg(name, in),
            [member](const ComparisonColumn& c) { return plain(c.convertedRange.*member); });
    };
    point(tr("10th percentile"), &WagePercentiles::p10);
    point(tr("25th percentile"), &WagePercentiles::p25);
    point(tr("Median"), &WagePercentiles::median);
    point(tr("75th percentile"), &WagePercentiles::p75);
    point(tr("90th percentile"), &WagePercentiles::p90);
    add(tr("Doubtful"), [](const ComparisonColumn& c) { return c.entry.doubtful ? tr("yes") : tr("no"); });
    add(tr("Note"), [](const ComparisonColumn& c) { return c.entry.note; });
    return rows;
}

QByteArray ComparisonCsvWriter::toCsv(const ComparisonResult& result)
{
    return encode(records(result));
}

QByteArray ComparisonCsvWriter::encode(const QList<QStringList>& records)
{
    QString text;
    for (const QStringList& row : records) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString& field : row)
            fields.append(quoted(field));
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool ComparisonCsvWriter::write(const QString& path, const ComparisonResult& result, QString* error)
{
    return writeBytes(path, toCsv(result), error);
}

bool ComparisonCsvWriter::writeBytes(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error =
                tr("Could not save %1 (%2). Any file of that name was left as it was.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace cg
