// careerguide: opens the content and user databases and shows the main window.
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "ThemeManager.h"
#include "Translations.h"
#include "database/ContentDatabase.h"
#include "database/ContentIntegrityCheck.h"
#include "database/SingleInstance.h"
#include "database/UserDatabase.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

bool hasDisplayEnvironment()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

bool isHeadlessPlatform()
{
    const QString platform = QGuiApplication::platformName();
    return platform == QLatin1String("offscreen") || platform == QLatin1String("minimal");
}

// One line on stderr always; a dialog too when someone can see it.
int fail(const QString& title, const QString& reason)
{
    std::fprintf(stderr, "careerguide: %s\n", qUtf8Printable(reason));
    if (!isHeadlessPlatform())
        cg::MessageBoxes::critical(nullptr, title, reason);
    return 1;
}

// The bytes given after --user-db, exactly as the system passed them: QCommandLineParser only has them decoded, and a
// name that is not valid text decodes to another name.
QByteArray rawOptionValue(int argc, char* argv[], const QByteArray& option)
{
    QByteArray value;
    const QByteArray withValue = option + '=';
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == option && i + 1 < argc)
            value = argv[++i];
        else if (argument.startsWith(withValue))
            value = argument.mid(withValue.size());
    }
    return value;
}

// Settings live under XDG_CONFIG_HOME or HOME; with neither usable they are kept for this session only rather than
// written to a guessed folder such as /.config.
bool hasConfigHome()
{
    const QString configHome = QFile::decodeName(qgetenv("XDG_CONFIG_HOME"));
    if (!configHome.isEmpty() && QDir::isAbsolutePath(configHome))
        return true;
    const QString home = QFile::decodeName(qgetenv("HOME"));
    return !home.isEmpty() && QDir::isAbsolutePath(home) && QFileInfo(home).isDir();
}

} // namespace

int main(int argc, char* argv[])
{
    // Without any display, start offscreen so the database checks below can still explain themselves.
    const bool headlessFallback = !hasDisplayEnvironment();
    if (headlessFallback)
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("careerguide"));
    QApplication::setApplicationDisplayName(QStringLiteral("Career Guide"));
    QApplication::setOrganizationName(QStringLiteral("careerguide"));
    QApplication::setApplicationVersion(QStringLiteral(CG_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("careerguide"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "An offline guide to the back-end developer career."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption contentOption(QStringLiteral("content-db"),
                                           QCoreApplication::translate("main", "Use this content database."),
                                           QStringLiteral("PATH"));
    const QCommandLineOption userOption(QStringLiteral("user-db"),
                                        QCoreApplication::translate("main", "Keep your own data in this file."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Use this language (e.g. en, es, hi)."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption exitOption(QStringLiteral("exit-after-startup"),
                                        QCoreApplication::translate("main", "Quit once the window has been painted."));
    parser.addOptions({contentOption, userOption, langOption, exitOption});
    parser.process(app);

    cg::Translations::install(app, parser.value(langOption));
    const QString title = QCoreApplication::translate("main", "Career Guide cannot start");

    std::optional<QTemporaryDir> sessionSettingsFolder;
    std::optional<cg::Settings> settingsStore;
    if (!hasConfigHome())
        sessionSettingsFolder.emplace(QDir::tempPath() + QStringLiteral("/careerguide-settings-XXXXXX"));
    if (sessionSettingsFolder && sessionSettingsFolder->isValid())
        settingsStore.emplace(sessionSettingsFolder->filePath(QStringLiteral("careerguide.conf")));
    else
        settingsStore.emplace();
    cg::Settings& settings = *settingsStore;
    cg::ContentDatabase content;
    const QString contentPath =
        cg::ContentDatabase::locate(parser.value(contentOption), QCoreApplication::applicationDirPath());
    if (!parser.isSet(contentOption) && !qEnvironmentVariableIsSet("CAREERGUIDE_CONTENT_DB") &&
        !QFileInfo::exists(contentPath)) {
        QStringList places;
        for (const QString& candidate : cg::ContentDatabase::defaultCandidates(QCoreApplication::applicationDirPath()))
            places.append(QDir::toNativeSeparators(candidate));
        return fail(title, QCoreApplication::translate("main", "no content database found; looked for %1 (use "
                                                               "--content-db PATH to name one)")
                               .arg(places.join(QCoreApplication::translate("main", " and "))));
    }
    // quick_check reads the whole content file, yet the installed file never changes: it is read once per file, and
    // that once on another thread while the window is built and laid out. Nothing is painted before the check has
    // passed; a content file found damaged is reported before anything that went wrong later.
    cg::ContentIntegrityCheck integrity(contentPath, settings.checkedContentStamps());
    QString damage;
    if (!content.open(contentPath, cg::ContentDatabase::QuickCheck::Skip))
        return fail(title, content.errorString());

    cg::UserDatabase user;
    QString userPath;
    QString pathProblem;
    if (parser.isSet(userOption)) {
        if (!cg::UserDatabase::pathFromBytes(rawOptionValue(argc, argv, "--user-db"), &userPath, &pathProblem))
            return fail(title, integrity.wait(&damage) ? pathProblem : damage);
    } else {
        userPath = cg::UserDatabase::defaultPath(&pathProblem);
    }
    // One window per user database: a second start brings the first to the front and exits.
    cg::SingleInstance instance(userPath);
    switch (instance.start(QCoreApplication::arguments().mid(1))) {
    case cg::SingleInstance::Role::HandedOver:
        if (parser.isSet(langOption))
            std::fprintf(stderr, "careerguide: %s\n",
                         qUtf8Printable(QCoreApplication::translate(
                             "main", "--lang cannot change the window that is already open; close it and start "
                                     "Career Guide again to use another language")));
        std::fprintf(stderr, "careerguide: %s\n",
                     qUtf8Printable(QCoreApplication::translate(
                         "main", "Career Guide is already open with this data file; its window was brought to the "
                                 "front")));
        return 0;
    case cg::SingleInstance::Role::NoAnswer:
        return fail(title, instance.errorString());
    case cg::SingleInstance::Role::First:
    case cg::SingleInstance::Role::Unguarded:
        break;
    }

    // No usable home folder: nothing is guessed, the session runs in memory and says so.
    if (userPath.isEmpty() ? !user.openInMemory(pathProblem) : !user.open(userPath))
        return fail(title, integrity.wait(&damage) ? user.errorString() : damage);
    for (const QString& notice : user.notices())
        std::fprintf(stderr, "careerguide: %s\n", qUtf8Printable(notice));

    const bool exitAfterStartup = parser.isSet(exitOption);
    if (headlessFallback && !exitAfterStartup) {
        const QString noDisplay = QCoreApplication::translate(
            "main", "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set); run it from a desktop session");
        return fail(title, integrity.wait(&damage) ? noDisplay : damage);
    }

    cg::ThemeManager::apply(settings.theme());
    cg::MainWindow window(content, user, settings);
    QObject::connect(&instance, &cg::SingleInstance::activationRequested, &window,
                     &cg::MainWindow::activateFromAnotherStart);
    // Showing lays the window out and fills the first page; painting waits for the event loop, after the check.
    window.show();
    if (!integrity.wait(&damage)) {
        window.hide();
        return fail(title, damage);
    }
    settings.addCheckedContentStamp(integrity.passedStamp());
    if (exitAfterStartup) {
        QObject::connect(&window, &cg::MainWindow::firstPaint, &app, &QCoreApplication::quit);
    } else if (!user.notices().isEmpty()) {
        QTimer::singleShot(0, &window, [&window, &user] {
            cg::MessageBoxes::information(&window, QCoreApplication::translate("main", "Your data"),
                                          user.notices().join(QStringLiteral("\n\n")));
        });
    }
    return app.exec();
}
