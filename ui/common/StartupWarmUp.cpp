#include "ui/common/StartupWarmUp.h"

#include <QCollator>
#include <QFontDatabase>
#include <QImageReader>
#include <QThread>

#include <dlfcn.h>
#include <system_error>

StartupWarmUp::StartupWarmUp(const QString &databasePath) : m_databasePath(databasePath)
{
    // The main thread is Qt's main thread before another thread makes the first QObject (a
    // QFile of the precheck): Qt takes the first thread it meets for it.
    QThread::currentThread();
    // Not a launch (--help, --version, a mistake): the answer comes at once, and --help and
    // --version end the process with exit(), which must not meet a thread at work.
    if (databasePath.isEmpty())
        return;
    std::promise<Database::Precheck> precheck;
    std::future<Database::Precheck> future = precheck.get_future();
    std::promise<void> fonts;
    std::future<void> fontsRead = fonts.get_future();
    try {
        m_thread = std::thread([path = databasePath, promise = std::move(precheck), fonts = std::move(fonts)]() mutable {
            promise.set_value(Database::precheck(path, Database::Options{}));
            readFontConfiguration();
            fonts.set_value();
        });
        m_precheck = std::move(future);
        m_fontConfiguration = fontsRead.share();
    } catch (const std::system_error &) {
    }
}

void StartupWarmUp::readFontConfiguration()
{
    // FcInit parses fontconfig's XML configuration and maps its caches (milliseconds), which Qt
    // would do on the main thread when the first widget asks for a font. Looked up at run time:
    // Qt's platform plugins load fontconfig, the app does not link it itself.
    using Init = int (*)();
    if (const auto init = reinterpret_cast<Init>(dlsym(RTLD_DEFAULT, "FcInit")))
        init();
}

ApplicationWarmUp::ApplicationWarmUp(StartupWarmUp &early)
{
    if (!early.isLaunch())
        return;
    std::promise<QList<Icons::Drawn>> icons;
    std::future<QList<Icons::Drawn>> drawn = icons.get_future();
    try {
        m_thread = std::thread(&ApplicationWarmUp::run, &early, std::move(icons));
        m_icons = std::move(drawn);
    } catch (const std::system_error &) {
    }
}

QList<Icons::Drawn> ApplicationWarmUp::drawnIcons()
{
    return m_icons.valid() ? m_icons.get() : Icons::drawAhead();
}

void ApplicationWarmUp::run(StartupWarmUp *early, std::promise<QList<Icons::Drawn>> icons)
{
    early->waitForFontConfiguration();
    // Every function of QFontDatabase is thread-safe; the first lists the fonts (a thread's font
    // engines stay its own).
    QFontDatabase::families();
    // Drawn into images, which any thread may paint; needed when the window is made.
    icons.set_value(Icons::drawAhead());
    // ICU caches collation data process-wide; the workspace list opens a collator.
    QCollator collator;
    collator.setNumericMode(true);
    collator.compare(QStringLiteral("a"), QStringLiteral("b"));
    // The plugins' list: the menu bar's and the toolbar's extension arrows are images.
    QImageReader::supportedImageFormats();
}

Database::Precheck StartupWarmUp::databasePrecheck(const QString &path)
{
    if (m_precheck.valid() && path == m_databasePath)
        return m_precheck.get();
    return Database::precheck(path, Database::Options{});
}

void StartupWarmUp::waitForFontConfiguration()
{
    if (m_fontConfiguration.valid())
        m_fontConfiguration.wait();
}

StartupWarmUp::~StartupWarmUp()
{
    if (m_thread.joinable())
        m_thread.join();
}

ApplicationWarmUp::~ApplicationWarmUp()
{
    // Before QApplication goes: QFontDatabase needs it (an early exit, a refused file).
    if (m_thread.joinable())
        m_thread.join();
}
