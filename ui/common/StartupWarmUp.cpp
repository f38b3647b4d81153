#include "ui/common/StartupWarmUp.h"

#include <QCollator>
#include <QFontDatabase>
#include <QImageReader>

#include <system_error>

StartupWarmUp::StartupWarmUp()
{
    // Without a thread (the system refuses one) the main window reads all this itself, as before.
    try {
        m_thread = std::thread(&StartupWarmUp::run);
    } catch (const std::system_error &) {
    }
}

void StartupWarmUp::run()
{
    // Every function of QFontDatabase is thread-safe; the first reads fontconfig's
    // configuration and lists the fonts (a thread's font engines stay its own).
    QFontDatabase::families();
    // ICU caches collation data process-wide; the workspace list opens a collator.
    QCollator collator;
    collator.setNumericMode(true);
    collator.compare(QStringLiteral("a"), QStringLiteral("b"));
    // The plugins' list: the menu bar's and the toolbar's extension arrows are images.
    QImageReader::supportedImageFormats();
}

StartupWarmUp::~StartupWarmUp()
{
    if (m_thread.joinable())
        m_thread.join();
}
