// The typed-name check of Delete/Unsubscribe: surrounding whitespace (U+3000 and line breaks
// too) is ignored, both sides are compared in NFC, and nothing else matches.
#include "tests/fuzz/FuzzInput.h"

#include "models/DeletionService.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList f = fuzz::fields(data, size);
    const QString typed = f.value(0);
    const QString name = f.value(1);
    const QString input = typed + QChar(0) + name;
    const bool match = DeletionService::confirmationMatches(typed, name);
    const QString nfcName = name.normalized(QString::NormalizationForm_C);

    FUZZ_CHECK(match == DeletionService::confirmationMatches(typed, nfcName), input);
    if (name.isEmpty()) {
        FUZZ_CHECK(!match, input);
        return 0;
    }
    const bool nameHasOuterSpace = name.front().isSpace() || name.back().isSpace() || name.front() == QChar(0x3000)
        || name.back() == QChar(0x3000);
    if (!nameHasOuterSpace) {
        // Typing the name, in any normalisation, with spaces, U+3000 or line breaks around it matches.
        FUZZ_CHECK(DeletionService::confirmationMatches(name, name), input);
        FUZZ_CHECK(DeletionService::confirmationMatches(name.normalized(QString::NormalizationForm_D), name), input);
        FUZZ_CHECK(DeletionService::confirmationMatches(QStringLiteral(" \u3000\t") + name + QStringLiteral("\u3000\r\n"), name),
                   input);
    }
    if (match) {
        // A match is the name itself, with nothing but white space around it.
        const QString nfcTyped = typed.normalized(QString::NormalizationForm_C);
        FUZZ_CHECK(nfcTyped.contains(nfcName) || typed.contains(name), input);
        // One character more inside the name no longer matches.
        FUZZ_CHECK(!DeletionService::confirmationMatches(name + QLatin1Char('x') + name, name), input);
    }
    return 0;
}
