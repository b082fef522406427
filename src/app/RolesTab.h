#pragma once

#include <QSortFilterProxyModel>
#include <QWidget>
#include <memory>

namespace Ui {
class RolesTab;
}

namespace cg {

class RoleListModel;
class RoleRepository;
class SalaryRepository;
class SourceRepository;
class Settings;

// Roles: a filterable list of roles and the selected role's details, or two roles side by side.
class RolesTab final : public QWidget
{
    Q_OBJECT

public:
    RolesTab(const RoleRepository& roles, const SalaryRepository& salaries, const SourceRepository& sources,
             Settings& settings, QWidget* parent = nullptr);
    ~RolesTab() override;

    void selectRole(const QString& slug);
    QString currentRoleSlug() const;
    QString detailText() const; // plain text of the detail view, for tests and copying
    void compareWith(const QString& slug);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void showCurrent();
    QString citations(const QStringList& sourceIds) const;

    std::unique_ptr<Ui::RolesTab> m_ui;
    const RoleRepository& m_roles;
    const SalaryRepository& m_salaries;
    const SourceRepository& m_sources;
    Settings& m_settings;
    RoleListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    bool m_loaded = false;
};

} // namespace cg
