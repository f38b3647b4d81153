#include "models/BillingService.h"

#include "models/Checked.h"
#include "models/Database.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"
#include "models/Query.h"
#include "models/RunScheduler.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString SelectOrders = QStringLiteral(
    "SELECT id, workspace_id, workspace_name, type, cu_before, cu_after, amount_cents, created_at FROM orders");

Order readOrder(const QSqlQuery &q)
{
    Order o;
    o.id = q.value(0).toString();
    o.workspaceId = q.value(1).toString();
    o.workspaceName = q.value(2).toString();
    o.type = q.value(3).toString();
    o.cuBefore = q.value(4).toInt();
    o.cuAfter = q.value(5).toInt();
    o.amountCents = q.value(6).toLongLong();
    o.createdAtMs = q.value(7).toLongLong();
    return o;
}
} // namespace

namespace {

Result<QList<Order>> readOrders(Database &db, const QString &where, const QVariantList &values)
{
    return Query::all(db, SelectOrders + where + QStringLiteral(" ORDER BY created_at DESC, rowid DESC"), values,
                      BillingService::tr("Could not read the billing history."), readOrder);
}

} // namespace

Result<QList<Order>> BillingService::orders() const
{
    return readOrders(m_db, QString(), {});
}

Result<QList<Order>> BillingService::orders(const QString &workspaceId) const
{
    return readOrders(m_db, QStringLiteral(" WHERE workspace_id = ?"), {workspaceId});
}

Result<qint64> BillingService::netPaidCents(const QString &workspaceId) const
{
    // sum() beyond 64 bits fails ("integer overflow") rather than wrapping: a Storage error.
    return Query::number(m_db, QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM orders WHERE workspace_id = ?"),
                         {workspaceId}, tr("Could not read what was paid for the workspace."));
}

QString BillingService::newOrderId()
{
    return QStringLiteral("o-") + Database::randomDigits(15);
}

Result<Order> BillingService::record(Order order) const
{
    order.id = newOrderId();
    if (order.createdAtMs == 0)
        order.createdAtMs = m_clock.nowMs();
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("INSERT INTO orders (id, workspace_id, workspace_name, type, cu_before, cu_after,"
                             " amount_cents, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return Database::storageError(Database::changeNotSaved(), q.lastError());
    q.addBindValue(order.id);
    q.addBindValue(order.workspaceId);
    q.addBindValue(order.workspaceName);
    q.addBindValue(order.type);
    q.addBindValue(order.cuBefore);
    q.addBindValue(order.cuAfter);
    q.addBindValue(order.amountCents);
    q.addBindValue(order.createdAtMs);
    if (Status s = Database::exec(q, Database::changeNotSaved()); !s.ok())
        return s;
    m_db.noteChange(Change::Kind::Orders, order.workspaceId);
    return order;
}

bool BillingService::withinCatchUpWindow(qint64 expiresAtMs, qint64 nowMs)
{
    return expiresAtMs > 0 && expiresAtMs > Checked::add(nowMs, -ProductSpec::RenewCatchUpWindowMs);
}

qint64 BillingService::renewedExpiryMs(qint64 expiresAtMs, bool autoRenew, qint64 nowMs, int periodMonths)
{
    if (!autoRenew || expiresAtMs <= 0 || periodMonths <= 0 || !withinCatchUpWindow(expiresAtMs, nowMs))
        return expiresAtMs;
    while (expiresAtMs <= nowMs)
        expiresAtMs = Pricing::expiryMs(expiresAtMs, periodMonths);
    return expiresAtMs;
}

Result<std::optional<qint64>> BillingService::nextExpiryAt() const
{
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(m_db.connection());
    // A renewal already due (within the catch-up window) is due now.
    q.prepare(QStringLiteral("SELECT 1 FROM workspaces WHERE billing = ? AND auto_renew = 1 AND expires_at > ?"
                             " AND expires_at <= ? LIMIT 1"));
    q.addBindValue(ProductSpec::Subscription);
    q.addBindValue(Checked::add(now, -ProductSpec::RenewCatchUpWindowMs));
    q.addBindValue(now);
    if (Status s = Database::exec(q); !s.ok())
        return s;
    if (q.next())
        return std::optional<qint64>(now);
    q.prepare(QStringLiteral("SELECT min(expires_at) FROM workspaces WHERE billing = ? AND expires_at > ?"));
    q.addBindValue(ProductSpec::Subscription);
    q.addBindValue(now);
    if (Status s = Database::exec(q); !s.ok())
        return s;
    if (!q.next())
        return Database::storageError(QStringLiteral("the subscription expiry dates could not be read"));
    if (q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QStringList> BillingService::expiredBetween(qint64 fromMs, qint64 toMs) const
{
    QStringList ids;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM workspaces WHERE billing = ? AND expires_at > ? AND expires_at <= ?"));
    q.addBindValue(ProductSpec::Subscription);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (Status s = Database::exec(q); !s.ok())
        return s;
    while (q.next())
        ids << q.value(0).toString();
    if (Status s = Database::fetched(q, tr("Could not read which subscriptions expired.")); !s.ok())
        return s;
    return ids;
}

Status BillingService::renewDueSubscriptionsInTransaction(QStringList *renewed) const
{
    struct Due
    {
        QString id, name, region;
        int cu = 0;
        qint64 expiresAtMs = 0;
        int periodMonths = ProductSpec::RenewMonths;
    };
    const qint64 now = m_clock.nowMs();
    const Result<QList<Due>> due = Query::all(
        m_db, QStringLiteral("SELECT id, name, region, cu_quota, expires_at, auto_renew_months FROM workspaces"
                             " WHERE billing = ? AND auto_renew = 1 AND expires_at > 0"
                             " AND expires_at > ? AND expires_at <= ?"),
        {ProductSpec::Subscription, Checked::add(now, -ProductSpec::RenewCatchUpWindowMs), now},
        tr("Could not read the subscriptions due for renewal."), [](const QSqlQuery &q) {
            return Due{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                       q.value(4).toLongLong(), q.value(5).toInt()};
        });
    if (!due.ok())
        return due;

    QSqlQuery q(m_db.connection());
    for (const Due &d : due.value()) {
        qint64 expires = d.expiresAtMs;
        int months = 0;
        // A crafted period outside the allowed set renews by one month rather than never or forever.
        const int period = ProductSpec::autoRenewPeriods().contains(d.periodMonths) ? d.periodMonths
                                                                                   : ProductSpec::RenewMonths;
        while (expires <= now) {
            Order o;
            o.workspaceId = d.id;
            o.workspaceName = d.name;
            o.type = ProductSpec::OrderRenewal;
            o.cuBefore = d.cu;
            o.cuAfter = d.cu;
            o.amountCents = Pricing::subscriptionCents(d.region, d.cu, period);
            o.createdAtMs = expires;
            if (const Result<Order> r = record(o); !r.ok())
                return r;
            expires = Pricing::expiryMs(expires, period);
            months += period;
        }
        if (Status s = Database::exec(q, QStringLiteral("UPDATE workspaces SET expires_at = ?,"
                                                        " duration_months = duration_months + ? WHERE id = ?"),
                                      {expires, months, d.id}, Database::changeNotSaved());
            !s.ok())
            return s;
        m_db.noteChange(Change::Kind::WorkspaceChanged, d.id);
        if (renewed)
            renewed->append(d.id);
    }
    return {};
}

Result<QStringList> BillingService::renewDueSubscriptions()
{
    {
        // Cheap read first, so the once-a-second timer never takes the write lock for nothing.
        const Result<bool> due = Query::exists(
            m_db, QStringLiteral("SELECT 1 FROM workspaces WHERE billing = ? AND auto_renew = 1"
                                 " AND expires_at > 0 AND expires_at > ? AND expires_at <= ? LIMIT 1"),
            {ProductSpec::Subscription, Checked::add(m_clock.nowMs(), -ProductSpec::RenewCatchUpWindowMs), m_clock.nowMs()},
            tr("Could not read the subscriptions due for renewal."));
        if (!due.ok())
            return Status(due);
        if (!due.value())
            return QStringList();
    }
    QStringList renewed;
    const Status s = m_db.write([&]() -> Status {
        renewed.clear();
        return renewDueSubscriptionsInTransaction(&renewed);
    });
    if (!s.ok())
        return s;
    return renewed;
}
