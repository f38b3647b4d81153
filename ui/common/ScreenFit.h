#pragma once

#include <QObject>

class QWidget;

// Keeps every top-level window within the screen it opens on: a window that would be larger
// than the screen's available area (a small screen, scale 2, long translations) is shrunk to it
// and moved onto it, its layout then wraps, elides or scrolls. Installed once on the
// application (main.cpp); windows need nothing of their own.
class ScreenFit : public QObject
{
    Q_OBJECT

public:
    explicit ScreenFit(QObject *parent = nullptr);

    // Shrinks and moves window onto its screen's available area (not below its minimum size).
    static void fit(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
