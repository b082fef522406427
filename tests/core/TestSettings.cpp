// Settings over an INI file: the theme and the conversion basis are typed, stored as the words earlier versions
// wrote, and a word this version does not know reads as the default.
#include "money/ConversionBasis.h"
#include "settings/SettingValue.h"
#include "settings/Settings.h"
#include "settings/Theme.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using cg::ConversionBasis;
using cg::Settings;
using cg::Theme;

Q_DECLARE_METATYPE(cg::ConversionBasis)
Q_DECLARE_METATYPE(cg::Theme)

class TestSettings final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    // What the file says under key, read past Settings.
    QVariant stored(const QString& key) const { return QSettings(path(), QSettings::IniFormat).value(key); }

    void store(const QString& key, const QVariant& value) const
    {
        QSettings raw(path(), QSettings::IniFormat);
        raw.setValue(key, value);
        raw.sync();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void defaultsWhenNothingIsStored()
    {
        const Settings settings(path());
        QCOMPARE(settings.theme(), Theme::System);
        QCOMPARE(settings.conversionBasis(), ConversionBasis::Market);
        QCOMPARE(settings.displayCurrency(), QStringLiteral("USD"));
        QCOMPARE(settings.targetRole(), QStringLiteral("backend-developer"));
        QCOMPARE(settings.lastStudyPlan(), qint64(0));
        QCOMPARE(settings.lastTab(), 0);
        QVERIFY(settings.checkedContentStamps().isEmpty());
    }

    void themeIsStoredAsItsWord_data()
    {
        QTest::addColumn<Theme>("theme");
        QTest::addColumn<QString>("word");
        QTest::newRow("system") << Theme::System << "system";
        QTest::newRow("light") << Theme::Light << "light";
        QTest::newRow("dark") << Theme::Dark << "dark";
    }

    void themeIsStoredAsItsWord()
    {
        QFETCH(Theme, theme);
        QFETCH(QString, word);
        {
            Settings settings(path());
            settings.setTheme(theme);
            settings.sync();
        }
        QCOMPARE(stored(QStringLiteral("view/theme")).toString(), word);
        QCOMPARE(Settings(path()).theme(), theme);
        QCOMPARE(cg::keyOf(theme), word);
    }

    void basisIsStoredAsItsWord_data()
    {
        QTest::addColumn<ConversionBasis>("basis");
        QTest::addColumn<QString>("word");
        QTest::newRow("market") << ConversionBasis::Market << "market";
        QTest::newRow("ppp") << ConversionBasis::Ppp << "ppp";
        QTest::newRow("ppp-private") << ConversionBasis::PppPrivateConsumption << "ppp-private";
    }

    void basisIsStoredAsItsWord()
    {
        QFETCH(ConversionBasis, basis);
        QFETCH(QString, word);
        {
            Settings settings(path());
            settings.setConversionBasis(basis);
            settings.sync();
        }
        QCOMPARE(stored(QStringLiteral("salaries/basis")).toString(), word);
        QCOMPARE(Settings(path()).conversionBasis(), basis);
        QCOMPARE(cg::keyOf(basis), word);
    }

    // A newer version's value, a hand edit or an old spelling: the default, never some other value.
    void unknownWordsReadAsTheDefault_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("unknown word") << QVariant(QStringLiteral("solarized"));
        QTest::newRow("other case") << QVariant(QStringLiteral("Dark"));
        QTest::newRow("empty") << QVariant(QString());
        QTest::newRow("number") << QVariant(2);
    }

    void unknownWordsReadAsTheDefault()
    {
        QFETCH(QVariant, value);
        store(QStringLiteral("view/theme"), value);
        store(QStringLiteral("salaries/basis"), value);
        const Settings settings(path());
        QCOMPARE(settings.theme(), Theme::System);
        QCOMPARE(settings.conversionBasis(), ConversionBasis::Market);
    }

    void wordsRoundTripForEveryValue()
    {
        for (Theme theme : cg::AllThemes) {
            Theme read = Theme::System;
            QVERIFY(cg::fromKey(cg::keyOf(theme), &read));
            QCOMPARE(read, theme);
        }
        for (ConversionBasis basis : cg::AllConversionBases) {
            ConversionBasis read = ConversionBasis::Market;
            QVERIFY(cg::fromKey(cg::keyOf(basis), &read));
            QCOMPARE(read, basis);
        }
        Theme untouched = Theme::Dark;
        QVERIFY(!cg::fromKey(u"ppp", &untouched));
        QCOMPARE(untouched, Theme::Dark);
    }

    void settingValueKeepsItsKeyAndDefault()
    {
        const cg::SettingValue<Theme> setting(QStringLiteral("test/theme"), Theme::Dark);
        QSettings raw(path(), QSettings::IniFormat);
        QCOMPARE(setting.get(raw), Theme::Dark);
        setting.set(raw, Theme::Light);
        QCOMPARE(raw.value(QStringLiteral("test/theme")).toString(), QStringLiteral("light"));
        QCOMPARE(setting.get(raw), Theme::Light);

        const cg::SettingValue<qint64> number(QStringLiteral("test/number"), 7);
        QCOMPARE(number.get(raw), qint64(7));
        number.set(raw, 42);
        QCOMPARE(number.get(raw), qint64(42));
    }

    void otherSettingsKeepTheirValues()
    {
        {
            Settings settings(path());
            settings.setDisplayCurrency(QStringLiteral("INR"));
            settings.setTargetRole(QStringLiteral("data-engineer"));
            settings.setLastStudyPlan(12);
            settings.setLastTab(3);
            settings.setSplitterState(QStringLiteral("salaries"), QByteArray("state"));
            settings.addCheckedContentStamp(QStringLiteral("one"));
            settings.sync();
        }
        const Settings settings(path());
        QCOMPARE(settings.displayCurrency(), QStringLiteral("INR"));
        QCOMPARE(settings.targetRole(), QStringLiteral("data-engineer"));
        QCOMPARE(settings.lastStudyPlan(), qint64(12));
        QCOMPARE(settings.lastTab(), 3);
        QCOMPARE(settings.splitterState(QStringLiteral("salaries")), QByteArray("state"));
        // One stamp is stored as a plain value in an INI file; it still reads as a list.
        QCOMPARE(settings.checkedContentStamps(), QStringList{QStringLiteral("one")});
    }

    void checkedStampsKeepTheNewestFew()
    {
        Settings settings(path());
        for (int i = 1; i <= 6; ++i)
            settings.addCheckedContentStamp(QString::number(i));
        settings.addCheckedContentStamp(QStringLiteral("4"));
        QCOMPARE(settings.checkedContentStamps(),
                 (QStringList{QStringLiteral("4"), QStringLiteral("6"), QStringLiteral("5"), QStringLiteral("3")}));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
