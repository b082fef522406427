#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace cg {

// Typed access to the remembered preferences, so widgets never spell setting keys themselves.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    Settings();
    explicit Settings(const QString& fileName); // an INI file; tests use this to stay out of the real settings

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& value);
    QByteArray splitterState(const QString& name) const;
    void setSplitterState(const QString& name, const QByteArray& value);
    int lastTab() const;
    void setLastTab(int index);
    QString displayCurrency() const;
    void setDisplayCurrency(const QString& code);
    QString conversionBasis() const; // market or ppp
    void setConversionBasis(const QString& basis);
    QString theme() const; // system, light or dark
    void setTheme(const QString& theme);
    QString targetRole() const;
    // The saved study plan last shown, by its id in the user database; 0 when none was.
    qint64 lastStudyPlan() const;
    void setLastStudyPlan(qint64 id);
    void setTargetRole(const QString& slug);
    // Content database files quick_check has passed for (ContentIntegrityCheck::integrityStamp), newest first.
    QStringList checkedContentStamps() const;
    void addCheckedContentStamp(const QString& stamp);

    void sync();

private:
    QSettings m_settings;
};

} // namespace cg
