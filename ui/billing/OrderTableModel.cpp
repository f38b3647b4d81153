#include "ui/billing/OrderTableModel.h"

#include "models/Format.h"
#include "models/Pricing.h"
#include "models/ProductSpec.h"

#include <QDateTime>

OrderTableModel::OrderTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_orders.size() || index.column() >= ColumnCount)
        return {};
    const Order &o = m_orders.at(index.row());
    // A new purchase has no quota before it, an unsubscribe refund none after it.
    const auto cuText = [&](int cu) { return cu > 0 ? Format::number(cu) : tr("—", "no CU quota"); };
    const auto cuAccessible = [&](int cu) { return cu > 0 ? Format::cus(cu) : tr("None"); };
    switch (role) {
    case OrderIdRole:
        return o.id;
    case SortRole:
        switch (index.column()) {
        case IdColumn: return o.id;
        case WorkspaceColumn: return o.workspaceName;
        case TypeColumn: return ProductSpec::orderTypeName(o.type);
        case CuBeforeColumn: return o.cuBefore;
        case CuAfterColumn: return o.cuAfter;
        case AmountColumn: return o.amountCents;
        case TimeColumn: return o.createdAtMs;
        }
        break;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case IdColumn: return o.id;
        case WorkspaceColumn:
            return role == Qt::DisplayRole ? o.workspaceName : tr("%1, ID %2").arg(o.workspaceName, o.workspaceId);
        case TypeColumn: return ProductSpec::orderTypeName(o.type);
        case CuBeforeColumn: return role == Qt::DisplayRole ? cuText(o.cuBefore) : cuAccessible(o.cuBefore);
        case CuAfterColumn: return role == Qt::DisplayRole ? cuText(o.cuAfter) : cuAccessible(o.cuAfter);
        case AmountColumn:
            if (role == Qt::DisplayRole || o.amountCents >= 0)
                return Format::money(o.amountCents);
            return tr("%1 refunded").arg(Format::money(-o.amountCents));
        case TimeColumn: return Format::dateTime(o.createdAtMs);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == WorkspaceColumn)
            return o.workspaceId;
        if (index.column() == TimeColumn)
            return Format::dateTimeFull(o.createdAtMs);
        if (index.column() == AmountColumn)
            return o.amountCents < 0 ? tr("Refund") : tr("Paid");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CuBeforeColumn || index.column() == CuAfterColumn || index.column() == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Order ID");
    case WorkspaceColumn: return tr("Workspace");
    case TypeColumn: return tr("Type");
    case CuBeforeColumn: return tr("CU Before");
    case CuAfterColumn: return tr("CU After");
    case AmountColumn: return tr("Amount");
    case TimeColumn: return tr("Time");
    }
    return {};
}

void OrderTableModel::setOrders(QList<Order> orders)
{
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

void OrderTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_orders.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_orders.size()) - 1, ColumnCount - 1));
}
