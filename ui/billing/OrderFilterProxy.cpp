#include "ui/billing/OrderFilterProxy.h"

#include "ui/billing/OrderTableModel.h"

OrderFilterProxy::OrderFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OrderTableModel::SortRole);
    setSortLocaleAware(true);
}

void OrderFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_orders = qobject_cast<OrderTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void OrderFilterProxy::setWorkspaceId(const QString &id)
{
    if (id == m_workspaceId)
        return;
    m_workspaceId = id;
    invalidateFilter();
}

void OrderFilterProxy::setType(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
}

void OrderFilterProxy::setTimeRange(std::optional<qint64> fromMs, std::optional<qint64> toMs)
{
    if (fromMs == m_fromMs && toMs == m_toMs)
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    invalidateFilter();
}

QList<Order> OrderFilterProxy::shownOrders() const
{
    QList<Order> shown;
    if (!m_orders)
        return shown;
    shown.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        shown << m_orders->order(mapToSource(index(row, 0)).row());
    return shown;
}

bool OrderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_orders)
        return false;
    const Order &o = m_orders->order(sourceRow);
    return (m_workspaceId.isEmpty() || o.workspaceId == m_workspaceId) && (m_type.isEmpty() || o.type == m_type)
        && (!m_fromMs || o.createdAtMs >= *m_fromMs) && (!m_toMs || o.createdAtMs < *m_toMs);
}
