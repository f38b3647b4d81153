#include "models/LifecycleService.h"

#include "models/BillingService.h"
#include "models/Checked.h"
#include "models/Database.h"
#include "models/DeletionService.h"
#include "models/Format.h"
#include "models/Permissions.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/Query.h"
#include "models/SubscriptionState.h"
#include "models/WorkspaceRules.h"
#include "models/WorkspaceService.h"

#include <QSqlQuery>
#include <QVariant>

QList<int> LifecycleService::renewalMonths()
{
    return ProductSpec::durationMonths();
}

qint64 LifecycleService::renewedExpiryMs(qint64 expiresAtMs, int months, qint64 nowMs)
{
    return Pricing::expiryMs(std::max(expiresAtMs, nowMs), months);
}

Status LifecycleService::checkRenewalMonths(int months)
{
    if (renewalMonths().contains(months))
        return {};
    return Status::failure(Field::Duration, tr("Choose a renewal duration of 1 to 9 months or 1 to 3 years."));
}

Status LifecycleService::checkAutoRenewPeriod(int months)
{
    if (ProductSpec::autoRenewPeriods().contains(months))
        return {};
    return Status::failure(Field::Duration, tr("Choose an auto-renew period of 1, 2, 3, 6 or 12 months."));
}

Result<Workspace> LifecycleService::subscription(const QString &workspaceId) const
{
    const Result<Workspace> w = m_workspaces.find(workspaceId);
    if (!w.ok())
        return w;
    if (w->billing != ProductSpec::Subscription)
        return Result<Workspace>::failure(
            Field::Billing,
            tr("%1 is billed pay-as-you-go and has no subscription; convert it to a subscription first.").arg(w->name),
            ErrorCode::Conflict);
    return w;
}

Result<Quote> LifecycleService::quoteRenewal(const QString &workspaceId, int months) const
{
    if (Status s = checkRenewalMonths(months); !s.ok())
        return s;
    const Result<Workspace> w = subscription(workspaceId);
    if (!w.ok())
        return Status(w);
    const qint64 now = m_clock.nowMs();
    // An auto-renewal due by now happens first (in the same transaction when buying).
    const qint64 expires = BillingService::renewedExpiryMs(w.value(), now);
    const SubscriptionState state = SubscriptionState::of(w->billing, expires, w->autoRenew, now);
    if (state.isReleaseDue())
        return Result<Quote>::failure(Field::General,
                                      tr("The grace period of %1 ended on %2; it is being released and can no "
                                         "longer be renewed.")
                                          .arg(w->name, Format::dateTime(state.releaseAtMs())),
                                      ErrorCode::Expired);
    Quote q;
    q.inputs.orderType = ProductSpec::OrderRenewal;
    q.inputs.workspaceId = workspaceId;
    q.inputs.region = w->region;
    q.inputs.billing = w->billing;
    q.inputs.cuBefore = w->cuQuota;
    q.inputs.cuAfter = w->cuQuota;
    q.inputs.months = months;
    q.inputs.periodStartMs = w->subscribedAtMs;
    q.inputs.periodEndMs = expires;
    q.inputs.unitMicroUsd = Pricing::subscriptionMicroUsdPerCuMonth(w->region);
    q.quotedAtMs = now;
    q.amountCents = Pricing::subscriptionCents(w->region, w->cuQuota, months);
    return q;
}

Result<Order> LifecycleService::renew(const Identity &who, const Quote &shownQuote, std::optional<Quote> *requote)
{
    // A copy: the caller may hand in the quote that *requote holds, which is reset below.
    const Quote quote = shownQuote;
    if (requote)
        requote->reset();
    if (Status allowed = Permissions::canChangeSubscription(who); !allowed.ok())
        return allowed;
    if (quote.inputs.orderType != ProductSpec::OrderRenewal)
        return Result<Order>::failure(Field::Quote, tr("This price is not for a renewal."));
    const QString &workspaceId = quote.inputs.workspaceId;
    Order order;
    const Status s = m_db.write([&]() -> Status {
        if (requote)
            requote->reset();
        if (Status renewed = m_billing.renewDueSubscriptionsInTransaction(); !renewed.ok())
            return renewed;
        const Result<Quote> fresh = quoteRenewal(workspaceId, quote.inputs.months);
        if (!fresh.ok())
            return fresh;
        const qint64 now = m_clock.nowMs();
        if (Status same = Quote::confirm(quote, fresh.value(), now, requote); !same.ok())
            return same;
        const Result<Workspace> w = m_workspaces.find(workspaceId);
        if (!w.ok())
            return w;
        const int months = quote.inputs.months;
        const qint64 expires = renewedExpiryMs(w->expiresAtMs, months, now);
        QSqlQuery q(m_db.connection());
        if (Status u = Database::exec(q, QStringLiteral("UPDATE workspaces SET expires_at = ?,"
                                                        " duration_months = duration_months + ? WHERE id = ?"),
                                      {expires, months, workspaceId}, Database::changeNotSaved());
            !u.ok())
            return u;
        m_db.noteChange(Change::Kind::WorkspaceChanged, workspaceId);
        // Exactly what the user confirmed.
        const Result<Order> recorded = m_billing.record(
            Order::about(workspaceId, w->name, ProductSpec::OrderRenewal, w->cuQuota, w->cuQuota, quote.amountCents, now));
        if (!recorded.ok())
            return recorded;
        order = recorded.value();
        return {};
    });
    if (!s.ok())
        return s;
    return order;
}

Result<Order> LifecycleService::renew(const Identity &who, const QString &workspaceId, int months)
{
    if (Status allowed = Permissions::canChangeSubscription(who); !allowed.ok())
        return allowed;
    const Result<Quote> quote = quoteRenewal(workspaceId, months);
    if (!quote.ok())
        return Status(quote);
    return renew(who, quote.value());
}

Status LifecycleService::setAutoRenew(const Identity &who, const QString &workspaceId, bool on, int periodMonths)
{
    if (Status allowed = Permissions::canChangeSubscription(who); !allowed.ok())
        return allowed;
    if (Status period = checkAutoRenewPeriod(periodMonths); !period.ok())
        return period;
    return m_db.write([&]() -> Status {
        // A renewal due now happens by the setting it was due under.
        if (Status renewed = m_billing.renewDueSubscriptionsInTransaction(); !renewed.ok())
            return renewed;
        const Result<Workspace> w = subscription(workspaceId);
        if (!w.ok())
            return w;
        if (on && SubscriptionState::of(w.value(), m_clock.nowMs()).isExpired())
            return Status::failure(Field::General,
                                   tr("The subscription of %1 has expired; renew it first, then turn auto-renew on.")
                                       .arg(w->name),
                                   ErrorCode::Expired);
        QSqlQuery q(m_db.connection());
        if (Status u = Database::exec(q, QStringLiteral("UPDATE workspaces SET auto_renew = ?, auto_renew_months = ?"
                                                        " WHERE id = ?"),
                                      {on ? 1 : 0, periodMonths, workspaceId}, Database::changeNotSaved());
            !u.ok())
            return u;
        m_db.noteChange(Change::Kind::WorkspaceChanged, workspaceId);
        return {};
    });
}

Result<Quote> LifecycleService::quoteConversion(const QString &workspaceId, int months, int cu) const
{
    const Result<Workspace> w = m_workspaces.find(workspaceId);
    if (!w.ok())
        return Status(w);
    if (w->billing != ProductSpec::PayAsYouGo)
        return Result<Quote>::failure(Field::Billing, tr("%1 is a subscription workspace already.").arg(w->name),
                                      ErrorCode::Conflict);
    Status rules;
    if (!ProductSpec::durationMonths().contains(months))
        rules.add(Field::Duration, tr("Choose a duration of 1 to 9 months or 1 to 3 years."));
    rules.append(WorkspaceRules::validateCuQuota(ProductSpec::Subscription, cu));
    if (!rules.ok())
        return rules;
    Quote q;
    q.inputs.orderType = ProductSpec::OrderNew;
    q.inputs.workspaceId = workspaceId;
    q.inputs.region = w->region;
    q.inputs.billing = ProductSpec::Subscription;
    // The pay-as-you-go quota the queue plan starts from: changed elsewhere, the plan shown is not
    // the one that would apply.
    q.inputs.cuBefore = w->cuQuota;
    q.inputs.cuAfter = cu;
    q.inputs.months = months;
    q.inputs.unitMicroUsd = Pricing::subscriptionMicroUsdPerCuMonth(w->region);
    q.quotedAtMs = m_clock.nowMs();
    q.amountCents = Pricing::subscriptionCents(w->region, cu, months);
    return q;
}

Result<QList<QuotaService::QueueChange>> LifecycleService::conversionPlan(const QString &workspaceId, int cu) const
{
    return m_quotas.queuePlan(workspaceId, cu);
}

Result<Order> LifecycleService::convertToSubscription(const Identity &who, const Quote &shownQuote, bool autoRenew,
                                                      int autoRenewMonths, std::optional<Quote> *requote)
{
    const Quote quote = shownQuote; // see renew()
    if (requote)
        requote->reset();
    if (Status allowed = Permissions::canChangeSubscription(who); !allowed.ok())
        return allowed;
    if (quote.inputs.orderType != ProductSpec::OrderNew || quote.inputs.workspaceId.isEmpty())
        return Result<Order>::failure(Field::Quote, tr("This price is not for a conversion to a subscription."));
    if (Status period = checkAutoRenewPeriod(autoRenewMonths); !period.ok())
        return period;
    const QString &workspaceId = quote.inputs.workspaceId;
    Order order;
    const Status s = m_db.write([&]() -> Status {
        if (requote)
            requote->reset();
        const Result<Quote> fresh = quoteConversion(workspaceId, quote.inputs.months, quote.inputs.cuAfter);
        if (!fresh.ok())
            return fresh;
        const qint64 now = m_clock.nowMs();
        if (Status same = Quote::confirm(quote, fresh.value(), now, requote); !same.ok())
            return same;
        const Result<Workspace> w = m_workspaces.find(workspaceId);
        if (!w.ok())
            return w;
        const int cu = quote.inputs.cuAfter;
        const int months = quote.inputs.months;
        if (cu != w->cuQuota) {
            if (Status fit = m_quotas.fitQueuesWithinTransaction(workspaceId, cu); !fit.ok())
                return fit;
        }
        QSqlQuery q(m_db.connection());
        if (Status u = Database::exec(
                q, QStringLiteral("UPDATE workspaces SET billing = ?, cu_quota = ?, duration_months = ?, auto_renew = ?,"
                                  " auto_renew_months = ?, subscribed_at = ?, expires_at = ? WHERE id = ?"),
                {ProductSpec::Subscription, cu, months, autoRenew ? 1 : 0, autoRenewMonths, now,
                 Pricing::expiryMs(now, months), workspaceId},
                Database::changeNotSaved());
            !u.ok())
            return u;
        m_db.noteChange(Change::Kind::WorkspaceChanged, workspaceId);
        const Result<Order> recorded =
            m_billing.record(Order::about(workspaceId, w->name, ProductSpec::OrderNew, 0, cu, quote.amountCents, now));
        if (!recorded.ok())
            return recorded;
        order = recorded.value();
        return {};
    });
    if (!s.ok())
        return s;
    return order;
}

Result<QStringList> LifecycleService::releaseDue()
{
    const auto dueQuery = [this](const QString &columns) {
        return QStringLiteral("SELECT %1 FROM workspaces WHERE billing = ? AND expires_at > 0 AND expires_at <= ?")
            .arg(columns);
    };
    const auto dueValues = [this] {
        return QVariantList{ProductSpec::Subscription,
                            Checked::sub(m_clock.nowMs(), ProductSpec::ExpiredGracePeriodMs)};
    };
    {
        // Cheap read first: the scheduler asks often, and usually nothing is due.
        const Result<bool> due = Query::exists(m_db, dueQuery(QStringLiteral("1")) + QStringLiteral(" LIMIT 1"),
                                               dueValues(), tr("Could not read which subscriptions are due for release."));
        if (!due.ok())
            return Status(due);
        if (!due.value())
            return QStringList();
    }
    QStringList released;
    const Status s = m_db.write([&]() -> Status {
        released.clear();
        // An auto-renewal due now (within the catch-up window) wins over a release.
        if (Status renewed = m_billing.renewDueSubscriptionsInTransaction(); !renewed.ok())
            return renewed;
        const Result<QStringList> ids =
            Query::all(m_db, dueQuery(QStringLiteral("id")), dueValues(),
                       tr("Could not read which subscriptions are due for release."),
                       [](const QSqlQuery &q) { return q.value(0).toString(); });
        if (!ids.ok())
            return ids;
        for (const QString &id : ids.value()) {
            const Result<Workspace> w = m_workspaces.find(id);
            if (!w.ok())
                return w;
            const Order o = Order::about(w->id, w->name, ProductSpec::OrderRelease, w->cuQuota, 0, 0,
                                         SubscriptionState::releaseAtMs(w->expiresAtMs));
            if (const Result<Order> r = m_billing.record(o); !r.ok())
                return r;
            if (Status d = m_deletion.releaseWithinTransaction(w.value()); !d.ok())
                return d;
            released << id;
        }
        return {};
    });
    if (!s.ok())
        return s;
    return released;
}

Result<std::optional<qint64>> LifecycleService::nextReleaseAt() const
{
    const Result<qint64> earliest = Query::number(
        m_db, QStringLiteral("SELECT coalesce(min(expires_at), 0) FROM workspaces WHERE billing = ? AND expires_at > 0"),
        {ProductSpec::Subscription}, tr("Could not read which subscriptions are due for release."));
    if (!earliest.ok())
        return Status(earliest);
    if (earliest.value() <= 0)
        return std::optional<qint64>();
    // Already due: now (the release before it failed, or the app was closed over it).
    return std::optional<qint64>(std::max(m_clock.nowMs(), SubscriptionState::releaseAtMs(earliest.value())));
}
