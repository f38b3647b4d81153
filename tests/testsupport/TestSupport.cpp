#include "tests/testsupport/TestSupport.h"

#include "models/DemoSeeder.h"


TestEnv::TestEnv(bool sampleWorkspaces)
{
    Database::OpenResult r = Database::open(path());
    if (!r.ok())
        qFatal("cannot open test database: %s", qPrintable(r.message));
    db = std::move(r.db);
    DemoSeeder::Options options;
    options.sampleWorkspaces = sampleWorkspaces;
    const Status s = DemoSeeder::seed(*db, clock, options);
    if (!s.ok())
        qFatal("cannot seed test database: %s", qPrintable(s.text()));
    services = std::make_unique<Services>(*db, clock);
}

TestEnv::~TestEnv()
{
    services.reset();
    db.reset();
}

QString TestEnv::path() const
{
    return dir.filePath(QStringLiteral("test.sqlite3"));
}

TestEnv::Instance TestEnv::openSecondInstance()
{
    Instance other;
    other.db = openSecondConnection();
    if (!other.db)
        qFatal("cannot open a second connection");
    other.services = std::make_unique<Services>(*other.db, clock);
    return other;
}

std::unique_ptr<Database> TestEnv::openSecondConnection() const
{
    Database::OpenResult r = Database::open(path());
    return std::move(r.db);
}
