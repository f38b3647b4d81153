#pragma once

#include "models/Clock.h"
#include "models/Domain.h"
#include "models/Identity.h"
#include "models/Quote.h"
#include "models/Result.h"

#include <QCoreApplication>

class BillingService;
class Database;
class JobService;
class WorkspaceService;

// Subscription upgrade/downgrade with price difference and pay-as-you-go quota changes (spec §4, issue 5).
//
// Queues (decision): a workspace's queues share its CU quota (spec §6: their sum never exceeds it).
// - When the quota grows, root_queue grows by the difference, so the extra CUs are usable at once.
// - When the quota shrinks, the change is refused if the job runs that hold CUs right now (state
//   Running or Cancelling) use more than the new quota; otherwise queues shrink until their sum
//   fits: root_queue first, then dev_queue, then any other queue by name, each down to what its
//   own running jobs use. Queues whose sum already fits are left alone.
class QuotaService
{
    Q_DECLARE_TR_FUNCTIONS(QuotaService)

public:
    enum class Direction { Upgrade, Downgrade };

    // One queue's CUs before and after a quota change, and what its running jobs hold.
    struct QueueChange
    {
        QString name;
        qint64 before = 0;
        qint64 after = 0;
        qint64 inUse = 0;
    };

    // What a quota change does to the queues, in the order of the rule above (root_queue,
    // dev_queue, then the others by name). The dialogs show it before Buy Now / OK and the change
    // applies exactly this plan, so what is shown is what happens. Refused (Field::CuQuota,
    // Conflict) with the reason when the queues' running jobs cannot fit in newQuota.
    Result<QList<QueueChange>> queuePlan(const QString &workspaceId, int newQuota) const;
    // The same on plain values: queues with their current CUs and in-use CUs, in any order.
    static Result<QList<QueueChange>> planQueues(QList<QueueChange> queues, int oldQuota, int newQuota);
    // "root_queue: 160 → 60 CUs", one line per queue that changes; "The queues stay as they are."
    // when none does.
    static QString planText(const QList<QueueChange> &plan);

    // What the Upgrade/Downgrade page shows before the user buys.
    struct SubscriptionPreview
    {
        Workspace workspace;
        Direction direction = Direction::Upgrade;
        int currentCu = 0;
        qint64 remainingSeconds = 0; // until expires_at, 0 once expired
        int minCu = 0;               // allowed range of the new CU quota for this direction;
        int maxCu = 0;               // empty (min > max) when the quota is already at its limit
        qint64 inUseCu = 0;          // CUs held by running job runs right now
        bool expired = false;
        Status blocked;              // why nothing can be changed (expired, at the limit), or ok

        bool hasRange() const { return minCu <= maxCu; }
    };

    QuotaService(Database &db, const Clock &clock, const WorkspaceService &workspaces, JobService &jobs,
                 BillingService &billing)
        : m_db(db), m_clock(clock), m_workspaces(workspaces), m_jobs(jobs), m_billing(billing)
    {}

    // Current quota, remaining time, allowed range and in-use CUs of a subscription workspace.
    // Fails for an unknown or pay-as-you-go workspace.
    Result<SubscriptionPreview> previewSubscriptionChange(const QString &workspaceId, Direction direction) const;
    // Price difference of changing currentCu to newCu for the time left until expiresAtMs, as of
    // now: positive = the customer pays, negative = refund (spec §4).
    qint64 priceDifferenceCents(const QString &region, int currentCu, int newCu, qint64 expiresAtMs) const;
    qint64 remainingSeconds(qint64 expiresAtMs) const;

    // The price of changing the subscription quota to newCu now, as the dialog shows it before Buy
    // Now / Downgrade. Refused like the change itself for an expired subscription or a CU quota
    // outside the direction's range (the running-jobs and queue checks come when buying).
    Result<Quote> quoteSubscriptionChange(const QString &workspaceId, Direction direction, int newCu) const;

    // Buys the quote the user saw: inside one transaction it renews what is due, recomputes the
    // quote and re-validates everything, changes cu_quota (expiry unchanged), adjusts the queues
    // and records an Upgrade (payment) or Downgrade (refund, negative amount) order of exactly
    // quote.amountCents. A quote whose inputs changed or that is older than Quote::ValidityMs is
    // refused (Field::Quote, ErrorCode::Conflict) with nothing changed, and *requote gets the
    // quote that is valid now.
    Result<Order> changeSubscriptionQuota(const Identity &who, const Quote &quote,
                                          std::optional<Quote> *requote = nullptr);
    // Quotes and buys at once, for callers that show no price (seed data, scripts, tests).
    // expectedCurrentCu (>= 0): the current quota the caller assumed; when another app instance
    // has changed it since, nothing is bought (ErrorCode::Conflict), as the price differs.
    Result<Order> changeSubscriptionQuota(const Identity &who, const QString &workspaceId, int newCu,
                                          Direction direction, int expectedCurrentCu = -1);

    // Pay-as-you-go maximum quota: 1-5,000 CUs, not below what running jobs use. No order: pay-as-you-go
    // is billed by use.
    Status setPayAsYouGoQuota(const Identity &who, const QString &workspaceId, int newCu);

    // CUs held right now by the workspace's job runs in state Running or Cancelling.
    Result<qint64> cuInUse(const QString &workspaceId) const;

    // The range rule alone (for live feedback in a dialog); the change functions check it again.
    // Worded as WorkspaceRules::validateCuQuota(): one message for one rule everywhere.
    static Status checkPayAsYouGoRange(int newCu);
    // The new subscription quota against the current one and the subscription range, as
    // changeSubscriptionQuota() checks it (for live feedback in a dialog).
    static Status checkSubscriptionCu(Direction direction, int currentCu, int newCu);

    // Inside the caller's Database::write(): refuses newCu below what running jobs use, then fits
    // the queues to newCu by queuePlan()'s rule (conversion to a subscription, issue 10). The
    // caller changes cu_quota itself.
    Status fitQueuesWithinTransaction(const QString &workspaceId, int newCu) const;

private:
    Status checkNotBelowInUse(const QString &workspaceId, int newCu) const;
    Status resizeQueues(const QString &workspaceId, int newQuota) const;
    Status updateQuota(const QString &workspaceId, int newCu) const;

    Database &m_db;
    const Clock &m_clock;
    const WorkspaceService &m_workspaces;
    JobService &m_jobs;
    BillingService &m_billing;
};
