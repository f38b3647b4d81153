#include "ui/common/StartupWarmUp.h"

#include <QCollator>
#include <QFontDatabase>
#include <QImageReader>

StartupWarmUp::StartupWarmUp()
{
    m_thread = std::thread([] {
        // Every function of QFontDatabase is thread-safe; the first reads fontconfig's
        // configuration and lists the fonts (a thread's font engines stay its own).
        QFontDatabase::families();
        // ICU caches collation data process-wide; the workspace list opens a collator.
        QCollator collator;
        collator.setNumericMode(true);
        collator.compare(QStringLiteral("a"), QStringLiteral("b"));
        // The plugins' list: the menu bar's and the toolbar's extension arrows are images.
        QImageReader::supportedImageFormats();
    });
}

StartupWarmUp::~StartupWarmUp()
{
    m_thread.join();
}
