#include "RolesTab.h"

#include "Html.h"
#include "models/RoleListModel.h"
#include "models/SalaryTableModel.h"
#include "money/Money.h"
#include "repositories/RoleRepository.h"
#include "repositories/SalaryRepository.h"
#include "repositories/SourceRepository.h"
#include "settings/Settings.h"
#include "ui_RolesTab.h"

#include <QLocale>
#include <QSet>

namespace cg {

RolesTab::RolesTab(const RoleRepository& roles, const SalaryRepository& salaries, const SourceRepository& sources,
                   Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RolesTab>())
    , m_roles(roles)
    , m_salaries(salaries)
    , m_sources(sources)
    , m_settings(settings)
    , m_model(new RoleListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RoleListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->roleList->setModel(m_proxy);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->restoreState(m_settings.splitterState(QStringLiteral("roles")));

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->roleList->selectionModel(), &QItemSelectionModel::currentChanged, this, &RolesTab::showCurrent);
    connect(m_ui->compareCombo, &QComboBox::currentIndexChanged, this, &RolesTab::showCurrent);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setSplitterState(QStringLiteral("roles"), m_ui->splitter->saveState()); });
}

RolesTab::~RolesTab() = default;

void RolesTab::showEvent(QShowEvent* event)
{
    load();
    QWidget::showEvent(event);
}

void RolesTab::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    const QList<RoleSummary> roles = m_roles.all();
    m_model->setRoles(roles);
    m_ui->compareCombo->addItem(tr("(nobody — show one role)"), QString());
    for (const RoleSummary& role : roles)
        m_ui->compareCombo->addItem(role.name, role.slug);
    if (m_proxy->rowCount() > 0 && !m_ui->roleList->currentIndex().isValid())
        m_ui->roleList->setCurrentIndex(m_proxy->index(0, 0));
}

void RolesTab::selectRole(const QString& slug)
{
    load();
    m_ui->filterEdit->clear();
    const int row = m_model->rowOf(slug);
    if (row >= 0)
        m_ui->roleList->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

QString RolesTab::currentRoleSlug() const
{
    return m_ui->roleList->currentIndex().data(RoleListModel::SlugRole).toString();
}

QString RolesTab::detailText() const
{
    return m_ui->detailView->toPlainText();
}

void RolesTab::compareWith(const QString& slug)
{
    load();
    const int index = m_ui->compareCombo->findData(slug);
    m_ui->compareCombo->setCurrentIndex(index < 0 ? 0 : index);
}

QString RolesTab::citations(const QStringList& sourceIds) const
{
    QStringList titles;
    for (const QString& id : sourceIds)
        titles.append(m_sources.title(id));
    return html::muted(html::escape(tr("Sources: %1").arg(titles.join(QStringLiteral("; ")))));
}

void RolesTab::showCurrent()
{
    const QString slug = currentRoleSlug();
    if (slug.isEmpty()) {
        m_ui->detailView->clear();
        return;
    }
    const RoleDetail role = m_roles.detail(slug);
    QString page = html::heading(role.summary.name, 1);
    if (!role.summary.aliases.isEmpty())
        page += html::paragraph(tr("Also called: %1").arg(role.summary.aliases.join(QStringLiteral(", "))));
    page += QStringLiteral("<p><b>%1</b></p>").arg(html::escape(role.summary.summary));
    if (!role.description.isEmpty())
        page += html::paragraph(role.description);

    page += html::heading(tr("What they do"));
    QStringList duties;
    for (const RoleDuty& duty : role.duties) {
        QString item = html::escape(duty.text);
        if (!duty.skillNames.isEmpty())
            item += QStringLiteral(" ") + html::muted(html::escape(tr("(skills: %1)").arg(duty.skillNames.join(QStringLiteral(", ")))));
        duties.append(item);
    }
    page += html::list(duties);

    page += html::heading(tr("Skills they need"));
    QStringList skills;
    for (const RoleSkill& skill : role.skills)
        skills.append(QStringLiteral("%1 %2").arg(html::escape(skill.skillName),
                                                  html::muted(html::escape(tr("importance %1 of 5").arg(skill.importance)))));
    page += html::list(skills);

    QStringList pay;
    for (const SalaryFigure& figure : m_salaries.all()) {
        if (figure.roleSlug != slug)
            continue;
        pay.append(QStringLiteral("%1 — %2, %3, %4 %5")
                       .arg(html::escape(Money(figure.amountMinor, figure.currency).format(QLocale())),
                            html::escape(SalaryTableModel::statisticName(figure.statistic)),
                            html::escape(SalaryTableModel::countryName(figure.country)),
                            html::escape(SalaryTableModel::experienceName(figure.experience)),
                            html::muted(html::escape(figure.source.citation()))));
    }
    if (!pay.isEmpty()) {
        page += html::heading(tr("Pay"));
        page += html::list(pay);
    }

    const QList<QPair<QString, QString>> factKinds{{QStringLiteral("typical-day"), tr("A typical day")},
                                                   {QStringLiteral("works-with"), tr("Who they work with")},
                                                   {QStringLiteral("workplace"), tr("Where they work")},
                                                   {QStringLiteral("work-environment"), tr("Work environment")},
                                                   {QStringLiteral("employers"), tr("Who hires them")},
                                                   {QStringLiteral("education"), tr("Education")},
                                                   {QStringLiteral("comparison"), tr("How it compares")}};
    for (const auto& [kind, title] : factKinds) {
        QStringList items;
        for (const RoleFact& fact : role.facts) {
            if (fact.kind != kind)
                continue;
            QString item = fact.title.isEmpty() ? QString()
                                                : QStringLiteral("<b>%1</b>: ").arg(html::escape(fact.title));
            items.append(item + html::escape(fact.text) + QStringLiteral(" ") + citations(fact.sourceIds));
        }
        if (!items.isEmpty())
            page += html::heading(title) + html::list(items);
    }

    page += html::heading(tr("Sources"));
    QSet<QString> seen;
    QStringList all = role.sourceIds;
    for (const RoleDuty& duty : role.duties)
        all += duty.sourceIds;
    QStringList titles;
    for (const QString& id : all) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        titles.append(html::escape(m_sources.title(id)));
    }
    page += html::list(titles);
    m_ui->detailView->setHtml(page);
}

} // namespace cg
