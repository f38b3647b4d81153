// Subscription upgrade/downgrade and pay-as-you-go quota rules of QuotaService (issue 5, spec §4).
#include "tests/testsupport/TestSupport.h"
#include "tests/testsupport/Fixtures.h"

#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceRules.h"

#include <QScopeGuard>
#include <QtTest>

namespace {
constexpr qint64 Day = 86400;

QString idOf(TestEnv &env, const char *name)
{
    const auto w = env.services->workspaces.findByName(QString::fromUtf8(name));
    return w ? w->id : QString();
}

// Adds a job with one run in the given state, holding cu CUs on queue.
void addRun(TestEnv &env, const QString &workspaceId, const QString &state, int cu,
            const QString &queue = ProductSpec::RootQueue)
{
    static int counter = 0;
    // In that state right now (an hour-long run that just started), so bringing runs up to date
    // does not end it.
    const qint64 now = env.clock.nowMs();
    Fixtures::Run run;
    run.jobName = QStringLiteral("test_job_%1").arg(++counter);
    run.state = state;
    run.cu = cu;
    run.queue = queue;
    run.submittedAtMs = now;
    run.startedAtMs = state == ProductSpec::RunRunning || state == ProductSpec::RunCancelling ? now : 0;
    run.stateChangedAtMs = now;
    Fixtures::addRun(env, workspaceId, run);
}

int queueCu(TestEnv &env, const QString &workspaceId, const QString &queue)
{
    const auto found = env.services->queues.find(workspaceId, queue).value();
    return found ? found->cu : -1;
}

int queueSum(TestEnv &env, const QString &workspaceId)
{
    return int(env.services->queues.allocatedCu(workspaceId).value());
}

qint64 utcMs(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
}

// A 100 CU, one-month subscription in cn-hangzhou with auto-renew on, bought on 31 January 2025.
Workspace createRenewing(TestEnv &env, bool autoRenew, const QString &name)
{
    env.clock.set(utcMs(2025, 1, 31));
    WorkspaceSpec s;
    s.region = QStringLiteral("cn-hangzhou");
    s.billing = ProductSpec::Subscription;
    s.durationMonths = 1;
    s.autoRenew = autoRenew;
    s.name = name;
    s.cuQuota = 100;
    s.bucket = QStringLiteral("emr-spark-logs-cn-hangzhou");
    s.catalogId = QStringLiteral("default_catalog");
    s.executionRole = ProductSpec::DefaultExecutionRole;
    const Result<Workspace> r = env.services->workspaces.create(env.services->account.owner().value(), s);
    if (!r.ok())
        qWarning("%s", qPrintable(r.text()));
    return r.ok() ? r.value() : Workspace();
}

int orderCount(TestEnv &env)
{
    return int(env.services->billing.orders().value().size());
}
} // namespace

using Direction = QuotaService::Direction;
Q_DECLARE_METATYPE(QuotaService::Direction)

class tst_Quota : public QObject
{
    Q_OBJECT

private slots:
    void priceDifference_data();
    void priceDifference();
    void remainingSecondsAreWholeSeconds();
    void recordedOrderHasHandComputedAmount_data();
    void recordedOrderHasHandComputedAmount();
    void directionAndRange_data();
    void directionAndRange();
    void previewGivesRangeForDirection();
    void atTheLimitNothingToChoose();
    void expiredSubscriptionRefused();
    void subscriptionChangeOnlyForSubscription();
    void downgradeBelowRunningJobsRefused();
    void upgradeGrowsRootQueueAndKeepsExpiry();
    void payAsYouGoLimits_data();
    void payAsYouGoLimits();
    void payAsYouGoBelowInUseRefused();
    void aRunThatEndedMeanwhileNoLongerCounts();
    void payAsYouGoCountsOnlyRunningAndCancelling();
    void payAsYouGoShrinksQueuesRootFirst();
    void payAsYouGoOnlyForPayAsYouGo();
    void queuePlanIsWhatTheChangeDoes_data();
    void queuePlanIsWhatTheChangeDoes();
    void queuePlanRefusalNamesWhatRunningJobsHold();
    void permissions_data();
    void permissions();
    void unknownWorkspace();
    void autoRenewExtendsExpiredSubscription();
    void quotaChangedSinceShownIsNotBought();
    void autoRenewedSubscriptionCanStillBeChanged();
};

void tst_Quota::priceDifference_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("currentCu");
    QTest::addColumn<int>("newCu");
    QTest::addColumn<qint64>("remainingSeconds");
    QTest::addColumn<qint64>("expectedCents");

    // Monthly unit prices (CU-hour price x 480): cn-hangzhou $24.14496, cn-hongkong $35.54304,
    // ap-southeast-1 $32.21088, eu-central-1 $31.10016. A month is 30 x 86,400 s.
    // 100 x 24.14496 x 1 month = $2,414.496 -> 241,449.6 cents -> 241,450.
    QTest::newRow("upgrade +100 CU, 30 days left, rounds .6 up") << "cn-hangzhou" << 200 << 300 << 30 * Day << qint64(241450);
    // -50 x 24.14496 x 0.5 month = -$603.624 -> -60,362.4 cents -> -60,362 (refund).
    QTest::newRow("downgrade -50 CU, 15 days left, refund rounds .4 down") << "cn-hangzhou" << 200 << 150 << 15 * Day << qint64(-60362);
    // 900 x 32.21088 x 3,600 / 2,592,000 = $40.2636 -> 4,026.36 cents -> 4,026.
    QTest::newRow("upgrade +900 CU, one hour left") << "ap-southeast-1" << 100 << 1000 << qint64(3600) << qint64(4026);
    // 3 x 31.10016 x 622,800 / 2,592,000 = $22.418032 -> 2,241.8032 cents -> 2,242.
    QTest::newRow("upgrade +3 CU, 7 days 5 hours left") << "eu-central-1" << 300 << 303 << 7 * Day + 5 * 3600 << qint64(2242);
    // 125 x 24.14496 x 108,000 / 2,592,000 = $125.755 -> 12,575.5 cents: exactly half, rounds up.
    QTest::newRow("half a cent rounds up") << "cn-hangzhou" << 200 << 325 << qint64(108000) << qint64(12576);
    // 5 x 35.54304 x 84,375 / 2,592,000 = $5.785 -> 578.5 cents -> 579.
    QTest::newRow("half a cent rounds up, Hong Kong") << "cn-hongkong" << 50 << 55 << qint64(84375) << qint64(579);
    // The same difference as a refund: -578.5 cents -> -579 (half away from zero).
    QTest::newRow("refund of half a cent rounds away from zero") << "cn-hongkong" << 50 << 45 << qint64(84375) << qint64(-579);
    QTest::newRow("nothing left to pay for once expired") << "cn-hangzhou" << 200 << 300 << qint64(0) << qint64(0);
}

void tst_Quota::priceDifference()
{
    QFETCH(QString, region);
    QFETCH(int, currentCu);
    QFETCH(int, newCu);
    QFETCH(qint64, remainingSeconds);
    QFETCH(qint64, expectedCents);

    QCOMPARE(Pricing::quotaChangeCents(region, currentCu, newCu, remainingSeconds), expectedCents);
    // The service's preview uses the same formula with the time left on its clock.
    TestEnv env(false);
    const qint64 expiresAt = env.clock.nowMs() + remainingSeconds * 1000;
    QCOMPARE(env.services->quotas.priceDifferenceCents(region, currentCu, newCu, expiresAt), expectedCents);
}

void tst_Quota::remainingSecondsAreWholeSeconds()
{
    TestEnv env(false);
    const qint64 now = env.clock.nowMs();
    QCOMPARE(env.services->quotas.remainingSeconds(now + 1999), qint64(1));
    QCOMPARE(env.services->quotas.remainingSeconds(now + 999), qint64(0));
    QCOMPARE(env.services->quotas.remainingSeconds(now), qint64(0));
    QCOMPARE(env.services->quotas.remainingSeconds(now - 5000), qint64(0));
}

void tst_Quota::recordedOrderHasHandComputedAmount_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<int>("newCu");
    QTest::addColumn<qint64>("remainingSeconds");
    QTest::addColumn<qint64>("expectedCents");
    QTest::addColumn<QString>("expectedType");

    QTest::newRow("upgrade pays, half cent up") << "spark-etl-prod" << Direction::Upgrade << 325 << qint64(108000)
                                                << qint64(12576) << ProductSpec::OrderUpgrade;
    QTest::newRow("upgrade pays, 30 days") << "spark-etl-prod" << Direction::Upgrade << 300 << 30 * Day
                                           << qint64(241450) << ProductSpec::OrderUpgrade;
    QTest::newRow("downgrade refunds, negative amount") << "reporting_hk" << Direction::Downgrade << 45
                                                        << qint64(84375) << qint64(-579) << ProductSpec::OrderDowngrade;
    QTest::newRow("downgrade refunds, 15 days") << "spark-etl-prod" << Direction::Downgrade << 150 << 15 * Day
                                                << qint64(-60362) << ProductSpec::OrderDowngrade;
}

void tst_Quota::recordedOrderHasHandComputedAmount()
{
    QFETCH(QString, workspace);
    QFETCH(Direction, direction);
    QFETCH(int, newCu);
    QFETCH(qint64, remainingSeconds);
    QFETCH(qint64, expectedCents);
    QFETCH(QString, expectedType);

    TestEnv env;
    const auto before = env.services->workspaces.findByName(workspace);
    QVERIFY(before);
    env.clock.set(before->expiresAtMs - remainingSeconds * 1000);
    const int ordersBefore = orderCount(env);

    const Result<Order> r = env.services->quotas.changeSubscriptionQuota(env.services->account.owner().value(), before->id,
                                                                         newCu, direction);
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QCOMPARE(r->amountCents, expectedCents);
    QCOMPARE(r->type, expectedType);
    QCOMPARE(r->cuBefore, before->cuQuota);
    QCOMPARE(r->cuAfter, newCu);
    QCOMPARE(r->workspaceName, workspace);
    QVERIFY(r->id.startsWith(QLatin1String("o-")));

    QCOMPARE(orderCount(env), ordersBefore + 1);
    const Order stored = env.services->billing.orders().value().first();
    QCOMPARE(stored.id, r->id);
    QCOMPARE(stored.amountCents, expectedCents);
    QCOMPARE(stored.createdAtMs, env.clock.nowMs());
    const auto after = env.services->workspaces.find(before->id);
    QCOMPARE(after->cuQuota, newCu);
    QCOMPARE(after->expiresAtMs, before->expiresAtMs);
}

void tst_Quota::directionAndRange_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<int>("newCu");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messagePart");

    // spark-etl-prod has 200 CUs; a subscription quota is 25-1,000 CUs.
    QTest::newRow("upgrade to one above the current") << Direction::Upgrade << 201 << true << QString();
    QTest::newRow("upgrade to the maximum 1000") << Direction::Upgrade << 1000 << true << QString();
    QTest::newRow("upgrade to the current quota is refused") << Direction::Upgrade << 200 << false << "above the current";
    QTest::newRow("upgrade to below the current is refused") << Direction::Upgrade << 150 << false << "above the current";
    QTest::newRow("upgrade above the maximum is refused") << Direction::Upgrade << 1001 << false << "from 25 to";
    QTest::newRow("downgrade to one below the current") << Direction::Downgrade << 199 << true << QString();
    QTest::newRow("downgrade to the minimum 25") << Direction::Downgrade << 25 << true << QString();
    QTest::newRow("downgrade to the current quota is refused") << Direction::Downgrade << 200 << false << "below the current";
    QTest::newRow("downgrade to above the current is refused") << Direction::Downgrade << 250 << false << "below the current";
    QTest::newRow("downgrade below the minimum is refused") << Direction::Downgrade << 24 << false << "from 25 to";
    QTest::newRow("downgrade to zero is refused") << Direction::Downgrade << 0 << false << "from 25 to";
}

void tst_Quota::directionAndRange()
{
    QFETCH(Direction, direction);
    QFETCH(int, newCu);
    QFETCH(bool, accepted);
    QFETCH(QString, messagePart);

    TestEnv env;
    const QString id = idOf(env, "spark-etl-prod");
    const int ordersBefore = orderCount(env);
    const Result<Order> r = env.services->quotas.changeSubscriptionQuota(env.services->account.owner().value(), id, newCu, direction);
    QCOMPARE(r.ok(), accepted);
    if (accepted) {
        QCOMPARE(env.services->workspaces.find(id)->cuQuota, newCu);
        QCOMPARE(orderCount(env), ordersBefore + 1);
        QVERIFY(queueSum(env, id) <= newCu);
    } else {
        QVERIFY2(r.message(Field::CuQuota).contains(messagePart), qPrintable(r.text()));
        QCOMPARE(env.services->workspaces.find(id)->cuQuota, 200);
        QCOMPARE(orderCount(env), ordersBefore);
    }
}

void tst_Quota::previewGivesRangeForDirection()
{
    TestEnv env;
    const auto w = env.services->workspaces.findByName(QStringLiteral("spark-etl-prod"));
    env.clock.set(w->expiresAtMs - 10 * Day * 1000 - 500);
    const auto up = env.services->quotas.previewSubscriptionChange(w->id, Direction::Upgrade);
    QVERIFY2(up.ok(), qPrintable(up.text()));
    QCOMPARE(up->currentCu, 200);
    QCOMPARE(up->minCu, 201);
    QCOMPARE(up->maxCu, 1000);
    QCOMPARE(up->remainingSeconds, 10 * Day);
    QVERIFY(!up->expired);
    QVERIFY(up->blocked.ok());
    const auto down = env.services->quotas.previewSubscriptionChange(w->id, Direction::Downgrade);
    QCOMPARE(down->minCu, 25);
    QCOMPARE(down->maxCu, 199);
}

void tst_Quota::atTheLimitNothingToChoose()
{
    TestEnv env;
    const QString id = idOf(env, "spark-etl-prod");
    const Identity owner = env.services->account.owner().value();
    QVERIFY(env.services->quotas.changeSubscriptionQuota(owner, id, 1000, Direction::Upgrade).ok());
    const auto up = env.services->quotas.previewSubscriptionChange(id, Direction::Upgrade);
    QVERIFY(!up->hasRange());
    QVERIFY(up->blocked.message(Field::CuQuota).contains(QLatin1String("largest")));
    QVERIFY(env.services->quotas.changeSubscriptionQuota(owner, id, 25, Direction::Downgrade).ok());
    const auto down = env.services->quotas.previewSubscriptionChange(id, Direction::Downgrade);
    QVERIFY(!down->hasRange());
    QVERIFY(down->blocked.message(Field::CuQuota).contains(QLatin1String("smallest")));
}

void tst_Quota::expiredSubscriptionRefused()
{
    TestEnv env;
    const auto w = env.services->workspaces.findByName(QStringLiteral("reporting_hk"));
    const Identity owner = env.services->account.owner().value();
    const int ordersBefore = orderCount(env);

    env.clock.set(w->expiresAtMs); // the moment it expires
    const auto preview = env.services->quotas.previewSubscriptionChange(w->id, Direction::Upgrade);
    QVERIFY(preview->expired);
    QVERIFY(preview->blocked.has(ErrorCode::Expired));
    QCOMPARE(preview->remainingSeconds, qint64(0));

    for (const auto &[direction, cu] : {std::pair{Direction::Upgrade, 60}, std::pair{Direction::Downgrade, 40}}) {
        const Result<Order> r = env.services->quotas.changeSubscriptionQuota(owner, w->id, cu, direction);
        QVERIFY(!r.ok());
        QVERIFY(r.has(ErrorCode::Expired));
        QVERIFY2(r.text().contains(QLatin1String("expired")), qPrintable(r.text()));
        QVERIFY2(r.text().contains(QLatin1String("renew")), qPrintable(r.text()));
    }
    QCOMPARE(env.services->workspaces.find(w->id)->cuQuota, 50);
    QCOMPARE(orderCount(env), ordersBefore);

    // One millisecond before expiry it can still change.
    env.clock.set(w->expiresAtMs - 1);
    QVERIFY(env.services->quotas.changeSubscriptionQuota(owner, w->id, 60, Direction::Upgrade).ok());
}

void tst_Quota::subscriptionChangeOnlyForSubscription()
{
    TestEnv env;
    const QString payg = idOf(env, "eu-analytics");
    const Result<Order> r = env.services->quotas.changeSubscriptionQuota(env.services->account.owner().value(), payg, 400,
                                                                         Direction::Upgrade);
    QVERIFY(!r.ok());
    QVERIFY(r.hasField(Field::Billing));
    QCOMPARE(env.services->workspaces.find(payg)->cuQuota, 300);
    QVERIFY(!env.services->quotas.previewSubscriptionChange(payg, Direction::Upgrade).ok());
}

void tst_Quota::downgradeBelowRunningJobsRefused()
{
    TestEnv env;
    const QString id = idOf(env, "spark-etl-prod");
    addRun(env, id, ProductSpec::RunRunning, 80);
    addRun(env, id, ProductSpec::RunCancelling, 20, ProductSpec::DevQueue);
    addRun(env, id, ProductSpec::RunPending, 500); // waits for CUs: holds none
    QCOMPARE(env.services->quotas.cuInUse(id).value(), 100);
    const Identity owner = env.services->account.owner().value();
    const int ordersBefore = orderCount(env);

    const Result<Order> refused = env.services->quotas.changeSubscriptionQuota(owner, id, 99, Direction::Downgrade);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message(Field::CuQuota).contains(QLatin1String("use 100 CU")), qPrintable(refused.text()));
    QCOMPARE(env.services->workspaces.find(id)->cuQuota, 200);
    QCOMPARE(orderCount(env), ordersBefore);

    const Result<Order> ok = env.services->quotas.changeSubscriptionQuota(owner, id, 100, Direction::Downgrade);
    QVERIFY2(ok.ok(), qPrintable(ok.text()));
    QVERIFY(ok->amountCents < 0);
    // Queues fit the new quota and keep what their running jobs use.
    QCOMPARE(queueSum(env, id), 100);
    QVERIFY(queueCu(env, id, ProductSpec::RootQueue) >= 80);
    QVERIFY(queueCu(env, id, ProductSpec::DevQueue) >= 20);
}

void tst_Quota::upgradeGrowsRootQueueAndKeepsExpiry()
{
    TestEnv env;
    const auto w = env.services->workspaces.findByName(QStringLiteral("spark-etl-prod"));
    const int root = queueCu(env, w->id, ProductSpec::RootQueue);
    const int dev = queueCu(env, w->id, ProductSpec::DevQueue);
    QCOMPARE(root + dev, 200);
    QVERIFY(env.services->quotas.changeSubscriptionQuota(env.services->account.owner().value(), w->id, 260, Direction::Upgrade).ok());
    QCOMPARE(queueCu(env, w->id, ProductSpec::RootQueue), root + 60);
    QCOMPARE(queueCu(env, w->id, ProductSpec::DevQueue), dev);
    const auto after = env.services->workspaces.find(w->id);
    QCOMPARE(after->expiresAtMs, w->expiresAtMs);
    QCOMPARE(after->subscribedAtMs, w->subscribedAtMs);
    QCOMPARE(after->durationMonths, w->durationMonths);
}

void tst_Quota::payAsYouGoLimits_data()
{
    QTest::addColumn<int>("newCu");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("0 CUs is below the minimum") << 0 << false;
    QTest::newRow("1 CU is the minimum") << 1 << true;
    QTest::newRow("5000 CUs is the maximum") << 5000 << true;
    QTest::newRow("5001 CUs is above the maximum") << 5001 << false;
    QTest::newRow("a negative quota is refused") << -1 << false;
    QTest::newRow("the current quota is accepted unchanged") << 1000 << true;
}

void tst_Quota::payAsYouGoLimits()
{
    QFETCH(int, newCu);
    QFETCH(bool, accepted);

    TestEnv env;
    const QString id = idOf(env, "数据分析平台"); // 1,000 CUs, no running job
    const int ordersBefore = orderCount(env);
    const Status s = env.services->quotas.setPayAsYouGoQuota(env.services->account.owner().value(), id, newCu);
    QCOMPARE(s.ok(), accepted);
    QCOMPARE(env.services->workspaces.find(id)->cuQuota, accepted ? newCu : 1000);
    if (!accepted)
        QVERIFY2(s.message(Field::CuQuota).contains(QStringLiteral("from 1 to %1").arg(QLocale().toString(5000))),
                 qPrintable(s.text()));
    else
        QCOMPARE(queueSum(env, id), newCu);
    QCOMPARE(orderCount(env), ordersBefore); // pay-as-you-go is billed by use: no order
    QVERIFY(!QuotaService::checkPayAsYouGoRange(0).ok());
    QVERIFY(QuotaService::checkPayAsYouGoRange(1).ok());
    QVERIFY(QuotaService::checkPayAsYouGoRange(5000).ok());
    QVERIFY(!QuotaService::checkPayAsYouGoRange(5001).ok());
}

void tst_Quota::aRunThatEndedMeanwhileNoLongerCounts()
{
    TestEnv env;
    const QString id = idOf(env, "ml-training"); // train_model: 64 CUs for 7 days
    env.clock.advance(8LL * 24 * 3600 * 1000);    // nothing advanced the runs since
    const Status s = env.services->quotas.setPayAsYouGoQuota(env.services->account.owner().value(), id, 10);
    QVERIFY2(s.ok(), qPrintable(s.text()));
    QCOMPARE(env.services->workspaces.find(id)->cuQuota, 10);
    QCOMPARE(env.services->quotas.cuInUse(id).value(), 0);
}

void tst_Quota::payAsYouGoBelowInUseRefused()
{
    TestEnv env;
    const QString id = idOf(env, "ml-training"); // 500 CUs; train_model runs with 64 CUs
    QCOMPARE(env.services->quotas.cuInUse(id).value(), 64);
    const Identity owner = env.services->account.owner().value();
    const Status refused = env.services->quotas.setPayAsYouGoQuota(owner, id, 63);
    QVERIFY(!refused.ok());
    const QString message = refused.message(Field::CuQuota);
    QVERIFY2(message.contains(QLatin1String("use 64 CU")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("63")), qPrintable(message));
    // A quota of 1 reads right too.
    const QString one = env.services->quotas.setPayAsYouGoQuota(owner, id, 1).message(Field::CuQuota);
    QVERIFY2(one.contains(QLatin1String("(1)")) && !one.contains(QLatin1String("1 CUs")), qPrintable(one));
    QCOMPARE(env.services->workspaces.find(id)->cuQuota, 500);
    QVERIFY(env.services->quotas.setPayAsYouGoQuota(owner, id, 64).ok());
    QCOMPARE(env.services->workspaces.find(id)->cuQuota, 64);
}

void tst_Quota::payAsYouGoCountsOnlyRunningAndCancelling()
{
    TestEnv env;
    const QString id = idOf(env, "eu-analytics"); // 300 CUs, no runs
    addRun(env, id, ProductSpec::RunSubmitted, 100);     // submitted this instant: not Pending yet
    addRun(env, id, ProductSpec::RunPending, 400);       // larger than the quota: keeps waiting
    addRun(env, id, ProductSpec::RunSuccess, 100);
    addRun(env, id, ProductSpec::RunFailed, 100);
    addRun(env, id, ProductSpec::RunCancelled, 100);
    QCOMPARE(env.services->quotas.cuInUse(id).value(), 0);
    addRun(env, id, ProductSpec::RunCancelling, 7);
    QCOMPARE(env.services->quotas.cuInUse(id).value(), 7);
    const Status s = env.services->quotas.setPayAsYouGoQuota(env.services->account.owner().value(), id, 6);
    QVERIFY2(s.message(Field::CuQuota).contains(QLatin1String("use 7 CU")), qPrintable(s.text()));
}

void tst_Quota::payAsYouGoShrinksQueuesRootFirst()
{
    TestEnv env;
    const QString id = idOf(env, "ml-training"); // root 400 + dev 100; 64 CUs run on root_queue
    QCOMPARE(queueCu(env, id, ProductSpec::RootQueue), 400);
    QCOMPARE(queueCu(env, id, ProductSpec::DevQueue), 100);
    const Identity owner = env.services->account.owner().value();

    QVERIFY(env.services->quotas.setPayAsYouGoQuota(owner, id, 300).ok());
    QCOMPARE(queueCu(env, id, ProductSpec::RootQueue), 200); // root gives up the 200 first
    QCOMPARE(queueCu(env, id, ProductSpec::DevQueue), 100);

    QVERIFY(env.services->quotas.setPayAsYouGoQuota(owner, id, 100).ok());
    QCOMPARE(queueCu(env, id, ProductSpec::RootQueue), 64); // not below its running job
    QCOMPARE(queueCu(env, id, ProductSpec::DevQueue), 36);

    QVERIFY(env.services->quotas.setPayAsYouGoQuota(owner, id, 1000).ok());
    QCOMPARE(queueCu(env, id, ProductSpec::RootQueue), 964); // growth goes to root_queue
    QCOMPARE(queueCu(env, id, ProductSpec::DevQueue), 36);
    QCOMPARE(queueSum(env, id), 1000);
}

void tst_Quota::queuePlanIsWhatTheChangeDoes_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<int>("newCu");
    QTest::addColumn<QString>("expected");
    QTest::newRow("downgrade 200 to 100 takes from root_queue")
        << QStringLiteral("spark-etl-prod") << 100 << QStringLiteral("root_queue: 160 → 60 CUs");
    QTest::newRow("upgrade 200 to 260 grows root_queue")
        << QStringLiteral("spark-etl-prod") << 260 << QStringLiteral("root_queue: 160 → 220 CUs");
    QTest::newRow("pay-as-you-go 500 to 1,200 grows root_queue")
        << QStringLiteral("ml-training") << 1200 << QStringLiteral("root_queue: 400 → 1,100 CUs");
    QTest::newRow("pay-as-you-go 500 to 100 takes root_queue down to its running job, then dev_queue")
        << QStringLiteral("ml-training") << 100 << QStringLiteral("root_queue: 400 → 64 CUs\ndev_queue: 100 → 36 CUs");
}

void tst_Quota::queuePlanIsWhatTheChangeDoes()
{
    QFETCH(QString, workspace);
    QFETCH(int, newCu);
    QFETCH(QString, expected);
    TestEnv env;
    const QLocale before;
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "1,100" as in the issue
    const auto w = env.services->workspaces.findByName(workspace);
    const auto plan = env.services->quotas.queuePlan(w->id, newCu);
    QVERIFY2(plan.ok(), qPrintable(plan.text()));
    QCOMPARE(QuotaService::planText(plan.value()), expected);

    const Identity owner = env.services->account.owner().value();
    const Status changed = w->billing == ProductSpec::PayAsYouGo
        ? env.services->quotas.setPayAsYouGoQuota(owner, w->id, newCu)
        : Status(env.services->quotas.changeSubscriptionQuota(owner, w->id, newCu,
                                                              newCu > w->cuQuota ? Direction::Upgrade : Direction::Downgrade));
    QVERIFY2(changed.ok(), qPrintable(changed.text()));
    for (const QuotaService::QueueChange &q : plan.value())
        QCOMPARE(queueCu(env, w->id, q.name), int(q.after));
    QCOMPARE(queueSum(env, w->id), newCu);
}

void tst_Quota::queuePlanRefusalNamesWhatRunningJobsHold()
{
    const QLocale before;
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "1,100" as in the issue
    const QList<QuotaService::QueueChange> queues = {{ProductSpec::DevQueue, 40, 0, 30},
                                                     {ProductSpec::RootQueue, 160, 0, 80}};
    const auto refused = QuotaService::planQueues(queues, 200, 100);
    QVERIFY(refused.has(ErrorCode::Conflict));
    QVERIFY2(refused.message(Field::CuQuota).contains(QStringLiteral("root_queue: 80 CUs, dev_queue: 30 CUs")),
             qPrintable(refused.text()));
    const auto fits = QuotaService::planQueues(queues, 200, 110);
    QVERIFY2(fits.ok(), qPrintable(fits.text()));
    QCOMPARE(QuotaService::planText(fits.value()), QStringLiteral("root_queue: 160 → 80 CUs\ndev_queue: 40 → 30 CUs"));
}

void tst_Quota::payAsYouGoOnlyForPayAsYouGo()
{
    TestEnv env;
    const QString id = idOf(env, "spark-etl-prod");
    const Status s = env.services->quotas.setPayAsYouGoQuota(env.services->account.owner().value(), id, 300);
    QVERIFY(!s.ok());
    QVERIFY(s.hasField(Field::Billing));
    QCOMPARE(env.services->workspaces.find(id)->cuQuota, 200);
}

void tst_Quota::permissions_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("RAM user with Spark full access") << "dave" << true;
    QTest::newRow("administrator RAM user") << "alice" << true;
    QTest::newRow("developer policy only") << "bob" << false;
    QTest::newRow("read-only policy") << "carol" << false;
}

void tst_Quota::permissions()
{
    QFETCH(QString, user);
    QFETCH(bool, allowed);
    TestEnv env;
    const Identity who = env.services->account.identity(user).value();
    const QString sub = idOf(env, "spark-etl-prod");
    const QString payg = idOf(env, "eu-analytics");
    const Result<Order> r = env.services->quotas.changeSubscriptionQuota(who, sub, 300, Direction::Upgrade);
    QCOMPARE(r.ok(), allowed);
    const Status s = env.services->quotas.setPayAsYouGoQuota(who, payg, 400);
    QCOMPARE(s.ok(), allowed);
    if (!allowed) {
        QVERIFY(r.has(ErrorCode::PermissionDenied));
        QVERIFY(s.has(ErrorCode::PermissionDenied));
        QVERIFY(s.text().contains(ProductSpec::PolicySparkFull));
        QCOMPARE(env.services->workspaces.find(sub)->cuQuota, 200);
        QCOMPARE(env.services->workspaces.find(payg)->cuQuota, 300);
    }
}

void tst_Quota::unknownWorkspace()
{
    TestEnv env;
    const Identity owner = env.services->account.owner().value();
    const QString missing = QStringLiteral("w-0000000000000000");
    QVERIFY(env.services->quotas.changeSubscriptionQuota(owner, missing, 300, Direction::Upgrade).has(ErrorCode::NotFound));
    QVERIFY(env.services->quotas.setPayAsYouGoQuota(owner, missing, 300).has(ErrorCode::NotFound));
}

void tst_Quota::quotaChangedSinceShownIsNotBought()
{
    TestEnv env;
    const QString id = idOf(env, "spark-etl-prod"); // 200 CUs
    const Identity owner = env.services->account.owner().value();
    QVERIFY(env.services->quotas.changeSubscriptionQuota(owner, id, 250, Direction::Upgrade).ok());
    const int orders = orderCount(env);
    // The user saw the price of 200 -> 300; the quota is 250 now.
    const Result<Order> stale = env.services->quotas.changeSubscriptionQuota(owner, id, 300, Direction::Upgrade, 200);
    QVERIFY(!stale.ok());
    QVERIFY(stale.has(ErrorCode::Conflict));
    QVERIFY2(stale.text().contains(QLatin1String("changed to 250 CUs")), qPrintable(stale.text()));
    QCOMPARE(orderCount(env), orders);
    QCOMPARE(env.services->workspaces.find(id)->cuQuota, 250);
    const Result<Order> fresh = env.services->quotas.changeSubscriptionQuota(owner, id, 300, Direction::Upgrade, 250);
    QVERIFY2(fresh.ok(), qPrintable(fresh.text()));
    QCOMPARE(fresh->cuBefore, 250);
}

void tst_Quota::autoRenewExtendsExpiredSubscription()
{
    TestEnv env(false);
    const Workspace w = createRenewing(env, true, QStringLiteral("renewing"));
    const Workspace fixed = createRenewing(env, false, QStringLiteral("not-renewing"));
    QVERIFY(!w.id.isEmpty() && !fixed.id.isEmpty());
    QCOMPARE(w.expiresAtMs, utcMs(2025, 2, 28)); // calendar month
    BillingService &billing = env.services->billing;

    env.clock.set(w.expiresAtMs - 1);
    QCOMPARE(billing.renewDueSubscriptions().value(), QStringList());

    // At expiry the subscription renews by one month and the month is billed:
    // 100 CU x 0.050302 x 480 = 2,414.496 USD -> 241,450 cents.
    env.clock.set(w.expiresAtMs);
    QCOMPARE(billing.renewDueSubscriptions().value(), QStringList{w.id});
    auto renewed = env.services->workspaces.find(w.id);
    QCOMPARE(renewed->expiresAtMs, utcMs(2025, 3, 28));
    QCOMPARE(renewed->durationMonths, 2);
    QList<Order> orders = billing.orders(w.id).value();
    QCOMPARE(orders.size(), 2);
    QCOMPARE(orders.first().type, ProductSpec::OrderRenewal);
    QCOMPARE(orders.first().amountCents, qint64(241450));
    QCOMPARE(orders.first().cuBefore, 100);
    QCOMPARE(orders.first().cuAfter, 100);
    QCOMPARE(orders.first().createdAtMs, w.expiresAtMs);
    QCOMPARE(ProductSpec::orderTypeName(orders.first().type), QStringLiteral("Renewal"));
    // The refund base grows with it: paid for two months now.
    QCOMPARE(billing.netPaidCents(w.id).value(), qint64(2 * 241450));

    // Nothing twice.
    QCOMPARE(billing.renewDueSubscriptions().value(), QStringList());
    QCOMPARE(billing.orders(w.id).value().size(), 2);

    // An expiry missed while the app was closed a few days is caught up, dated when it expired.
    env.clock.set(utcMs(2025, 4, 5));
    QCOMPARE(billing.renewDueSubscriptions().value(), QStringList{w.id});
    QCOMPARE(env.services->workspaces.find(w.id)->expiresAtMs, utcMs(2025, 4, 28));
    orders = billing.orders(w.id).value();
    QCOMPARE(orders.size(), 3);
    QCOMPARE(orders.at(0).createdAtMs, utcMs(2025, 3, 28));

    // One that expired longer ago than ProductSpec::RenewCatchUpWindowMs stays expired: nobody
    // is charged for months nobody saw (tst_renewal has the bounds).
    env.clock.set(utcMs(2025, 6, 1));
    QCOMPARE(billing.renewDueSubscriptions().value(), QStringList());
    QCOMPARE(env.services->workspaces.find(w.id)->expiresAtMs, utcMs(2025, 4, 28));
    QCOMPARE(billing.orders(w.id).value().size(), 3);
    QVERIFY(env.services->quotas.previewSubscriptionChange(w.id, Direction::Upgrade)->expired);

    // Without auto-renew the subscription simply expires.
    QCOMPARE(env.services->workspaces.find(fixed.id)->expiresAtMs, utcMs(2025, 2, 28));
    QCOMPARE(billing.orders(fixed.id).value().size(), 1);
    QVERIFY(env.services->quotas.previewSubscriptionChange(fixed.id, Direction::Upgrade)->expired);
}

void tst_Quota::autoRenewedSubscriptionCanStillBeChanged()
{
    TestEnv env(false);
    const Workspace w = createRenewing(env, true, QStringLiteral("renewing"));
    QVERIFY(!w.id.isEmpty());
    // A day after expiry, before anything renewed it: the preview shows the renewed term...
    env.clock.set(utcMs(2025, 3, 1));
    const auto preview = env.services->quotas.previewSubscriptionChange(w.id, Direction::Upgrade);
    QVERIFY(preview.ok());
    QVERIFY(!preview->expired);
    QVERIFY(preview->blocked.ok());
    QCOMPARE(preview->workspace.expiresAtMs, utcMs(2025, 3, 28));
    QCOMPARE(preview->remainingSeconds, 27 * Day);

    // ...and buying renews first, then charges the difference for the renewed term:
    // +50 CU x 24.14496 USD x 27/30 = 1,086.5232 USD -> 108,652 cents.
    const Result<Order> r = env.services->quotas.changeSubscriptionQuota(env.services->account.owner().value(), w.id, 150,
                                                                         Direction::Upgrade);
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QCOMPARE(r->amountCents, qint64(108652));
    const QList<Order> orders = env.services->billing.orders(w.id).value();
    QCOMPARE(orders.size(), 3);
    QCOMPARE(orders.at(0).type, ProductSpec::OrderUpgrade);
    QCOMPARE(orders.at(1).type, ProductSpec::OrderRenewal);
    QCOMPARE(orders.at(1).cuAfter, 100);
    QCOMPARE(env.services->workspaces.find(w.id)->expiresAtMs, utcMs(2025, 3, 28));
    QCOMPARE(env.services->workspaces.find(w.id)->cuQuota, 150);
}

QTEST_GUILESS_MAIN(tst_Quota)
#include "tst_quota.moc"
