#include "models/Database.h"
#include "models/DeletionService.h"
#include "models/QuotaService.h"
#include "models/JobService.h"
#include "models/ProductSpec.h"
#include "tests/testsupport/TestSupport.h"
#include "tests/testsupport/Fixtures.h"
#include "models/WorkspaceService.h"

#include <QTest>

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Day = 24 * 3600 * Second;

int count(TestEnv &env, const QString &sql, const QString &workspaceId = {})
{
    return Fixtures::count(env, sql, workspaceId.isEmpty() ? QVariantList() : QVariantList{workspaceId});
}

// Rows the workspace owns, table by table, and the rows it must leave behind.
struct Footprint
{
    int workspaces, jobs, runs, members, queues, tags, catalogBindings, orders, catalogs;
    bool operator==(const Footprint &o) const
    {
        return workspaces == o.workspaces && jobs == o.jobs && runs == o.runs && members == o.members
            && queues == o.queues && tags == o.tags && catalogBindings == o.catalogBindings && orders == o.orders
            && catalogs == o.catalogs;
    }
};

Footprint footprint(TestEnv &env, const QString &id)
{
    return {count(env, QStringLiteral("SELECT count(*) FROM workspaces WHERE id = ?"), id),
            count(env, QStringLiteral("SELECT count(*) FROM jobs WHERE workspace_id = ?"), id),
            count(env, QStringLiteral("SELECT count(*) FROM job_runs WHERE workspace_id = ?"), id),
            count(env, QStringLiteral("SELECT count(*) FROM members WHERE workspace_id = ?"), id),
            count(env, QStringLiteral("SELECT count(*) FROM queues WHERE workspace_id = ?"), id),
            count(env, QStringLiteral("SELECT count(*) FROM workspace_tags WHERE workspace_id = ?"), id),
            count(env, QStringLiteral("SELECT count(*) FROM workspace_catalogs WHERE workspace_id = ?"), id),
            count(env, QStringLiteral("SELECT count(*) FROM orders WHERE workspace_id = ?"), id),
            count(env, QStringLiteral("SELECT count(*) FROM catalogs"))};
}

// A job with one run in the given state, written directly so every state can be set up.
void addRun(TestEnv &env, const QString &workspaceId, const QString &jobName, const QString &state)
{
    const qint64 now = env.clock.nowMs();
    const bool active = ProductSpec::isActiveRunState(state);
    const bool started = state != ProductSpec::RunSubmitted && state != ProductSpec::RunPending;
    Fixtures::Run run;
    run.jobName = jobName;
    run.state = state;
    run.submittedAtMs = now - 10 * Second;
    run.startedAtMs = started ? now - 5 * Second : 0;
    run.endedAtMs = active ? 0 : now;
    run.stateChangedAtMs = now;
    Fixtures::addRun(env, workspaceId, run);
}

QString idOf(TestEnv &env, const char *name)
{
    const auto w = env.services->workspaces.findByName(QString::fromUtf8(name));
    if (!w)
        qFatal("no workspace %s", name);
    return w->id;
}

} // namespace

class tst_Deletion : public QObject
{
    Q_OBJECT

private slots:
    void confirmationMatcher_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        const QString name = QStringLiteral("ml-training");
        QTest::newRow("exact") << name << name << true;
        QTest::newRow("wrong case") << QStringLiteral("ML-training") << name << false;
        QTest::newRow("trailing space") << QStringLiteral("ml-training ") << name << true;
        QTest::newRow("leading ideographic space U+3000") << QStringLiteral("\u3000ml-training") << name << true;
        QTest::newRow("Chinese name with ideographic spaces around")
            << QStringLiteral("\u3000数据分析平台\u3000") << QStringLiteral("数据分析平台") << true;
        QTest::newRow("pasted with newline") << QStringLiteral("ml-training\n") << name << true;
        QTest::newRow("pasted with CRLF and tab") << QStringLiteral("\tml-training\r\n") << name << true;
        QTest::newRow("space inside is not trimmed") << QStringLiteral("ml- training") << name << false;
        QTest::newRow("decomposed typed, composed name") << QStringLiteral("cafe\u0301") << QStringLiteral("caf\u00e9") << true;
        QTest::newRow("composed typed, decomposed name") << QStringLiteral("caf\u00e9") << QStringLiteral("cafe\u0301") << true;
        QTest::newRow("empty") << QString() << name << false;
        QTest::newRow("only spaces") << QStringLiteral(" \u3000 ") << name << false;
        QTest::newRow("prefix of the name") << QStringLiteral("ml-train") << name << false;
        QTest::newRow("name of another workspace") << QStringLiteral("eu-analytics") << name << false;
        QTest::newRow("full-width letters are different characters") << QStringLiteral("ｍｌ-training") << name << false;
        QTest::newRow("empty name never matches") << QString() << QString() << false;
    }
    void confirmationMatcher()
    {
        QFETCH(QString, typed);
        QFETCH(QString, name);
        QFETCH(bool, matches);
        QCOMPARE(DeletionService::confirmationMatches(typed, name), matches);
    }

    void deleteIsRefusedWhileARunIsActive_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("refused while Submitted") << ProductSpec::RunSubmitted << false;
        QTest::newRow("refused while Pending") << ProductSpec::RunPending << false;
        QTest::newRow("refused while Running") << ProductSpec::RunRunning << false;
        QTest::newRow("refused while Cancelling") << ProductSpec::RunCancelling << false;
        QTest::newRow("allowed after Success") << ProductSpec::RunSuccess << true;
        QTest::newRow("allowed after Failed") << ProductSpec::RunFailed << true;
        QTest::newRow("allowed after Cancelled") << ProductSpec::RunCancelled << true;
    }
    void deleteIsRefusedWhileARunIsActive()
    {
        QFETCH(QString, state);
        QFETCH(bool, allowed);
        TestEnv env;
        const QString id = idOf(env, "eu-analytics");
        addRun(env, id, QStringLiteral("daily_report"), state);
        const Footprint before = footprint(env, id);

        const Status s = env.services->deletion.deleteWorkspace(env.services->account.owner().value(), id,
                                                                QStringLiteral("eu-analytics"));
        QCOMPARE(s.ok(), allowed);
        if (allowed) {
            QCOMPARE(footprint(env, id).workspaces, 0);
            return;
        }
        QVERIFY(s.has(ErrorCode::ActiveJobs));
        // The refusal names the run and asks to stop it first.
        QVERIFY2(s.text().contains(QLatin1String("daily_report")), qPrintable(s.text()));
        // A Pending run with room in the quota starts inside the delete's transaction (the guard
        // brings runs up to date first), so the message names it as Running then.
        if (state != ProductSpec::RunPending)
            QVERIFY(s.text().contains(ProductSpec::runStateName(state)));
        QVERIFY(s.text().contains(QLatin1String("Stop")));
        QVERIFY(footprint(env, id) == before);
    }

    void unsubscribeIsRefusedWhileARunIsActive()
    {
        TestEnv env;
        const QString id = idOf(env, "reporting_hk");
        addRun(env, id, QStringLiteral("hk_report"), ProductSpec::RunRunning);
        const Footprint before = footprint(env, id);
        const Result<Order> r = env.services->deletion.unsubscribe(env.services->account.owner().value(), id,
                                                                   QStringLiteral("reporting_hk"));
        QVERIFY(r.has(ErrorCode::ActiveJobs));
        QVERIFY(r.text().contains(QLatin1String("hk_report")));
        QVERIFY(footprint(env, id) == before); // no refund order either
    }

    void aJobStartedAfterTheDialogOpenedStillBlocks()
    {
        TestEnv env;
        const QString id = idOf(env, "eu-analytics");
        // The dialog opens: nothing is running.
        const Result<DeletionPreview> preview = env.services->deletion.preview(id);
        QVERIFY(preview.ok());
        QVERIFY(preview->activeRuns.isEmpty());

        // Meanwhile a job is submitted (here, or by another app instance).
        const JobRunRequest r = Fixtures::jobRequest(QStringLiteral("late_job"), 1, 60 * Second);
        QVERIFY(env.services->jobs.runJob(env.services->account.owner().value(), id, r).ok());
        const Footprint before = footprint(env, id);

        const Status s = env.services->deletion.deleteWorkspace(env.services->account.owner().value(), id,
                                                                QStringLiteral("eu-analytics"));
        QVERIFY(s.has(ErrorCode::ActiveJobs));
        QVERIFY(s.text().contains(QLatin1String("late_job")));
        QVERIFY(footprint(env, id) == before);

        // Once the run has ended the same delete goes through.
        env.clock.advance(62 * Second);
        QVERIFY(env.services->deletion.deleteWorkspace(env.services->account.owner().value(), id,
                                                       QStringLiteral("eu-analytics")).ok());
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("unsubscribe");
        QTest::addColumn<int>("code");
        QTest::newRow("name does not match") << QString() << QStringLiteral("eu-analytics")
                                             << QStringLiteral("eu-Analytics") << false << int(ErrorCode::Invalid);
        QTest::newRow("read-only RAM user") << QStringLiteral("carol") << QStringLiteral("eu-analytics")
                                            << QStringLiteral("eu-analytics") << false << int(ErrorCode::PermissionDenied);
        QTest::newRow("developer RAM user") << QStringLiteral("bob") << QStringLiteral("eu-analytics")
                                            << QStringLiteral("eu-analytics") << false << int(ErrorCode::PermissionDenied);
        QTest::newRow("delete on a subscription workspace") << QString() << QStringLiteral("reporting_hk")
                                                            << QStringLiteral("reporting_hk") << false << int(ErrorCode::Conflict);
        QTest::newRow("unsubscribe on a pay-as-you-go workspace") << QString() << QStringLiteral("eu-analytics")
                                                                  << QStringLiteral("eu-analytics") << true << int(ErrorCode::Conflict);
        QTest::newRow("active run") << QString() << QStringLiteral("ml-training")
                                    << QStringLiteral("ml-training") << false << int(ErrorCode::ActiveJobs);
    }
    void refusalsChangeNothing()
    {
        QFETCH(QString, who);
        QFETCH(QString, workspace);
        QFETCH(QString, typed);
        QFETCH(bool, unsubscribe);
        QFETCH(int, code);
        TestEnv env;
        const Identity identity = who.isEmpty() ? env.services->account.owner().value() : env.services->account.identity(who).value();
        const QString id = idOf(env, workspace.toUtf8().constData());
        const Footprint before = footprint(env, id);
        const int allOrders = count(env, QStringLiteral("SELECT count(*) FROM orders"));
        const Status s = unsubscribe ? Status(env.services->deletion.unsubscribe(identity, id, typed))
                                     : env.services->deletion.deleteWorkspace(identity, id, typed);
        QVERIFY(!s.ok());
        QVERIFY2(s.has(ErrorCode(code)), qPrintable(s.text()));
        QVERIFY(footprint(env, id) == before);
        QCOMPARE(count(env, QStringLiteral("SELECT count(*) FROM orders")), allOrders);
        QCOMPARE(env.services->workspaces.count().value(), 5);
    }

    void deleteRemovesTheWorkspaceAndKeepsCatalogAndOrders()
    {
        TestEnv env;
        const QString id = idOf(env, "ml-training");
        const Identity owner = env.services->account.owner().value();
        // Stop the seeded running job, as the error asks.
        const QList<JobRun> active = env.services->jobs.activeRuns(id).value();
        QCOMPARE(active.size(), 1);
        QVERIFY(env.services->jobs.stopRun(owner, active.first().id).ok());
        env.clock.advance(JobService::CancellingDelayMs);

        const Footprint before = footprint(env, id);
        QCOMPARE(before.jobs, 2);
        QCOMPARE(before.runs, 2);
        QVERIFY(before.members > 0 && before.queues == 2 && before.tags == 2 && before.catalogBindings == 1);
        const int otherWorkspacesJobs = count(env, QStringLiteral("SELECT count(*) FROM jobs WHERE workspace_id <> ?"), id);

        const Status s = env.services->deletion.deleteWorkspace(owner, id, QStringLiteral(" ml-training\n"));
        QVERIFY2(s.ok(), qPrintable(s.text()));
        const Footprint after = footprint(env, id);
        QCOMPARE(after.workspaces, 0);
        QCOMPARE(after.jobs, 0);
        QCOMPARE(after.runs, 0);
        QCOMPARE(after.members, 0);
        QCOMPARE(after.queues, 0);
        QCOMPARE(after.tags, 0);
        QCOMPARE(after.catalogBindings, 0);
        QCOMPARE(after.catalogs, before.catalogs); // the DLF catalog stays
        QCOMPARE(count(env, QStringLiteral("SELECT count(*) FROM catalogs WHERE region = 'ap-southeast-1'")), 1);
        QCOMPARE(count(env, QStringLiteral("SELECT count(*) FROM jobs WHERE workspace_id <> ?"), id), otherWorkspacesJobs);
        QCOMPARE(env.services->workspaces.count().value(), 4);

        // The name is free again.
        Workspace w = Fixtures::workspaceRecord(QStringLiteral("ml-training"), QStringLiteral("ap-southeast-1"));
        w.createdAtMs = env.clock.nowMs();
        w.createdBy = owner.principal();
        const Status reused = env.db->write([&] { return env.services->workspaces.insertRecord(w, owner.principal()); });
        QVERIFY2(reused.ok(), qPrintable(reused.text()));
        QCOMPARE(env.services->workspaces.findByName(QStringLiteral("ml-training"))->id, w.id);

        // Deleting it again is a clear "no longer exists".
        QVERIFY(env.services->deletion.deleteWorkspace(owner, id, QStringLiteral("ml-training")).has(ErrorCode::NotFound));
    }

    void unsubscribeRecordsARefundAndDeletes()
    {
        TestEnv env;
        const QString id = idOf(env, "reporting_hk");
        const Identity alice = env.services->account.identity(QStringLiteral("alice")).value();
        const qint64 paid = env.services->billing.netPaidCents(id).value();
        QVERIFY(paid > 0);
        const Result<DeletionPreview> preview = env.services->deletion.preview(id);
        QVERIFY(preview.ok());
        QCOMPARE(preview->orders.size(), 1);
        QCOMPARE(preview->orders.first().type, ProductSpec::OrderNew);
        QCOMPARE(preview->paidCents, paid);
        QCOMPARE(preview->usedMs, 15 * Day);

        const Result<Order> r = env.services->deletion.unsubscribe(alice, id, QStringLiteral("reporting_hk"));
        QVERIFY2(r.ok(), qPrintable(r.text()));
        QCOMPARE(r->type, ProductSpec::OrderRefund);
        QCOMPARE(r->amountCents, -preview->refundCents);
        QVERIFY(r->amountCents < 0);
        QCOMPARE(r->workspaceName, QStringLiteral("reporting_hk"));
        QVERIFY(!env.services->workspaces.find(id));
        // The billing history keeps both orders; the net paid is now what was used.
        const QList<Order> orders = env.services->billing.orders(id).value();
        QCOMPARE(orders.size(), 2);
        QCOMPARE(env.services->billing.netPaidCents(id).value(), paid - preview->refundCents);
    }

    void unsubscribeListsEveryOrderInTheRefund()
    {
        TestEnv env;
        const QString id = idOf(env, "reporting_hk");
        const Identity owner = env.services->account.owner().value();
        const int before = env.services->workspaces.find(id)->cuQuota;
        const Result<Order> upgrade = env.services->quotas.changeSubscriptionQuota(owner, id, before + 100,
                                                                                 QuotaService::Direction::Upgrade);
        QVERIFY2(upgrade.ok(), qPrintable(upgrade.text()));
        const Result<DeletionPreview> preview = env.services->deletion.preview(id);
        QVERIFY(preview.ok());
        // Paid adds up both orders, so both are listed: the purchase first, then the upgrade.
        QCOMPARE(preview->orders.size(), 2);
        QCOMPARE(preview->orders.at(0).type, ProductSpec::OrderNew);
        QCOMPARE(preview->orders.at(1).id, upgrade->id);
        qint64 sum = 0;
        for (const Order &o : preview->orders)
            sum += o.amountCents;
        QCOMPARE(sum, preview->paidCents);
    }

    void refundAmounts_data()
    {
        // A subscription bought for $1,000.00 covering 30 days (subscribed period), unsubscribed
        // after the used time. Refund = paid - round(paid x used / subscribed), never below 0.
        QTest::addColumn<qint64>("paidCents");
        QTest::addColumn<qint64>("extraCents"); // a later order: upgrade (+) or downgrade refund (-)
        QTest::addColumn<qint64>("usedMs");
        QTest::addColumn<qint64>("refundCents");
        QTest::newRow("nothing used: everything back") << qint64(100000) << qint64(0) << qint64(0) << qint64(100000);
        QTest::newRow("1 of 30 days: 100000 - 3333") << qint64(100000) << qint64(0) << 1 * Day << qint64(96667);
        QTest::newRow("10 of 30 days: 100000 - 33333") << qint64(100000) << qint64(0) << 10 * Day << qint64(66667);
        QTest::newRow("half used: half back") << qint64(100000) << qint64(0) << 15 * Day << qint64(50000);
        QTest::newRow("20 of 30 days rounds half up: 100000 - 66667") << qint64(100000) << qint64(0) << 20 * Day << qint64(33333);
        QTest::newRow("after a $200 downgrade refund, 7.5 of 30 days: 80000 - 20000")
            << qint64(100000) << qint64(-20000) << qint64(7 * Day + 12 * 3600 * Second) << qint64(60000);
        QTest::newRow("after a $500 upgrade, 3 of 30 days: 150000 - 15000")
            << qint64(100000) << qint64(50000) << 3 * Day << qint64(135000);
        QTest::newRow("whole period used: nothing back") << qint64(100000) << qint64(0) << 30 * Day << qint64(0);
        QTest::newRow("past expiry: nothing back, never negative") << qint64(100000) << qint64(0) << 45 * Day << qint64(0);
    }
    void refundAmounts()
    {
        QFETCH(qint64, paidCents);
        QFETCH(qint64, extraCents);
        QFETCH(qint64, usedMs);
        QFETCH(qint64, refundCents);
        TestEnv env(false);
        const Identity owner = env.services->account.owner().value();
        const qint64 start = env.clock.nowMs();
        Workspace w = Fixtures::workspaceRecord(QStringLiteral("sub"), QStringLiteral("ap-southeast-1"),
                                                ProductSpec::Subscription);
        w.createdAtMs = start;
        w.createdBy = owner.principal();
        w.durationMonths = 1;
        w.subscribedAtMs = start;
        w.expiresAtMs = start + 30 * Day;
        const Status created = env.db->write([&]() -> Status {
            Status s = env.services->workspaces.insertRecord(w, owner.principal());
            Order o;
            o.workspaceId = w.id;
            o.workspaceName = w.name;
            o.type = ProductSpec::OrderNew;
            o.cuAfter = 100;
            o.amountCents = paidCents;
            o.createdAtMs = start;
            s.append(env.services->billing.record(o));
            if (extraCents != 0) {
                o.type = extraCents > 0 ? ProductSpec::OrderUpgrade : ProductSpec::OrderDowngrade;
                o.amountCents = extraCents;
                o.createdAtMs = start + 1;
                s.append(env.services->billing.record(o));
            }
            return s;
        });
        QVERIFY2(created.ok(), qPrintable(created.text()));

        env.clock.set(start + usedMs);
        const Result<DeletionPreview> preview = env.services->deletion.preview(w.id);
        QCOMPARE(preview->refundCents, refundCents);
        const Result<Order> r = env.services->deletion.unsubscribe(owner, w.id, QStringLiteral("sub"));
        QVERIFY2(r.ok(), qPrintable(r.text()));
        QCOMPARE(r->amountCents, -refundCents);
        QCOMPARE(r->cuBefore, 100);
        QCOMPARE(r->cuAfter, 0);
        QCOMPARE(env.services->billing.orders(w.id).value().first().amountCents, -refundCents);
    }
};

QTEST_GUILESS_MAIN(tst_Deletion)
#include "tst_deletion.moc"
