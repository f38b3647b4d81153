#pragma once

class QLineEdit;

namespace ClearButton {
// Gives edit its clear button the first time the button can be of use: when the edit gets focus
// or text (typed, pasted or set by the program). Qt looks the button's icon up in the desktop's
// icon theme, which costs milliseconds at start-up for a button an empty edit does not show.
void enableOnFirstUse(QLineEdit *edit);
} // namespace ClearButton
