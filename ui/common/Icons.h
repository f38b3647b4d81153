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

// The application icon drawn from its SVG at the sizes the platform gives the window manager
// when an icon has none of its own (16, 32, 64 and 128 px). Safe on any thread: the app draws
// them on a second core during start-up (a window icon drawn on the main thread cost about 3
// million instructions of the first frame, issue 12) and hands them to useWindowIconImages().
QList<QImage> renderWindowIconImages();
// From then on the bundled application icon is these images (a desktop theme's icon still
// comes first).
void useWindowIconImages(const QList<QImage> &images);
} // namespace Icons
