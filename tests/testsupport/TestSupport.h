#pragma once

#include "models/Clock.h"
#include "models/Database.h"
#include "models/Services.h"

#include <QTemporaryDir>
#include <memory>

// A fresh database in a temporary folder with the demo account seeded, a manual clock, and the
// services over it. Each instance has its own connection name and folder.
struct TestEnv
{
    explicit TestEnv(bool sampleWorkspaces = true);
    ~TestEnv();

    QString path() const;
    // A second connection to the same file, as a second app instance would have.
    std::unique_ptr<Database> openSecondConnection() const;
    // A second app instance: its own connection and the services over it.
    struct Instance
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<Services> services;
    };
    Instance openSecondInstance();

    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<Services> services;
};
