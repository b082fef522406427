#include "Settings.h"

namespace cg {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLastTab = QStringLiteral("window/lastTab");
const QString kSplitters = QStringLiteral("splitters/");
const QString kCurrency = QStringLiteral("salaries/currency");
const QString kBasis = QStringLiteral("salaries/basis");
const QString kTheme = QStringLiteral("view/theme");
const QString kTargetRole = QStringLiteral("skills/targetRole");
const QString kLastStudyPlan = QStringLiteral("learningPath/lastPlan");
const QString kCheckedContent = QStringLiteral("content/checked");
// A few, so switching between an installed and a development database does not check either again.
constexpr qsizetype MaxCheckedContent = 4;
} // namespace

Settings::Settings() = default;

Settings::Settings(const QString& fileName)
    : m_settings(fileName, QSettings::IniFormat)
{
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& value)
{
    m_settings.setValue(kGeometry, value);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray& value)
{
    m_settings.setValue(kState, value);
}

QByteArray Settings::splitterState(const QString& name) const
{
    return m_settings.value(kSplitters + name).toByteArray();
}

void Settings::setSplitterState(const QString& name, const QByteArray& value)
{
    m_settings.setValue(kSplitters + name, value);
}

int Settings::lastTab() const
{
    return m_settings.value(kLastTab, 0).toInt();
}

void Settings::setLastTab(int index)
{
    m_settings.setValue(kLastTab, index);
}

QString Settings::displayCurrency() const
{
    return m_settings.value(kCurrency, QStringLiteral("USD")).toString();
}

void Settings::setDisplayCurrency(const QString& code)
{
    m_settings.setValue(kCurrency, code);
}

QString Settings::conversionBasis() const
{
    return m_settings.value(kBasis, QStringLiteral("market")).toString();
}

void Settings::setConversionBasis(const QString& basis)
{
    m_settings.setValue(kBasis, basis);
}

QString Settings::theme() const
{
    return m_settings.value(kTheme, QStringLiteral("system")).toString();
}

void Settings::setTheme(const QString& theme)
{
    m_settings.setValue(kTheme, theme);
}

QString Settings::targetRole() const
{
    return m_settings.value(kTargetRole, QStringLiteral("backend-developer")).toString();
}

void Settings::setTargetRole(const QString& slug)
{
    m_settings.setValue(kTargetRole, slug);
}

qint64 Settings::lastStudyPlan() const
{
    return m_settings.value(kLastStudyPlan, 0).toLongLong();
}

void Settings::setLastStudyPlan(qint64 id)
{
    m_settings.setValue(kLastStudyPlan, id);
}

QStringList Settings::checkedContentStamps() const
{
    return m_settings.value(kCheckedContent).toStringList();
}

void Settings::addCheckedContentStamp(const QString& stamp)
{
    if (stamp.isEmpty())
        return;
    QStringList stamps = checkedContentStamps();
    stamps.removeAll(stamp);
    stamps.prepend(stamp);
    m_settings.setValue(kCheckedContent, stamps.mid(0, MaxCheckedContent));
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace cg
