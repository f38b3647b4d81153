// One scheduler moves domain time: its single timer is set to the next due time (never a
// periodic tick), and auto-renew catches up only a bounded window (ProductSpec.h).
#include "models/ChangeFeed.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceRules.h"
#include "tests/testsupport/Fixtures.h"
#include "tests/testsupport/TestSupport.h"
#include "ui/workspaces/WorkspaceTableModel.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

namespace {

constexpr qint64 Day = 24LL * 3600 * 1000;

// The shared pay-as-you-go fixture at 100 CUs, in either billing method.
WorkspaceSpec spec(const QString &name, const QString &billing, bool autoRenew = false)
{
    WorkspaceSpec s = Fixtures::payAsYouGoSpec(name);
    s.billing = billing;
    s.durationMonths = billing == ProductSpec::Subscription ? 1 : 0;
    s.autoRenew = autoRenew;
    s.cuQuota = 100;
    return s;
}

bool setExpiry(TestEnv &env, const QString &id, qint64 expiresAtMs)
{
    QSqlQuery q(env.db->connection());
    q.prepare(QStringLiteral("UPDATE workspaces SET expires_at = ? WHERE id = ?"));
    q.addBindValue(expiresAtMs);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

} // namespace

class tst_Scheduler : public QObject
{
    Q_OBJECT

private slots:
    void nothingDueArmsNoTimer()
    {
        TestEnv env(false);
        Scheduler &scheduler = env.services->scheduler;
        scheduler.start();
        QVERIFY(scheduler.nextDueAt().ok());
        QVERIFY(!scheduler.nextDueAt().value());
        QVERIFY(!scheduler.isArmed()); // no 1-second tick while nothing can happen
        QCOMPARE(scheduler.armedIntervalMs(), -1);
    }

    void theTimerIsSetToTheNextDueTime()
    {
        TestEnv env(false);
        Scheduler &scheduler = env.services->scheduler;
        scheduler.start();
        const Result<Workspace> w = env.services->workspaces.create(env.services->account.owner().value(),
                                                                    spec(QStringLiteral("starting"), ProductSpec::PayAsYouGo));
        QVERIFY2(w.ok(), qPrintable(w.text()));
        // The feed reported the new workspace; the scheduler re-armed for its start-up delay.
        QVERIFY(scheduler.isArmed());
        QCOMPARE(scheduler.armedFor(), std::optional<qint64>(w->readyAtMs));
        QCOMPARE(qint64(scheduler.armedIntervalMs()), w->readyAtMs - env.clock.nowMs());
        QVERIFY(scheduler.armedIntervalMs() > 1000);

        QSignalSpy changed(&env.services->feed, &ChangeFeed::workspaceChanged);
        env.clock.set(w->readyAtMs);
        QVERIFY(scheduler.runDue().ok());
        QCOMPARE(env.services->workspaces.find(w->id)->status, ProductSpec::StatusRunning);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!scheduler.isArmed()); // nothing else will happen by itself
    }

    void anExpiryIsAnnouncedAndShown()
    {
        TestEnv env(false);
        const Result<Workspace> w = env.services->workspaces.create(env.services->account.owner().value(),
                                                                    spec(QStringLiteral("fixed"), ProductSpec::Subscription));
        QVERIFY2(w.ok(), qPrintable(w.text()));
        Scheduler &scheduler = env.services->scheduler;
        env.clock.set(w->readyAtMs);
        scheduler.start();
        QCOMPARE(scheduler.armedFor(), std::optional<qint64>(w->expiresAtMs));

        WorkspaceTableModel model;
        model.setClock(&env.clock);
        model.setWorkspaces(env.services->workspaces.list().value());
        const QModelIndex status = model.indexOf(w->id, WorkspaceTableModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Running"));

        QSignalSpy changed(&env.services->feed, &ChangeFeed::workspaceChanged);
        env.clock.set(w->expiresAtMs);
        QVERIFY(scheduler.runDue().ok());
        QCOMPARE(changed.size(), 1); // nothing written, but the row reads differently now
        QCOMPARE(changed.first().first().toString(), w->id);
        QCOMPARE(status.data().toString(), QStringLiteral("Expired"));
        QCOMPARE(env.services->billing.orders(w->id).value().size(), 1);
    }

    void catchUpIsBounded_data()
    {
        QTest::addColumn<qint64>("expiredAgoMs");
        QTest::addColumn<int>("renewals");
        QTest::addColumn<QString>("status");

        QTest::newRow("expired a moment ago: renewed") << qint64(1000) << 1 << QStringLiteral("Running");
        QTest::newRow("expired 14 days ago (app closed): renewed once") << 14 * Day << 1 << QStringLiteral("Running");
        QTest::newRow("expired just inside the window: renewed")
            << ProductSpec::RenewCatchUpWindowMs - 1 << 1 << QStringLiteral("Running");
        // The window is the grace period (issue 10): past it the subscription is released instead.
        QTest::newRow("expired at the window's edge: released, not renewed")
            << ProductSpec::RenewCatchUpWindowMs << 0 << QString();
        QTest::newRow("expired 16 days ago: released") << 16 * Day << 0 << QString();
        QTest::newRow("expired in 1970: released, nothing charged") << qint64(-1) << 0 << QString();
    }
    void catchUpIsBounded()
    {
        QFETCH(qint64, expiredAgoMs);
        QFETCH(int, renewals);
        QFETCH(QString, status);

        TestEnv env(false);
        const Result<Workspace> w = env.services->workspaces.create(
            env.services->account.owner().value(), spec(QStringLiteral("renewing"), ProductSpec::Subscription, true));
        QVERIFY2(w.ok(), qPrintable(w.text()));
        const qint64 now = w->expiresAtMs + 40 * Day;
        const qint64 expiry = expiredAgoMs < 0 ? 3'600'000 /* 1 January 1970, 01:00 UTC */ : now - expiredAgoMs;
        QVERIFY(setExpiry(env, w->id, expiry));
        env.clock.set(now);

        env.services->scheduler.start(); // as at start-up
        QList<Order> renewalOrders;
        for (const Order &o : env.services->billing.orders(w->id).value())
            if (o.type == ProductSpec::OrderRenewal)
                renewalOrders << o;
        QCOMPARE(renewalOrders.size(), renewals);
        if (status.isEmpty()) {
            QVERIFY(env.services->workspaces.find(w->id).has(ErrorCode::NotFound));
            QList<Order> releases;
            for (const Order &o : env.services->billing.orders(w->id).value())
                if (o.type == ProductSpec::OrderRelease)
                    releases << o;
            QCOMPARE(releases.size(), 1);
            QCOMPARE(releases.first().amountCents, qint64(0));
            return;
        }
        const Workspace after = *env.services->workspaces.find(w->id);
        if (renewals > 0) {
            QCOMPARE(renewalOrders.first().createdAtMs, expiry); // dated when it expired
            QVERIFY(after.expiresAtMs > now);
        } else {
            QCOMPARE(after.expiresAtMs, expiry);
            QVERIFY(env.services->quotas.previewSubscriptionChange(w->id, QuotaService::Direction::Upgrade)->expired);
        }
        WorkspaceTableModel model;
        model.setClock(&env.clock);
        model.setWorkspaces({after});
        QCOMPARE(model.index(0, WorkspaceTableModel::StatusColumn).data().toString(), status);
    }
};

QTEST_MAIN(tst_Scheduler)
#include "tst_scheduler.moc"
