#include "SkillTableModel.h"

#include "models/RowOf.h"

#include <QSet>

namespace cg {

SkillTableModel::SkillTableModel(QObject* parent) : ItemTableModel(ColumnCount, parent) {}

void SkillTableModel::setSkills(const QList<Skill>& skills,
                                const QHash<QString, SkillAssessmentStore::Status>& statuses)
{
    beginResetModel();
    m_skills = skills;
    m_statuses = statuses;
    // A sort by category compares each row some log2(n) times; building its key on every comparison (a translated
    // name, a concatenation, case folding) cost more than the rest of showing 50,000 skills.
    m_categorySortKeys.clear();
    m_categorySortKeys.reserve(skills.size());
    QHash<QString, QString> names;
    for (const Skill& skill : skills) {
        auto name = names.constFind(skill.category);
        if (name == names.cend())
            name = names.insert(skill.category, categoryName(skill.category));
        m_categorySortKeys.append(QString(*name + QChar(31) + skill.name).toCaseFolded());
    }
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
    // The whole row, so a proxy filtering by status (keyed on the first column) re-checks it.
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SkillTableModel::setStatuses(const QHash<QString, SkillAssessmentStore::Status>& statuses)
{
    QSet<QString> slugs(m_statuses.keyBegin(), m_statuses.keyEnd());
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        slugs.insert(it.key());
    for (const QString& slug : std::as_const(slugs)) {
        const auto status = statuses.value(slug, SkillAssessmentStore::Status::Unknown);
        if (m_statuses.value(slug, SkillAssessmentStore::Status::Unknown) != status)
            setStatus(slug, status);
    }
}

void SkillTableModel::setTargetImportance(const QString& roleName, const QHash<QString, int>& importance)
{
    m_targetName = roleName;
    m_targetImportance = importance;
    if (!m_skills.isEmpty())
        emit dataChanged(index(0, TargetColumn), index(rowCount() - 1, TargetColumn));
    emit headerDataChanged(Qt::Horizontal, TargetColumn, TargetColumn);
}

int SkillTableModel::rowOf(const QString& slug) const
{
    return cg::rowOf(m_skills, &Skill::slug, slug);
}

SkillAssessmentStore::Status SkillTableModel::status(const QString& slug) const
{
    return m_statuses.value(slug, SkillAssessmentStore::Status::Unknown);
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

QString SkillTableModel::importanceDots(int importance)
{
    if (importance <= 0)
        return {};
    const int filled = std::min(importance, 5);
    return QString(filled, QChar(0x25CF)) + QString(5 - filled, QChar(0x25CB));
}

QString SkillTableModel::technologyText(const Skill& skill) const
{
    if (!skill.technologyMatched)
        return {};
    QStringList flags;
    if (skill.hot)
        flags.append(tr("Hot"));
    if (skill.inDemandOccupations > 0)
        flags.append(tr("In demand"));
    return flags.isEmpty() ? tr("Listed") : flags.join(QStringLiteral(" \u00B7 "));
}

QVariant SkillTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Skill& skill = m_skills.at(index.row());
    // Looked up only by the roles that need them: sorting and filtering ask for data() a great many times.
    const auto status = [this, &skill] { return m_statuses.value(skill.slug, SkillAssessmentStore::Status::Unknown); };
    const auto target = [this, &skill] { return m_targetImportance.value(skill.slug, 0); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return skill.name;
        case CategoryColumn:
            return categoryName(skill.category);
        case KindColumn:
            return skill.kind == QLatin1String("soft") ? tr("Soft") : tr("Hard");
        case NeededByColumn:
            return skill.roleCount;
        case TargetColumn:
            return importanceDots(target());
        case TechnologyColumn:
            return technologyText(skill);
        case StatusColumn:
            return status() == SkillAssessmentStore::Status::Unknown ? QString()
                                                                     : SkillAssessmentStore::displayName(status());
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TargetColumn:
            return target() > 0 ? tr("%1 rates it %2 of 5 in importance").arg(m_targetName).arg(target())
                                : tr("%1 does not list this skill").arg(m_targetName);
        case TechnologyColumn:
            if (!skill.technologyMatched)
                return tr("O*NET names no technology exactly like this skill");
            return tr("O*NET 29.3 technology skills: %1%2")
                .arg(skill.hot ? tr("a Hot Technology, often named in job postings") : tr("not a Hot Technology"),
                     skill.inDemandOccupations > 0 ? tr("; In Demand, occupations: %1").arg(skill.inDemandOccupations)
                                                   : QString());
        case NeededByColumn:
            return tr("Roles in the guide that list this skill");
        default:
            return skill.description;
        }
    case Qt::AccessibleTextRole:
        if (index.column() == TargetColumn)
            return target() > 0 ? tr("importance %1 of 5").arg(target()) : tr("not needed");
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return numberAlignment(index.column() == NeededByColumn);
    case SlugRole:
        return skill.slug;
    case CategoryKeyRole:
        return skill.category;
    case KindKeyRole:
        return skill.kind;
    case StatusRole:
        return int(status());
    case HotRole:
        return skill.hot;
    case InDemandRole:
        return skill.inDemandOccupations;
    case TargetImportanceRole:
        return target();
    case SortRole:
        switch (index.column()) {
        case CategoryColumn:
            // Grouped by category, alphabetical within it.
            return m_categorySortKeys.at(index.row());
        case NeededByColumn:
            return skill.roleCount;
        case TargetColumn:
            return target();
        case TechnologyColumn:
            return (skill.technologyMatched ? 1 : 0) + (skill.hot ? 2 : 0) + 4 * skill.inDemandOccupations;
        case StatusColumn:
            return int(status());
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    default:
        return {};
    }
}

QStringList SkillTableModel::columnTitles() const
{
    return {tr("Skill"), tr("Category"), tr("Kind"), tr("Roles"), tr("Target role"), tr("O*NET"), tr("My status")};
}

QVariant SkillTableModel::columnToolTip(int column) const
{
    switch (column) {
    case TargetColumn:
        return m_targetName.isEmpty() ? tr("How much your target role needs the skill")
                                      : tr("How much %1 needs the skill (1 to 5)").arg(m_targetName);
    case TechnologyColumn:
        return tr("Flags from O*NET 29.3 where one of its technologies is this skill, by name");
    default:
        return {};
    }
}

} // namespace cg
