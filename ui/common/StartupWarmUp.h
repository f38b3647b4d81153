#pragma once

#include <thread>

// Start-up work that needs no database, done on a second core while the main thread opens the
// database: fontconfig's configuration and the list of the system's fonts, ICU's collation data
// and the list of image format plugins. Qt and ICU keep these process-wide and guard them, so the
// main window finds them ready, or waits for them instead of reading them a second time. (Icons
// are not among them: Qt's icon loader and the desktops' icon engines are for the GUI thread.)
class StartupWarmUp
{
public:
    StartupWarmUp();
    ~StartupWarmUp();
    StartupWarmUp(const StartupWarmUp &) = delete;
    StartupWarmUp &operator=(const StartupWarmUp &) = delete;

private:
    static void run();

    std::thread m_thread;
};
