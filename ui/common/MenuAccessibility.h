#pragma once

class QMenu;

// Menus whose disabled items explain themselves. A disabled item stays reachable with the arrow
// keys (as native menus on Windows and macOS keep it), and its reason, the action's tool tip,
// is shown on hover, in the status bar while the item is active, and reported to screen
// readers as the item's description. Qt's own menu item interface has no description, so the
// items of a prepared menu get this module's interface instead.
namespace MenuAccessibility {
// Call before the menu is first shown or queried by assistive technology.
void prepare(QMenu *menu);
} // namespace MenuAccessibility
