#pragma once

#include <QSortFilterProxyModel>
#include <QWidget>
#include <memory>

namespace Ui {
class SalariesTab;
}

namespace cg {

class SalaryRepository;
class SalaryTableModel;
class Settings;

// Salaries: every figure with its source and date.
class SalariesTab final : public QWidget
{
    Q_OBJECT

public:
    SalariesTab(const SalaryRepository& salaries, Settings& settings, QWidget* parent = nullptr);
    ~SalariesTab() override;

    int visibleFigureCount() const;
    void setFilterText(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    void showCurrent();

    std::unique_ptr<Ui::SalariesTab> m_ui;
    const SalaryRepository& m_salaries;
    Settings& m_settings;
    SalaryTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    bool m_loaded = false;
};

} // namespace cg
