#pragma once

#include <QIcon>

// Action icons: the desktop's icon theme first (freedesktop names), else the app's own SVG
// (resources/icons, embedded at :/icons/), drawn by Qt's SVG icon engine so it is sharp at
// any scale.
namespace Icons {
enum class Id { App, Create, Refresh, Open, Delete, UpgradeQuota, DowngradeQuota, Quota, Tags, Billing, Language, Quit, About };

QIcon icon(Id id);
// The bundled SVG alone (tests, and where the theme's look would not fit).
QIcon bundled(Id id);
QString resourcePath(Id id);
} // namespace Icons
