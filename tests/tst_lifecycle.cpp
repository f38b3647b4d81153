// A subscription's life after its purchase (issue 10) on a manual clock: Renew (price, calendar
// months, restoring an expired workspace, quotes), auto-renew settings and renewal by period,
// release after the grace period, and conversion of a pay-as-you-go workspace.
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/SubscriptionState.h"
#include "models/WorkspaceRules.h"
#include "tests/testsupport/Fixtures.h"
#include "tests/testsupport/TestSupport.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QtTest>

namespace {

constexpr qint64 Hour = 3600LL * 1000;
constexpr qint64 Day = 24 * Hour;

qint64 utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC).toMSecsSinceEpoch();
}

WorkspaceSpec spec(const QString &name, const QString &billing, int cu = 100, bool autoRenew = false)
{
    WorkspaceSpec s = Fixtures::payAsYouGoSpec(name);
    s.billing = billing;
    s.durationMonths = billing == ProductSpec::Subscription ? 1 : 0;
    s.autoRenew = autoRenew;
    s.cuQuota = cu;
    return s;
}

bool exec(TestEnv &env, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(env.db->connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.numRowsAffected() == 1;
}

bool setExpiry(TestEnv &env, const QString &id, qint64 expiresAtMs)
{
    return exec(env, QStringLiteral("UPDATE workspaces SET expires_at = ? WHERE id = ?"), {expiresAtMs, id});
}

QList<Order> ordersOfType(TestEnv &env, const QString &id, const QString &type)
{
    QList<Order> out;
    for (const Order &o : env.services->billing.orders(id).value())
        if (o.type == type)
            out << o;
    return out;
}

struct Env : TestEnv
{
    Env() : TestEnv(false), owner(services->account.owner().value()) {}
    Workspace create(const WorkspaceSpec &s)
    {
        const Result<Workspace> w = services->workspaces.create(owner, s);
        if (!w.ok())
            qFatal("create failed: %s", qPrintable(w.text()));
        clock.set(w->readyAtMs);
        services->workspaces.advanceStatuses();
        return services->workspaces.find(w->id).value();
    }
    Identity owner;
};

} // namespace

class tst_Lifecycle : public QObject
{
    Q_OBJECT

private slots:
    void renewalPrice_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("cu");
        QTest::addColumn<int>("months");

        QTest::newRow("1 month, 100 CUs") << QStringLiteral("cn-hangzhou") << 100 << 1;
        QTest::newRow("9 months, 25 CUs") << QStringLiteral("cn-hangzhou") << 25 << 9;
        QTest::newRow("1 year, 1,000 CUs") << QStringLiteral("cn-hangzhou") << 1000 << 12;
        QTest::newRow("3 years, 60 CUs, another region") << QStringLiteral("cn-shanghai") << 60 << 36;
    }
    void renewalPrice()
    {
        QFETCH(QString, region);
        QFETCH(int, cu);
        QFETCH(int, months);
        Env env;
        WorkspaceSpec s = spec(QStringLiteral("renew-price"), ProductSpec::Subscription, cu);
        s.region = region;
        s.bucket = QStringLiteral("emr-spark-logs-") + region;
        s.catalogId = QStringLiteral("default_catalog");
        QVERIFY2(env.services->workspaces.validate(s).ok(), qPrintable(env.services->workspaces.validate(s).text()));
        const Workspace w = env.create(s);
        const Result<Quote> quote = env.services->lifecycle.quoteRenewal(w.id, months);
        QVERIFY2(quote.ok(), qPrintable(quote.text()));
        // Monthly unit price x CU x months, in whole cents.
        const qint64 expected = ProductSpec::microUsdToCents(Pricing::subscriptionMicroUsdPerCuMonth(region) * cu * months);
        QCOMPARE(quote->amountCents, expected);
        QVERIFY(expected > 0);
        const Result<Order> order = env.services->lifecycle.renew(env.owner, quote.value());
        QVERIFY2(order.ok(), qPrintable(order.text()));
        QCOMPARE(order->type, ProductSpec::OrderRenewal);
        QCOMPARE(order->amountCents, expected);
        QCOMPARE(env.services->workspaces.find(w.id)->expiresAtMs, Pricing::expiryMs(w.expiresAtMs, months));
    }

    void renewalMovesByCalendarMonths_data()
    {
        QTest::addColumn<qint64>("expiresAtMs");
        QTest::addColumn<int>("months");
        QTest::addColumn<qint64>("renewedMs");

        QTest::newRow("Jan 31 + 1 month: Feb 28 (2027)") << utc(2027, 1, 31) << 1 << utc(2027, 2, 28);
        QTest::newRow("Jan 31 + 1 month: Feb 29 (leap 2028)") << utc(2028, 1, 31) << 1 << utc(2028, 2, 29);
        QTest::newRow("Feb 29 + 1 year: Feb 28") << utc(2028, 2, 29) << 12 << utc(2029, 2, 28);
        QTest::newRow("Feb 29 + 3 years: Feb 28") << utc(2028, 2, 29) << 36 << utc(2031, 2, 28);
        QTest::newRow("Mar 31 + 1 month: Apr 30") << utc(2027, 3, 31) << 1 << utc(2027, 4, 30);
        QTest::newRow("Aug 31 + 6 months: Feb 29 (2028)") << utc(2027, 8, 31) << 6 << utc(2028, 2, 29);
        QTest::newRow("Dec 31 + 2 months across the year: Feb 28") << utc(2026, 12, 31) << 2 << utc(2027, 2, 28);
        QTest::newRow("mid-month keeps the day and the hour") << utc(2027, 5, 15, 23) << 3 << utc(2027, 8, 15, 23);
    }
    void renewalMovesByCalendarMonths()
    {
        QFETCH(qint64, expiresAtMs);
        QFETCH(int, months);
        QFETCH(qint64, renewedMs);
        QCOMPARE(LifecycleService::renewedExpiryMs(expiresAtMs, months, expiresAtMs - Day), renewedMs);

        Env env;
        const Workspace w = env.create(spec(QStringLiteral("calendar"), ProductSpec::Subscription));
        QVERIFY(setExpiry(env, w.id, expiresAtMs));
        env.clock.set(expiresAtMs - Day);
        const Result<Order> order = env.services->lifecycle.renew(env.owner, w.id, months);
        QVERIFY2(order.ok(), qPrintable(order.text()));
        QCOMPARE(env.services->workspaces.find(w.id)->expiresAtMs, renewedMs);
    }

    void renewingAnExpiredWorkspaceRestoresIt()
    {
        Env env;
        const Workspace w = env.create(spec(QStringLiteral("lapsed"), ProductSpec::Subscription));
        env.clock.set(w.expiresAtMs + 3 * Day);
        QVERIFY(SubscriptionState::of(*env.services->workspaces.find(w.id), env.clock.nowMs()).isExpired());
        QVERIFY(!env.services->jobs.checkAcceptsRuns(w.id).ok());

        const Result<Order> order = env.services->lifecycle.renew(env.owner, w.id, 2);
        QVERIFY2(order.ok(), qPrintable(order.text()));
        const Workspace after = *env.services->workspaces.find(w.id);
        // Renewed from now: the expired days are not charged for.
        QCOMPARE(after.expiresAtMs, Pricing::expiryMs(env.clock.nowMs(), 2));
        QVERIFY(!SubscriptionState::of(after, env.clock.nowMs()).isExpired());
        QVERIFY2(env.services->jobs.checkAcceptsRuns(w.id).ok(), qPrintable(env.services->jobs.checkAcceptsRuns(w.id).text()));
        QCOMPARE(after.durationMonths, 3);
    }

    void renewIsRefused_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("billing");
        QTest::addColumn<int>("months");
        QTest::addColumn<qint64>("afterExpiryMs"); // < 0: not expired
        QTest::addColumn<QString>("field");

        QTest::newRow("read-only user") << "carol" << ProductSpec::Subscription << 1 << qint64(-1) << Field::Identity;
        QTest::newRow("pay-as-you-go") << "" << ProductSpec::PayAsYouGo << 1 << qint64(-1) << Field::Billing;
        QTest::newRow("10 months is no duration") << "" << ProductSpec::Subscription << 10 << qint64(-1) << Field::Duration;
        QTest::newRow("0 months") << "" << ProductSpec::Subscription << 0 << qint64(-1) << Field::Duration;
        QTest::newRow("grace period over") << "" << ProductSpec::Subscription << 1
                                           << ProductSpec::ExpiredGracePeriodMs << Field::General;
    }
    void renewIsRefused()
    {
        QFETCH(QString, who);
        QFETCH(QString, billing);
        QFETCH(int, months);
        QFETCH(qint64, afterExpiryMs);
        QFETCH(QString, field);
        Env env;
        const Workspace w = env.create(spec(QStringLiteral("refused"), billing));
        if (afterExpiryMs >= 0)
            env.clock.set(w.expiresAtMs + afterExpiryMs);
        const Identity identity = who.isEmpty() ? env.owner : env.services->account.identity(who).value();
        const Result<Order> r = env.services->lifecycle.renew(identity, w.id, months);
        QVERIFY(!r.ok());
        QVERIFY2(r.hasField(field), qPrintable(r.text()));
        QCOMPARE(env.services->billing.orders(w.id).value().size(), billing == ProductSpec::Subscription ? 1 : 0);
    }

    void aStaleOrChangedRenewalQuoteIsRequoted()
    {
        Env env;
        const Workspace w = env.create(spec(QStringLiteral("requote"), ProductSpec::Subscription));
        const Quote shown = env.services->lifecycle.quoteRenewal(w.id, 3).value();
        env.clock.advance(Quote::ValidityMs + 1000);
        std::optional<Quote> requote;
        Result<Order> r = env.services->lifecycle.renew(env.owner, shown, &requote);
        QVERIFY(!r.ok());
        QVERIFY(r.hasField(Field::Quote));
        QVERIFY(requote);
        QCOMPARE(ordersOfType(env, w.id, ProductSpec::OrderRenewal).size(), 0);

        // The quota changed elsewhere: the price shown is no longer the price.
        const Quote second = *requote;
        QVERIFY(env.services->quotas.changeSubscriptionQuota(env.owner, w.id, 200, QuotaService::Direction::Upgrade).ok());
        r = env.services->lifecycle.renew(env.owner, second, &requote);
        QVERIFY(!r.ok());
        QVERIFY(requote);
        QCOMPARE(requote->amountCents, 2 * second.amountCents);
        r = env.services->lifecycle.renew(env.owner, *requote, &requote);
        QVERIFY2(r.ok(), qPrintable(r.text()));
        QCOMPARE(r->amountCents, 2 * second.amountCents);
    }

    void autoRenewSettings_data()
    {
        QTest::addColumn<bool>("on");
        QTest::addColumn<int>("period");
        QTest::addColumn<bool>("accepted");

        for (int p : {1, 2, 3, 6, 12})
            QTest::addRow("on, %d months", p) << true << p << true;
        QTest::newRow("off keeps a period") << false << 6 << true;
        QTest::newRow("4 months is no period") << true << 4 << false;
        QTest::newRow("24 months is no period") << true << 24 << false;
        QTest::newRow("0 months") << false << 0 << false;
    }
    void autoRenewSettings()
    {
        QFETCH(bool, on);
        QFETCH(int, period);
        QFETCH(bool, accepted);
        Env env;
        const Workspace w = env.create(spec(QStringLiteral("settings"), ProductSpec::Subscription));
        QCOMPARE(w.autoRenewMonths, 1); // created with the one-month period
        const Status s = env.services->lifecycle.setAutoRenew(env.owner, w.id, on, period);
        QCOMPARE(s.ok(), accepted);
        const Workspace after = *env.services->workspaces.find(w.id);
        QCOMPARE(after.autoRenew, accepted && on);
        QCOMPARE(after.autoRenewMonths, accepted ? period : 1);
        QVERIFY(env.services->billing.orders(w.id).value().size() == 1); // a setting, no order
    }

    void autoRenewIsRefusedForPayAsYouGoExpiredAndReadOnly()
    {
        Env env;
        const Workspace payg = env.create(spec(QStringLiteral("payg"), ProductSpec::PayAsYouGo));
        QVERIFY(env.services->lifecycle.setAutoRenew(env.owner, payg.id, true, 1).hasField(Field::Billing));
        const Workspace sub = env.create(spec(QStringLiteral("sub"), ProductSpec::Subscription));
        const Identity carol = env.services->account.identity(QStringLiteral("carol")).value();
        QVERIFY(env.services->lifecycle.setAutoRenew(carol, sub.id, true, 1).has(ErrorCode::PermissionDenied));
        env.clock.set(sub.expiresAtMs + Day);
        const Status expired = env.services->lifecycle.setAutoRenew(env.owner, sub.id, true, 3);
        QVERIFY(expired.has(ErrorCode::Expired));
        QCOMPARE(ordersOfType(env, sub.id, ProductSpec::OrderRenewal).size(), 0); // nothing charged unseen
        // Turning it off is always allowed.
        QVERIFY(env.services->lifecycle.setAutoRenew(env.owner, sub.id, false, 3).ok());
    }

    void autoRenewRenewsByItsPeriod_data()
    {
        QTest::addColumn<int>("period");
        for (int p : {1, 2, 3, 6, 12})
            QTest::addRow("%d months", p) << p;
    }
    void autoRenewRenewsByItsPeriod()
    {
        QFETCH(int, period);
        Env env;
        const Workspace w = env.create(spec(QStringLiteral("auto"), ProductSpec::Subscription));
        QVERIFY(env.services->lifecycle.setAutoRenew(env.owner, w.id, true, period).ok());
        env.clock.set(w.expiresAtMs + Hour);
        env.services->scheduler.runDue();
        const QList<Order> renewals = ordersOfType(env, w.id, ProductSpec::OrderRenewal);
        QCOMPARE(renewals.size(), 1);
        QCOMPARE(renewals.first().amountCents, Pricing::subscriptionCents(w.region, w.cuQuota, period));
        QCOMPARE(renewals.first().createdAtMs, w.expiresAtMs);
        const Workspace after = *env.services->workspaces.find(w.id);
        QCOMPARE(after.expiresAtMs, Pricing::expiryMs(w.expiresAtMs, period));
        QCOMPARE(after.durationMonths, 1 + period);
    }

    void releaseAfterTheGracePeriod_data()
    {
        QTest::addColumn<qint64>("afterExpiryMs");
        QTest::addColumn<bool>("released");

        QTest::newRow("a day after the expiry: held") << Day << false;
        QTest::newRow("a moment before the grace period ends: held")
            << ProductSpec::ExpiredGracePeriodMs - 1 << false;
        QTest::newRow("when the grace period ends: released") << ProductSpec::ExpiredGracePeriodMs << true;
        QTest::newRow("a year later (the app was closed): released") << 365 * Day << true;
    }
    void releaseAfterTheGracePeriod()
    {
        QFETCH(qint64, afterExpiryMs);
        QFETCH(bool, released);
        Env env;
        const Workspace w = env.create(spec(QStringLiteral("released"), ProductSpec::Subscription));
        QVERIFY(env.services->jobs.runJob(env.owner, w.id, Fixtures::jobRequest(QStringLiteral("etl"))).ok());
        // The scheduler wakes for the release.
        const auto next = env.services->lifecycle.nextReleaseAt();
        QVERIFY(next.ok() && next.value());
        QCOMPARE(*next.value(), w.expiresAtMs + ProductSpec::ExpiredGracePeriodMs);

        env.clock.set(w.expiresAtMs + afterExpiryMs);
        QSignalSpy releasedSpy(&env.services->scheduler, &Scheduler::released);
        QVERIFY(env.services->scheduler.runDue().ok());
        const Result<Workspace> after = env.services->workspaces.find(w.id);
        QCOMPARE(after.ok(), !released);
        QCOMPARE(releasedSpy.size(), released ? 1 : 0);
        const QList<Order> releases = ordersOfType(env, w.id, ProductSpec::OrderRelease);
        QCOMPARE(releases.size(), released ? 1 : 0);
        if (released) {
            QVERIFY(after.has(ErrorCode::NotFound));
            QCOMPARE(releases.first().amountCents, qint64(0));
            QCOMPARE(releases.first().createdAtMs, w.expiresAtMs + ProductSpec::ExpiredGracePeriodMs);
            QCOMPARE(releases.first().workspaceName, w.name);
            // Nothing but the billing history is kept.
            for (const char *table : {"jobs", "job_runs", "members", "queues", "workspace_tags", "workspace_catalogs"})
                QCOMPARE(Fixtures::count(env, QStringLiteral("SELECT count(*) FROM %1 WHERE workspace_id = ?")
                                                  .arg(QLatin1String(table)),
                                         {w.id}),
                         0);
            QCOMPARE(env.services->billing.orders(w.id).value().size(), 2); // New, Release
            QVERIFY(!env.services->lifecycle.nextReleaseAt().value());
        } else {
            QCOMPARE(env.services->jobs.jobs(w.id).value().size(), 1); // data kept while held
        }
    }

    void anAutoRenewingSubscriptionWithinTheGracePeriodRenewsInsteadOfRelease()
    {
        Env env;
        const Workspace w = env.create(spec(QStringLiteral("renews"), ProductSpec::Subscription, 100, true));
        env.clock.set(w.expiresAtMs + ProductSpec::ExpiredGracePeriodMs - Hour);
        QVERIFY(env.services->scheduler.runDue().ok());
        QVERIFY(env.services->workspaces.find(w.id).ok());
        QCOMPARE(ordersOfType(env, w.id, ProductSpec::OrderRenewal).size(), 1);
        QCOMPARE(ordersOfType(env, w.id, ProductSpec::OrderRelease).size(), 0);
    }

    void conversionKeepsTheWorkspace()
    {
        Env env;
        const Workspace w = env.create(spec(QStringLiteral("convert"), ProductSpec::PayAsYouGo, 100));
        QVERIFY(env.services->jobs.runJob(env.owner, w.id, Fixtures::jobRequest(QStringLiteral("etl"))).ok());
        Fixtures::addMember(env, w.id, QStringLiteral("bob"), ProductSpec::RoleDataEngineering);
        const int members = env.services->members.list(w.id).value().size();

        const Result<Quote> quote = env.services->lifecycle.quoteConversion(w.id, 3, 60);
        QVERIFY2(quote.ok(), qPrintable(quote.text()));
        QCOMPARE(quote->amountCents, Pricing::subscriptionCents(w.region, 60, 3));
        const auto plan = env.services->lifecycle.conversionPlan(w.id, 60);
        QVERIFY2(plan.ok(), qPrintable(plan.text()));
        const Result<Order> order = env.services->lifecycle.convertToSubscription(env.owner, quote.value(), true, 6);
        QVERIFY2(order.ok(), qPrintable(order.text()));
        QCOMPARE(order->type, ProductSpec::OrderNew);
        QCOMPARE(order->amountCents, quote->amountCents);
        QCOMPARE(order->cuAfter, 60);

        const Workspace after = *env.services->workspaces.find(w.id);
        QCOMPARE(after.id, w.id);
        QCOMPARE(after.name, w.name);
        QCOMPARE(after.billing, ProductSpec::Subscription);
        QCOMPARE(after.cuQuota, 60);
        QCOMPARE(after.durationMonths, 3);
        QVERIFY(after.autoRenew);
        QCOMPARE(after.autoRenewMonths, 6);
        QCOMPARE(after.subscribedAtMs, env.clock.nowMs());
        QCOMPARE(after.expiresAtMs, Pricing::expiryMs(env.clock.nowMs(), 3));
        QCOMPARE(env.services->jobs.jobs(w.id).value().size(), 1);
        QCOMPARE(env.services->jobs.runs(w.id).value().size(), 1);
        QCOMPARE(env.services->members.list(w.id).value().size(), members);
        // The queues fit the new quota as the plan said.
        qint64 sum = 0;
        for (const auto &q : plan.value())
            sum += q.after;
        QVERIFY(sum <= 60);
        QCOMPARE(Fixtures::count(env, QStringLiteral("SELECT sum(cu) FROM queues WHERE workspace_id = ?"), {w.id}),
                 int(sum));
    }

    void conversionIsRefused_data()
    {
        QTest::addColumn<QString>("billing");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("cu");
        QTest::addColumn<QString>("field");

        QTest::newRow("24 CUs: below the subscription range") << ProductSpec::PayAsYouGo << 1 << 24 << Field::CuQuota;
        QTest::newRow("1,001 CUs: above it") << ProductSpec::PayAsYouGo << 1 << 1001 << Field::CuQuota;
        QTest::newRow("10 months") << ProductSpec::PayAsYouGo << 10 << 100 << Field::Duration;
        QTest::newRow("a subscription already") << ProductSpec::Subscription << 1 << 100 << Field::Billing;
    }
    void conversionIsRefused()
    {
        QFETCH(QString, billing);
        QFETCH(int, months);
        QFETCH(int, cu);
        QFETCH(QString, field);
        Env env;
        const Workspace w = env.create(spec(QStringLiteral("no-convert"), billing));
        const Result<Quote> quote = env.services->lifecycle.quoteConversion(w.id, months, cu);
        QVERIFY(!quote.ok());
        QVERIFY2(quote.hasField(field), qPrintable(quote.text()));
        QCOMPARE(env.services->workspaces.find(w.id)->billing, billing);
    }

    void conversionBelowRunningJobsIsRefused()
    {
        Env env;
        const Workspace w = env.create(spec(QStringLiteral("busy"), ProductSpec::PayAsYouGo, 200));
        QVERIFY(env.services->jobs.runJob(env.owner, w.id, Fixtures::jobRequest(QStringLiteral("big"), 100)).ok());
        env.clock.advance(JobService::SubmittedDelayMs + 1000);
        QVERIFY(env.services->jobs.advance().ok());
        const Quote quote = env.services->lifecycle.quoteConversion(w.id, 1, 50).value();
        const Result<Order> r = env.services->lifecycle.convertToSubscription(env.owner, quote, false, 1);
        QVERIFY(!r.ok());
        QVERIFY2(r.hasField(Field::CuQuota), qPrintable(r.text()));
        QCOMPARE(env.services->workspaces.find(w.id)->billing, ProductSpec::PayAsYouGo);
        QVERIFY(env.services->billing.orders(w.id).value().isEmpty());
    }

    void aConversionQuoteIsRequotedWhenTheQuotaChanged()
    {
        Env env;
        const Workspace w = env.create(spec(QStringLiteral("moved"), ProductSpec::PayAsYouGo, 100));
        const Quote shown = env.services->lifecycle.quoteConversion(w.id, 1, 80).value();
        QVERIFY(env.services->quotas.setPayAsYouGoQuota(env.owner, w.id, 150).ok());
        std::optional<Quote> requote;
        const Result<Order> r = env.services->lifecycle.convertToSubscription(env.owner, shown, false, 1, &requote);
        QVERIFY(!r.ok());
        QVERIFY(r.hasField(Field::Quote));
        QVERIFY(requote);
        QCOMPARE(env.services->workspaces.find(w.id)->billing, ProductSpec::PayAsYouGo);
    }
};

QTEST_MAIN(tst_Lifecycle)
#include "tst_lifecycle.moc"
