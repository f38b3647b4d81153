#include "BillingService.h"

#include "Database.h"

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

QList<Order> BillingService::orders() const
{
    QList<Order> list;
    QSqlQuery q(m_db.connection());
    q.exec(SelectOrders + QStringLiteral(" ORDER BY created_at DESC, rowid DESC"));
    while (q.next())
        list << readOrder(q);
    return list;
}

QList<Order> BillingService::orders(const QString &workspaceId) const
{
    QList<Order> list;
    QSqlQuery q(m_db.connection());
    q.prepare(SelectOrders + QStringLiteral(" WHERE workspace_id = ? ORDER BY created_at DESC, rowid DESC"));
    q.addBindValue(workspaceId);
    q.exec();
    while (q.next())
        list << readOrder(q);
    return list;
}

qint64 BillingService::netPaidCents(const QString &workspaceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM orders WHERE workspace_id = ?"));
    q.addBindValue(workspaceId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
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
    q.prepare(QStringLiteral("INSERT INTO orders (id, workspace_id, workspace_name, type, cu_before, cu_after,"
                             " amount_cents, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(order.id);
    q.addBindValue(order.workspaceId);
    q.addBindValue(order.workspaceName);
    q.addBindValue(order.type);
    q.addBindValue(order.cuBefore);
    q.addBindValue(order.cuAfter);
    q.addBindValue(order.amountCents);
    q.addBindValue(order.createdAtMs);
    if (Status s = Database::exec(q); !s.ok())
        return s;
    return order;
}
