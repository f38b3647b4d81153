#include "models/DemoSeeder.h"

#include "models/AccountDirectory.h"
#include "models/BillingService.h"
#include "models/Clock.h"
#include "models/Database.h"
#include "models/Query.h"
#include "models/Domain.h"
#include "models/DomainText.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceService.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

Status run(QSqlQuery &q, const QString &sql, const QVariantList &values = {})
{
    return Database::exec(q, sql, values, DemoSeeder::tr("Could not fill the new database with the sample account."));
}

constexpr qint64 Day = 24LL * 3600 * 1000;

struct SampleRun
{
    const char *job;
    const char *codeType;
    const char *script;
    RunState state;
    int cu;
    qint64 durationMs;
};

} // namespace

Status DemoSeeder::seed(Database &db, const Clock &clock, const Options &options)
{
    const Result<qint64> accounts = Query::number(db, QStringLiteral("SELECT count(*) FROM account"), {},
                                                  tr("Could not read the account settings."));
    if (!accounts.ok())
        return accounts;
    if (accounts.value() > 0)
        return {};
    const qint64 now = clock.nowMs();
    return db.write([&]() -> Status {
        QSqlQuery q(db.connection());
        Status s;
        s.append(run(q, QStringLiteral("INSERT INTO account (id, uid, real_name_verified, oss_activated) VALUES (1, ?, 1, 1)"),
                     {QString::fromLatin1(AccountUid)}));
        for (const QString &region : ProductSpec::regionIds()) {
            // DLF is not activated in na-south-1, so its prerequisite message can be seen.
            s.append(run(q, QStringLiteral("INSERT INTO regions (id, dlf_activated) VALUES (?, ?)"),
                         {region, region == QLatin1String("na-south-1") ? 0 : 1}));
            const QString suffix = region;
            s.append(run(q, QStringLiteral("INSERT INTO buckets (name, region, hdfs_enabled) VALUES (?, ?, 1)"),
                         {QString(QStringLiteral("emr-spark-logs-") + suffix), region}));
            s.append(run(q, QStringLiteral("INSERT INTO buckets (name, region, hdfs_enabled) VALUES (?, ?, 0)"),
                         {QString(QStringLiteral("analytics-data-") + suffix), region}));
            if (region.startsWith(QLatin1String("cn-")))
                s.append(run(q, QStringLiteral("INSERT INTO buckets (name, region, hdfs_enabled) VALUES (?, ?, 0)"),
                             {QString(QStringLiteral("ml-artifacts-") + suffix), region}));
            if (region != QLatin1String("na-south-1"))
                s.append(run(q, QStringLiteral("INSERT INTO catalogs (region, catalog_id, created_at) VALUES (?, 'default_catalog', ?)"),
                             {region, now}));
        }
        const struct { const char *name; bool admin; QStringList policies; } users[] = {
            {"alice", true, {ProductSpec::PolicySparkFull, ProductSpec::PolicyOssFull, ProductSpec::PolicyDlfFull}},
            {"bob", false, {ProductSpec::PolicySparkDeveloper}},
            {"carol", false, {ProductSpec::PolicySparkReadOnly}},
            {"dave", false, {ProductSpec::PolicySparkFull, ProductSpec::PolicyOssFull}},
        };
        for (const auto &u : users) {
            s.append(run(q, QStringLiteral("INSERT INTO ram_users (name, spark_admin) VALUES (?, ?)"),
                         {QString::fromLatin1(u.name), u.admin ? 1 : 0}));
            for (const QString &p : u.policies)
                s.append(run(q, QStringLiteral("INSERT INTO ram_user_policies (user_name, policy) VALUES (?, ?)"),
                             {QString::fromLatin1(u.name), p}));
        }
        s.append(run(q, QStringLiteral("INSERT INTO ram_roles (name, trusted_service) VALUES (?, ?), ('SparkEtlJobRole', ?),"
                                       " ('EcsInstanceRole', 'ecs.aliyuncs.com')"),
                     {ProductSpec::DefaultExecutionRole, ProductSpec::SparkServicePrincipal, ProductSpec::SparkServicePrincipal}));
        if (!s.ok() || !options.sampleWorkspaces)
            return s;

        const AccountDirectory account(db);
        BillingService billing(db, clock);
        WorkspaceService workspaces(db, clock, account, billing);
        const QString owner = QString::fromLatin1(AccountUid);
        struct Sample {
            const char *name; const char *region; QString billing; int cu; int months; qint64 age;
            TagList tags; QList<SampleRun> runs;
        };
        const QList<Sample> samples = {
            {"spark-etl-prod", "cn-hangzhou", ProductSpec::Subscription, 200, 12, 40 * Day,
             {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("team"), QStringLiteral("data-platform")}},
             {{"nightly_etl", "SQL", "INSERT OVERWRITE TABLE dw.orders SELECT * FROM ods.orders;", RunState::Success, 50, 3600000}}},
            {"数据分析平台", "cn-shanghai", ProductSpec::PayAsYouGo, 1000, 0, 20 * Day,
             {{QStringLiteral("env"), QStringLiteral("dev")}, {QStringLiteral("owner"), QStringLiteral("分析组")}},
             {{"adhoc_query", "SQL", "SELECT region, count(*) FROM sales GROUP BY region;", RunState::Failed, 8, 120000}}},
            {"ml-training", "ap-southeast-1", ProductSpec::PayAsYouGo, 500, 0, 10 * Day,
             {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("cost-center"), QStringLiteral("ml")}},
             {{"train_model", "PYTHON", "from pyspark.sql import SparkSession\nspark = SparkSession.builder.getOrCreate()\n",
               RunState::Running, 64, 7 * Day},
              {"feature_build", "JAR", "com.example.features.Main --date ${bizdate}", RunState::Success, 32, 1800000}}},
            {"reporting_hk", "cn-hongkong", ProductSpec::Subscription, 50, 3, 15 * Day,
             {{QStringLiteral("env"), QStringLiteral("staging")}}, {}},
            {"eu-analytics", "eu-central-1", ProductSpec::PayAsYouGo, 300, 0, 2 * Day, {}, {}},
        };
        for (const Sample &sample : samples) {
            Workspace w;
            w.id = WorkspaceService::newWorkspaceId();
            w.name = QString::fromUtf8(sample.name);
            w.region = QString::fromLatin1(sample.region);
            w.billing = sample.billing;
            w.cuQuota = sample.cu;
            w.directory = QStringLiteral("oss://emr-spark-logs-%1/spark/%2/").arg(w.region, w.id);
            w.catalogId = QStringLiteral("default_catalog");
            w.executionRole = ProductSpec::DefaultExecutionRole;
            w.status = ProductSpec::StatusRunning;
            w.createdAtMs = now - sample.age;
            w.readyAtMs = w.createdAtMs;
            w.createdBy = owner;
            w.tags = sample.tags;
            if (sample.billing == ProductSpec::Subscription) {
                w.durationMonths = sample.months;
                w.subscribedAtMs = w.createdAtMs;
                w.expiresAtMs = Pricing::expiryMs(w.createdAtMs, sample.months);
            }
            s.append(workspaces.insertRecord(w, owner));
            // Members (issue 6): one sample workspace shows every role besides the administrator.
            if (w.name == QLatin1String("spark-etl-prod")) {
                for (const auto &[user, role] : {std::pair{"alice", ProductSpec::RoleDataEngineering},
                                                 std::pair{"bob", ProductSpec::RoleDataScience},
                                                 std::pair{"carol", ProductSpec::RoleGuest}})
                    s.append(run(q, QStringLiteral("INSERT INTO members (workspace_id, principal, role) VALUES (?, ?, ?)"),
                                 {w.id, QString::fromLatin1(user), role}));
            }
            if (sample.billing == ProductSpec::Subscription) {
                Order o;
                o.workspaceId = w.id;
                o.workspaceName = w.name;
                o.type = ProductSpec::OrderNew;
                o.cuAfter = w.cuQuota;
                o.amountCents = Pricing::subscriptionCents(w.region, w.cuQuota, sample.months);
                o.createdAtMs = w.createdAtMs;
                const auto r = billing.record(o);
                s.append(r);
            }
            for (const SampleRun &r : sample.runs) {
                s.append(run(q, QStringLiteral("INSERT INTO jobs (workspace_id, name, code_type, script, created_at) VALUES (?, ?, ?, ?, ?)"),
                             {w.id, QString::fromLatin1(r.job), QString::fromLatin1(r.codeType), QString::fromUtf8(r.script), w.createdAtMs}));
                const qint64 jobId = q.lastInsertId().toLongLong();
                const QString state = DomainText::toText(r.state);
                const bool active = ProductSpec::isActiveRunState(state);
                const qint64 started = active ? now - 3600000 : now - Day;
                const qint64 ended = active ? 0 : started + r.durationMs;
                s.append(run(q, QStringLiteral("INSERT INTO job_runs (id, job_id, workspace_id, queue, cu, state, outcome, duration_ms,"
                                               " submitted_at, started_at, ended_at, state_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {QString(QStringLiteral("jr-") + Database::randomHex(16)), jobId, w.id, ProductSpec::RootQueue, r.cu,
                              state, active ? ProductSpec::RunSuccess : state,
                              r.durationMs, started - 5000, started, ended, active ? started : ended}));
            }
        }
        return s;
    });
}
