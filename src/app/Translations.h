#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace cg {

// Loads the UI translation for a language (or the system's), Qt's own strings with it, and makes that locale the
// default for numbers, dates and money. Content text stays in English and says so.
class Translations final
{
public:
    // language: a code such as "es" or "hi"; empty for the system locale. Returns the locale in use.
    static QLocale install(QCoreApplication& app, const QString& language);
    // Removes what install() added, so tests can switch languages within one process.
    static void uninstall(QCoreApplication& app);
    static QStringList available(); // language codes with a compiled translation
};

} // namespace cg
