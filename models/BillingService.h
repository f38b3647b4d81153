#pragma once

#include "Clock.h"
#include "Domain.h"
#include "Result.h"

#include <QList>

class Database;

// The billing history: every purchase, quota change and refund is an order (spec §4).
class BillingService
{
public:
    BillingService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Newest first.
    QList<Order> orders() const;
    QList<Order> orders(const QString &workspaceId) const;
    // What the customer has paid for a workspace's current subscription, net of refunds.
    qint64 netPaidCents(const QString &workspaceId) const;

    // Records an order; call inside the operation's Database::write(). Fills id and time.
    Result<Order> record(Order order) const;
    static QString newOrderId();

private:
    Database &m_db;
    const Clock &m_clock;
};
