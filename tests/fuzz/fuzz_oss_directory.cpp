// OSS bucket name and path rules, and the directory string built from them.
#include "tests/fuzz/FuzzInput.h"

#include "models/ProductSpec.h"
#include "models/WorkspaceRules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList f = fuzz::fields(data, size);
    const QString bucket = f.value(0);
    const QString path = f.value(1);
    const QString input = bucket + QChar(0) + path;

    const Status b = WorkspaceRules::validateBucketName(bucket);
    if (b.ok()) {
        FUZZ_CHECK(bucket.size() >= 3 && bucket.size() <= 63, input);
        FUZZ_CHECK(!bucket.startsWith(QLatin1Char('-')) && !bucket.endsWith(QLatin1Char('-')), input);
        for (const QChar c : bucket)
            FUZZ_CHECK((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                           || c == QLatin1Char('-'),
                       input);
    } else {
        FUZZ_CHECK(b.hasField(Field::Bucket), input);
    }

    const Status p = WorkspaceRules::validatePath(path);
    if (p.ok()) {
        QString trimmed = path;
        if (trimmed.endsWith(QLatin1Char('/')))
            trimmed.chop(1);
        FUZZ_CHECK(trimmed.toUtf8().size() <= ProductSpec::OssPathMaxBytes, input);
        if (!trimmed.isEmpty())
            for (const QString &segment : trimmed.split(QLatin1Char('/')))
                FUZZ_CHECK(!segment.isEmpty() && segment != QLatin1String(".") && segment != QLatin1String(".."), input);
        if (b.ok()) {
            const QString dir = WorkspaceRules::directory(bucket, path);
            FUZZ_CHECK(dir.startsWith(QStringLiteral("oss://") + bucket + QLatin1Char('/')), input);
            FUZZ_CHECK(dir.endsWith(QLatin1Char('/')) && !dir.endsWith(QLatin1String("//")), input);
        }
    } else {
        FUZZ_CHECK(p.hasField(Field::Path), input);
    }
    return 0;
}
