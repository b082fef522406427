#pragma once

#include "money/ConversionBasis.h"
#include "settings/Theme.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace cg {

// Typed access to the remembered preferences, so widgets never spell setting keys or stored values themselves. Each
// setting is declared once (key, type, default) in Settings.cpp; an enum is stored as its word (keyOf), and a word
// this version does not know reads as the default.
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
    ConversionBasis conversionBasis() const;
    void setConversionBasis(ConversionBasis basis);
    // The salary comparison being built, as the keys of its picks in column order; kept without being named.
    QStringList workingComparison() const;
    void setWorkingComparison(const QStringList& keys);
    Theme theme() const;
    void setTheme(Theme theme);
    QString targetRole() const;
    void setTargetRole(const QString& slug);
    // The order of the career catalogue, a CatalogueFilterProxyModel::Sort as its number.
    int catalogueSort() const;
    void setCatalogueSort(int sort);
    // The saved study plan last shown, by its id in the user database; 0 when none was.
    qint64 lastStudyPlan() const;
    void setLastStudyPlan(qint64 id);
    // Content database files quick_check has passed for (ContentIntegrityCheck::integrityStamp), newest first.
    QStringList checkedContentStamps() const;
    void addCheckedContentStamp(const QString& stamp);

    void sync();

private:
    QSettings m_settings;
};

} // namespace cg
