#include "Settings.h"

#include "settings/SettingValue.h"

namespace cg {

namespace {
// Every setting, once: key, type and default.
const SettingValue<QByteArray> Geometry{QStringLiteral("window/geometry"), {}};
const SettingValue<QByteArray> State{QStringLiteral("window/state"), {}};
const SettingValue<int> LastTab{QStringLiteral("window/lastTab"), 0};
const QString SplitterPrefix = QStringLiteral("splitters/");
const SettingValue<QString> Currency{QStringLiteral("salaries/currency"), QStringLiteral("USD")};
const SettingValue<ConversionBasis> Basis{QStringLiteral("salaries/basis"), ConversionBasis::Market};
const SettingValue<QStringList> WorkingComparison{QStringLiteral("salaries/workingPicks"), {}};
const SettingValue<Theme> ThemeSetting{QStringLiteral("view/theme"), Theme::System};
const SettingValue<QString> TargetRole{QStringLiteral("skills/targetRole"), QStringLiteral("backend-developer")};
const SettingValue<int> CatalogueSort{QStringLiteral("roles/sort"), 0};
const SettingValue<qint64> LastStudyPlan{QStringLiteral("learningPath/lastPlan"), 0};
const SettingValue<QStringList> CheckedContent{QStringLiteral("content/checked"), {}};
// A few, so switching between an installed and a development database does not check either again.
constexpr qsizetype MaxCheckedContent = 4;
} // namespace

Settings::Settings() = default;

Settings::Settings(const QString& fileName) : m_settings(fileName, QSettings::IniFormat) {}

QByteArray Settings::windowGeometry() const
{
    return Geometry.get(m_settings);
}

void Settings::setWindowGeometry(const QByteArray& value)
{
    Geometry.set(m_settings, value);
}

QByteArray Settings::windowState() const
{
    return State.get(m_settings);
}

void Settings::setWindowState(const QByteArray& value)
{
    State.set(m_settings, value);
}

QByteArray Settings::splitterState(const QString& name) const
{
    return m_settings.value(SplitterPrefix + name).toByteArray();
}

void Settings::setSplitterState(const QString& name, const QByteArray& value)
{
    m_settings.setValue(SplitterPrefix + name, value);
}

int Settings::lastTab() const
{
    return LastTab.get(m_settings);
}

void Settings::setLastTab(int index)
{
    LastTab.set(m_settings, index);
}

QString Settings::displayCurrency() const
{
    return Currency.get(m_settings);
}

void Settings::setDisplayCurrency(const QString& code)
{
    Currency.set(m_settings, code);
}

QStringList Settings::workingComparison() const
{
    return WorkingComparison.get(m_settings);
}

void Settings::setWorkingComparison(const QStringList& keys)
{
    WorkingComparison.set(m_settings, keys);
}

ConversionBasis Settings::conversionBasis() const
{
    return Basis.get(m_settings);
}

void Settings::setConversionBasis(ConversionBasis basis)
{
    Basis.set(m_settings, basis);
}

Theme Settings::theme() const
{
    return ThemeSetting.get(m_settings);
}

void Settings::setTheme(Theme theme)
{
    ThemeSetting.set(m_settings, theme);
}

QString Settings::targetRole() const
{
    return TargetRole.get(m_settings);
}

void Settings::setTargetRole(const QString& slug)
{
    TargetRole.set(m_settings, slug);
}

int Settings::catalogueSort() const
{
    return CatalogueSort.get(m_settings);
}

void Settings::setCatalogueSort(int sort)
{
    CatalogueSort.set(m_settings, sort);
}

qint64 Settings::lastStudyPlan() const
{
    return LastStudyPlan.get(m_settings);
}

void Settings::setLastStudyPlan(qint64 id)
{
    LastStudyPlan.set(m_settings, id);
}

QStringList Settings::checkedContentStamps() const
{
    return CheckedContent.get(m_settings);
}

void Settings::addCheckedContentStamp(const QString& stamp)
{
    if (stamp.isEmpty())
        return;
    QStringList stamps = checkedContentStamps();
    stamps.removeAll(stamp);
    stamps.prepend(stamp);
    CheckedContent.set(m_settings, stamps.mid(0, MaxCheckedContent));
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace cg
