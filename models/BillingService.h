#pragma once

#include "models/Clock.h"
#include "models/Domain.h"
#include "models/ProductSpec.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

class Database;

// The billing history: every purchase, quota change and refund is an order (spec §4).
class BillingService
{
    Q_DECLARE_TR_FUNCTIONS(BillingService)

public:
    BillingService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Newest first.
    Result<QList<Order>> orders() const;
    Result<QList<Order>> orders(const QString &workspaceId) const;
    // What the customer has paid for a workspace's current subscription, net of refunds.
    Result<qint64> netPaidCents(const QString &workspaceId) const;

    // Records an order; call inside the operation's Database::write(). Fills id and time.
    Result<Order> record(Order order) const;

    // Auto-renew (spec §3; issue 10: by the workspace's period, auto_renew_months): every
    // subscription with auto-renew on whose expiry has passed (within the catch-up window) is
    // extended, its period at a time, until it expires in the future; each step is a Renewal
    // order at the subscription price of those months, dated at the moment the subscription
    // renewed. One transaction; returns the ids of renewed workspaces.
    Result<QStringList> renewDueSubscriptions();
    // The same inside the caller's Database::write() (e.g. before a quota change is checked).
    Status renewDueSubscriptionsInTransaction(QStringList *renewed = nullptr) const;
    // The expiry an auto-renewing subscription will have once renewDueSubscriptions() has run;
    // expiresAtMs unchanged without auto-renew or before it has passed.
    // Past ProductSpec::RenewCatchUpWindowMs the subscription stays expired.
    static qint64 renewedExpiryMs(qint64 expiresAtMs, bool autoRenew, qint64 nowMs,
                                  int periodMonths = ProductSpec::RenewMonths);
    static qint64 renewedExpiryMs(const Workspace &w, qint64 nowMs)
    {
        return renewedExpiryMs(w.expiresAtMs, w.autoRenew, nowMs, w.autoRenewMonths);
    }
    // Whether an auto-renewing subscription that expired at expiresAtMs still renews at nowMs.
    static bool withinCatchUpWindow(qint64 expiresAtMs, qint64 nowMs);

    // The scheduler's questions: when a subscription next expires or renews (now when a renewal
    // is due already), and which subscriptions expired in (fromMs, toMs] (their Status turns
    // Expired without any write).
    Result<std::optional<qint64>> nextExpiryAt() const;
    Result<QStringList> expiredBetween(qint64 fromMs, qint64 toMs) const;
    static QString newOrderId();

private:
    Database &m_db;
    const Clock &m_clock;
};
