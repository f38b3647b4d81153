#pragma once

#include "models/Database.h"
#include "ui/common/Icons.h"

#include <QList>
#include <QString>
#include <future>
#include <thread>

// Start-up work done on a second core while the main thread is busy elsewhere. Without a thread
// (the system refuses one) all of it is done on the main thread when it is needed, as before.
//
// StartupWarmUp, made before QApplication (whose construction mostly waits on the display
// server): the database file is checked (Database::precheck: header, schema, clean-close record;
// no QtSql, no words yet), then fontconfig reads its configuration.
class StartupWarmUp
{
public:
    // databasePath: the file the launch will open; empty when the command line is not a launch
    // (--help, --version, an error): then no thread is started and nothing is read ahead.
    explicit StartupWarmUp(const QString &databasePath);
    ~StartupWarmUp();
    StartupWarmUp(const StartupWarmUp &) = delete;
    StartupWarmUp &operator=(const StartupWarmUp &) = delete;

    // A launch (a database path was given): only then is anything read ahead.
    bool isLaunch() const { return !m_databasePath.isEmpty(); }
    // The precheck of path: the one made on the second core when it was of path, else made now.
    Database::Precheck databasePrecheck(const QString &path);
    // Returns once fontconfig's configuration is read. Call it before anything may use a font
    // (Qt reads the configuration then): two threads reading it at once each build one, and
    // fontconfig leaks parts of the one it throws away.
    void waitForFontConfiguration();

private:
    static void readFontConfiguration();

    QString m_databasePath;
    std::future<Database::Precheck> m_precheck;
    std::shared_future<void> m_fontConfiguration;
    std::thread m_thread;
};

// ApplicationWarmUp, made once QApplication exists and gone before it is: Qt's list of fonts,
// ICU's collation data and the list of image format plugins are read while the main thread opens
// the database. Qt and ICU keep these process-wide and guard them, so the main window finds them
// ready, or waits for them instead of reading them a second time. The first frame's icons are
// drawn too (Icons::drawAhead()); Qt's icon loader and the desktops' icon engines are for the
// GUI thread, so the QIcons are made there.
class ApplicationWarmUp
{
public:
    // Waits for early's fontconfig read before asking Qt for fonts. Nothing when early is not a
    // launch.
    explicit ApplicationWarmUp(StartupWarmUp &early);
    ~ApplicationWarmUp();
    ApplicationWarmUp(const ApplicationWarmUp &) = delete;
    ApplicationWarmUp &operator=(const ApplicationWarmUp &) = delete;

    // The first frame's icons (Icons::drawAhead()): drawn on the second core, or here when
    // there is none.
    QList<Icons::Drawn> drawnIcons();

private:
    static void run(StartupWarmUp *early, std::promise<QList<Icons::Drawn>> icons);

    std::future<QList<Icons::Drawn>> m_icons;
    std::thread m_thread;
};
