#include "OnetElementTableModel.h"

#include "models/RowOf.h"

namespace cg {

OnetElementTableModel::OnetElementTableModel(QObject* parent) : ItemTableModel(ColumnCount, parent) {}

void OnetElementTableModel::setElements(const QList<OnetElement>& elements,
                                        const QHash<QString, SkillAssessmentStore::Status>& statuses)
{
    beginResetModel();
    m_elements = elements;
    m_statuses.clear();
    for (const OnetElement& element : elements) {
        const auto status = statuses.value(SkillAssessmentStore::onetKey(element.elementId));
        if (status != SkillAssessmentStore::Status::Unknown)
            m_statuses.insert(element.elementId, status);
    }
    endResetModel();
}

int OnetElementTableModel::rowOf(const QString& elementId) const
{
    return cg::rowOf(m_elements, &OnetElement::elementId, elementId);
}

SkillAssessmentStore::Status OnetElementTableModel::status(const QString& elementId) const
{
    return m_statuses.value(elementId, SkillAssessmentStore::Status::Unknown);
}

void OnetElementTableModel::setStatus(const QString& elementId, SkillAssessmentStore::Status status)
{
    const int row = rowOf(elementId);
    if (row < 0)
        return;
    if (status == SkillAssessmentStore::Status::Unknown)
        m_statuses.remove(elementId);
    else
        m_statuses.insert(elementId, status);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OnetElementTableModel::setStatuses(const QHash<QString, SkillAssessmentStore::Status>& statuses)
{
    for (const OnetElement& element : std::as_const(m_elements)) {
        const auto saved = statuses.value(SkillAssessmentStore::onetKey(element.elementId));
        if (saved != status(element.elementId))
            setStatus(element.elementId, saved);
    }
}

QString OnetElementTableModel::domainName(const QString& domain)
{
    return domain == QLatin1String("knowledge") ? tr("Knowledge") : tr("Skill");
}

QVariant OnetElementTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OnetElement& element = m_elements.at(index.row());
    const auto status = [this, &element] { return this->status(element.elementId); };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return element.name;
        case DomainColumn:
            return domainName(element.domain);
        case GroupColumn:
            return element.group;
        case OccupationsColumn:
            return element.importantOccupations;
        case StatusColumn:
            return status() == SkillAssessmentStore::Status::Unknown ? QString()
                                                                     : SkillAssessmentStore::displayName(status());
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == OccupationsColumn
                   ? tr("Occupations that rate it %1 or more of 5 in importance (O*NET 29.3)")
                         .arg(ElementOccupations::MinimumImportance)
                   : element.description;
    case Qt::TextAlignmentRole:
        return numberAlignment(index.column() == OccupationsColumn);
    case ElementIdRole:
        return element.elementId;
    case StatusRole:
        return int(status());
    case FilterRole:
        return element.name + QChar(31) + element.group + QChar(31) + element.description;
    case SortRole:
        switch (index.column()) {
        case OccupationsColumn:
            return element.importantOccupations;
        case StatusColumn:
            return int(status());
        case GroupColumn:
            // Grouped as O*NET's content model orders them.
            return element.elementId;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    default:
        return {};
    }
}

QStringList OnetElementTableModel::columnTitles() const
{
    return {tr("Skill or knowledge"), tr("Kind"), tr("Group"), tr("Occupations"), tr("My status")};
}

QVariant OnetElementTableModel::columnToolTip(int column) const
{
    if (column == OccupationsColumn)
        return tr("Occupations that rate it %1 or more of 5 in importance (O*NET 29.3)")
            .arg(ElementOccupations::MinimumImportance);
    return {};
}

} // namespace cg
