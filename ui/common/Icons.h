#pragma once

#include <QIcon>
#include <QImage>
#include <QList>

// Action icons: the desktop's icon theme first (freedesktop names), else the app's own SVG
// (resources/icons, embedded at :/icons/), drawn by Qt's SVG icon engine so it is sharp at
// any scale.
namespace Icons {
enum class Id { App, Create, Refresh, Open, Delete, UpgradeQuota, DowngradeQuota, Quota, Tags, Billing, Language, Quit, About };

QIcon icon(Id id);
// The bundled SVG alone (tests, and where the theme's look would not fit).
QIcon bundled(Id id);
QString resourcePath(Id id);

// Icons of the first frame drawn from their SVGs ahead, on any thread: the application icon at
// the sizes the platform gives the window manager when an icon has none of its own (16, 32, 64
// and 128 px) and Create Workspace's at 16 and 32 px. The app draws them on a second core during
// start-up (drawn on the main thread they cost about 4 million instructions of the first frame,
// issue 12) and hands them to useDrawnAhead().
struct Drawn
{
    Id id;
    QImage image;
};
QList<Drawn> drawAhead();
// From then on: the bundled application icon is its images; an icon asked for at a size drawn
// ahead (normal and off, at that many device pixels) is that image. A desktop theme's icons
// still come first.
void useDrawnAhead(const QList<Drawn> &drawn);
} // namespace Icons
