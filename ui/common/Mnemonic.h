#pragma once

#include <QString>

// Alt+letter keys that are the same letter in every language: the label's own text marks the
// letter where it has it ("&Region"), otherwise the letter is appended as Chinese consoles do
// ("地域(&R)"), before a trailing colon. Keeps translations free of per-language key choices,
// so one table per window keeps its keys unique in both languages.
namespace Mnemonic {

QString apply(const QString &text, QChar letter);
// The text without its mnemonic: "地域(&R)" -> "地域", "&Region" -> "Region" (accessible names).
QString strip(const QString &text);

} // namespace Mnemonic
