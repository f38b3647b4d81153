#include "models/DeletionService.h"

#include "models/BillingService.h"
#include "models/Checked.h"
#include "models/Database.h"
#include "models/JobService.h"
#include "models/Permissions.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceService.h"

#include <QSqlQuery>
#include <algorithm>
#include <QVariant>

#include <limits>

namespace {

bool isTrimmedSpace(QChar c)
{
    // QChar::isSpace() covers tabs, line breaks and every Unicode space separator, including the
    // ideographic space U+3000 an IME types; listed explicitly because the spec names it.
    return c.isSpace() || c == QChar(0x3000);
}

QString trimmedIncludingIdeographicSpace(const QString &s)
{
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && isTrimmedSpace(s.at(begin)))
        ++begin;
    while (end > begin && isTrimmedSpace(s.at(end - 1)))
        --end;
    return s.mid(begin, end - begin);
}

Result<int> countRows(Database &db, const QString &table, const QString &workspaceId)
{
    const QString failed = DeletionService::tr("Could not read what the workspace contains.");
    QSqlQuery q(db.connection());
    if (Status s = Database::exec(q, QStringLiteral("SELECT count(*) FROM %1 WHERE workspace_id = ?").arg(table),
                                  {workspaceId}, failed);
        !s.ok())
        return s;
    const Result<bool> row = Database::next(q, failed);
    if (!row.ok())
        return Status(row);
    return row.value() ? Checked::toInt(q.value(0).toLongLong()) : 0;
}

} // namespace

bool DeletionService::confirmationMatches(const QString &typed, const QString &name)
{
    if (name.isEmpty())
        return false;
    return trimmedIncludingIdeographicSpace(typed).normalized(QString::NormalizationForm_C)
        == name.normalized(QString::NormalizationForm_C);
}

Status DeletionService::activeRunsError(const QString &workspaceName, const QList<JobRun> &activeRuns,
                                        bool unsubscribing)
{
    QStringList names;
    for (const JobRun &r : activeRuns)
        names << tr("%1 (%2, run %3)").arg(r.jobName, ProductSpec::runStateName(r.state), r.id);
    const int n = int(activeRuns.size());
    // The document: "If a job is running in the workspace, the system reports an error and
    // prompts you to stop the job before you can delete the workspace."
    const QString message = unsubscribing
        ? tr("A job is running in workspace %1, so it cannot be unsubscribed. Stop the %n active job run(s) "
             "first: %2.", nullptr, n).arg(workspaceName, names.join(tr(", ")))
        : tr("A job is running in workspace %1, so it cannot be deleted. Stop the %n active job run(s) "
             "first: %2.", nullptr, n).arg(workspaceName, names.join(tr(", ")));
    return Status::failure(Field::General, message, ErrorCode::ActiveJobs);
}

Result<DeletionPreview> DeletionService::preview(const QString &workspaceId) const
{
    const Result<Workspace> w = m_workspaces.find(workspaceId);
    if (!w.ok())
        return Status(w);
    DeletionPreview p;
    p.workspace = *w;
    const Result<QList<JobRun>> active = m_jobs.activeRuns(workspaceId);
    if (!active.ok())
        return Status(active);
    p.activeRuns = active.value();
    for (const auto &[table, count] : {std::pair{QStringLiteral("jobs"), &p.jobCount},
                                       std::pair{QStringLiteral("job_runs"), &p.runCount},
                                       std::pair{QStringLiteral("members"), &p.memberCount},
                                       std::pair{QStringLiteral("queues"), &p.queueCount}}) {
        const Result<int> n = countRows(m_db, table, workspaceId);
        if (!n.ok())
            return Status(n);
        *count = n.value();
    }
    if (w->billing == ProductSpec::Subscription) {
        const Result<QList<Order>> orders = m_billing.orders(workspaceId);
        if (!orders.ok())
            return Status(orders);
        // The refund is computed from the net of every order, so every order is listed.
        p.orders = orders.value(); // newest first
        std::reverse(p.orders.begin(), p.orders.end());
        const Result<Quote> quote = quoteRefund(workspaceId);
        if (!quote.ok())
            return Status(quote);
        p.paidCents = quote->inputs.netPaidCents;
        p.subscribedMs = quote->subscribedMs;
        p.usedMs = quote->usedMs;
        p.refundCents = -quote->amountCents;
        p.refundQuote = quote.value();
    }
    return p;
}

Result<Quote> DeletionService::quoteRefund(const QString &workspaceId) const
{
    const Result<Workspace> w = m_workspaces.find(workspaceId);
    if (!w.ok())
        return Status(w);
    if (w->billing != ProductSpec::Subscription)
        return Result<Quote>::failure(Field::Billing,
                                      tr("%1 is a pay-as-you-go workspace: it has no subscription to "
                                         "unsubscribe from. Delete it instead.").arg(w->name),
                                      ErrorCode::Conflict);
    const Result<QList<Order>> orders = m_billing.orders(workspaceId);
    if (!orders.ok())
        return Status(orders);
    const Result<qint64> paid = m_billing.netPaidCents(workspaceId);
    if (!paid.ok())
        return Status(paid);
    Quote q;
    q.inputs.orderType = ProductSpec::OrderRefund;
    q.inputs.workspaceId = workspaceId;
    q.inputs.region = w->region;
    q.inputs.billing = w->billing;
    q.inputs.cuBefore = w->cuQuota;
    q.inputs.cuAfter = 0;
    q.inputs.periodStartMs = w->subscribedAtMs;
    q.inputs.periodEndMs = w->expiresAtMs;
    q.inputs.netPaidCents = paid.value();
    // Oldest first; an order added since (another instance's upgrade, a renewal) changes the refund.
    for (auto it = orders->crbegin(); it != orders->crend(); ++it)
        q.inputs.orderIds << it->id;
    q.quotedAtMs = m_clock.nowMs();
    q.subscribedMs = std::max<qint64>(0, Checked::sub(w->expiresAtMs, w->subscribedAtMs));
    q.usedMs = qBound<qint64>(0, Checked::sub(q.quotedAtMs, w->subscribedAtMs), q.subscribedMs);
    q.amountCents = -Pricing::unsubscribeRefundCents(paid.value(), q.usedMs, q.subscribedMs);
    return q;
}

Result<Workspace> DeletionService::check(const Identity &who, const QString &workspaceId,
                                         const QString &typedConfirmation, const QString &expectedBilling) const
{
    if (Status s = Permissions::canManageWorkspaces(who); !s.ok())
        return s;
    const Result<Workspace> w = m_workspaces.find(workspaceId);
    if (!w.ok())
        return w;
    if (w->billing != expectedBilling) {
        if (w->billing == ProductSpec::Subscription)
            return Result<Workspace>::failure(Field::Billing,
                                              tr("%1 is a subscription workspace: unsubscribe from its order to "
                                                 "delete it.").arg(w->name),
                                              ErrorCode::Conflict);
        return Result<Workspace>::failure(Field::Billing,
                                          tr("%1 is a pay-as-you-go workspace: it has no subscription to "
                                             "unsubscribe from. Delete it instead.").arg(w->name),
                                          ErrorCode::Conflict);
    }
    if (!confirmationMatches(typedConfirmation, w->name))
        return Result<Workspace>::failure(Field::Confirmation,
                                          tr("The name you entered does not match. Enter the workspace name %1 "
                                             "exactly as shown.").arg(w->name));
    return *w;
}

Status DeletionService::deleteWithinTransaction(const Workspace &w, bool unsubscribing)
{
    // The guard and the delete share one transaction: a run submitted after the dialog opened,
    // or by another instance a moment ago, still blocks. Runs that have ended by now do not.
    if (Status s = m_jobs.advanceWithinTransaction(w.id); !s.ok())
        return s;
    const Result<QList<JobRun>> active = m_jobs.activeRuns(w.id);
    if (!active.ok())
        return active;
    if (!active->isEmpty())
        return activeRunsError(w.name, active.value(), unsubscribing);
    return deleteRow(w);
}

Status DeletionService::releaseWithinTransaction(const Workspace &w)
{
    return deleteRow(w);
}

Status DeletionService::deleteRow(const Workspace &w)
{
    // Jobs, runs, members, queues, tags and catalog bindings go by ON DELETE CASCADE; the DLF
    // catalog, the OSS directory and the orders are not the workspace's to delete.
    QSqlQuery q(m_db.connection());
    if (Status s = Database::exec(q, QStringLiteral("DELETE FROM workspaces WHERE id = ?"), {w.id},
                                  Database::changeNotSaved());
        !s.ok())
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(Field::General, tr("This workspace no longer exists."), ErrorCode::NotFound);
    m_db.noteChange(Change::Kind::WorkspaceRemoved, w.id);
    return {};
}

Status DeletionService::deleteWorkspace(const Identity &who, const QString &workspaceId, const QString &typedConfirmation)
{
    if (Status s = check(who, workspaceId, typedConfirmation, ProductSpec::PayAsYouGo); !s.ok())
        return s;
    return m_db.write([&]() -> Status {
        const Result<Workspace> w = check(who, workspaceId, typedConfirmation, ProductSpec::PayAsYouGo);
        if (!w.ok())
            return w;
        return deleteWithinTransaction(w.value(), false);
    });
}

Result<Order> DeletionService::unsubscribe(const Identity &who, const QString &workspaceId,
                                          const QString &typedConfirmation, const Quote &quote,
                                          std::optional<Quote> *requote)
{
    return unsubscribe(who, workspaceId, typedConfirmation, &quote, requote);
}

Result<Order> DeletionService::unsubscribe(const Identity &who, const QString &workspaceId,
                                          const QString &typedConfirmation)
{
    return unsubscribe(who, workspaceId, typedConfirmation, nullptr, nullptr);
}

Result<Order> DeletionService::unsubscribe(const Identity &who, const QString &workspaceId,
                                          const QString &typedConfirmation, const Quote *shown,
                                          std::optional<Quote> *requote)
{
    if (requote)
        requote->reset();
    if (Status s = check(who, workspaceId, typedConfirmation, ProductSpec::Subscription); !s.ok())
        return s;
    if (shown && (shown->inputs.orderType != ProductSpec::OrderRefund || shown->inputs.workspaceId != workspaceId))
        return Result<Order>::failure(Field::Quote, tr("This refund is not the one of this workspace."));
    Order refund;
    const Status s = m_db.write([&]() -> Status {
        if (requote)
            requote->reset();
        const Result<Workspace> w = check(who, workspaceId, typedConfirmation, ProductSpec::Subscription);
        if (!w.ok())
            return w;
        const Result<Quote> fresh = quoteRefund(w->id);
        if (!fresh.ok())
            return fresh;
        // Guard first, so active runs are named before a price is questioned (the rollback undoes
        // the delete when the quote is refused).
        if (Status d = deleteWithinTransaction(w.value(), true); !d.ok())
            return d;
        // Without a shown quote the caller takes the refund as it is now.
        const Quote &quote = shown ? *shown : fresh.value();
        if (Status same = Quote::confirm(quote, fresh.value(), m_clock.nowMs(), requote); !same.ok())
            return same;
        // Exactly the refund the user confirmed, never recomputed at this later moment.
        const Result<Order> recorded = m_billing.record(
            Order::about(w->id, w->name, ProductSpec::OrderRefund, w->cuQuota, 0, quote.amountCents, m_clock.nowMs()));
        if (!recorded.ok())
            return recorded;
        refund = recorded.value();
        return {};
    });
    if (!s.ok())
        return s;
    return refund;
}
