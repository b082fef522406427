#include "Measure.h"

#include <QStringList>

namespace cg::bench {

namespace {
QString number(double value)
{
    // Enough digits for sub-millisecond timings without pretending to more precision than a timer has.
    if (value != 0.0 && value < 1.0 && value > -1.0)
        return QString::number(value, 'f', 3);
    return QString::number(value, 'f', 2);
}
} // namespace

QString Measure::valueText() const
{
    return unit == QLatin1String("count") ? QString::number(qint64(value)) : number(value);
}

QString Measure::limitText() const
{
    return limit ? QStringLiteral("<=") + number(*limit) : QStringLiteral("-");
}

QString Measure::line() const
{
    return QStringLiteral("%1 %2 %3 %4").arg(name, valueText(), unit, limitText());
}

QString Measure::serialize() const
{
    return line() + u'\t' + description;
}

std::optional<Measure> Measure::parse(const QString& serialized)
{
    const qsizetype tab = serialized.indexOf(u'\t');
    const QStringList fields = serialized.left(tab).split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 4)
        return std::nullopt;
    Measure measure;
    bool ok = false;
    measure.name = fields.at(0);
    measure.value = fields.at(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    measure.unit = fields.at(2);
    if (fields.at(3) != QLatin1String("-")) {
        if (!fields.at(3).startsWith(QLatin1String("<=")))
            return std::nullopt;
        measure.limit = fields.at(3).mid(2).toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (tab >= 0)
        measure.description = serialized.mid(tab + 1);
    return measure;
}

} // namespace cg::bench
