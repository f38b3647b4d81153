#pragma once

// Test support for widget tests (they link wc_ui); core tests use TestSupport.h alone.

#include "models/Session.h"
#include "tests/testsupport/TestSupport.h"
#include "ui/common/AppSettings.h"
#include "ui/common/LanguageManager.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QScopeGuard>
#include <QStyleOptionViewItem>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QAbstractItemView;
#include <functional>
#include <memory>

// What the main window needs besides the account: a fresh account (TestEnv) with its owner
// signed in, settings in a temporary folder, and the language manager.
struct AppEnv
{
    explicit AppEnv(bool sampleWorkspaces = true);

    TestEnv env;
    Session session;
    QTemporaryDir settingsDir;
    AppSettings settings;
    LanguageManager languages;
};

// A window or dialog of the app made for a test: the window-walking tests (accessibility,
// layout) list every one.
using WindowFactory = std::function<QWidget *(TestEnv &, Session &, LanguageManager &, AppSettings &)>;

// The _data columns "factory" and "language".
void addWindowColumns();
// Two rows for a window: "<name>, English" and "<name>, Chinese".
void addWindowRows(const char *name, const WindowFactory &factory);

// The window of a row, made in the row's language for the account owner of a fresh account;
// prepare (if given) changes the account before the window is made.
struct RowWindow
{
    RowWindow(const WindowFactory &factory, const QString &language,
              const std::function<void(TestEnv &)> &prepare = {});

    // Declared in the order they are made: the language before anything that reads it.
    LanguageManager languages;
    const bool languageSet;
    TestEnv env;
    QTemporaryDir settingsDir;
    AppSettings settings;
    Session session;
    std::unique_ptr<QWidget> window;
};
// The window of the test's current row (columns "factory" and "language"), shown; none when the
// row's language could not be loaded.
std::unique_ptr<RowWindow> openRowWindow(const std::function<void(TestEnv &)> &prepare = {});

// Every interactive widget under root without an accessible name, as "Class objectName".
QStringList widgetsWithoutAccessibleName(QObject *root);

// Alt+letter keys of window that more than one visible control uses (labels with a buddy,
// buttons, group boxes, tabs, the menu bar's menus), as "F: File, Filter". Empty when unique.
QStringList duplicateMnemonics(QWidget *window);

// What Tab visits in window, pressing Tab from its focus widget until the focus comes back
// (at most maxPresses), each stop once, in order. *closed (if given) says whether Tab came back
// to where it started: false is a trap.
QList<QWidget *> tabCycle(QWidget *window, int maxPresses = 400, bool *closed = nullptr);
// "Class objectName (accessible name)" for messages.
QString describeWidget(QWidget *w);

// The style option view hands a delegate to paint index: the view's palette, font and widget
// and the cell's rectangle. For asking a delegate where it draws what.
QStyleOptionViewItem cellOption(QAbstractItemView *view, const QModelIndex &index);

// The one way tests drive a modal dialog, message box or popup menu: call it just before the
// action that opens the window (and blocks in its own event loop). As soon as the active modal
// widget (or popup) is a W, drive gets it and *driven (if given) becomes true; whatever drive
// leaves open is closed afterwards, so a failed check inside drive never hangs the test. Nothing
// happens when no W opens within five seconds (the test's own checks then fail).
template<typename W = QWidget>
void whenModal(std::function<void(W *)> drive, bool *driven = nullptr)
{
    auto *timer = new QTimer(qApp);
    timer->setObjectName(QStringLiteral("dialogDriver"));
    timer->setInterval(10);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, started, drive = std::move(drive), driven] {
        QWidget *active = QApplication::activeModalWidget();
        if (!qobject_cast<W *>(active))
            active = QApplication::activePopupWidget();
        QPointer<W> window = qobject_cast<W *>(active);
        if (!window) {
            if (started->elapsed() > 5000)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        if (driven)
            *driven = true;
        const auto closeOnFailure = qScopeGuard([window] {
            if (window && window->isVisible())
                window->close();
        });
        drive(window.data());
    });
    timer->start();
}
