// SalaryComparisonSession over the real content and a user database file, without widgets: the figures and the
// remembered currency and basis, the choices it offers, picks added once and at most four, and comparisons saved,
// opened and removed by name.
#include "TestSupport.h"
#include "database/ContentDatabase.h"
#include "database/UserDatabase.h"
#include "models/SalaryComparisonModel.h"
#include "models/SalaryTableModel.h"
#include "repositories/OfficialWageRepository.h"
#include "repositories/SalaryRepository.h"
#include "repositories/StateWageRepository.h"
#include "salary/SalaryComparison.h"
#include "salary/SalaryTerms.h"
#include "session/SalaryComparisonSession.h"
#include "settings/Settings.h"
#include "user/SalaryComparisonStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using cg::ConversionBasis;
using cg::SalaryComparisonSession;
using cg::SalaryEntry;

class TestSalaryComparisonSession final : public QObject
{
    Q_OBJECT

private:
    cg::ContentDatabase m_content;
    std::unique_ptr<cg::SalaryRepository> m_salaries;
    std::unique_ptr<cg::OfficialWageRepository> m_wages;
    std::unique_ptr<cg::StateWageRepository> m_stateWages;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cg::UserDatabase> m_user;
    std::unique_ptr<cg::SalaryComparisonStore> m_store;
    std::unique_ptr<cg::Settings> m_settings;
    std::unique_ptr<SalaryComparisonSession> m_session;
    QStringList m_messages;

    void start()
    {
        m_session = std::make_unique<SalaryComparisonSession>(*m_salaries, *m_wages, *m_stateWages, *m_store, true,
                                                              *m_settings);
        connect(m_session.get(), &SalaryComparisonSession::message, this,
                [this](const QString& text) { m_messages.append(text); });
    }

    // The first figure stated in that currency by an article.
    SalaryEntry figureIn(const QString& currency) const
    {
        for (const SalaryEntry& entry : m_session->figures()->entries()) {
            if (entry.currency() == currency && !entry.isOfficial() && entry.amount.amount.isValid())
                return entry;
        }
        return {};
    }

    QStringList firstKeys(int count) const
    {
        QStringList keys;
        for (const SalaryEntry& entry : m_session->figures()->entries()) {
            if (keys.size() < count)
                keys.append(entry.key);
        }
        return keys;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_content.open(cg::test::contentDatabasePath()), qPrintable(m_content.errorString()));
        m_salaries = std::make_unique<cg::SalaryRepository>(m_content.database());
        m_wages = std::make_unique<cg::OfficialWageRepository>(m_content.database());
        m_stateWages = std::make_unique<cg::StateWageRepository>(m_content.database());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_user = std::make_unique<cg::UserDatabase>();
        QVERIFY2(m_user->open(m_dir->filePath(QStringLiteral("user.sqlite"))), qPrintable(m_user->errorString()));
        m_store = std::make_unique<cg::SalaryComparisonStore>(m_user->database());
        m_settings = std::make_unique<cg::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_messages.clear();
        start();
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
        m_user.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void loadTakesTheRememberedChoices()
    {
        m_settings->setDisplayCurrency(QStringLiteral("GBP"));
        m_settings->setConversionBasis(ConversionBasis::Ppp);
        QSignalSpy loaded(m_session.get(), &SalaryComparisonSession::loaded);
        QVERIFY(!m_session->isLoaded());
        m_session->load();
        m_session->load();
        QCOMPARE(loaded.count(), 1);
        QVERIFY(m_session->figures()->rowCount() > 29); // every article figure and the official rows
        QVERIFY(!m_session->profiles().isEmpty());
        QVERIFY(!m_session->premiums().isEmpty());
        QCOMPARE(m_session->currency(), QStringLiteral("GBP"));
        QCOMPARE(m_session->basis(), ConversionBasis::Ppp);
        QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
    }

    void aCurrencyNotOfferedFallsBackToTheFirst()
    {
        m_settings->setDisplayCurrency(QStringLiteral("XYZ"));
        m_session->load();
        QCOMPARE(m_session->currency(), QStringLiteral("USD"));
        QVERIFY(!m_session->setCurrency(QStringLiteral("XYZ")));
        QCOMPARE(m_settings->displayCurrency(), QStringLiteral("XYZ")); // untouched until something is chosen
    }

    void choicesComeInTheirOrder()
    {
        m_session->load();
        const QList<cg::SalaryChoice> currencies = m_session->currencyChoices();
        QVERIFY(currencies.size() > SalaryComparisonSession::PreferredCurrencies.size());
        for (int i = 0; i < SalaryComparisonSession::PreferredCurrencies.size(); ++i)
            QCOMPARE(currencies.at(i).value, SalaryComparisonSession::PreferredCurrencies.at(i));
        QCOMPARE(currencies.first().label, QStringLiteral("USD — US dollar"));
        for (int i = SalaryComparisonSession::PreferredCurrencies.size() + 1; i < currencies.size(); ++i)
            QVERIFY(currencies.at(i - 1).value < currencies.at(i).value);

        // Roles and countries by name; sources as the language sorts them.
        const cg::SalaryFilterChoices filters = m_session->filterChoices();
        for (const QList<cg::SalaryChoice>* list : {&filters.roles, &filters.countries, &filters.sources}) {
            QVERIFY(list->size() > 1);
            for (int i = 1; i < list->size(); ++i) {
                QVERIFY(!list->at(i).value.isEmpty());
                const QString& before = list->at(i - 1).label;
                const QString& label = list->at(i).label;
                QVERIFY2(list == &filters.sources ? QString::localeAwareCompare(before, label) < 0 : before < label,
                         qPrintable(label));
            }
        }
    }

    void picksAreAddedOnceAndAtMostFour()
    {
        m_session->load();
        const QStringList keys = firstKeys(5);
        SalaryComparisonSession::AddResult result = m_session->add(keys.at(0));
        QVERIFY(result.added);
        QCOMPARE(result.column, 0);
        QVERIFY(m_messages.last().startsWith(QStringLiteral("Added ")));
        QVERIFY(m_messages.last().endsWith(QStringLiteral(" as column 1.")));

        result = m_session->add(keys.at(0));
        QVERIFY(!result.added);
        QCOMPARE(result.column, 0);
        QCOMPARE(m_messages.last(), QStringLiteral("That figure is already column 1."));

        result = m_session->add(QStringLiteral("figure:no-such-figure"));
        QVERIFY(!result.added);
        QCOMPARE(result.column, -1);
        QCOMPARE(m_messages.last(), QStringLiteral("That figure is not in this content release."));

        for (int i = 1; i < 4; ++i)
            QVERIFY(m_session->add(keys.at(i)).added);
        result = m_session->add(keys.at(4));
        QVERIFY(!result.added);
        QCOMPARE(m_messages.last(), QStringLiteral("A comparison holds 4 picks; remove one first."));

        QVERIFY(m_session->move(0, 3));
        QCOMPARE(m_session->comparison()->comparison().keys().last(), keys.at(0));
        QVERIFY(m_session->removeAt(3));
        QCOMPARE(m_messages.last(), QStringLiteral("Removed column 4."));
        QVERIFY(!m_session->removeAt(3));
        m_session->clear();
        QCOMPARE(m_session->comparison()->columnCount(), 0);
        QCOMPARE(m_messages.last(), QStringLiteral("The comparison is empty."));
    }

    void currencyAndBasisAreRemembered()
    {
        m_session->load();
        QSignalSpy currency(m_session.get(), &SalaryComparisonSession::currencyChanged);
        QSignalSpy basis(m_session.get(), &SalaryComparisonSession::basisChanged);
        QVERIFY(m_session->setCurrency(QStringLiteral("INR")));
        m_session->setBasis(ConversionBasis::PppPrivateConsumption);
        QCOMPARE(currency.count(), 1);
        QCOMPARE(basis.count(), 1);
        QCOMPARE(m_session->comparison()->comparison().currency(), QStringLiteral("INR"));
        QCOMPARE(m_session->comparison()->comparison().basis(), ConversionBasis::PppPrivateConsumption);
        QCOMPARE(m_settings->displayCurrency(), QStringLiteral("INR"));
        QCOMPARE(m_settings->conversionBasis(), ConversionBasis::PppPrivateConsumption);
    }

    void theWorkingComparisonSurvivesARestart()
    {
        m_session->load();
        const QStringList keys = firstKeys(3);
        for (const QString& key : keys)
            QVERIFY(m_session->add(key).added);
        QVERIFY(m_session->move(0, 2));
        const QStringList expected{keys.at(1), keys.at(2), keys.at(0)};
        QCOMPARE(m_session->comparison()->comparison().keys(), expected);

        // A new session over the same settings, as after a restart: the picks come back in their order, unnamed.
        start();
        m_session->load();
        QCOMPARE(m_session->comparison()->comparison().keys(), expected);
        QVERIFY(m_session->loadedName().isEmpty());

        // Emptied, it starts empty; a key no longer in the content is left out.
        m_session->clear();
        m_settings->setWorkingComparison({QStringLiteral("figure:no-such-figure"), keys.at(0)});
        start();
        m_session->load();
        QCOMPARE(m_session->comparison()->comparison().keys(), QStringList{keys.at(0)});
    }

    void noTwoPicksReadAlike()
    {
        // A column title (and the chart's label, which starts with it) says role, country, occupation, statistic,
        // experience and source, so two official wages of one role differ by their occupation.
        m_session->load();
        QHash<QString, QString> keyOfTitle;
        int official = 0;
        for (const SalaryEntry& entry : m_session->figures()->entries()) {
            const QString title = cg::SalaryComparisonModel::columnTitle(0, entry);
            for (const QString& part : {entry.roleName, cg::SalaryTerms::statisticName(entry.statistic),
                                        cg::SalaryTerms::experienceName(entry.experience), entry.sourceLabel})
                QVERIFY2(title.contains(part), qPrintable(title + QStringLiteral(" lacks ") + part));
            if (!entry.isOfficial())
                continue;
            ++official;
            QVERIFY2(title.contains(entry.occupationTitle), qPrintable(title));
            QVERIFY2(!keyOfTitle.contains(title), qPrintable(title));
            keyOfTitle.insert(title, entry.key);
        }
        QVERIFY(official > 1);
    }

    void aBasisThatCannotApplyIsRefusedWithItsReason()
    {
        m_session->load();
        QVERIFY(m_session->setCurrency(QStringLiteral("USD")));
        m_session->setBasis(ConversionBasis::Ppp);
        QCOMPARE(m_session->basis(), ConversionBasis::Ppp);
        QVERIFY(m_session->unavailableReason(ConversionBasis::Ppp).isEmpty());

        // The euro is the currency of many countries: there is no one price level to express PPP amounts in.
        QVERIFY(m_session->setCurrency(QStringLiteral("EUR")));
        QCOMPARE(m_session->basis(), ConversionBasis::Market);
        QCOMPARE(m_settings->conversionBasis(), ConversionBasis::Market);
        QVERIFY2(m_messages.last().contains(QStringLiteral("EUR")), qPrintable(m_messages.last()));
        for (ConversionBasis basis : {ConversionBasis::Ppp, ConversionBasis::PppPrivateConsumption})
            QVERIFY(m_session->unavailableReason(basis).contains(QStringLiteral("EUR")));
        QVERIFY(m_session->unavailableReason(ConversionBasis::Market).isEmpty());

        QSignalSpy basisChanged(m_session.get(), &SalaryComparisonSession::basisChanged);
        m_session->setBasis(ConversionBasis::PppPrivateConsumption);
        QCOMPARE(m_session->basis(), ConversionBasis::Market);
        QCOMPARE(basisChanged.count(), 1); // so the views go back to market rates
        QCOMPARE(m_messages.last(), m_session->unavailableReason(ConversionBasis::PppPrivateConsumption));

        // Market rates do convert into euros.
        const SalaryEntry inr = figureIn(QStringLiteral("INR"));
        QVERIFY(m_session->add(inr.key).added);
        QVERIFY(m_session->comparison()->result().columns.first().isConverted());

        // Saved together, they are mended when opened, and the person is told.
        cg::SavedSalaryComparison saved;
        saved.name = QStringLiteral("Euro at parity");
        saved.currency = QStringLiteral("EUR");
        saved.basis = ConversionBasis::Ppp;
        saved.keys = QStringList{inr.key};
        QString error;
        QVERIFY2(m_store->save(saved, &error), qPrintable(error));
        QVERIFY(m_session->open(saved.name));
        QCOMPARE(m_session->basis(), ConversionBasis::Market);
        QVERIFY2(m_messages.last().contains(QStringLiteral("market rates")), qPrintable(m_messages.last()));

        // Remembered together, they are mended at the next start.
        m_settings->setConversionBasis(ConversionBasis::Ppp);
        start();
        m_session->load();
        QCOMPARE(m_session->currency(), QStringLiteral("EUR"));
        QCOMPARE(m_session->basis(), ConversionBasis::Market);
    }

    void statesStandBesideCountries()
    {
        // California and Texas beside the UK and India, in dollars at purchasing-power parity: each state at U.S.
        // average prices (BEA RPP 2023), each country through World Bank PPP factors, every step stated.
        m_session->load();
        QVERIFY(m_session->setCurrency(QStringLiteral("USD")));
        m_session->setBasis(ConversionBasis::Ppp);
        const QString california = SalaryEntry::stateKey(QStringLiteral("15-1252"), QStringLiteral("CA"));
        const QString texas = SalaryEntry::stateKey(QStringLiteral("15-1252"), QStringLiteral("TX"));
        const SalaryEntry pounds = figureIn(QStringLiteral("GBP"));
        const SalaryEntry rupees = figureIn(QStringLiteral("INR"));
        for (const QString& key : {california, texas, pounds.key, rupees.key})
            QVERIFY2(m_session->add(key).added, qPrintable(key));
        QVERIFY2(m_messages.at(m_messages.size() - 4).contains(QStringLiteral("California, United States")),
                 qPrintable(m_messages.at(m_messages.size() - 4)));

        const cg::ComparisonResult result = m_session->comparison()->result();
        QCOMPARE(result.columns.size(), 4);
        const cg::ComparisonColumn& ca = result.columns.at(0);
        const cg::ComparisonColumn& tx = result.columns.at(1);
        QVERIFY(ca.entry.isState());
        QCOMPARE(ca.entry.amount.amount, cg::Money(17091000, QStringLiteral("USD")));
        // $170,910 × 100 / 112.581 and $130,500 × 100 / 97.175, each rounded once to the cent.
        QCOMPARE(ca.conversion.converted, cg::Money(15181070, QStringLiteral("USD")));
        QCOMPARE(tx.conversion.converted, cg::Money(13429380, QStringLiteral("USD")));
        QVERIFY2(ca.conversion.explanation.contains(QStringLiteral("in California")),
                 qPrintable(ca.conversion.explanation));
        QVERIFY2(ca.conversion.explanation.contains(QStringLiteral("BEA RPP 2023: 112.581")),
                 qPrintable(ca.conversion.explanation));
        QVERIFY2(tx.conversion.explanation.contains(QStringLiteral("BEA RPP 2023: 97.175")),
                 qPrintable(tx.conversion.explanation));
        QVERIFY2(ca.entry.note.contains(QStringLiteral("112.581")), qPrintable(ca.entry.note));
        QVERIFY2(ca.entry.figureLabel().contains(QStringLiteral("California")), qPrintable(ca.entry.figureLabel()));
        for (int i = 2; i < 4; ++i) {
            const cg::ComparisonColumn& country = result.columns.at(i);
            QVERIFY(country.isConverted());
            QVERIFY2(country.conversion.explanation.contains(QStringLiteral("purchasing-power parity")),
                     qPrintable(country.conversion.explanation));
            QVERIFY(!country.conversion.explanation.contains(QStringLiteral("RPP")));
        }
        // Texas is compared with California: (134,293.80 − 151,810.70) / 151,810.70 = −11.5%.
        QCOMPARE(tx.differenceState, cg::ComparisonColumn::Difference::Ok);
        QCOMPARE(tx.difference, cg::Money(13429380 - 15181070, QStringLiteral("USD")));
        QCOMPARE(tx.tenthsOfPercent, std::optional<qint64>(-115));

        // In pounds at market rates the state is still brought to U.S. prices first, then converted: both stated.
        QVERIFY(m_session->setCurrency(QStringLiteral("GBP")));
        m_session->setBasis(ConversionBasis::Market);
        const cg::ComparisonColumn inPounds = m_session->comparison()->result().columns.at(0);
        QVERIFY(inPounds.isConverted());
        QCOMPARE(inPounds.conversion.converted.currency(), QStringLiteral("GBP"));
        QVERIFY2(inPounds.conversion.explanation.contains(QStringLiteral("112.581")) &&
                     inPounds.conversion.explanation.contains(QStringLiteral("ECB")),
                 qPrintable(inPounds.conversion.explanation));

        // Kept across a restart, states included; a state that is not in the data is refused.
        const QStringList keys = m_session->comparison()->comparison().keys();
        start();
        m_session->load();
        QCOMPARE(m_session->comparison()->comparison().keys(), keys);
        QVERIFY(m_session->comparison()->result().columns.at(1).entry.isState());
        m_session->removeAt(3);
        QVERIFY(!m_session->add(SalaryEntry::stateKey(QStringLiteral("15-1252"), QStringLiteral("ZZ"))).added);
        QVERIFY(!m_session->add(QStringLiteral("oews-state:15-1252|CA' OR 1=1")).added);
    }

    void aFigureSaysWhatItIsWorthInTheDisplayCurrency()
    {
        m_session->load();
        QVERIFY(m_session->setCurrency(QStringLiteral("USD")));
        const SalaryEntry pounds = figureIn(QStringLiteral("GBP"));
        QVERIFY(!pounds.key.isEmpty());
        const QString note = m_session->conversionNote(pounds);
        QVERIFY2(note.startsWith(QStringLiteral("In USD: $")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("ECB")), qPrintable(note));
        QVERIFY(m_session->conversionNote(figureIn(QStringLiteral("USD"))).isEmpty());
    }

    void comparisonsAreSavedOpenedAndRemovedByName()
    {
        m_session->load();
        const QStringList keys = firstKeys(3);
        for (const QString& key : keys)
            QVERIFY(m_session->add(key).added);
        QVERIFY(m_session->setCurrency(QStringLiteral("GBP")));
        m_session->setBasis(ConversionBasis::PppPrivateConsumption);
        QSignalSpy saved(m_session.get(), &SalaryComparisonSession::savedChanged);
        QVERIFY(m_session->save(QStringLiteral("  Three picks ")));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(m_session->savedNames(), QStringList{QStringLiteral("Three picks")});
        QCOMPARE(m_session->loadedName(), QStringLiteral("Three picks"));
        QCOMPARE(m_messages.last(), QStringLiteral("Saved the comparison as “Three picks”."));

        m_session->clear();
        QVERIFY(m_session->loadedName().isEmpty());
        QVERIFY(m_session->setCurrency(QStringLiteral("USD")));
        m_session->setBasis(ConversionBasis::Market);
        QVERIFY(m_session->open(QStringLiteral("Three picks")));
        QCOMPARE(m_session->comparison()->comparison().keys(), keys);
        QCOMPARE(m_session->currency(), QStringLiteral("GBP"));
        QCOMPARE(m_session->basis(), ConversionBasis::PppPrivateConsumption);
        QCOMPARE(m_settings->displayCurrency(), QStringLiteral("GBP"));
        QCOMPARE(m_settings->conversionBasis(), ConversionBasis::PppPrivateConsumption);
        QCOMPARE(m_session->loadedName(), QStringLiteral("Three picks"));
        QCOMPARE(m_messages.last(), QStringLiteral("Loaded “Three picks”."));

        QVERIFY(m_session->move(0, 1));
        QVERIFY(m_session->save(QStringLiteral("Three picks")));
        QCOMPARE(m_messages.last(), QStringLiteral("Replaced the saved comparison “Three picks”."));
        QCOMPARE(m_session->savedNames().size(), 1);

        QVERIFY(m_session->removeSaved(QStringLiteral("Three picks")));
        QVERIFY(m_session->savedNames().isEmpty());
        QVERIFY(m_session->loadedName().isEmpty());
        QCOMPARE(m_session->comparison()->columnCount(), 3); // the columns on screen stay
        QVERIFY(!m_session->open(QStringLiteral("Three picks")));
        QVERIFY(!m_session->removeSaved(QStringLiteral("Three picks")));
    }

    void savingNeedsANameAndPicks()
    {
        m_session->load();
        QVERIFY(!m_session->save(QStringLiteral("  ")));
        QCOMPARE(m_messages.last(), QStringLiteral("Type a name for the comparison, then Save."));
        QVERIFY(!m_session->save(QStringLiteral("Empty")));
        QCOMPARE(m_messages.last(), QStringLiteral("Nothing to save: add figures to the comparison first."));
        QVERIFY(m_session->savedNames().isEmpty());
    }

    void figuresNoLongerInTheContentAreLeftOut()
    {
        m_session->load();
        cg::SavedSalaryComparison old;
        old.name = QStringLiteral("Older release");
        old.currency = QStringLiteral("GBP");
        old.basis = ConversionBasis::Ppp;
        old.keys = QStringList{firstKeys(1).first(), QStringLiteral("figure:gone")};
        QString error;
        QVERIFY2(m_store->save(old, &error), qPrintable(error));
        QVERIFY(m_session->open(QStringLiteral("Older release")));
        QCOMPARE(m_session->comparison()->columnCount(), 1);
        QCOMPARE(m_session->currency(), QStringLiteral("GBP"));
        QCOMPARE(m_session->basis(), ConversionBasis::Ppp);
        QCOMPARE(m_messages.last(), QStringLiteral("Loaded “Older release”; 1 of its figures are no longer in the "
                                                   "content and were left out."));
    }
};

QTEST_GUILESS_MAIN(TestSalaryComparisonSession)
#include "TestSalaryComparisonSession.moc"
