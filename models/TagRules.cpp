#include "models/TagRules.h"

#include "models/ProductSpec.h"

#include <QSet>

namespace {
bool hasReservedPrefix(const QString &s)
{
    return s.startsWith(QLatin1String("aliyun"), Qt::CaseInsensitive) || s.startsWith(QLatin1String("acs:"), Qt::CaseInsensitive);
}
bool hasUrl(const QString &s)
{
    return s.contains(QLatin1String("http://"), Qt::CaseInsensitive) || s.contains(QLatin1String("https://"), Qt::CaseInsensitive);
}
int codePoints(const QString &s)
{
    return int(s.toUcs4().size());
}
} // namespace

Status TagRules::validateKey(const QString &key)
{
    if (key.isEmpty())
        return Status::failure(Field::Tags, tr("Enter a tag key."));
    if (codePoints(key) > ProductSpec::TagKeyMaxLength)
        return Status::failure(Field::Tags, tr("A tag key can have at most %1 characters.").arg(ProductSpec::TagKeyMaxLength));
    if (hasReservedPrefix(key))
        return Status::failure(Field::Tags, tr("A tag key cannot start with \"aliyun\" or \"acs:\"."));
    if (hasUrl(key))
        return Status::failure(Field::Tags, tr("A tag key cannot contain \"http://\" or \"https://\"."));
    return {};
}

Status TagRules::validateValue(const QString &value)
{
    if (codePoints(value) > ProductSpec::TagValueMaxLength)
        return Status::failure(Field::Tags, tr("A tag value can have at most %1 characters.").arg(ProductSpec::TagValueMaxLength));
    if (hasReservedPrefix(value))
        return Status::failure(Field::Tags, tr("A tag value cannot start with \"aliyun\" or \"acs:\"."));
    if (hasUrl(value))
        return Status::failure(Field::Tags, tr("A tag value cannot contain \"http://\" or \"https://\"."));
    return {};
}

Status TagRules::validate(const TagList &tags)
{
    Status result;
    if (tags.size() > ProductSpec::MaxTags)
        result.add(Field::Tags, tr("A workspace can have at most %1 tags; remove %n.", nullptr, int(tags.size()) - ProductSpec::MaxTags)
                                    .arg(ProductSpec::MaxTags));
    QSet<QString> seen;
    for (int row = 0; row < tags.size(); ++row) {
        const Tag &t = tags.at(row);
        if (const Status k = validateKey(t.key); !k.ok())
            result.add(Field::tagKey(row), k.text());
        else if (seen.contains(t.key))
            result.add(Field::tagKey(row), tr("The tag key \"%1\" is used twice; keys must be unique.").arg(t.key));
        seen.insert(t.key);
        if (const Status v = validateValue(t.value); !v.ok())
            result.add(Field::tagValue(row), v.text());
    }
    return result;
}
