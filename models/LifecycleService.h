#pragma once

#include "models/Clock.h"
#include "models/Domain.h"
#include "models/Identity.h"
#include "models/QuotaService.h"
#include "models/Quote.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

class BillingService;
class Database;
class DeletionService;
class WorkspaceService;

// A subscription's life after its purchase (issue 10): Renew, the auto-renew setting, conversion
// of a pay-as-you-go workspace to a subscription, and the release of an expired subscription once
// its grace period (ProductSpec::ExpiredGracePeriodMs) has ended. Prices are Quotes (models/Quote.h):
// what the dialog showed is what is recorded, and a quote whose inputs changed or that is too old
// is refused with the fresh one. The state rules themselves are SubscriptionState.
//
// Decisions:
// - Renew extends from the current expiry by calendar months (Pricing::expiryMs, UTC). An expired
//   (not yet released) subscription is renewed from the moment of renewal instead: the days it
//   could not run jobs are not charged. Either way the period start (subscribed_at) stays, so a
//   later refund counts the gap as used and never pays back more than was paid.
// - Turning auto-renew on is refused for an expired subscription: the catch-up would charge at
//   once without a price on screen. Renew shows the price and restores it.
// - Conversion records a New order (cu_before 0, like a purchase) and starts the subscription now;
//   the workspace keeps its ID, jobs, members and queues (fitted to the new quota as a quota
//   change fits them).
// - Release records a Release order of 0 (cu_before: the quota, cu_after 0) dated when the grace
//   period ended, and deletes the workspace by DeletionService's delete; active runs go with it.
class LifecycleService
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleService)

public:
    LifecycleService(Database &db, const Clock &clock, const WorkspaceService &workspaces, QuotaService &quotas,
                     DeletionService &deletion, BillingService &billing)
        : m_db(db), m_clock(clock), m_workspaces(workspaces), m_quotas(quotas), m_deletion(deletion),
          m_billing(billing)
    {}

    // Renew durations: 1-9 months, 1-3 years (the purchase durations).
    static QList<int> renewalMonths();
    // The expiry a renewal of months gives at nowMs (see the decision above).
    static qint64 renewedExpiryMs(qint64 expiresAtMs, int months, qint64 nowMs);
    static Status checkRenewalMonths(int months);
    static Status checkAutoRenewPeriod(int months);

    // The price of renewing for months now: monthly unit price x CU x months.
    Result<Quote> quoteRenewal(const QString &workspaceId, int months) const;
    // Buys the renewal the user saw: one transaction renews what auto-renew had due, recomputes
    // and confirms the quote, moves the expiry and records a Renewal order of quote.amountCents.
    Result<Order> renew(const Identity &who, const Quote &quote, std::optional<Quote> *requote = nullptr);
    // Quotes and renews at once (tests, scripts).
    Result<Order> renew(const Identity &who, const QString &workspaceId, int months);

    // Auto-renew on or off, and its period (ProductSpec::autoRenewPeriods()). No order.
    Status setAutoRenew(const Identity &who, const QString &workspaceId, bool on, int periodMonths);

    // Conversion of a pay-as-you-go workspace: the price (a New order) and the queue plan.
    Result<Quote> quoteConversion(const QString &workspaceId, int months, int cu) const;
    Result<QList<QuotaService::QueueChange>> conversionPlan(const QString &workspaceId, int cu) const;
    // Converts with the quote the user saw; the workspace keeps its ID, jobs and members.
    Result<Order> convertToSubscription(const Identity &who, const Quote &quote, bool autoRenew,
                                        int autoRenewMonths, std::optional<Quote> *requote = nullptr);

    // The scheduler's part: releases every subscription whose grace period has ended, in one
    // transaction; returns their ids. Reads first and writes only when one is due.
    Result<QStringList> releaseDue();
    // When the next release falls due (now when one is due already); nullopt: none.
    Result<std::optional<qint64>> nextReleaseAt() const;

private:
    Result<Workspace> subscription(const QString &workspaceId) const;

    Database &m_db;
    const Clock &m_clock;
    const WorkspaceService &m_workspaces;
    QuotaService &m_quotas;
    DeletionService &m_deletion;
    BillingService &m_billing;
};
