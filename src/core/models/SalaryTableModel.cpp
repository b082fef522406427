#include "SalaryTableModel.h"

#include "models/RowOf.h"
#include "salary/SalaryTerms.h"

#include <QLocale>

namespace cg {

SalaryTableModel::SalaryTableModel(QObject* parent) : ItemTableModel(ColumnCount, parent) {}

void SalaryTableModel::setFigures(const QList<SalaryFigure>& figures)
{
    QList<SalaryEntry> entries;
    entries.reserve(figures.size());
    for (const SalaryFigure& figure : figures)
        entries.append(SalaryEntry::fromFigure(figure));
    setEntries(entries);
}

void SalaryTableModel::setEntries(const QList<SalaryEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int SalaryTableModel::rowOfKey(const QString& key) const
{
    return cg::rowOf(m_entries, &SalaryEntry::key, key);
}

QString SalaryTableModel::statisticName(const QString& key)
{
    return SalaryTerms::statisticName(key);
}

QString SalaryTableModel::experienceName(const QString& key)
{
    return SalaryTerms::experienceName(key);
}

QString SalaryTableModel::periodName(const QString& key)
{
    return SalaryTerms::periodName(key);
}

QString SalaryTableModel::countryName(const QString& code)
{
    return SalaryTerms::countryName(code);
}

QVariant SalaryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SalaryEntry& entry = m_entries.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RoleColumn:
            // An official wage names its occupation: a role can link to several, and their rows must not read alike.
            if (entry.isOfficial())
                return tr("%1 — %2 (%3)").arg(entry.roleName, entry.occupationTitle, entry.occupationCode);
            return entry.roleName;
        case CountryColumn:
            return SalaryTerms::countryName(entry.country);
        case AmountColumn:
            return entry.amount.text(locale);
        case RangeColumn:
            if (entry.range.isEmpty())
                return QString();
            return tr("%1 – %2").arg(entry.range.p10.text(locale), entry.range.p90.text(locale));
        case StatisticColumn:
            return SalaryTerms::statisticName(entry.statistic);
        case ExperienceColumn:
            return SalaryTerms::experienceName(entry.experience);
        case PeriodColumn:
            return SalaryTerms::periodName(entry.period);
        case SourceColumn:
            return entry.doubtful ? tr("%1 ⚠ doubtful").arg(entry.sourceLabel) : entry.sourceLabel;
        case AsOfColumn:
            return entry.asOf();
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = entry.source.citation();
        if (entry.isOfficial())
            tip = tr("%1\nBLS occupation: %2 (%3)").arg(tip, entry.occupationTitle, entry.occupationCode);
        if (index.column() == RangeColumn && !entry.range.isEmpty())
            tip = tr("10th to 90th percentile; the middle half earns %1 – %2.\n%3")
                      .arg(entry.range.p25.text(locale), entry.range.p75.text(locale), tip);
        if (!entry.note.isEmpty())
            tip = entry.doubtful ? tr("%1\n\n⚠ Doubtful: %2").arg(tip, entry.note)
                                 : tr("%1\n\nNote: %2").arg(tip, entry.note);
        return tip;
    }
    case Qt::TextAlignmentRole:
        return numberAlignment(index.column() == AmountColumn || index.column() == RangeColumn);
    case Qt::AccessibleDescriptionRole:
        if (index.column() == SourceColumn && entry.doubtful)
            return tr("Doubtful figure: %1").arg(entry.note);
        return {};
    case FigureIdRole:
        return entry.figureId;
    case AmountMinorRole:
        return entry.amount.isAmount() ? QVariant(entry.amount.amount.minorUnits()) : QVariant();
    case CurrencyRole:
        return entry.currency();
    case RoleSlugRole:
        return entry.roleSlug;
    case DoubtfulRole:
        return entry.doubtful;
    case KeyRole:
        return entry.key;
    case CountryCodeRole:
        return entry.country;
    case SourceLabelRole:
        return entry.sourceLabel;
    case OfficialRole:
        return entry.isOfficial();
    default:
        return {};
    }
}

QStringList SalaryTableModel::columnTitles() const
{
    return {tr("Role"),       tr("Country"), tr("Amount"), tr("p10–p90"), tr("Statistic"),
            tr("Experience"), tr("Period"),  tr("As of"),  tr("Source")};
}

QVariant SalaryTableModel::columnToolTip(int column) const
{
    if (column == AmountColumn)
        return tr("In the figure's own currency, as stated. Sorts by currency, then by amount.");
    if (column == RangeColumn)
        return tr("Range of official BLS wages: 10th to 90th percentile");
    return {};
}

} // namespace cg
