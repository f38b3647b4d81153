#pragma once

#include "models/Domain.h"
#include "models/JobService.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceRules.h"
#include "tests/testsupport/TestSupport.h"

#include <QVariantList>

// Data a test needs that no user operation of the app makes: rows another program wrote or
// removed, states reached only with time, account settings. This is the one place tests write
// SQL; every function stops the test run (qFatal) when its write fails, so a test never goes on
// with data it did not get.
namespace Fixtures {

// A complete, valid workspace record (for WorkspaceService::insertRecord): Running, in region's
// emr-spark-logs bucket, the default catalog and execution role, created by the account owner at
// time 0. Tests change what they are about.
Workspace workspaceRecord(const QString &name, const QString &region = QStringLiteral("cn-hangzhou"),
                          const QString &billing = ProductSpec::PayAsYouGo, int cuQuota = 100);
// What Create Workspace sends for a valid pay-as-you-go workspace in cn-hangzhou.
WorkspaceSpec payAsYouGoSpec(const QString &name = QStringLiteral("new-workspace"));

// A run request for JobService::runJob(): an SQL job, one CU and a minute by default.
JobRunRequest jobRequest(const QString &name, int cu = 1, qint64 durationMs = 60'000,
                         const QString &outcome = ProductSpec::RunSuccess, const QString &queue = ProductSpec::RootQueue,
                         const QString &script = QStringLiteral("SELECT 1;"));

void addCatalog(TestEnv &env, const QString &region, const QString &catalogId);
// A member row as another instance would have written it (no permission check).
void addMember(TestEnv &env, const QString &workspaceId, const QString &principal, const QString &role);
// The same, kept as it is when the principal is a member already.
void ensureMember(TestEnv &env, const QString &workspaceId, const QString &principal, const QString &role);
void removeMember(TestEnv &env, const QString &workspaceId, const QString &principal);
void removeMembers(TestEnv &env, const QString &workspaceId);
// A catalog binding as another instance would have written it, unless the workspace has it.
void ensureWorkspaceCatalog(TestEnv &env, const QString &workspaceId, const QString &catalogId);
void removeAddedCatalogs(TestEnv &env, const QString &workspaceId);
void addQueue(TestEnv &env, const QString &workspaceId, const QString &name, int cu);
// Every queue but root_queue and dev_queue.
void removeAddedQueues(TestEnv &env, const QString &workspaceId);

// A job with one run in a given state, its times as they would be in that state.
struct Run
{
    QString id; // empty: a new one
    QString jobName;
    QString state;
    int cu = 4;
    QString queue = QStringLiteral("root_queue");
    qint64 durationMs = 3600 * 1000;
    qint64 submittedAtMs = 0;
    qint64 startedAtMs = 0; // 0: not started
    qint64 endedAtMs = 0;   // 0: not ended
    qint64 stateChangedAtMs = 0;
};
// Returns the run's ID.
QString addRun(TestEnv &env, const QString &workspaceId, const Run &run);

// The workspace row disappears as if another instance deleted it (its rows go by cascade).
void removeWorkspace(TestEnv &env, const QString &workspaceId);
// The workspace is Starting again until readyAtMs.
void setStarting(TestEnv &env, const QString &workspaceId, qint64 readyAtMs);
void setRealNameVerified(TestEnv &env, bool verified);
void setOssActivated(TestEnv &env, bool activated);
void removeBuckets(TestEnv &env, const QString &region);

// SQL that turns a current database back into schema version 5 (undoes migration steps 6 to 8,
// issue 10: no expiry index, no auto-renew period column, orders without the 'Release' type;
// issue 12: no run-state index), for tests of older files.
QStringList undoSchemaVersion6();

// The single number a SELECT count(*) (or another one-value query) returns, for checks.
int count(Database &db, const QString &sql, const QVariantList &values = {});
int count(TestEnv &env, const QString &sql, const QVariantList &values = {});

} // namespace Fixtures
