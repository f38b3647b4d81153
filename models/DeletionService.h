#pragma once

#include "models/Clock.h"
#include "models/Domain.h"
#include "models/Identity.h"
#include "models/Quote.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <optional>

class BillingService;
class Database;
class JobService;
class WorkspaceService;

// What the Delete and Unsubscribe dialogs show before the user confirms.
struct DeletionPreview
{
    Workspace workspace;
    QList<JobRun> activeRuns; // non-empty: the delete will be refused
    int jobCount = 0;
    int runCount = 0;
    int memberCount = 0;
    int queueCount = 0;
    // Subscription only: every order of the workspace, oldest first (the purchase, upgrades,
    // downgrades, renewals: all of them add up to paidCents), what was paid net of earlier
    // refunds, how much of the current period is used, and the refund (spec §4).
    QList<Order> orders;
    qint64 paidCents = 0;
    qint64 usedMs = 0;
    qint64 subscribedMs = 0;
    qint64 refundCents = 0;
    // The refund as a quote (amountCents = -refundCents), handed back to unsubscribe().
    std::optional<Quote> refundQuote;
};

// Deleting a pay-as-you-go workspace and unsubscribing a subscription one, behind the active-job guard (spec §5, issue 4).
class DeletionService
{
    Q_DECLARE_TR_FUNCTIONS(DeletionService)

public:
    DeletionService(Database &db, const Clock &clock, const WorkspaceService &workspaces, JobService &jobs,
                    BillingService &billing)
        : m_db(db), m_clock(clock), m_workspaces(workspaces), m_jobs(jobs), m_billing(billing)
    {}

    // The typed-name rule of spec §5: leading and trailing whitespace removed (the ideographic
    // space U+3000 and line breaks of a paste too), both sides NFC-normalised, then an exact,
    // case-sensitive comparison. An empty name never matches.
    static bool confirmationMatches(const QString &typed, const QString &name);

    Result<DeletionPreview> preview(const QString &workspaceId) const;

    // Deletes a pay-as-you-go workspace and, by cascade, its jobs, runs, members, queues, tags and
    // catalog bindings; keeps the DLF catalog, the OSS directory and the billing history.
    // Refused for a subscription workspace, on a name mismatch, and while a run is active
    // (ErrorCode::ActiveJobs; checked inside the delete's own transaction).
    Status deleteWorkspace(const Identity &who, const QString &workspaceId, const QString &typedConfirmation);

    // The refund of unsubscribing now: net paid minus the used share of the current period
    // (spec §4), from every order of the workspace. Fails for a pay-as-you-go workspace.
    Result<Quote> quoteRefund(const QString &workspaceId) const;

    // Unsubscribes a subscription workspace: records a Refund order of exactly quote.amountCents
    // (the refund the user saw, negative) and deletes the workspace in one
    // transaction, behind the same checks. A quote whose inputs changed (an order was added, the
    // quota or the period changed) or that is older than Quote::ValidityMs is refused
    // (Field::Quote, ErrorCode::Conflict) with nothing changed and *requote set to the refund
    // valid now. Returns the refund order.
    Result<Order> unsubscribe(const Identity &who, const QString &workspaceId, const QString &typedConfirmation,
                              const Quote &quote, std::optional<Quote> *requote = nullptr);
    // Quotes the refund and unsubscribes at once, for callers that show no refund (scripts, tests).
    Result<Order> unsubscribe(const Identity &who, const QString &workspaceId, const QString &typedConfirmation);

    // Releases an expired subscription whose grace period ended (issue 10), inside the caller's
    // Database::write(): the same delete as Delete and Unsubscribe, without the active-runs
    // guard (nobody is there to stop them; the runs go with the workspace). The caller records
    // the Release order.
    Status releaseWithinTransaction(const Workspace &w);

    // The refusal while runs are active: names them and asks to stop them first.
    static Status activeRunsError(const QString &workspaceName, const QList<JobRun> &activeRuns, bool unsubscribing);

private:
    // Permission, existence, billing method and confirmation, checked before and again inside
    // the transaction.
    Result<Workspace> check(const Identity &who, const QString &workspaceId, const QString &typedConfirmation,
                            const QString &expectedBilling) const;
    Status deleteWithinTransaction(const Workspace &w, bool unsubscribing);
    Status deleteRow(const Workspace &w);
    Result<Order> unsubscribe(const Identity &who, const QString &workspaceId, const QString &typedConfirmation,
                              const Quote *quote, std::optional<Quote> *requote);

    Database &m_db;
    const Clock &m_clock;
    const WorkspaceService &m_workspaces;
    JobService &m_jobs;
    BillingService &m_billing;
};
