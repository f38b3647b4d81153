#include "ui/common/AppSettings.h"
#include "ui/common/FirstFrameProbe.h"
#include "ui/common/Icons.h"
#include "models/Clock.h"
#include "models/Database.h"
#include "models/DemoSeeder.h"
#include "ui/common/LanguageManager.h"
#include "ui/common/ScreenFit.h"
#include "ui/common/StartupWarmUp.h"
#include "ui/shell/MainWindow.h"
#include "ui/workspaces/SparkPage.h"
#include "models/Services.h"
#include "models/Session.h"

#include <QApplication>
#include <QFont>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <cstdio>

namespace {
int fail(StartupWarmUp &warmUp, const QString &title, const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    // Tests run the app without anyone to close a dialog.
    if (!qEnvironmentVariableIsSet("WC_NO_ERROR_DIALOG")) {
        warmUp.waitForFontConfiguration(); // before the dialog's first font
        QMessageBox::critical(nullptr, title, message);
    }
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    // Until here: the dynamic loader (the libraries the app links, resolved before main()).
    FirstFrameProbe::mark("main");
    // Names first: the database's default folder (AppDataLocation) is named by them.
    QCoreApplication::setOrganizationName(QStringLiteral("WorkspaceConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("Workspace Console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WC_VERSION));
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QCoreApplication::translate("main", "Open or create the database at <path>."),
                                            QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "User interface language: %1.")
                                            .arg(LanguageManager::availableLanguages().join(QStringLiteral(", "))),
                                        QStringLiteral("code"));
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Workspace Console: manage EMR Serverless Spark workspaces."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(databaseOption);
    parser.addOption(langOption);
    const auto databasePath = [&parser, &databaseOption]() -> QString {
        const QString path = parser.value(databaseOption);
        if (!path.isEmpty())
            return path;
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        return dir + QStringLiteral("/workspaces.sqlite3");
    };
    const auto knownLanguage = [&parser, &langOption] {
        return !parser.isSet(langOption) || LanguageManager::availableLanguages().contains(parser.value(langOption));
    };

    // While QApplication connects to the display, a second core checks the database file the
    // command line names and reads fontconfig's configuration. Only a launch is read ahead:
    // --help, --version and mistakes are answered below, once there is an application, as before.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool launch = parser.parse(arguments) && !parser.isSet(QStringLiteral("help"))
        && !parser.isSet(QStringLiteral("version")) && knownLanguage();
    const QString launchPath = launch ? databasePath() : QString();
    StartupWarmUp warmUp(launchPath);

    QApplication app(argc, argv);
    FirstFrameProbe::mark("qapplication");
    ApplicationWarmUp applicationWarmUp(warmUp);
    // Desktops match the running window to the installed menu entry and icon by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral(WC_APP_ID));
    // No window larger than the screen it opens on (small screens, scale 2, long values).
    ScreenFit screenFit;
    app.installEventFilter(&screenFit);

    AppSettings settings;
    LanguageManager languages;
    parser.process(app);

    const QString lang = parser.value(langOption);
    if (!knownLanguage()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown language \"%1\". Available: %2.")
                                    .arg(lang, LanguageManager::availableLanguages().join(QStringLiteral(", ")))));
        return 2;
    }
    // --lang is for this launch only; only View -> Language is remembered.
    languages.setLanguage(LanguageManager::startupLanguage(lang, settings.language()));
    FirstFrameProbe::mark("settings_and_translators");

    // The path read ahead when there was one (the same arguments), else read now.
    Database::OpenResult opened = Database::open(warmUp.databasePrecheck(launchPath.isEmpty() ? databasePath() : launchPath));
    if (!opened.ok())
        return fail(warmUp, QCoreApplication::translate("main", "Cannot open the database"), opened.message);
    FirstFrameProbe::mark("database_open_and_check");
    Clock clock;
    if (const Status seeded = DemoSeeder::seed(*opened.db, clock); !seeded.ok())
        return fail(warmUp, QCoreApplication::translate("main", "Cannot prepare the database"), seeded.text());
    FirstFrameProbe::mark("seed_check");

    Services services(*opened.db, clock);
    const Result<Identity> owner = services.account.owner();
    if (!owner.ok())
        return fail(warmUp, QCoreApplication::translate("main", "Cannot prepare the database"), owner.text());
    // Domain time moves here (runs, Starting -> Running, renewals) before the list is read; a
    // second instance's writes arrive through the feed.
    services.scheduler.start();
    services.feed.startWatching();
    FirstFrameProbe::mark("services_scheduler_feed");
    Session session(owner.value());
    // No font is used before fontconfig's configuration is read (usually long since).
    warmUp.waitForFontConfiguration();
    FirstFrameProbe::mark("fonts_ready");
    // Text unhinted, as Qt draws it on high-DPI screens and macOS always does: glyph outlines
    // are not fitted to the pixel grid (a sub-pixel vertical shift at most with the usual
    // "slight" hinting), and every glyph seen for the first time costs a sixth as much to lay
    // out and draw; a list of Chinese names shows many such glyphs (issue 12: 6 ms of the first
    // frame at 1,000,000 workspaces). The family and size stay the desktop's.
    QFont font = QGuiApplication::font();
    font.setHintingPreference(QFont::PreferNoHinting);
    QGuiApplication::setFont(font);
    Icons::useDrawnAhead(applicationWarmUp.drawnIcons());
    FirstFrameProbe::mark("icons_ready");
    MainWindow window(services, session, languages, settings);
    FirstFrameProbe::mark("main_window_built");
    // The benchmark's probe (off unless WC_BENCH_FIRST_FRAME=1): ready once the whole list is read.
    FirstFrameProbe::watch(&window, [&window] { return !window.sparkPage()->isLoading(); });
    window.show();
    FirstFrameProbe::mark("window_shown");
    return app.exec();
}
