// Queue names: 1-64 ASCII letters, digits or '_'.
#include "tests/fuzz/FuzzInput.h"

#include "models/QueueService.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = fuzz::text(data, size);
    bool expected = !name.isEmpty() && name.size() <= 64;
    for (const QChar c : name)
        expected = expected && c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('_'));
    const Status s = QueueService::validateName(name);
    FUZZ_CHECK(s.ok() == expected, name);
    if (!s.ok())
        FUZZ_CHECK(s.hasField(Field::Queue), name);
    return 0;
}
