#pragma once

#include "money/ConversionBasis.h"
#include "money/CurrencyConverter.h"
#include "salary/ExperienceProfile.h"
#include "salary/SalaryComparison.h"

#include <QList>
#include <QHash>
#include <QWidget>

#include <memory>

class QPagedPaintDevice;

namespace Ui {
class SalariesTab;
}

namespace cg {

class ComparisonChartView;
class ComparisonModel;
class ComparisonStore;
class ExperienceChartView;
class OfficialWageRepository;
class SalaryFilterProxyModel;
class SalaryRepository;
class SalaryTableModel;
class Settings;
struct SalaryEntry;

// Salaries: every figure with its source and date, the official BLS percentiles of the linked occupations, and a
// side-by-side comparison of up to four picks in one display currency (table, chart, CSV, print, saved by name),
// with pay by experience and the stated skill premiums beside it.
class SalariesTab final : public QWidget
{
    Q_OBJECT

public:
    enum Page
    {
        ComparisonPage,
        ChartPage,
        ExperiencePage,
        PremiumsPage
    };

    SalariesTab(const SalaryRepository& salaries, const OfficialWageRepository& officialWages,
                ComparisonStore& comparisons, bool userWritable, Settings& settings, QWidget* parent = nullptr);
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
    const ComparisonModel* comparisonModel() const { return m_comparisonModel; }
    QString messageText() const;

    void setDisplayCurrency(const QString& currency);
    void setConversionBasis(ConversionBasis basis);
    void showPage(Page page);

    // Export through the FileDialogs seam; false when cancelled or failed (the failure is reported).
    bool exportCsv();
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
    const ComparisonChartView* comparisonChart();

signals:
    // Whether there is anything to export or print.
    void comparisonAvailable(bool available);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    // Makes the converter, once (it reads each rate when a conversion first asks for it); everything that converts
    // calls it first.
    // Says so, once, when a rate a conversion asked for could not be read.
    void reportUnreadRates();
    void fillFilters();
    void fitColumns();
    void fillCurrencies();
    void fillPremiums();
    void refreshSaved();
    void applyFilters();
    void showEntry(const SalaryEntry& entry);
    void showCurrentFigure();
    void showCurrentPick();
    void comparisonChanged();
    void selectPick(int column);
    int currentPick() const;
    void setMessage(const QString& text);
    void onHeaderMoved(int logicalIndex, int oldVisualIndex, int newVisualIndex);
    void ensurePage(int page);

    std::unique_ptr<Ui::SalariesTab> m_ui;
    const SalaryRepository& m_salaries;
    const OfficialWageRepository& m_officialWages;
    ComparisonStore& m_comparisons;
    bool m_userWritable;
    Settings& m_settings;
    CurrencyConverter m_converter;
    QString m_converterError;
    SalaryTableModel* m_model;
    SalaryFilterProxyModel* m_proxy;
    ComparisonModel* m_comparisonModel;
    ComparisonChartView* m_comparisonChart = nullptr;
    ExperienceChartView* m_experienceChart = nullptr;
    QList<ExperienceProfile> m_profiles;
    QString m_loadedName; // the saved comparison last loaded or saved, for the printout's title
    QHash<QString, qint64> m_savedIds; // the saved comparisons as last listed: a save or delete is checked against it
    bool m_loaded = false;
};

} // namespace cg
