#pragma once

class QObject;

// Tells screen readers that object (a label whose text just changed) has something to say now,
// without moving the focus: an accessible NameChanged and an Alert event.
namespace Announce {
void alert(QObject *object);

// Tests: Qt sends accessibility events only while an assistive technology is listening, which
// never happens offscreen; the observer sees every alert anyway.
using Observer = void (*)(QObject *object);
void setObserver(Observer observer);
} // namespace Announce
