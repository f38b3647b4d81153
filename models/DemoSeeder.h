#pragma once

#include "models/Result.h"

#include <QCoreApplication>

class Clock;
class Database;

// First-run content (spec §1): the demo account, its RAM users and roles, OSS buckets, DLF
// catalogs, and optionally a few sample workspaces so a new user sees a real list at once.
// Idempotent: does nothing when the account already exists.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)

public:
    struct Options
    {
        bool sampleWorkspaces = true;
    };
    static Status seed(Database &db, const Clock &clock, const Options &options);
    static Status seed(Database &db, const Clock &clock) { return seed(db, clock, Options{}); }
    static constexpr const char *AccountUid = "1234567890123456";
};
