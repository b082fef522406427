#include "SkillTableModel.h"

namespace cg {

SkillTableModel::SkillTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SkillTableModel::setSkills(const QList<Skill>& skills,
                                const QHash<QString, SkillAssessmentStore::Status>& statuses)
{
    beginResetModel();
    m_skills = skills;
    m_statuses = statuses;
    endResetModel();
}

void SkillTableModel::setStatus(const QString& slug, SkillAssessmentStore::Status status)
{
    const int row = rowOf(slug);
    if (row < 0)
        return;
    if (status == SkillAssessmentStore::Status::Unknown)
        m_statuses.remove(slug);
    else
        m_statuses.insert(slug, status);
    emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

int SkillTableModel::rowOf(const QString& slug) const
{
    for (int row = 0; row < m_skills.size(); ++row) {
        if (m_skills.at(row).slug == slug)
            return row;
    }
    return -1;
}

QString SkillTableModel::categoryName(const QString& key)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("language"), QT_TR_NOOP("Programming language")},
        {QStringLiteral("framework"), QT_TR_NOOP("Framework")},
        {QStringLiteral("database"), QT_TR_NOOP("Database")},
        {QStringLiteral("web-server"), QT_TR_NOOP("Web server")},
        {QStringLiteral("api"), QT_TR_NOOP("API")},
        {QStringLiteral("version-control"), QT_TR_NOOP("Version control")},
        {QStringLiteral("testing"), QT_TR_NOOP("Testing")},
        {QStringLiteral("documentation"), QT_TR_NOOP("Documentation")},
        {QStringLiteral("cloud"), QT_TR_NOOP("Cloud")},
        {QStringLiteral("os"), QT_TR_NOOP("Operating system")},
        {QStringLiteral("practice"), QT_TR_NOOP("Practice")},
        {QStringLiteral("tool"), QT_TR_NOOP("Tool")},
        {QStringLiteral("concept"), QT_TR_NOOP("Concept")},
        {QStringLiteral("soft"), QT_TR_NOOP("Soft skill")},
    };
    const auto it = names.constFind(key);
    return it == names.constEnd() ? key : tr(it.value());
}

int SkillTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_skills.size());
}

int SkillTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkillTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Skill& skill = m_skills.at(index.row());
    const SkillAssessmentStore::Status status = m_statuses.value(skill.slug, SkillAssessmentStore::Status::Unknown);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return skill.name;
        case CategoryColumn:
            return categoryName(skill.category);
        case KindColumn:
            return skill.kind == QLatin1String("soft") ? tr("Soft") : tr("Hard");
        case RolesColumn:
            return skill.roleCount;
        case StatusColumn:
            return status == SkillAssessmentStore::Status::Unknown ? QString()
                                                                   : SkillAssessmentStore::displayName(status);
        }
        return {};
    case Qt::ToolTipRole:
        return skill.description;
    case Qt::TextAlignmentRole:
        if (index.column() == RolesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SlugRole:
        return skill.slug;
    case CategoryKeyRole:
        return skill.category;
    case KindKeyRole:
        return skill.kind;
    case StatusRole:
        return int(status);
    default:
        return {};
    }
}

QVariant SkillTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Skill");
    case CategoryColumn:
        return tr("Category");
    case KindColumn:
        return tr("Kind");
    case RolesColumn:
        return tr("Roles");
    case StatusColumn:
        return tr("My status");
    }
    return {};
}

} // namespace cg
