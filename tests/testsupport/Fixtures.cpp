#include "tests/testsupport/Fixtures.h"

#include "models/Database.h"
#include "models/DemoSeeder.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceService.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

void write(TestEnv &env, const QString &sql, const QVariantList &values)
{
    const Status s = env.db->write([&]() -> Status {
        QSqlQuery q(env.db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return Database::exec(q);
    });
    if (!s.ok())
        qFatal("fixture write failed: %s: %s", qPrintable(sql), qPrintable(s.text()));
}

} // namespace

namespace Fixtures {

Workspace workspaceRecord(const QString &name, const QString &region, const QString &billing, int cuQuota)
{
    Workspace w;
    w.id = WorkspaceService::newWorkspaceId();
    w.name = name;
    w.region = region;
    w.billing = billing;
    w.cuQuota = cuQuota;
    w.directory = QStringLiteral("oss://emr-spark-logs-%1/spark/").arg(region);
    w.catalogId = QStringLiteral("default_catalog");
    w.executionRole = ProductSpec::DefaultExecutionRole;
    w.status = ProductSpec::StatusRunning;
    w.createdBy = QString::fromLatin1(DemoSeeder::AccountUid);
    return w;
}

JobRunRequest jobRequest(const QString &name, int cu, qint64 durationMs, const QString &outcome, const QString &queue,
                         const QString &script)
{
    JobRunRequest r;
    r.name = name;
    r.codeType = QStringLiteral("SQL");
    r.script = script;
    r.cu = cu;
    r.queue = queue;
    r.outcome = outcome;
    r.durationMs = durationMs;
    return r;
}

WorkspaceSpec payAsYouGoSpec(const QString &name)
{
    WorkspaceSpec s;
    s.region = QStringLiteral("cn-hangzhou");
    s.billing = ProductSpec::PayAsYouGo;
    s.name = name;
    s.cuQuota = 1000;
    s.bucket = QStringLiteral("emr-spark-logs-cn-hangzhou");
    s.path = QStringLiteral("spark/logs");
    s.catalogId = QStringLiteral("default_catalog");
    s.executionRole = ProductSpec::DefaultExecutionRole;
    return s;
}

void addCatalog(TestEnv &env, const QString &region, const QString &catalogId)
{
    write(env, QStringLiteral("INSERT INTO catalogs (region, catalog_id, created_at) VALUES (?, ?, 0)"),
          {region, catalogId});
}

void addMember(TestEnv &env, const QString &workspaceId, const QString &principal, const QString &role)
{
    write(env, QStringLiteral("INSERT INTO members (workspace_id, principal, role) VALUES (?, ?, ?)"),
          {workspaceId, principal, role});
}

void ensureMember(TestEnv &env, const QString &workspaceId, const QString &principal, const QString &role)
{
    write(env, QStringLiteral("INSERT OR IGNORE INTO members (workspace_id, principal, role) VALUES (?, ?, ?)"),
          {workspaceId, principal, role});
}

void removeMember(TestEnv &env, const QString &workspaceId, const QString &principal)
{
    write(env, QStringLiteral("DELETE FROM members WHERE workspace_id = ? AND principal = ?"), {workspaceId, principal});
}

void ensureWorkspaceCatalog(TestEnv &env, const QString &workspaceId, const QString &catalogId)
{
    write(env, QStringLiteral("INSERT OR IGNORE INTO workspace_catalogs (workspace_id, catalog_id, is_default)"
                              " VALUES (?, ?, 0)"),
          {workspaceId, catalogId});
}

void removeMembers(TestEnv &env, const QString &workspaceId)
{
    write(env, QStringLiteral("DELETE FROM members WHERE workspace_id = ?"), {workspaceId});
}

void removeAddedCatalogs(TestEnv &env, const QString &workspaceId)
{
    write(env, QStringLiteral("DELETE FROM workspace_catalogs WHERE workspace_id = ? AND is_default = 0"), {workspaceId});
}

void addQueue(TestEnv &env, const QString &workspaceId, const QString &name, int cu)
{
    write(env, QStringLiteral("INSERT INTO queues (workspace_id, name, cu) VALUES (?, ?, ?)"), {workspaceId, name, cu});
}

void removeAddedQueues(TestEnv &env, const QString &workspaceId)
{
    write(env, QStringLiteral("DELETE FROM queues WHERE workspace_id = ? AND name NOT IN ('root_queue', 'dev_queue')"),
          {workspaceId});
}

QString addRun(TestEnv &env, const QString &workspaceId, const Run &run)
{
    static int counter = 0;
    const QString runId = !run.id.isEmpty() ? run.id : QStringLiteral("jr-fixture%1").arg(++counter, 9, 10, QLatin1Char('0'));
    const Status s = env.db->write([&]() -> Status {
        QSqlQuery q(env.db->connection());
        q.prepare(QStringLiteral("INSERT INTO jobs (workspace_id, name, code_type, script, created_at)"
                                 " VALUES (?, ?, 'SQL', 'SELECT 1', ?)"));
        q.addBindValue(workspaceId);
        q.addBindValue(run.jobName);
        q.addBindValue(run.submittedAtMs);
        if (Status e = Database::exec(q); !e.ok())
            return e;
        const qint64 jobId = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("INSERT INTO job_runs (id, job_id, workspace_id, queue, cu, state, outcome, duration_ms,"
                                 " submitted_at, started_at, ended_at, state_changed_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, 'Success', ?, ?, ?, ?, ?)"));
        for (const QVariant &v : QVariantList{runId, jobId, workspaceId, run.queue, run.cu, run.state, run.durationMs,
                                              run.submittedAtMs, run.startedAtMs, run.endedAtMs, run.stateChangedAtMs})
            q.addBindValue(v);
        return Database::exec(q);
    });
    if (!s.ok())
        qFatal("cannot add run: %s", qPrintable(s.text()));
    return runId;
}

void removeWorkspace(TestEnv &env, const QString &workspaceId)
{
    write(env, QStringLiteral("DELETE FROM workspaces WHERE id = ?"), {workspaceId});
}

void setStarting(TestEnv &env, const QString &workspaceId, qint64 readyAtMs)
{
    write(env, QStringLiteral("UPDATE workspaces SET status = ?, ready_at = ? WHERE id = ?"),
          {ProductSpec::StatusStarting, readyAtMs, workspaceId});
}

void setRealNameVerified(TestEnv &env, bool verified)
{
    write(env, QStringLiteral("UPDATE account SET real_name_verified = ?"), {verified ? 1 : 0});
}

void setOssActivated(TestEnv &env, bool activated)
{
    write(env, QStringLiteral("UPDATE account SET oss_activated = ?"), {activated ? 1 : 0});
}

void removeBuckets(TestEnv &env, const QString &region)
{
    write(env, QStringLiteral("DELETE FROM buckets WHERE region = ?"), {region});
}

int count(TestEnv &env, const QString &sql, const QVariantList &values)
{
    return count(*env.db, sql, values);
}

int count(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("count failed: %s", qPrintable(sql));
    return q.value(0).toInt();
}

QStringList undoSchemaVersion6()
{
    return {QStringLiteral("DROP INDEX job_runs_state"), QStringLiteral("DROP INDEX workspaces_billing_expiry"),
            QStringLiteral("ALTER TABLE workspaces DROP COLUMN auto_renew_months"),
            QStringLiteral("CREATE TABLE orders_v5 (id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL,"
                           " workspace_name TEXT NOT NULL,"
                           " type TEXT NOT NULL CHECK (type IN ('New', 'Upgrade', 'Downgrade', 'Refund', 'Renewal')),"
                           " cu_before INTEGER NOT NULL, cu_after INTEGER NOT NULL, amount_cents INTEGER NOT NULL,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO orders_v5 SELECT * FROM orders"),
            QStringLiteral("DROP TABLE orders"),
            QStringLiteral("ALTER TABLE orders_v5 RENAME TO orders"),
            QStringLiteral("CREATE INDEX orders_workspace ON orders(workspace_id)")};
}

} // namespace Fixtures
