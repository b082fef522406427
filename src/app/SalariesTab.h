#pragma once

#include "money/ConversionBasis.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QPagedPaintDevice;

namespace Ui {
class SalariesTab;
}

namespace cg {

class SalaryComparisonChartView;
class SalaryComparisonModel;
class SalaryComparisonStore;
class EmptyFilterNotice;
class ExperienceChartView;
class OfficialWageRepository;
class SalaryComparisonSession;
class SalaryFilterProxyModel;
class SalaryRepository;
class StateWageRepository;
class StateWagesPage;
class Settings;
struct SalaryEntry;

// Salaries: every figure with its source and date, the official BLS percentiles of the linked occupations, and a
// side-by-side comparison of up to four picks in one display currency (table, chart, CSV, print, saved by name),
// with pay by experience and the stated skill premiums beside it. The figures and the comparison's state live in a
// SalaryComparisonSession; this tab wires it to the widgets.
class SalariesTab final : public QWidget
{
    Q_OBJECT

public:
    enum Page
    {
        ComparisonPage,
        ChartPage,
        ExperiencePage,
        PremiumsPage,
        StatePage
    };

    SalariesTab(const SalaryRepository& salaries, const OfficialWageRepository& officialWages,
                const StateWageRepository& stateWages, SalaryComparisonStore& comparisons, bool userWritable,
                Settings& settings, QWidget* parent = nullptr);
    ~SalariesTab() override;

    int visibleFigureCount() const;
    void setFilterText(const QString& text);
    // Empty shows all. Role by slug, country by ISO code, source by its label as shown in the Source column.
    void setRoleFilter(const QString& roleSlug);
    void setCountryFilter(const QString& countryCode);
    void setSourceFilter(const QString& sourceLabel);

    // Adds the figure on the current row of the table; false (with a message shown) when it cannot.
    bool addCurrentToComparison();
    bool addToComparison(const QString& key);
    bool removeFromComparison(int column);
    bool moveInComparison(int from, int to);
    const SalaryComparisonModel* comparisonModel() const;
    QString messageText() const;

    void setDisplayCurrency(const QString& currency);
    void setConversionBasis(ConversionBasis basis);
    void showPage(Page page);

    // Export through the FileDialogs seam; false when cancelled or failed (the failure is reported).
    bool exportCsv();
    // The printable comparison as a PDF file, through the FileDialogs seam; false when cancelled or failed.
    bool exportPdf();
    // Paints the printable comparison on a printer or PDF writer.
    bool printComparison(QPagedPaintDevice* device);
    void showPrintPreview();

    bool saveComparison(const QString& name);
    bool loadComparison(const QString& name);
    bool deleteSavedComparison(const QString& name);
    QStringList savedComparisonNames() const;

public slots:
    // Another window changed the user data: list the saved comparisons as they are now.
    void reloadUserData();

    // The charts are built when their page is first shown; asking for one builds it.
    const ExperienceChartView* experienceChart();
    // Pay by state for one occupation, with its map (the "By state" page).
    StateWagesPage* statePage() const { return m_statePage; }
    const SalaryComparisonChartView* comparisonChart();

signals:
    // Whether there is anything to export or print.
    void comparisonAvailable(bool available);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillWidgets();
    void fillFilters();
    void fitColumns();
    void fillCurrencies();
    void fillPremiums();
    void refreshSaved();
    void applyFilters();
    void clearFilters();
    void figuresFiltered();
    void showEntry(const SalaryEntry& entry);
    void showCurrentFigure();
    void showCurrentPick();
    void showConversionChoices();
    void comparisonChanged();
    void selectPick(int column);
    int currentPick() const;
    void setMessage(const QString& text);
    void onHeaderMoved(int logicalIndex, int oldVisualIndex, int newVisualIndex);
    void ensurePage(int page);
    // Where to export the comparison, asked through the FileDialogs seam with the file name's suffix added when
    // none is typed; empty when there is nothing to export or the person cancelled.
    QString askExportPath(const QString& title, const QString& fileName, const QString& filter);

    std::unique_ptr<Ui::SalariesTab> m_ui;
    std::unique_ptr<SalaryComparisonSession> m_session;
    SalaryFilterProxyModel* m_proxy;
    SalaryComparisonChartView* m_comparisonChart = nullptr;
    ExperienceChartView* m_experienceChart = nullptr;
    StateWagesPage* m_statePage;
    EmptyFilterNotice* m_emptyNotice;
};

} // namespace cg
