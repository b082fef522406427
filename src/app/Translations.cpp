#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace cg {

namespace {
const char* const TranslatorName = "careerguide-translator";

// The POSIX "C" locale means "no preference": show English with US conventions.
QLocale resolve(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}
} // namespace

QLocale Translations::install(QCoreApplication& app, const QString& language)
{
    uninstall(app);
    const QLocale locale = resolve(language);
    QLocale::setDefault(locale);
    auto* qtTranslator = new QTranslator(&app);
    qtTranslator->setObjectName(QLatin1String(TranslatorName));
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(TranslatorName));
    if (translator->load(locale, QStringLiteral("careerguide"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    return locale;
}

void Translations::uninstall(QCoreApplication& app)
{
    for (QTranslator* translator :
         app.findChildren<QTranslator*>(QLatin1String(TranslatorName), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("careerguide_*.qm")});
    for (const QString& file : files)
        languages.append(file.mid(12, file.size() - 12 - 3));
    return languages;
}

} // namespace cg
