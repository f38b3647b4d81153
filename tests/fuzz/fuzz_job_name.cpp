// Job names: the rule of a run request, and the file name a backup gives the job's script.
#include "tests/fuzz/FuzzInput.h"

#include "models/JobService.h"
#include "models/ScriptBackup.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = fuzz::text(data, size);
    const Status s = JobService::validateName(name);
    if (s.ok()) {
        FUZZ_CHECK(!name.isEmpty() && name.size() <= JobService::JobNameMaxLength && name.trimmed() == name, name);
        for (const QChar c : name)
            FUZZ_CHECK(c.category() != QChar::Other_Control, name);
    } else {
        FUZZ_CHECK(s.hasField(Field::Name), name);
    }
    for (const QString &codeType : {QStringLiteral("SQL"), QStringLiteral("PYTHON"), QStringLiteral("JAR")}) {
        const QString file = ScriptBackup::scriptFileName(name, codeType);
        // A file name the manifest can name and the file system can create: valid UTF-16, no
        // separators or controls, not hidden, not empty, bounded.
        FUZZ_CHECK(!file.isEmpty() && !file.startsWith(QLatin1Char('.')), name);
        FUZZ_CHECK(!fuzz::hasLoneSurrogate(file), name);
        FUZZ_CHECK(file.toUtf8().size() < 255, name);
        for (const QChar c : file)
            FUZZ_CHECK(c != QLatin1Char('/') && c != QLatin1Char('\\') && c.category() != QChar::Other_Control, name);
    }
    return 0;
}
