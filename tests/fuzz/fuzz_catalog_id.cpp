// Catalog IDs: a letter, then letters, digits or '_', 2-256 characters.
#include "tests/fuzz/FuzzInput.h"

#include "models/WorkspaceRules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString id = fuzz::text(data, size);
    const Status s = WorkspaceRules::validateCatalogId(id);
    const auto asciiLetter = [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    };
    bool expected = id.size() >= 2 && id.size() <= 256 && asciiLetter(id.front());
    for (const QChar c : id)
        expected = expected && (asciiLetter(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_'));
    FUZZ_CHECK(s.ok() == expected, id);
    if (!s.ok())
        FUZZ_CHECK(s.hasField(Field::CatalogId), id);
    return 0;
}
