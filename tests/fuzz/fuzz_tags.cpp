// Tag rules: a list of key/value pairs, one per line, key and value separated by U+0000.
#include "tests/fuzz/FuzzInput.h"

#include "models/ProductSpec.h"
#include "models/TagRules.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size);
    TagList tags;
    if (!input.isEmpty())
        for (const QString &line : input.split(QLatin1Char('\n'))) {
            const qsizetype sep = line.indexOf(QChar(0));
            tags.append(sep < 0 ? Tag{line, QString()} : Tag{line.left(sep), line.mid(sep + 1)});
        }
    const Status s = TagRules::validate(tags);
    bool rowsOk = true;
    QSet<QString> keys;
    for (int row = 0; row < tags.size(); ++row) {
        const bool keyOk = TagRules::validateKey(tags.at(row).key).ok();
        const bool valueOk = TagRules::validateValue(tags.at(row).value).ok();
        // Each row's error is keyed to that row, so the editor marks the right cell.
        FUZZ_CHECK(s.hasField(Field::tagKey(row)) == (!keyOk || keys.contains(tags.at(row).key)), input);
        FUZZ_CHECK(s.hasField(Field::tagValue(row)) == !valueOk, input);
        rowsOk = rowsOk && keyOk && valueOk && !keys.contains(tags.at(row).key);
        keys.insert(tags.at(row).key);
        if (keyOk) {
            const QString k = tags.at(row).key;
            FUZZ_CHECK(!k.isEmpty() && k.toUcs4().size() <= ProductSpec::TagKeyMaxLength, input);
            FUZZ_CHECK(!k.startsWith(QLatin1String("aliyun"), Qt::CaseInsensitive)
                           && !k.startsWith(QLatin1String("acs:"), Qt::CaseInsensitive)
                           && !k.contains(QLatin1String("http://"), Qt::CaseInsensitive)
                           && !k.contains(QLatin1String("https://"), Qt::CaseInsensitive),
                       input);
        }
        if (valueOk)
            FUZZ_CHECK(tags.at(row).value.toUcs4().size() <= ProductSpec::TagValueMaxLength, input);
    }
    FUZZ_CHECK(s.ok() == (rowsOk && tags.size() <= ProductSpec::MaxTags), input);
    FUZZ_CHECK(s.hasField(Field::Tags) == (tags.size() > ProductSpec::MaxTags), input);
    return 0;
}
