#include "SalaryTableModel.h"

#include "money/Money.h"

#include <QLocale>

namespace cg {

SalaryTableModel::SalaryTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SalaryTableModel::setFigures(const QList<SalaryFigure>& figures)
{
    beginResetModel();
    m_figures = figures;
    endResetModel();
}

QString SalaryTableModel::statisticName(const QString& key)
{
    if (key == QLatin1String("average"))
        return tr("Average");
    if (key == QLatin1String("median"))
        return tr("Median");
    if (key == QLatin1String("low"))
        return tr("Low end");
    if (key == QLatin1String("high"))
        return tr("High end");
    if (key.startsWith(u'p'))
        return tr("%1th percentile").arg(key.mid(1));
    return key;
}

QString SalaryTableModel::experienceName(const QString& key)
{
    if (key == QLatin1String("all"))
        return tr("All levels");
    if (key == QLatin1String("entry"))
        return tr("Entry level");
    if (key == QLatin1String("15+"))
        return tr("15+ years");
    return tr("%1 years").arg(key);
}

QString SalaryTableModel::periodName(const QString& key)
{
    if (key == QLatin1String("year"))
        return tr("per year");
    if (key == QLatin1String("month"))
        return tr("per month");
    if (key == QLatin1String("hour"))
        return tr("per hour");
    return key;
}

QString SalaryTableModel::countryName(const QString& code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

int SalaryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int SalaryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SalaryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SalaryFigure& figure = m_figures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RoleColumn:
            return figure.roleName;
        case CountryColumn:
            return countryName(figure.country);
        case AmountColumn:
            return Money(figure.amountMinor, figure.currency).format(QLocale());
        case StatisticColumn:
            return statisticName(figure.statistic);
        case ExperienceColumn:
            return experienceName(figure.experience);
        case PeriodColumn:
            return periodName(figure.period);
        case SourceColumn: {
            const QString who = figure.source.citation().section(QStringLiteral(" ("), 0, 0);
            return figure.doubtful ? tr("%1 ⚠ doubtful").arg(who) : who;
        }
        case AsOfColumn:
            return figure.source.asOf;
        }
        return {};
    case Qt::ToolTipRole:
        if (figure.note.isEmpty())
            return figure.source.citation();
        return tr("%1\n\nNote: %2").arg(figure.source.citation(), figure.note);
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FigureIdRole:
        return figure.id;
    case AmountMinorRole:
        return figure.amountMinor;
    case CurrencyRole:
        return figure.currency;
    case RoleSlugRole:
        return figure.roleSlug;
    case DoubtfulRole:
        return figure.doubtful;
    default:
        return {};
    }
}

QVariant SalaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case CountryColumn:
        return tr("Country");
    case AmountColumn:
        return tr("Amount");
    case StatisticColumn:
        return tr("Statistic");
    case ExperienceColumn:
        return tr("Experience");
    case PeriodColumn:
        return tr("Period");
    case SourceColumn:
        return tr("Source");
    case AsOfColumn:
        return tr("As of");
    }
    return {};
}

} // namespace cg
