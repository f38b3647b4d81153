#pragma once

#include "models/Domain.h"
#include "models/Result.h"

#include <QCoreApplication>

// Tag rules of spec §3, shared by Create Workspace and Edit Tags: at most 20 tags; key 1-128
// characters, value 0-128; neither may start with "aliyun" or "acs:" (any case) nor contain
// "http://" or "https://"; keys unique within a workspace. Errors are keyed Field::tagKey(row)
// and Field::tagValue(row) so an editor can mark the row; a count error uses Field::Tags.
class TagRules
{
    Q_DECLARE_TR_FUNCTIONS(TagRules)

public:
    static Status validate(const TagList &tags);
    static Status validateKey(const QString &key);
    static Status validateValue(const QString &value);
};
