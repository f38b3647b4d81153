// The floor of the cold-start benchmark: a bare QApplication with one QLabel window of the app's
// size, measured by the same probe (ui/common/FirstFrameProbe) as the app.
#include "ui/common/FirstFrameProbe.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    FirstFrameProbe::mark("main");
    QApplication app(argc, argv);
    // The app's first phase too: what comes after it is the app's own.
    FirstFrameProbe::mark("qapplication");
    QLabel window(QStringLiteral("Workspace Console"));
    window.resize(1180, 720);
    FirstFrameProbe::watch(&window);
    window.show();
    return app.exec();
}
