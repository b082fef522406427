#pragma once

#include "money/ConversionBasis.h"
#include "money/CurrencyConverter.h"
#include "salary/ExperienceProfile.h"
#include "salary/PremiumStatement.h"
#include "salary/SalaryEntry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cg {

class SalaryComparisonModel;
class SalaryComparisonStore;
class OfficialWageRepository;
class SalaryRepository;
class SalaryTableModel;
class Settings;
class StateWageRepository;

// One entry of a list to choose from: what it shows and what it stands for.
struct SalaryChoice
{
    QString label;
    QString value;
};

// What the figures can be filtered by, each list in the order it is offered.
struct SalaryFilterChoices
{
    QList<SalaryChoice> roles;     // by role name; value: role slug
    QList<SalaryChoice> countries; // by country name; value: ISO code
    QList<SalaryChoice> sources;   // by label, as the Source column shows it; value: the label
};

// The Salaries tab's state without widgets: every figure, the side-by-side comparison (its picks, display currency
// and conversion basis, remembered in the settings), the comparisons saved by name, and the converter they share.
// Changes that the person should read about arrive as message() (one line beside the comparison) or warning() (a
// message box); currencyChanged() and basisChanged() tell the views to follow a change they did not make.
class SalaryComparisonSession final : public QObject
{
    Q_OBJECT

public:
    // The currencies offered first, in this order; any other currency with ECB rates follows alphabetically.
    static const QStringList PreferredCurrencies;

    struct AddResult
    {
        bool added = false;
        int column = -1; // the new pick, or the one already holding the figure; -1 when neither
    };

    // The repositories and the store must outlive the session. Without writable user data nothing is saved.
    SalaryComparisonSession(const SalaryRepository& salaries, const OfficialWageRepository& officialWages,
                            const StateWageRepository& stateWages, SalaryComparisonStore& comparisons, bool writable,
                            Settings& settings, QObject* parent = nullptr);
    ~SalaryComparisonSession() override;

    // Reads the figures and the converter, and takes the remembered currency and basis (loaded()); only the first
    // call does. Every other call that needs them loads first.
    void load();
    bool isLoaded() const { return m_loaded; }

    SalaryTableModel* figures() const { return m_figures; }
    SalaryComparisonModel* comparison() const { return m_comparison; }
    const QList<ExperienceProfile>& profiles() const { return m_profiles; }
    QList<PremiumStatement> premiums() const;
    const CurrencyConverter& converter() const { return m_converter; }

    SalaryFilterChoices filterChoices() const;
    // The preferred currencies that have rates, then every other one; when no rates could be read, every preferred
    // currency and the remembered one, so the choice survives. Labels name the currency: "GBP — Pound sterling".
    QList<SalaryChoice> currencyChoices() const;
    static QString currencyName(const QString& code); // empty for a currency without a name here

    QString currency() const;
    ConversionBasis basis() const;
    // Both are remembered for the next start. A currency that is not offered is refused. A currency the PPP bases
    // cannot convert into switches the basis to market rates, and says why.
    bool setCurrency(const QString& code);
    void setBasis(ConversionBasis basis);
    // Why a basis cannot convert into the display currency, in a sentence for the person; empty when it can.
    QString unavailableReason(ConversionBasis basis) const;

    // ---- The picks; each says what it did through message().
    // key: a figure of figures(), or SalaryEntry::stateKey() of an occupation in a state.
    AddResult add(const QString& key);
    bool removeAt(int column);
    bool move(int from, int to);
    void clear();

    // One figure in the display currency, converted as the comparison would convert it, in a sentence: "In USD:
    // $74,402 — …", or "In USD: no rate — …"; empty for a figure in that currency.
    QString conversionNote(const SalaryEntry& entry);

    // ---- Saved comparisons, by name (trimmed)
    bool isWritable() const { return m_writable; }
    // Also takes note of which saved comparison each name stood for, so that a later save or delete changes only
    // what this window listed: one that another window replaced or removed since is refused, not overwritten.
    QStringList savedNames();
    // Saving under a name that exists replaces that comparison.
    bool save(const QString& name);
    // The saved picks still in the content, with the saved currency and basis.
    bool open(const QString& name);
    bool removeSaved(const QString& name);
    // The saved comparison last opened or saved, for the printout's title; empty after clear().
    QString loadedName() const { return m_loadedName; }

signals:
    void loaded();
    void message(const QString& text);
    void warning(const QString& title, const QString& text);
    void savedChanged();
    void currencyChanged(const QString& code);
    void basisChanged(ConversionBasis basis);

private:
    // The figure a key names: one of figures(), or a state's wages read on demand; empty when neither.
    std::optional<SalaryEntry> entryOf(const QString& key);
    // Says so, once, when a rate a conversion asked for could not be read.
    void reportUnreadRates();
    // The picks of the comparison last being built (Settings::workingComparison) that are still in the content.
    void restoreWorkingComparison();
    // Falls back to market rates when the chosen basis cannot convert into the display currency.
    void keepBasisApplicable();
    QStringList offeredCurrencies() const;

    const SalaryRepository& m_salaries;
    const OfficialWageRepository& m_officialWages;
    const StateWageRepository& m_stateWages;
    // Read with the first state pick; the state figures are kept once built (the content does not change).
    QHash<QString, QString> m_stateOccupationTitles;
    QHash<QString, PriceParity> m_priceParities;
    QHash<QString, SalaryEntry> m_stateEntries;
    SalaryComparisonStore& m_store;
    QHash<QString, qint64> m_savedIds; // as savedNames() last listed them
    const bool m_writable;
    Settings& m_settings;
    SalaryTableModel* m_figures;
    SalaryComparisonModel* m_comparison;
    CurrencyConverter m_converter;
    QString m_converterError;
    QStringList m_currencies;
    QList<ExperienceProfile> m_profiles;
    QString m_loadedName;
    bool m_loaded = false;
    bool m_restoring = false;
};

} // namespace cg
