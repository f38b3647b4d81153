// A subscription's state on a manual clock (issue 10): expired, days left, "expires soon", the
// grace period and release date, and new runs refused while expired.
#include "models/ProductSpec.h"
#include "models/SubscriptionState.h"
#include "models/WorkspaceRules.h"
#include "tests/testsupport/Fixtures.h"
#include "tests/testsupport/TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

namespace {

constexpr qint64 Hour = 3600LL * 1000;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 Expiry = 1'800'000'000'000LL;

bool setExpiry(TestEnv &env, const QString &id, qint64 expiresAtMs)
{
    QSqlQuery q(env.db->connection());
    q.prepare(QStringLiteral("UPDATE workspaces SET expires_at = ? WHERE id = ?"));
    q.addBindValue(expiresAtMs);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

} // namespace

class tst_SubscriptionState : public QObject
{
    Q_OBJECT

private slots:
    void state_data()
    {
        QTest::addColumn<QString>("billing");
        QTest::addColumn<qint64>("expiresAtMs");
        QTest::addColumn<qint64>("nowMs");
        QTest::addColumn<bool>("expired");
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<bool>("soon");
        QTest::addColumn<bool>("releaseDue");

        const QString sub = ProductSpec::Subscription;
        QTest::newRow("30 days left: not soon") << sub << Expiry << Expiry - 30 * Day << false << 30 << false << false;
        QTest::newRow("7 days and a second left: not soon yet")
            << sub << Expiry << Expiry - 7 * Day - 1000 << false << 8 << false << false;
        QTest::newRow("exactly 7 days left: soon") << sub << Expiry << Expiry - 7 * Day << false << 7 << true << false;
        QTest::newRow("a started day counts as one") << sub << Expiry << Expiry - 1 * Day - 1 << false << 2 << true << false;
        QTest::newRow("one millisecond left: 1 day, soon") << sub << Expiry << Expiry - 1 << false << 1 << true << false;
        QTest::newRow("at the expiry: expired") << sub << Expiry << Expiry << true << 0 << false << false;
        QTest::newRow("14 days after: expired, held")
            << sub << Expiry << Expiry + 14 * Day << true << 0 << false << false;
        QTest::newRow("a moment before the grace period ends: held")
            << sub << Expiry << Expiry + ProductSpec::ExpiredGracePeriodMs - 1 << true << 0 << false << false;
        QTest::newRow("the grace period has ended: release due")
            << sub << Expiry << Expiry + ProductSpec::ExpiredGracePeriodMs << true << 0 << false << true;
        QTest::newRow("pay-as-you-go: no subscription at all")
            << ProductSpec::PayAsYouGo << qint64(0) << Expiry << false << 0 << false << false;
        QTest::newRow("pay-as-you-go with a stray expiry: still none")
            << ProductSpec::PayAsYouGo << Expiry << Expiry + 100 * Day << false << 0 << false << false;
        QTest::newRow("a subscription row without an expiry: never expired")
            << sub << qint64(0) << Expiry << false << 0 << false << false;
    }
    void state()
    {
        QFETCH(QString, billing);
        QFETCH(qint64, expiresAtMs);
        QFETCH(qint64, nowMs);
        QFETCH(bool, expired);
        QFETCH(int, daysLeft);
        QFETCH(bool, soon);
        QFETCH(bool, releaseDue);

        const SubscriptionState s = SubscriptionState::of(billing, expiresAtMs, false, nowMs);
        QCOMPARE(s.isExpired(), expired);
        QCOMPARE(s.daysLeft(), daysLeft);
        QCOMPARE(s.expiresSoon(), soon);
        QCOMPARE(s.isReleaseDue(), releaseDue);
        QCOMPARE(s.statusWord().isEmpty(), !expired);
        // Something is said in words exactly when the subscription is expired or expires soon.
        QCOMPARE(s.note().isEmpty(), !expired && !soon);
        if (s.isSubscription())
            QCOMPARE(s.releaseAtMs(), expiresAtMs + ProductSpec::ExpiredGracePeriodMs);
        else
            QCOMPARE(s.releaseAtMs(), qint64(0));
    }

    void theGracePeriodIsTheAutoRenewCatchUpWindow()
    {
        // An auto-renewing subscription renews while it is held and is released after: never both.
        QCOMPARE(ProductSpec::RenewCatchUpWindowMs, ProductSpec::ExpiredGracePeriodMs);
        QCOMPARE(ProductSpec::ExpiredGracePeriodMs, 15 * Day);
    }

    void theNoteSaysWhatHappens_data()
    {
        QTest::addColumn<bool>("autoRenew");
        QTest::addColumn<qint64>("nowMs");
        QTest::addColumn<QString>("starts");

        QTest::newRow("expires in 3 days") << false << Expiry - 3 * Day << QStringLiteral("Expires in 3 day");
        QTest::newRow("renews in 1 day") << true << Expiry - Day << QStringLiteral("Renews automatically in 1 day");
        QTest::newRow("expired: Renew restores it") << false << Expiry + Day << QStringLiteral("Expired on ");
    }
    void theNoteSaysWhatHappens()
    {
        QFETCH(bool, autoRenew);
        QFETCH(qint64, nowMs);
        QFETCH(QString, starts);
        const QString note = SubscriptionState::of(ProductSpec::Subscription, Expiry, autoRenew, nowMs).note();
        QVERIFY2(note.startsWith(starts), qPrintable(note));
    }

    void anExpiredSubscriptionRefusesNewRunsAndKeepsItsData()
    {
        TestEnv env(false);
        WorkspaceSpec spec = Fixtures::payAsYouGoSpec(QStringLiteral("expiring"));
        spec.billing = ProductSpec::Subscription;
        spec.durationMonths = 1;
        spec.cuQuota = 100;
        const Identity owner = env.services->account.owner().value();
        const Result<Workspace> w = env.services->workspaces.create(owner, spec);
        QVERIFY2(w.ok(), qPrintable(w.text()));
        env.clock.set(w->readyAtMs);
        QVERIFY(env.services->workspaces.advanceStatuses().ok());
        const Result<JobRun> before = env.services->jobs.runJob(owner, w->id, Fixtures::jobRequest(QStringLiteral("etl")));
        QVERIFY2(before.ok(), qPrintable(before.text()));

        QVERIFY(setExpiry(env, w->id, env.clock.nowMs() + Hour));
        env.clock.advance(2 * Hour);
        const Result<JobRun> after = env.services->jobs.runJob(owner, w->id, Fixtures::jobRequest(QStringLiteral("etl")));
        QVERIFY(!after.ok());
        QVERIFY(after.has(ErrorCode::Expired));
        QVERIFY2(after.text().contains(QStringLiteral("Renew")), qPrintable(after.text()));
        QVERIFY(!env.services->jobs.checkAcceptsRuns(w->id).ok());
        // Data and members are kept.
        QCOMPARE(env.services->jobs.jobs(w->id).value().size(), 1);
        QVERIFY(env.services->members.list(w->id).ok());
        QVERIFY(!env.services->members.list(w->id).value().isEmpty());
    }
};

QTEST_MAIN(tst_SubscriptionState)
#include "tst_subscriptionstate.moc"
