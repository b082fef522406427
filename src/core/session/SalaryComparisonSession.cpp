#include "session/SalaryComparisonSession.h"

#include "models/SalaryComparisonModel.h"
#include "models/SalaryTableModel.h"
#include "money/Currency.h"
#include "repositories/OfficialWageRepository.h"
#include "repositories/SalaryRepository.h"
#include "repositories/StateWageRepository.h"
#include "salary/ExperienceProfiles.h"
#include "salary/SalaryComparison.h"
#include "salary/SalaryTerms.h"
#include "settings/Settings.h"
#include "user/SalaryComparisonStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace cg {

const QStringList SalaryComparisonSession::PreferredCurrencies{QStringLiteral("USD"), QStringLiteral("EUR"),
                                                               QStringLiteral("GBP"), QStringLiteral("INR"),
                                                               QStringLiteral("CAD"), QStringLiteral("AUD")};

SalaryComparisonSession::SalaryComparisonSession(const SalaryRepository& salaries,
                                                 const OfficialWageRepository& officialWages,
                                                 const StateWageRepository& stateWages,
                                                 SalaryComparisonStore& comparisons, bool writable, Settings& settings,
                                                 QObject* parent)
    : QObject(parent), m_salaries(salaries), m_officialWages(officialWages), m_stateWages(stateWages),
      m_store(comparisons), m_writable(writable), m_settings(settings), m_figures(new SalaryTableModel(this)),
      m_comparison(new SalaryComparisonModel(this))
{
    // The comparison being built is kept as it changes, so a restart finds it as it was left.
    connect(m_comparison, &SalaryComparisonModel::comparisonChanged, this, [this] {
        if (m_loaded && !m_restoring)
            m_settings.setWorkingComparison(m_comparison->comparison().keys());
    });
}

SalaryComparisonSession::~SalaryComparisonSession() = default;

void SalaryComparisonSession::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    // What load() sets up is the working comparison as it was left: nothing to keep until it is done.
    m_restoring = true;

    QList<SalaryEntry> entries;
    for (const SalaryFigure& figure : m_salaries.all())
        entries.append(SalaryEntry::fromFigure(figure));
    for (const RoleWage& wage : m_officialWages.roleWages())
        entries.append(SalaryEntry::fromRoleWage(wage));
    m_figures->setEntries(entries);
    m_profiles = ExperienceProfiles::build(entries);

    // The converter reads only the rates a conversion asks for, so it is ready at once and the first figure shows
    // with its conversion.
    m_converter = m_salaries.converter(&m_converterError);
    m_comparison->setConverter(&m_converter);
    m_currencies = offeredCurrencies();
    const QString remembered = m_settings.displayCurrency();
    m_comparison->setCurrency(m_currencies.contains(remembered) ? remembered : m_currencies.value(0));
    m_comparison->setBasis(m_settings.conversionBasis());
    keepBasisApplicable();
    restoreWorkingComparison();
    m_restoring = false;
    if (!m_converterError.isEmpty())
        emit message(tr("Exchange rates could not be read (%1); conversions show “no rate”.").arg(m_converterError));
    emit loaded();
}

void SalaryComparisonSession::restoreWorkingComparison()
{
    const QStringList keys = m_settings.workingComparison();
    if (keys.isEmpty())
        return;
    SalaryComparison comparison(currency(), basis());
    for (const QString& key : keys) {
        if (const std::optional<SalaryEntry> entry = entryOf(key))
            comparison.add(*entry);
    }
    m_comparison->setComparison(comparison);
}

std::optional<SalaryEntry> SalaryComparisonSession::entryOf(const QString& key)
{
    const int row = m_figures->rowOfKey(key);
    if (row >= 0)
        return m_figures->entryAt(row);
    const auto known = m_stateEntries.constFind(key);
    if (known != m_stateEntries.constEnd())
        return *known;
    QString occupationCode;
    QString state;
    if (!SalaryEntry::parseStateKey(key, &occupationCode, &state))
        return std::nullopt;
    if (m_stateOccupationTitles.isEmpty()) {
        for (const auto& [code, title] : m_stateWages.occupations())
            m_stateOccupationTitles.insert(code, title);
        m_priceParities = m_stateWages.latestPriceParities();
    }
    for (const StateWage& wage : m_stateWages.stateWages(occupationCode)) {
        if (wage.state == state)
            return *m_stateEntries.insert(
                key, SalaryEntry::fromStateWage(wage, m_stateOccupationTitles.value(occupationCode, occupationCode),
                                                m_priceParities.value(state), wage.source));
    }
    return std::nullopt;
}

QString SalaryComparisonSession::unavailableReason(ConversionBasis basis) const
{
    if (basis == ConversionBasis::Market)
        return {};
    const QString code = currency();
    // PPP expresses an amount in one country's prices; a currency several countries share has no one price level.
    if (m_converter.pppFactors().homeCountry(code).isEmpty())
        return tr("Purchasing-power parity needs the prices of one country, and %1 is not the currency of exactly "
                  "one country with World Bank factors here. Choose market rates or another currency.")
            .arg(code);
    return {};
}

void SalaryComparisonSession::keepBasisApplicable()
{
    const QString reason = unavailableReason(basis());
    if (reason.isEmpty())
        return;
    m_comparison->setBasis(ConversionBasis::Market);
    m_settings.setConversionBasis(ConversionBasis::Market);
    emit basisChanged(ConversionBasis::Market);
    emit message(tr("Converted at market rates instead. %1").arg(reason));
}

QList<PremiumStatement> SalaryComparisonSession::premiums() const
{
    return m_salaries.premiums();
}

void SalaryComparisonSession::reportUnreadRates()
{
    // Rates and PPP factors are read as conversions need them, so a damaged table shows up only then.
    QString error = m_converter.rates().readError();
    if (error.isEmpty())
        error = m_converter.pppFactors().readError();
    if (error.isEmpty() || error == m_converterError)
        return;
    m_converterError = error;
    emit message(tr("Exchange rates could not be read (%1); conversions show “no rate”.").arg(error));
}

// ---- Choices ----------------------------------------------------------------------------------------------------

SalaryFilterChoices SalaryComparisonSession::filterChoices() const
{
    QMap<QString, QString> roles;     // name -> slug
    QMap<QString, QString> countries; // name -> code
    QStringList sources;
    for (const SalaryEntry& entry : m_figures->entries()) {
        roles.insert(entry.roleName, entry.roleSlug);
        countries.insert(SalaryTerms::countryName(entry.country), entry.country);
        if (!sources.contains(entry.sourceLabel))
            sources.append(entry.sourceLabel);
    }
    std::sort(sources.begin(), sources.end(),
              [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });

    SalaryFilterChoices choices;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        choices.roles.append({it.key(), it.value()});
    for (auto it = countries.cbegin(); it != countries.cend(); ++it)
        choices.countries.append({it.key(), it.value()});
    for (const QString& source : std::as_const(sources))
        choices.sources.append({source, source});
    return choices;
}

QStringList SalaryComparisonSession::offeredCurrencies() const
{
    const bool known = !m_converter.rates().isEmpty();
    QStringList codes;
    const QStringList available = known ? m_converter.rates().currencies() : QStringList();
    for (const QString& code : PreferredCurrencies) {
        if (!known || available.contains(code))
            codes.append(code);
    }
    QStringList others;
    const QString remembered = m_settings.displayCurrency();
    if (!known && Currency::isValidCode(remembered) && !codes.contains(remembered))
        others.append(remembered);
    for (const QString& code : available) {
        if (!codes.contains(code))
            others.append(code);
    }
    others.sort();
    return codes + others;
}

QList<SalaryChoice> SalaryComparisonSession::currencyChoices() const
{
    QList<SalaryChoice> choices;
    for (const QString& code : m_currencies) {
        const QString name = currencyName(code);
        choices.append({name.isEmpty() ? code : tr("%1 — %2").arg(code, name), code});
    }
    return choices;
}

QString SalaryComparisonSession::currencyName(const QString& code)
{
    static const QMap<QString, const char*> names{
        {QStringLiteral("AUD"), QT_TRANSLATE_NOOP("cg::SalaryComparisonSession", "Australian dollar")},
        {QStringLiteral("BRL"), QT_TRANSLATE_NOOP("cg::SalaryComparisonSession", "Brazilian real")},
        {QStringLiteral("CAD"), QT_TRANSLATE_NOOP("cg::SalaryComparisonSession", "Canadian dollar")},
        {QStringLiteral("CHF"), QT_TRANSLATE_NOOP("cg::SalaryComparisonSession", "Swiss franc")},
        {QStringLiteral("CNY"), QT_TRANSLATE_NOOP("cg::SalaryComparisonSession", "Chinese yuan")},
        {QStringLiteral("EUR"), QT_TRANSLATE_NOOP("cg::SalaryComparisonSession", "Euro")},
        {QStringLiteral("GBP"), QT_TRANSLATE_NOOP("cg::SalaryComparisonSession", "Pound sterling")},
        {QStringLiteral("INR"), QT_TRANSLATE_NOOP("cg::SalaryComparisonSession", "Indian rupee")},
        {QStringLiteral("JPY"), QT_TRANSLATE_NOOP("cg::SalaryComparisonSession", "Japanese yen")},
        {QStringLiteral("PLN"), QT_TRANSLATE_NOOP("cg::SalaryComparisonSession", "Polish złoty")},
        {QStringLiteral("SEK"), QT_TRANSLATE_NOOP("cg::SalaryComparisonSession", "Swedish krona")},
        {QStringLiteral("USD"), QT_TRANSLATE_NOOP("cg::SalaryComparisonSession", "US dollar")},
        {QStringLiteral("ZAR"), QT_TRANSLATE_NOOP("cg::SalaryComparisonSession", "South African rand")},
    };
    const auto found = names.constFind(code);
    return found == names.constEnd() ? QString() : QCoreApplication::translate("cg::SalaryComparisonSession", *found);
}

// ---- Currency and basis -----------------------------------------------------------------------------------------

QString SalaryComparisonSession::currency() const
{
    return m_comparison->comparison().currency();
}

ConversionBasis SalaryComparisonSession::basis() const
{
    return m_comparison->comparison().basis();
}

bool SalaryComparisonSession::setCurrency(const QString& code)
{
    load();
    if (!m_currencies.contains(code))
        return false;
    m_comparison->setCurrency(code);
    m_settings.setDisplayCurrency(code);
    emit currencyChanged(code);
    keepBasisApplicable();
    return true;
}

void SalaryComparisonSession::setBasis(ConversionBasis basis)
{
    load();
    const QString reason = unavailableReason(basis);
    if (!reason.isEmpty()) {
        emit message(reason);
        emit basisChanged(this->basis()); // the views go back to the basis still in use
        return;
    }
    m_comparison->setBasis(basis);
    m_settings.setConversionBasis(basis);
    emit basisChanged(basis);
}

// ---- Picks ------------------------------------------------------------------------------------------------------

SalaryComparisonSession::AddResult SalaryComparisonSession::add(const QString& key)
{
    load();
    const std::optional<SalaryEntry> found = entryOf(key);
    if (!found) {
        emit message(tr("That figure is not in this content release."));
        return {};
    }
    const SalaryEntry& entry = *found;
    switch (m_comparison->add(entry)) {
    case SalaryComparison::AddOutcome::Added:
        emit message(
            tr("Added %1 (%2) as column %3.").arg(entry.roleName, entry.placeName()).arg(m_comparison->columnCount()));
        return {true, m_comparison->columnCount() - 1};
    case SalaryComparison::AddOutcome::AlreadyPicked: {
        const int column = m_comparison->comparison().indexOf(key);
        emit message(tr("That figure is already column %1.").arg(column + 1));
        return {false, column};
    }
    case SalaryComparison::AddOutcome::Full:
        emit message(tr("A comparison holds %1 picks; remove one first.").arg(SalaryComparison::MaxPicks));
        return {};
    }
    return {};
}

bool SalaryComparisonSession::removeAt(int column)
{
    if (!m_comparison->removeAt(column))
        return false;
    emit message(tr("Removed column %1.").arg(column + 1));
    return true;
}

bool SalaryComparisonSession::move(int from, int to)
{
    return m_comparison->move(from, to);
}

void SalaryComparisonSession::clear()
{
    m_comparison->clear();
    m_loadedName.clear();
    emit message(tr("The comparison is empty."));
}

QString SalaryComparisonSession::conversionNote(const SalaryEntry& entry)
{
    SalaryComparison single(currency(), basis());
    single.add(entry);
    const ComparisonColumn column = single.compute(m_converter).columns.value(0);
    reportUnreadRates();
    if (!column.isConverted())
        return tr("In %1: no rate — %2").arg(single.currency(), column.conversion.explanation);
    if (entry.currency() == single.currency())
        return {};
    return tr("In %1: %2 — %3")
        .arg(single.currency(), column.conversion.converted.format(QLocale()), column.conversion.explanation);
}

// ---- Saved comparisons ------------------------------------------------------------------------------------------

QStringList SalaryComparisonSession::savedNames()
{
    QStringList names;
    for (const SavedSalaryComparison& saved : m_store.list())
        names.append(saved.name);
    m_savedIds = m_store.ids();
    return names;
}

bool SalaryComparisonSession::save(const QString& rawName)
{
    load();
    const QString name = rawName.trimmed();
    if (name.isEmpty()) {
        emit message(tr("Type a name for the comparison, then Save."));
        return false;
    }
    if (m_comparison->columnCount() == 0) {
        emit message(tr("Nothing to save: add figures to the comparison first."));
        return false;
    }
    SavedSalaryComparison saved;
    saved.id = m_savedIds.value(name); // replaces only the comparison of that name this window listed
    const bool replacing = saved.id > 0;
    saved.name = name;
    saved.currency = currency();
    saved.basis = basis();
    saved.keys = m_comparison->comparison().keys();
    const SaveResult result = m_store.saveIfUnchanged(saved);
    if (!result.ok()) {
        if (result.isStale())
            emit savedChanged();
        emit warning(tr("Save Comparison"), result.error);
        return false;
    }
    m_loadedName = name;
    emit savedChanged();
    emit message(replacing ? tr("Replaced the saved comparison “%1”.").arg(name)
                           : tr("Saved the comparison as “%1”.").arg(name));
    return true;
}

bool SalaryComparisonSession::open(const QString& rawName)
{
    load();
    QString error;
    const std::optional<SavedSalaryComparison> saved = m_store.load(rawName.trimmed(), &error);
    if (!saved) {
        emit message(error);
        return false;
    }
    SalaryComparison comparison(saved->currency, saved->basis);
    int missing = 0;
    for (const QString& key : saved->keys) {
        if (const std::optional<SalaryEntry> entry = entryOf(key))
            comparison.add(*entry);
        else
            ++missing;
    }
    m_comparison->setComparison(comparison);
    // The saved currency and basis become the ones chosen, as if picked by hand.
    if (m_currencies.contains(saved->currency))
        m_settings.setDisplayCurrency(saved->currency);
    m_settings.setConversionBasis(saved->basis);
    m_loadedName = saved->name;
    emit currencyChanged(saved->currency);
    emit basisChanged(saved->basis);
    emit message(missing == 0 ? tr("Loaded “%1”.").arg(saved->name)
                              : tr("Loaded “%1”; %2 of its figures are no longer in the content and were left out.")
                                    .arg(saved->name)
                                    .arg(missing));
    keepBasisApplicable();
    return true;
}

bool SalaryComparisonSession::removeSaved(const QString& rawName)
{
    const QString name = rawName.trimmed();
    if (!m_savedIds.contains(name))
        m_savedIds = m_store.ids(); // a name typed rather than picked from the list
    if (!m_savedIds.contains(name)) {
        emit message(tr("There is no saved comparison named \u201C%1\u201D.").arg(name));
        return false;
    }
    const SaveResult result = m_store.removeIfUnchanged(name, m_savedIds.value(name));
    if (!result.ok()) {
        if (result.isStale())
            emit savedChanged();
        emit message(result.error);
        return false;
    }
    if (m_loadedName == name)
        m_loadedName.clear();
    emit savedChanged();
    emit message(tr("Deleted the saved comparison “%1”; the columns on screen stay.").arg(name));
    return true;
}

} // namespace cg
