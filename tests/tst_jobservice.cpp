#include "models/Database.h"
#include "models/JobService.h"
#include "models/ScriptBackup.h"
#include "models/ProductSpec.h"
#include "tests/testsupport/TestSupport.h"
#include "tests/testsupport/Fixtures.h"
#include "models/WorkspaceAccess.h"
#include "models/WorkspaceService.h"
#include "models/QueueService.h"
#include "models/QuotaService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

namespace {

constexpr qint64 Second = 1000;

// Sets the caps of root_queue and dev_queue as stored (the sum rule of the Queues tab is not
// what these tests are about).
void setQueues(TestEnv &env, const QString &ws, int rootCu, int devCu)
{
    const Status s = env.db->write([&]() -> Status {
        QSqlQuery q(env.db->connection());
        for (const auto &[name, cu] : {std::pair{ProductSpec::RootQueue, rootCu}, std::pair{ProductSpec::DevQueue, devCu}})
            if (Status e = Database::exec(q, QStringLiteral("UPDATE queues SET cu = ? WHERE workspace_id = ? AND name = ?"),
                                          {cu, ws, name}, QStringLiteral("queue"));
                !e.ok())
                return e;
        return {};
    });
    if (!s.ok())
        qFatal("cannot set the queues: %s", qPrintable(s.text()));
}

// A Running pay-as-you-go workspace with the given quota, created by the account owner.
QString makeWorkspace(TestEnv &env, const QString &name, int cuQuota)
{
    Workspace w = Fixtures::workspaceRecord(name, QStringLiteral("cn-hangzhou"), ProductSpec::PayAsYouGo, cuQuota);
    w.directory = QStringLiteral("oss://emr-spark-logs-cn-hangzhou/spark/%1/").arg(w.id);
    w.createdAtMs = env.clock.nowMs();
    w.readyAtMs = w.createdAtMs;
    w.createdBy = env.services->account.accountUid().value();
    const Status s = env.db->write([&] { return env.services->workspaces.insertRecord(w, w.createdBy); });
    if (!s.ok())
        qFatal("cannot create workspace: %s", qPrintable(s.text()));
    // Each queue may use the whole quota, so the tests of the workspace quota see it alone; the
    // tests of queue caps set their own.
    setQueues(env, w.id, cuQuota, cuQuota);
    return w.id;
}

JobRunRequest request(const QString &name, int cu, qint64 durationMs, const QString &outcome = ProductSpec::RunSuccess,
                      const QString &queue = ProductSpec::RootQueue)
{
    return Fixtures::jobRequest(name, cu, durationMs, outcome, queue);
}

} // namespace

class tst_JobService : public QObject
{
    Q_OBJECT

    JobRun submit(TestEnv &env, const QString &workspaceId, const JobRunRequest &r)
    {
        const Result<JobRun> run = env.services->jobs.runJob(env.services->account.owner().value(), workspaceId, r);
        if (!run.ok())
            qFatal("runJob refused: %s", qPrintable(run.text()));
        return run.value();
    }
    JobRun reread(TestEnv &env, const QString &runId) { return env.services->jobs.run(runId).value(); }
    // Time passes: the clock moves on by ms and the runs with it, as the scheduler would do.
    void passTime(TestEnv &env, qint64 ms)
    {
        env.clock.advance(ms);
        env.services->jobs.advance().value();
    }

private slots:
    void runMovesThroughItsStatesWithTime_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::newRow("a run that succeeds ends in Success") << ProductSpec::RunSuccess;
        QTest::newRow("a run that fails ends in Failed") << ProductSpec::RunFailed;
    }
    void runMovesThroughItsStatesWithTime()
    {
        QFETCH(QString, outcome);
        TestEnv env(false);
        const QString ws = makeWorkspace(env, QStringLiteral("jobs"), 100);
        const qint64 t0 = env.clock.nowMs();
        const JobRun run = submit(env, ws, request(QStringLiteral("etl"), 10, 10 * Second, outcome));
        QCOMPARE(run.state, ProductSpec::RunSubmitted);
        QVERIFY(run.id.startsWith(QLatin1String("jr-")));
        QCOMPARE(run.id.size(), 19);

        env.clock.advance(999);
        QVERIFY(env.services->jobs.advance().value().isEmpty());
        QCOMPARE(reread(env, run.id).state, ProductSpec::RunSubmitted);

        env.clock.advance(1); // t0 + 1 s: Pending, and at once Running because the quota has room
        QCOMPARE(env.services->jobs.advance().value(), QStringList{ws});
        JobRun r = reread(env, run.id);
        QCOMPARE(r.state, ProductSpec::RunRunning);
        QCOMPARE(r.startedAtMs, t0 + Second);

        passTime(env, 10 * Second - 1);
        QCOMPARE(reread(env, run.id).state, ProductSpec::RunRunning);

        passTime(env, 1);
        r = reread(env, run.id);
        QCOMPARE(r.state, outcome);
        QCOMPARE(r.endedAtMs, t0 + 11 * Second);
        QVERIFY(env.services->jobs.activeRuns(ws).value().isEmpty());
    }

    void runsBeyondTheQuotaWaitInPendingAndStartAsCapacityFrees()
    {
        TestEnv env(false);
        const QString ws = makeWorkspace(env, QStringLiteral("quota"), 10);
        const qint64 t0 = env.clock.nowMs();
        const JobRun a = submit(env, ws, request(QStringLiteral("a"), 6, 5 * Second));
        const JobRun b = submit(env, ws, request(QStringLiteral("b"), 6, 5 * Second));
        const JobRun c = submit(env, ws, request(QStringLiteral("c"), 4, 5 * Second));

        passTime(env, Second);
        QCOMPARE(reread(env, a.id).state, ProductSpec::RunRunning);
        QCOMPARE(reread(env, b.id).state, ProductSpec::RunPending);
        // First in, first out: c would fit beside a, but b is ahead of it.
        QCOMPARE(reread(env, c.id).state, ProductSpec::RunPending);

        passTime(env, 5 * Second); // a ends at t0 + 6 s; b and c (6 + 4 = 10 CUs) start then
        QCOMPARE(reread(env, a.id).state, ProductSpec::RunSuccess);
        QCOMPARE(reread(env, b.id).state, ProductSpec::RunRunning);
        QCOMPARE(reread(env, c.id).state, ProductSpec::RunRunning);
        QCOMPARE(reread(env, b.id).startedAtMs, t0 + 6 * Second);
        QCOMPARE(reread(env, c.id).startedAtMs, t0 + 6 * Second);
    }

    void aQueueCapHoldsARunBackAndSaysWhy()
    {
        TestEnv env(false);
        const QString ws = makeWorkspace(env, QStringLiteral("capped"), 100);
        setQueues(env, ws, 60, 40);
        const JobRun a = submit(env, ws, request(QStringLiteral("a"), 50, 60 * Second));
        const JobRun b = submit(env, ws, request(QStringLiteral("b"), 20, 60 * Second));
        const JobRun d = submit(env, ws, request(QStringLiteral("d"), 30, 60 * Second, ProductSpec::RunSuccess,
                                                 ProductSpec::DevQueue));
        passTime(env, Second);
        // 50 + 20 CUs fit the quota of 100 but not root_queue's cap of 60; dev_queue has its own.
        QCOMPARE(reread(env, a.id).state, ProductSpec::RunRunning);
        QCOMPARE(reread(env, b.id).state, ProductSpec::RunPending);
        QCOMPARE(reread(env, d.id).state, ProductSpec::RunRunning);
        QString why;
        for (const JobRun &r : env.services->jobs.runs(ws).value()) {
            QCOMPARE(r.waitingFor.isEmpty(), r.id != b.id);
            if (r.id == b.id)
                why = r.waitingFor;
        }
        QCOMPARE(why, QStringLiteral("Waiting for 20 CUs in root_queue: cap 60, in use 50"));

        passTime(env, 60 * Second); // a ends: b fits the cap now
        QCOMPARE(reread(env, b.id).state, ProductSpec::RunRunning);
    }

    void aRunLargerThanItsQueueIsRefusedAtSubmit()
    {
        TestEnv env(false);
        const QString ws = makeWorkspace(env, QStringLiteral("small_queue"), 100);
        setQueues(env, ws, 60, 40);
        const Result<JobRun> r = env.services->jobs.runJob(env.services->account.owner().value(), ws,
                                                           request(QStringLiteral("nightly_etl"), 80, Second));
        QVERIFY(!r.ok());
        QVERIFY2(r.message(JobService::CuField).contains(QStringLiteral("root_queue has a cap of 60 CUs")),
                 qPrintable(r.text()));
        QVERIFY(env.services->jobs.runs(ws).value().isEmpty());
        QVERIFY(env.services->jobs.jobs(ws).value().isEmpty());
        // At the cap itself a run is accepted.
        QVERIFY(env.services->jobs.runJob(env.services->account.owner().value(), ws,
                                          request(QStringLiteral("nightly_etl"), 60, Second)).ok());
    }

    void afterADowngradeRootQueueCapsTheRuns()
    {
        // The steps: spark-etl-prod downgraded from 200 to 100 CUs leaves root_queue 60.
        TestEnv env;
        const QString ws = env.services->workspaces.findByName(QStringLiteral("spark-etl-prod"))->id;
        const Identity owner = env.services->account.owner().value();
        QVERIFY(env.services->quotas.changeSubscriptionQuota(owner, ws, 100, QuotaService::Direction::Downgrade).ok());
        QCOMPARE(env.services->queues.find(ws, ProductSpec::RootQueue).value()->cu, 60);

        const Result<JobRun> tooBig = env.services->jobs.runJob(owner, ws, request(QStringLiteral("nightly_etl"), 80, Second));
        QVERIFY(tooBig.hasField(JobService::CuField));
        const JobRun fits = submit(env, ws, request(QStringLiteral("nightly_etl"), 60, 60 * Second));
        const JobRun next = submit(env, ws, request(QStringLiteral("hourly"), 10, 60 * Second));
        passTime(env, Second);
        QCOMPARE(reread(env, fits.id).state, ProductSpec::RunRunning);
        QCOMPARE(reread(env, next.id).state, ProductSpec::RunPending);
        for (const JobRun &r : env.services->jobs.runs(ws).value())
            if (r.id == next.id)
                QCOMPARE(r.waitingFor, QStringLiteral("Waiting for 10 CUs in root_queue: cap 60, in use 60"));
    }

    void aQueueCannotShrinkBelowWhatItsRunningJobsHold()
    {
        TestEnv env(false);
        const QString ws = makeWorkspace(env, QStringLiteral("shrink"), 100);
        setQueues(env, ws, 100, 0);
        const JobRun a = submit(env, ws, request(QStringLiteral("a"), 50, 60 * Second));
        passTime(env, Second);
        QCOMPARE(reread(env, a.id).state, ProductSpec::RunRunning);
        const Identity owner = env.services->account.owner().value();
        const Status refused = env.services->queues.setQueueCu(owner, ws, ProductSpec::RootQueue, 49);
        QVERIFY(refused.has(ErrorCode::Conflict));
        QVERIFY2(refused.message(Field::CuQuota).contains(QStringLiteral("50")), qPrintable(refused.text()));
        QCOMPARE(env.services->queues.find(ws, ProductSpec::RootQueue).value()->cu, 100);
        QVERIFY(env.services->queues.setQueueCu(owner, ws, ProductSpec::RootQueue, 50).ok());
        env.clock.advance(60 * Second); // once the run has ended, the queue can shrink further
        QVERIFY(env.services->queues.setQueueCu(owner, ws, ProductSpec::RootQueue, 10).ok());
    }

    void runningCusNeverExceedTheQuota()
    {
        TestEnv env(false);
        const QString ws = makeWorkspace(env, QStringLiteral("busy"), 16);
        for (int i = 0; i < 8; ++i)
            submit(env, ws, request(QStringLiteral("job%1").arg(i), 3 + i % 3, (2 + i) * Second));
        for (int step = 0; step < 60; ++step) {
            passTime(env, 500);
            int running = 0;
            for (const JobRun &r : env.services->jobs.runs(ws).value())
                if (r.state == ProductSpec::RunRunning || (r.state == ProductSpec::RunCancelling && r.startedAtMs > 0))
                    running += r.cu;
            QVERIFY2(running <= 16, qPrintable(QStringLiteral("%1 CUs running at step %2").arg(running).arg(step)));
        }
        QVERIFY(env.services->jobs.activeRuns(ws).value().isEmpty());
    }

    void stopMovesARunThroughCancellingToCancelled()
    {
        TestEnv env(false);
        const QString ws = makeWorkspace(env, QStringLiteral("stop"), 10);
        const Identity owner = env.services->account.owner().value();
        const qint64 t0 = env.clock.nowMs();
        const JobRun big = submit(env, ws, request(QStringLiteral("big"), 8, 3600 * Second));
        const JobRun waiting = submit(env, ws, request(QStringLiteral("waiting"), 5, 10 * Second));
        const JobRun queued = submit(env, ws, request(QStringLiteral("queued"), 1, 10 * Second));
        passTime(env, Second);
        QCOMPARE(reread(env, big.id).state, ProductSpec::RunRunning);
        QCOMPARE(reread(env, waiting.id).state, ProductSpec::RunPending);

        env.clock.advance(Second);
        QVERIFY(env.services->jobs.stopRun(owner, big.id).ok());
        QCOMPARE(reread(env, big.id).state, ProductSpec::RunCancelling);
        // Stopping twice is refused with a reason.
        const Status again = env.services->jobs.stopRun(owner, big.id);
        QVERIFY(again.has(ErrorCode::Conflict));

        // While big is cancelling its CUs are still held.
        passTime(env, 500);
        QCOMPARE(reread(env, waiting.id).state, ProductSpec::RunPending);

        passTime(env, 500); // t0 + 3 s: Cancelled, and the waiting run starts then
        const JobRun cancelled = reread(env, big.id);
        QCOMPARE(cancelled.state, ProductSpec::RunCancelled);
        QCOMPARE(cancelled.endedAtMs, t0 + 3 * Second);
        QCOMPARE(reread(env, waiting.id).state, ProductSpec::RunRunning);
        QCOMPARE(reread(env, waiting.id).startedAtMs, t0 + 3 * Second);
        QCOMPARE(reread(env, queued.id).state, ProductSpec::RunRunning);

        // A run stopped before it started never holds CUs and ends Cancelled.
        const JobRun late = submit(env, ws, request(QStringLiteral("late"), 10, 10 * Second));
        QVERIFY(env.services->jobs.stopRun(owner, late.id).ok());
        QCOMPARE(reread(env, late.id).state, ProductSpec::RunCancelling);
        passTime(env, Second);
        QCOMPARE(reread(env, late.id).state, ProductSpec::RunCancelled);
        QCOMPARE(reread(env, late.id).startedAtMs, 0);

        // A finished run cannot be stopped.
        passTime(env, 20 * Second);
        const Status finished = env.services->jobs.stopRun(owner, waiting.id);
        QVERIFY(finished.has(ErrorCode::Conflict));
        QVERIFY(finished.text().contains(QLatin1String("waiting")));
        QCOMPARE(reread(env, waiting.id).state, ProductSpec::RunSuccess);
    }

    void advanceContinuesAfterTheDatabaseIsReopened()
    {
        TestEnv env(false);
        const QString ws = makeWorkspace(env, QStringLiteral("restart"), 10);
        const qint64 t0 = env.clock.nowMs();
        const QString a = submit(env, ws, request(QStringLiteral("a"), 6, 10 * Second)).id;
        const QString b = submit(env, ws, request(QStringLiteral("b"), 6, 5 * Second, ProductSpec::RunFailed)).id;
        const QString c = submit(env, ws, request(QStringLiteral("c"), 6, 7200 * Second)).id;

        // The app quits; an hour later it starts again on the same file.
        env.services.reset();
        env.db.reset();
        env.clock.advance(3600 * Second);
        Database::OpenResult reopened = Database::open(env.path());
        QVERIFY2(reopened.ok(), qPrintable(reopened.message));
        env.db = std::move(reopened.db);
        env.services = std::make_unique<Services>(*env.db, env.clock);

        QCOMPARE(env.services->jobs.advance().value(), QStringList{ws});
        const JobRun ra = reread(env, a);
        const JobRun rb = reread(env, b);
        const JobRun rc = reread(env, c);
        // Replayed in time order with the times the transitions would have had.
        QCOMPARE(ra.state, ProductSpec::RunSuccess);
        QCOMPARE(ra.startedAtMs, t0 + 1 * Second);
        QCOMPARE(ra.endedAtMs, t0 + 11 * Second);
        QCOMPARE(rb.state, ProductSpec::RunFailed);
        QCOMPARE(rb.startedAtMs, t0 + 11 * Second);
        QCOMPARE(rb.endedAtMs, t0 + 16 * Second);
        QCOMPARE(rc.state, ProductSpec::RunRunning);
        QCOMPARE(rc.startedAtMs, t0 + 16 * Second);

        // And it goes on from there.
        QVERIFY(env.services->jobs.advance().value().isEmpty());
        env.clock.set(t0 + 16 * Second + 7200 * Second);
        env.services->jobs.advance().value();
        QCOMPARE(reread(env, c).state, ProductSpec::RunSuccess);
    }

    void seededWorkspaceHasARunningJob()
    {
        TestEnv env;
        const auto w = env.services->workspaces.findByName(QStringLiteral("ml-training"));
        QVERIFY(w);
        env.services->jobs.advance().value();
        const QList<JobRun> active = env.services->jobs.activeRuns(w->id).value();
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.first().jobName, QStringLiteral("train_model"));
        QCOMPARE(active.first().state, ProductSpec::RunRunning);
    }

    void permissionsFollowTheMembersRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("runRoot");
        QTest::addColumn<bool>("runDev");
        QTest::addColumn<bool>("stop");
        QTest::addColumn<bool>("edit");
        QTest::newRow("administrator runs anywhere, stops and edits") << ProductSpec::RoleOwner << true << true << true << true;
        QTest::newRow("data development runs anywhere, stops and edits") << ProductSpec::RoleDataEngineering << true << true << true << true;
        QTest::newRow("data analytics runs on dev_queue only, cannot stop or edit") << ProductSpec::RoleDataScience << false << true << false << false;
        QTest::newRow("guest is read-only") << ProductSpec::RoleGuest << false << false << false << false;
        QTest::newRow("not a member can do nothing") << QString() << false << false << false << false;
    }
    void permissionsFollowTheMembersRole()
    {
        QFETCH(QString, role);
        QFETCH(bool, runRoot);
        QFETCH(bool, runDev);
        QFETCH(bool, stop);
        QFETCH(bool, edit);
        TestEnv env(false);
        const QString ws = makeWorkspace(env, QStringLiteral("roles"), 100);
        if (!role.isEmpty())
            Fixtures::addMember(env, ws, QStringLiteral("bob"), role);
        const Identity bob = env.services->account.identity(QStringLiteral("bob")).value();
        QCOMPARE(WorkspaceAccess::storedRoleOf(*env.db, ws, QStringLiteral("bob")).value(), role);

        const Result<JobRun> root = env.services->jobs.runJob(bob, ws, request(QStringLiteral("r"), 1, Second));
        QCOMPARE(root.ok(), runRoot);
        if (!runRoot)
            QVERIFY(root.has(ErrorCode::PermissionDenied));
        const Result<JobRun> dev = env.services->jobs.runJob(
            bob, ws, request(QStringLiteral("d"), 1, Second, ProductSpec::RunSuccess, ProductSpec::DevQueue));
        QCOMPARE(dev.ok(), runDev);

        const JobRun ownersRun = submit(env, ws, request(QStringLiteral("o"), 1, 3600 * Second));
        const Status stopped = env.services->jobs.stopRun(bob, ownersRun.id);
        QCOMPARE(stopped.ok(), stop);
        QCOMPARE(reread(env, ownersRun.id).state, stop ? ProductSpec::RunCancelling : ProductSpec::RunSubmitted);
        QCOMPARE(env.services->jobs.canStopJobs(bob, ws).ok(), stop);

        // Running someone's job unchanged is submitting it; running it with another script
        // rewrites the job for everyone, which only roles that edit jobs may do.
        JobRunRequest shared = request(QStringLiteral("shared"), 1, Second, ProductSpec::RunSuccess, ProductSpec::DevQueue);
        shared.script = QStringLiteral("INSERT INTO t SELECT 1;");
        submit(env, ws, shared);
        QCOMPARE(env.services->jobs.runJob(bob, ws, shared).ok(), runDev);
        JobRunRequest rewritten = shared;
        rewritten.script = QStringLiteral("DROP TABLE t;");
        const Result<JobRun> edited = env.services->jobs.runJob(bob, ws, rewritten);
        QCOMPARE(edited.ok(), edit);
        if (!edit)
            QVERIFY(edited.has(ErrorCode::PermissionDenied));
        const QList<Job> jobs = env.services->jobs.jobs(ws).value();
        const auto job = std::find_if(jobs.cbegin(), jobs.cend(), [](const Job &j) { return j.name == QLatin1String("shared"); });
        QVERIFY(job != jobs.cend());
        QCOMPARE(job->script, edit ? rewritten.script : shared.script);

        // The account owner can do everything without being a member.
        const Identity owner = env.services->account.owner().value();
        QVERIFY(env.services->jobs.canRunJobs(owner, ws, ProductSpec::RootQueue).ok());
        QVERIFY(env.services->jobs.canStopJobs(owner, ws).ok());
    }

    void runRequestIsValidated_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("cu");
        QTest::addColumn<QString>("queue");
        QTest::addColumn<qint64>("durationMs");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << QString() << 1 << ProductSpec::RootQueue << Second << Field::Name;
        QTest::newRow("name with a trailing space") << QStringLiteral("etl ") << 1 << ProductSpec::RootQueue << Second << Field::Name;
        QTest::newRow("more CUs than the quota") << QStringLiteral("etl") << 11 << ProductSpec::RootQueue << Second << JobService::CuField;
        QTest::newRow("zero CUs") << QStringLiteral("etl") << 0 << ProductSpec::RootQueue << Second << JobService::CuField;
        QTest::newRow("unknown queue") << QStringLiteral("etl") << 1 << QStringLiteral("nope") << Second << Field::Queue;
        QTest::newRow("zero duration") << QStringLiteral("etl") << 1 << ProductSpec::RootQueue << qint64(0) << Field::Duration;
    }
    void runRequestIsValidated()
    {
        QFETCH(QString, name);
        QFETCH(int, cu);
        QFETCH(QString, queue);
        QFETCH(qint64, durationMs);
        QFETCH(QString, field);
        TestEnv env(false);
        const QString ws = makeWorkspace(env, QStringLiteral("valid"), 10);
        const Result<JobRun> r = env.services->jobs.runJob(env.services->account.owner().value(), ws,
                                                           request(name, cu, durationMs, ProductSpec::RunSuccess, queue));
        QVERIFY(!r.ok());
        QVERIFY2(r.hasField(field), qPrintable(r.text()));
        QVERIFY(env.services->jobs.runs(ws).value().isEmpty());
        QVERIFY(env.services->jobs.jobs(ws).value().isEmpty());
    }

    void runningAnExistingJobUpdatesItsScript()
    {
        TestEnv env(false);
        const QString ws = makeWorkspace(env, QStringLiteral("rerun"), 10);
        submit(env, ws, request(QStringLiteral("etl"), 1, Second));
        JobRunRequest again = request(QStringLiteral("etl"), 1, Second);
        again.codeType = QStringLiteral("PYTHON");
        again.script = QStringLiteral("print('v2')");
        submit(env, ws, again);
        const QList<Job> jobs = env.services->jobs.jobs(ws).value();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().codeType, QStringLiteral("PYTHON"));
        QCOMPARE(jobs.first().script, QStringLiteral("print('v2')"));
        QCOMPARE(env.services->jobs.runs(ws).value().size(), 2);

        const Result<Job> dup = env.services->jobs.createJob(env.services->account.owner().value(), ws, QStringLiteral("etl"),
                                                             QStringLiteral("SQL"), QStringLiteral("SELECT 1"));
        QVERIFY(dup.has(ErrorCode::NameTaken));
        QVERIFY(env.services->jobs.createJob(env.services->account.owner().value(), ws, QStringLiteral("other"),
                                             QStringLiteral("JAR"), QStringLiteral("com.example.Main")).ok());
    }

    void backupWritesOneFilePerJobAndAManifest()
    {
        TestEnv env;
        const auto w = env.services->workspaces.findByName(QStringLiteral("ml-training"));
        QVERIFY(w);
        // A name a file system would refuse, and a Chinese one.
        QVERIFY(env.services->jobs.createJob(env.services->account.owner().value(), w->id, QStringLiteral("a/b:c?"),
                                             QStringLiteral("SQL"), QStringLiteral("SELECT 2;")).ok());
        QVERIFY(env.services->jobs.createJob(env.services->account.owner().value(), w->id, QStringLiteral("报表"),
                                             QStringLiteral("SQL"), QStringLiteral("SELECT 3;")).ok());
        QTemporaryDir folder;
        const Result<int> r = env.services->jobs.backupScripts(w->id, folder.path());
        QVERIFY2(r.ok(), qPrintable(r.text()));
        QCOMPARE(r.value(), 4);
        const QDir dir(folder.path());
        QCOMPARE(dir.entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("a_b_c_.sql"), QStringLiteral("feature_build.jar.txt"),
                              QStringLiteral("manifest.json"), QStringLiteral("train_model.py"), QStringLiteral("报表.sql")}));
        QFile script(dir.filePath(QStringLiteral("train_model.py")));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QVERIFY(script.readAll().startsWith("from pyspark.sql import SparkSession"));

        QFile manifestFile(dir.filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonArray manifest = QJsonDocument::fromJson(manifestFile.readAll()).array();
        QCOMPARE(manifest.size(), 4);
        bool found = false;
        for (const QJsonValue &v : manifest) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("name")).toString() == QLatin1String("a/b:c?")) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("codeType")).toString(), QStringLiteral("SQL"));
                QCOMPARE(o.value(QStringLiteral("file")).toString(), QStringLiteral("a_b_c_.sql"));
            }
        }
        QVERIFY(found);

        // A second backup into the same folder never overwrites: it picks new names.
        const Result<int> again = env.services->jobs.backupScripts(w->id, folder.path());
        QVERIFY(again.ok());
        QVERIFY(dir.exists(QStringLiteral("train_model (2).py")));
        QVERIFY(dir.exists(QStringLiteral("manifest (2).json")));
        QCOMPARE(dir.entryList(QDir::Files).size(), 10);
        QVERIFY(script.seek(0));
        QVERIFY(script.readAll().startsWith("from pyspark.sql import SparkSession"));
    }

    void backupCutsLongNamesOnCharacterBoundaries()
    {
        // 99 x "a" + U+20000 (two UTF-16 units): a cut at 100 units would keep half the pair, and
        // the manifest would name a file that does not exist.
        TestEnv env;
        const auto w = env.services->workspaces.findByName(QStringLiteral("ml-training"));
        QVERIFY(w);
        const QString name = QString(99, QLatin1Char('a')) + QString::fromUcs4(U"\U00020000");
        QCOMPARE(name.size(), 101);
        const QString file = ScriptBackup::scriptFileName(name, QStringLiteral("SQL"));
        QCOMPARE(file, QString(99, QLatin1Char('a')) + QStringLiteral(".sql"));
        QVERIFY(env.services->jobs.createJob(env.services->account.owner().value(), w->id, name, QStringLiteral("SQL"),
                                             QStringLiteral("SELECT 1;")).ok());
        QTemporaryDir folder;
        QString manifestName;
        const Result<int> r = env.services->jobs.backupScripts(w->id, folder.path(), &manifestName);
        QVERIFY2(r.ok(), qPrintable(r.text()));
        QFile manifestFile(QDir(folder.path()).filePath(manifestName));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonArray manifest = QJsonDocument::fromJson(manifestFile.readAll()).array();
        QCOMPARE(manifest.size(), r.value());
        for (const QJsonValue &entry : manifest) {
            const QString named = entry.toObject().value(QStringLiteral("file")).toString();
            QVERIFY2(QFileInfo::exists(QDir(folder.path()).filePath(named)), qPrintable(named));
        }
    }

    void backupRefusesAFolderItCannotUse()
    {
        TestEnv env;
        const auto w = env.services->workspaces.findByName(QStringLiteral("ml-training"));
        QTemporaryDir folder;
        const Result<int> missing = env.services->jobs.backupScripts(w->id, folder.filePath(QStringLiteral("missing")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.message(Field::Path).contains(QLatin1String("does not exist")));

        QFile file(folder.filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Result<int> notFolder = env.services->jobs.backupScripts(w->id, file.fileName());
        QVERIFY(!notFolder.ok());
        QVERIFY(notFolder.message(Field::Path).contains(QLatin1String("not a folder")));
        QVERIFY(!env.services->jobs.backupScripts(w->id, QString()).ok());
    }

    void scriptFileNames_data()
    {
        QTest::addColumn<QString>("job");
        QTest::addColumn<QString>("codeType");
        QTest::addColumn<QString>("file");
        QTest::newRow("SQL") << QStringLiteral("nightly_etl") << QStringLiteral("SQL") << QStringLiteral("nightly_etl.sql");
        QTest::newRow("Python") << QStringLiteral("train-model") << QStringLiteral("PYTHON") << QStringLiteral("train-model.py");
        QTest::newRow("JAR keeps text") << QStringLiteral("build") << QStringLiteral("JAR") << QStringLiteral("build.jar.txt");
        QTest::newRow("separators become underscores") << QStringLiteral("a\\b/c d") << QStringLiteral("SQL") << QStringLiteral("a_b_c_d.sql");
        QTest::newRow("no hidden file") << QStringLiteral("..x") << QStringLiteral("SQL") << QStringLiteral("x.sql");
        QTest::newRow("reserved device name") << QStringLiteral("con") << QStringLiteral("SQL") << QStringLiteral("_con.sql");
        QTest::newRow("nothing usable") << QStringLiteral("...") << QStringLiteral("SQL") << QStringLiteral("job.sql");
        // A cut at 100 UTF-16 units made a 300-byte file name of a long Chinese name (the backup
        // failed) and could split a surrogate pair (issue 14, #8); fuzz_job_name checks both.
        QTest::newRow("long Chinese name fits a file name")
            << QString(128, QChar(0x62a5)) << QStringLiteral("SQL") << QString(66, QChar(0x62a5)) + QStringLiteral(".sql");
        QTest::newRow("surrogate pair at the cut is not split")
            << QString(QString(99, QLatin1Char('a')) + QString::fromUcs4(U"\U00020000", 1)) << QStringLiteral("SQL")
            << QString(99, QLatin1Char('a')) + QStringLiteral(".sql");
    }
    void scriptFileNames()
    {
        QFETCH(QString, job);
        QFETCH(QString, codeType);
        QFETCH(QString, file);
        QCOMPARE(ScriptBackup::scriptFileName(job, codeType), file);
    }
};

QTEST_GUILESS_MAIN(tst_JobService)
#include "tst_jobservice.moc"
