#pragma once

#include "models/Clock.h"
#include "models/Domain.h"
#include "models/Identity.h"
#include "models/Result.h"

#include <QCoreApplication>

class Database;

// Editing a workspace's tags after creation (spec §3, issue 5).
class TagService
{
    Q_DECLARE_TR_FUNCTIONS(TagService)

public:
    TagService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Replaces every tag of the workspace with tags, in their order, in one transaction. The tag
    // rules (TagRules: at most 20, key and value rules, unique keys) are checked first; errors are
    // keyed per row (Field::tagKey(row) / tagValue(row)) or Field::Tags for the count.
    Status setTags(const Identity &who, const QString &workspaceId, const TagList &tags);

private:
    Database &m_db;
    const Clock &m_clock;
};
