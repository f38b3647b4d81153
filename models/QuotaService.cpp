#include "models/QuotaService.h"

#include "models/Format.h"
#include "models/WorkspaceRules.h"

#include "models/JobService.h"

#include "models/BillingService.h"
#include "models/Database.h"
#include "models/Permissions.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/WorkspaceService.h"
#include "models/Checked.h"
#include "models/DomainText.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

qint64 QuotaService::remainingSeconds(qint64 expiresAtMs) const
{
    const qint64 left = expiresAtMs - m_clock.nowMs();
    // Whole seconds: a part-second left is not charged.
    return left > 0 ? left / 1000 : 0;
}

qint64 QuotaService::priceDifferenceCents(const QString &region, int currentCu, int newCu, qint64 expiresAtMs) const
{
    return Pricing::quotaChangeCents(region, currentCu, newCu, remainingSeconds(expiresAtMs));
}

Result<qint64> QuotaService::cuInUse(const QString &workspaceId) const
{
    // One rule for what holds CUs, the scheduler's (RunScheduler::holdsCapacity): a run stopped
    // before it started is Cancelling but holds nothing, and must not block a smaller quota.
    const Result<QHash<QString, qint64>> byQueue = m_jobs.cuInUseByQueue(workspaceId);
    if (!byQueue.ok())
        return Status(byQueue);
    qint64 sum = 0;
    for (const qint64 cu : byQueue.value())
        sum = Checked::add(sum, cu);
    return sum;
}

Status QuotaService::checkPayAsYouGoRange(int newCu)
{
    return WorkspaceRules::validateCuQuota(ProductSpec::PayAsYouGo, newCu);
}

Status QuotaService::checkSubscriptionCu(Direction direction, int currentCu, int newCu)
{
    if (direction == Direction::Upgrade && newCu <= currentCu)
        return Status::failure(Field::CuQuota,
                               tr("An upgrade needs a CU quota above the current %1 CUs.").arg(Format::number(currentCu)));
    if (direction == Direction::Downgrade && newCu >= currentCu)
        return Status::failure(Field::CuQuota,
                               tr("A downgrade needs a CU quota below the current %1 CUs.").arg(Format::number(currentCu)));
    return WorkspaceRules::validateCuQuota(ProductSpec::Subscription, newCu);
}

Result<QuotaService::SubscriptionPreview> QuotaService::previewSubscriptionChange(const QString &workspaceId,
                                                                                   Direction direction) const
{
    const Result<Workspace> w = m_workspaces.find(workspaceId);
    if (!w.ok())
        return Status(w);
    if (w->billing != ProductSpec::Subscription)
        return Result<SubscriptionPreview>::failure(
            Field::Billing, tr("%1 is billed pay-as-you-go; only subscription workspaces have a subscription quota.")
                                .arg(w->name));
    SubscriptionPreview p;
    p.workspace = *w;
    // An auto-renewing subscription renews when it expires (BillingService::renewDueSubscriptions()
    // runs every second and before a change); until then show the expiry it is about to get.
    p.workspace.expiresAtMs = BillingService::renewedExpiryMs(*w, m_clock.nowMs());
    p.direction = direction;
    p.currentCu = w->cuQuota;
    p.remainingSeconds = remainingSeconds(p.workspace.expiresAtMs);
    const Result<qint64> inUse = cuInUse(workspaceId);
    if (!inUse.ok())
        return Status(inUse);
    p.inUseCu = inUse.value();
    p.expired = m_clock.nowMs() >= p.workspace.expiresAtMs;
    const ProductSpec::CuRange range = ProductSpec::cuRange(ProductSpec::Subscription);
    if (direction == Direction::Upgrade) {
        p.minCu = Checked::toInt(std::max<qint64>(range.min, qint64(w->cuQuota) + 1));
        p.maxCu = range.max;
    } else {
        p.minCu = range.min;
        p.maxCu = Checked::toInt(std::min<qint64>(range.max, qint64(w->cuQuota) - 1));
    }
    if (p.expired)
        p.blocked = Status::failure(Field::General,
                                    tr("The subscription of %1 expired on %2. An expired subscription cannot be "
                                       "upgraded or downgraded; renew it first.")
                                        .arg(w->name, Format::dateTime(w->expiresAtMs)),
                                    ErrorCode::Expired);
    else if (!p.hasRange())
        p.blocked = Status::failure(Field::CuQuota,
                                    direction == Direction::Upgrade
                                        ? tr("%1 already has the largest subscription quota, %2 CUs.")
                                              .arg(w->name, Format::number(range.max))
                                        : tr("%1 already has the smallest subscription quota, %2 CUs.")
                                              .arg(w->name, Format::number(range.min)));
    return p;
}

Status QuotaService::checkNotBelowInUse(const QString &workspaceId, int newCu) const
{
    // Runs that ended while nobody was looking (the app was closed) must not count: bring them up
    // to date inside this transaction first, as the delete guard does.
    if (Status s = m_jobs.advanceWithinTransaction(workspaceId); !s.ok())
        return s;
    const Result<qint64> used = cuInUse(workspaceId);
    if (!used.ok())
        return used;
    const qint64 inUse64 = used.value();
    if (newCu >= inUse64)
        return {};
    const int inUse = Checked::toInt(inUse64);
    return Status::failure(Field::CuQuota,
                           tr("Running jobs use %Ln CU(s) of this workspace right now, more than the new quota allows "
                              "(%1). Choose at least %Ln CU(s), or stop jobs first.",
                              nullptr, inUse)
                               .arg(Format::number(newCu)),
                           ErrorCode::Conflict);
}

Result<QList<QuotaService::QueueChange>> QuotaService::planQueues(QList<QueueChange> queues, int oldQuota,
                                                                 int newQuota)
{
    // root_queue first, then dev_queue, then the others by name.
    const auto rank = [](const QString &name) {
        return name == ProductSpec::RootQueue ? 0 : name == ProductSpec::DevQueue ? 1 : 2;
    };
    std::sort(queues.begin(), queues.end(), [&](const QueueChange &a, const QueueChange &b) {
        return rank(a.name) != rank(b.name) ? rank(a.name) < rank(b.name) : a.name < b.name;
    });
    for (QueueChange &r : queues)
        r.after = r.before;
    if (newQuota > oldQuota) {
        if (!queues.isEmpty() && queues.first().name == ProductSpec::RootQueue)
            queues.first().after = Checked::add(queues.first().after, qint64(newQuota) - oldQuota);
        return queues;
    }
    // Sums of crafted, huge CUs saturate, so one pass can leave too much: take again from the
    // recomputed sum until the queues fit or nothing more can be taken.
    for (;;) {
        qint64 sum = 0;
        for (const QueueChange &r : std::as_const(queues))
            sum = Checked::add(sum, r.after);
        qint64 excess = Checked::sub(sum, newQuota);
        if (excess <= 0)
            return queues;
        bool took = false;
        for (QueueChange &r : queues) {
            if (excess <= 0)
                break;
            // A queue never goes below what its running jobs hold: a cap caps runs.
            const qint64 take = std::min(excess, std::max<qint64>(0, Checked::sub(r.after, r.inUse)));
            if (take == 0)
                continue;
            r.after -= take;
            excess -= take;
            took = true;
        }
        if (!took)
            break;
    }
    QStringList holding;
    for (const QueueChange &r : std::as_const(queues))
        if (r.inUse > 0)
            holding << tr("%1: %2 CUs").arg(r.name, Format::number(r.inUse));
    return Result<QList<QueueChange>>::failure(
        Field::CuQuota,
        tr("The queues cannot shrink to %1 CUs: running jobs hold %2 (no queue can go below what its running "
           "jobs hold). Choose more CUs, or stop jobs first.")
            .arg(Format::number(newQuota), holding.join(tr(", "))),
        ErrorCode::Conflict);
}

QString QuotaService::planText(const QList<QueueChange> &plan)
{
    QStringList lines;
    for (const QueueChange &r : plan)
        if (r.after != r.before)
            lines << tr("%1: %2 → %3 CUs").arg(r.name, Format::number(r.before), Format::number(r.after));
    return lines.isEmpty() ? tr("The queues stay as they are.") : lines.join(QLatin1Char('\n'));
}

Result<QList<QuotaService::QueueChange>> QuotaService::queuePlan(const QString &workspaceId, int newQuota) const
{
    const Result<Workspace> w = m_workspaces.find(workspaceId);
    if (!w.ok())
        return Status(w);
    const Result<QHash<QString, qint64>> used = m_jobs.cuInUseByQueue(workspaceId);
    if (!used.ok())
        return Status(used);
    const QString failed = tr("Could not read the queues of the workspace.");
    QList<QueueChange> queues;
    QSqlQuery q(m_db.connection());
    if (Status s = Database::exec(q, QStringLiteral("SELECT name, cu FROM queues WHERE workspace_id = ?"), {workspaceId},
                                  failed);
        !s.ok())
        return s;
    while (q.next())
        queues.append({q.value(0).toString(), q.value(1).toLongLong(), 0, used->value(q.value(0).toString())});
    if (Status s = Database::fetched(q, failed); !s.ok())
        return s;
    return planQueues(queues, w->cuQuota, newQuota);
}

Status QuotaService::resizeQueues(const QString &workspaceId, int newQuota) const
{
    const Result<QList<QueueChange>> plan = queuePlan(workspaceId, newQuota);
    if (!plan.ok())
        return plan;
    m_db.noteChange(Change::Kind::Queues, workspaceId);
    QSqlQuery q(m_db.connection());
    for (const QueueChange &r : plan.value()) {
        if (r.after == r.before)
            continue;
        if (Status s = Database::exec(q, QStringLiteral("UPDATE queues SET cu = ? WHERE workspace_id = ? AND name = ?"),
                                      {r.after, workspaceId, r.name}, Database::changeNotSaved());
            !s.ok())
            return s;
    }
    return {};
}

Status QuotaService::fitQueuesWithinTransaction(const QString &workspaceId, int newCu) const
{
    if (Status used = checkNotBelowInUse(workspaceId, newCu); !used.ok())
        return used;
    return resizeQueues(workspaceId, newCu);
}

Status QuotaService::updateQuota(const QString &workspaceId, int newCu) const
{
    m_db.noteChange(Change::Kind::WorkspaceChanged, workspaceId);
    QSqlQuery q(m_db.connection());
    return Database::exec(q, QStringLiteral("UPDATE workspaces SET cu_quota = ? WHERE id = ?"), {newCu, workspaceId},
                          Database::changeNotSaved());
}

Result<Quote> QuotaService::quoteSubscriptionChange(const QString &workspaceId, Direction direction, int newCu) const
{
    const auto preview = previewSubscriptionChange(workspaceId, direction);
    if (!preview.ok())
        return Status(preview);
    const SubscriptionPreview &p = preview.value();
    if (p.expired)
        return p.blocked;
    if (Status range = checkSubscriptionCu(direction, p.currentCu, newCu); !range.ok())
        return range;
    Quote q;
    q.inputs.orderType = direction == Direction::Upgrade ? ProductSpec::OrderUpgrade : ProductSpec::OrderDowngrade;
    q.inputs.workspaceId = workspaceId;
    q.inputs.region = p.workspace.region;
    q.inputs.billing = p.workspace.billing;
    q.inputs.cuBefore = p.currentCu;
    q.inputs.cuAfter = newCu;
    q.inputs.periodStartMs = p.workspace.subscribedAtMs;
    // The expiry an auto-renewal due by now gives it: the renewal itself is its own order.
    q.inputs.periodEndMs = p.workspace.expiresAtMs;
    q.inputs.unitMicroUsd = Pricing::subscriptionMicroUsdPerCuMonth(p.workspace.region);
    q.quotedAtMs = m_clock.nowMs();
    q.remainingSeconds = p.remainingSeconds;
    q.amountCents = Pricing::quotaChangeCents(p.workspace.region, p.currentCu, newCu, p.remainingSeconds);
    if (direction == Direction::Downgrade) {
        // The formula prices a month as 30 days, so a period longer than that (a 31-day month
        // bought today) refunds more than was paid for it when the quota drops far: a refund
        // never takes more than the subscription's orders add up to (net paid stays >= 0).
        const Result<qint64> paid = m_billing.netPaidCents(workspaceId);
        if (!paid.ok())
            return Status(paid);
        q.inputs.netPaidCents = paid.value();
        q.amountCents = std::max(q.amountCents, -std::max<qint64>(0, paid.value()));
    }
    return q;
}

Result<Order> QuotaService::changeSubscriptionQuota(const Identity &who, const Quote &quote,
                                                    std::optional<Quote> *requote)
{
    if (requote)
        requote->reset();
    if (Status allowed = Permissions::canManageWorkspaces(who); !allowed.ok())
        return allowed;
    const QString &type = quote.inputs.orderType;
    if (type != ProductSpec::OrderUpgrade && type != ProductSpec::OrderDowngrade)
        return Result<Order>::failure(Field::Quote, tr("This price is not for a subscription quota change."));
    const Direction direction = type == ProductSpec::OrderUpgrade ? Direction::Upgrade : Direction::Downgrade;
    const QString &workspaceId = quote.inputs.workspaceId;
    const int newCu = quote.inputs.cuAfter;
    Order order;
    const Status s = m_db.write([&]() -> Status {
        if (requote)
            requote->reset();
        // A subscription that auto-renewed since it was shown is charged for its renewed term.
        if (Status renewed = m_billing.renewDueSubscriptionsInTransaction(); !renewed.ok())
            return renewed;
        const Result<Quote> fresh = quoteSubscriptionChange(workspaceId, direction, newCu);
        if (!fresh.ok())
            return fresh;
        if (Status same = Quote::confirm(quote, fresh.value(), m_clock.nowMs(), requote); !same.ok())
            return same;
        if (direction == Direction::Downgrade) {
            if (Status used = checkNotBelowInUse(workspaceId, newCu); !used.ok())
                return used;
        }
        if (Status q = resizeQueues(workspaceId, newCu); !q.ok())
            return q;
        if (Status u = updateQuota(workspaceId, newCu); !u.ok())
            return u;

        const Result<Workspace> w = m_workspaces.find(workspaceId);
        if (!w.ok())
            return w;
        // Exactly what the user confirmed, never recomputed at this later moment.
        const Result<Order> recorded = m_billing.record(
            Order::about(workspaceId, w->name, type, quote.inputs.cuBefore, newCu, quote.amountCents));
        if (!recorded.ok())
            return recorded;
        order = recorded.value();
        return {};
    });
    if (!s.ok())
        return s;
    return order;
}

Result<Order> QuotaService::changeSubscriptionQuota(const Identity &who, const QString &workspaceId, int newCu,
                                                    Direction direction, int expectedCurrentCu)
{
    if (Status allowed = Permissions::canManageWorkspaces(who); !allowed.ok())
        return allowed;
    const auto preview = previewSubscriptionChange(workspaceId, direction);
    if (!preview.ok())
        return Status(preview);
    if (!preview->expired && expectedCurrentCu >= 0 && preview->currentCu != expectedCurrentCu)
        return Status::failure(Field::General,
                               tr("The CU quota of %1 was changed to %2 CUs elsewhere after this page opened. "
                                  "Check the new price difference, then buy again.")
                                   .arg(preview->workspace.name, Format::number(preview->currentCu)),
                               ErrorCode::Conflict);
    const Result<Quote> quote = quoteSubscriptionChange(workspaceId, direction, newCu);
    if (!quote.ok())
        return Status(quote);
    return changeSubscriptionQuota(who, quote.value());
}

Status QuotaService::setPayAsYouGoQuota(const Identity &who, const QString &workspaceId, int newCu)
{
    if (Status allowed = Permissions::canManageWorkspaces(who); !allowed.ok())
        return allowed;
    if (Status range = checkPayAsYouGoRange(newCu); !range.ok())
        return range;
    return m_db.write([&]() -> Status {
        const Result<Workspace> w = m_workspaces.find(workspaceId);
        if (!w.ok())
            return w;
        if (w->billing != ProductSpec::PayAsYouGo)
            return Status::failure(Field::Billing,
                                   tr("%1 is a subscription workspace; change its quota with Upgrade or Downgrade "
                                      "Subscription Quota.")
                                       .arg(w->name));
        if (newCu == w->cuQuota)
            return {};
        if (Status used = checkNotBelowInUse(workspaceId, newCu); !used.ok())
            return used;
        if (Status q = resizeQueues(workspaceId, newCu); !q.ok())
            return q;
        return updateQuota(workspaceId, newCu);
    });
}
