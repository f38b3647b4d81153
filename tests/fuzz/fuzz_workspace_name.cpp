// WorkspaceRules::validateName and the stored (NFC) form of a name.
#include "tests/fuzz/FuzzInput.h"

#include "models/ProductSpec.h"
#include "models/WorkspaceRules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = fuzz::text(data, size);
    const Status s = WorkspaceRules::validateName(name);
    const QString stored = WorkspaceRules::normalizedName(name);
    FUZZ_CHECK(WorkspaceRules::normalizedName(stored) == stored, name);
    // The rule judges the stored form, so a name and its stored form are judged alike.
    FUZZ_CHECK(WorkspaceRules::validateName(stored).ok() == s.ok(), name);
    if (s.ok()) {
        FUZZ_CHECK(!stored.isEmpty() && stored.toUcs4().size() <= ProductSpec::NameMaxLength, name);
        FUZZ_CHECK(!fuzz::hasLoneSurrogate(stored), name);
        for (const QChar c : stored)
            FUZZ_CHECK(!c.isSpace() && c.category() != QChar::Other_Control && c != QLatin1Char('/'), name);
    } else {
        FUZZ_CHECK(s.hasField(Field::Name), name);
    }
    return 0;
}
