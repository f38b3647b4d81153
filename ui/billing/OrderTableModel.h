#pragma once

#include "models/Domain.h"

#include <QAbstractTableModel>
#include <QList>

// The billing history as a table: one row per order. Display text follows the UI locale
// (amounts through Pricing::formatCents, times in local time); SortRole gives the raw values
// (cents, ms, CU numbers) so a QSortFilterProxyModel sorts correctly in any language.
class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, WorkspaceColumn, TypeColumn, CuBeforeColumn, CuAfterColumn, AmountColumn, TimeColumn,
                  ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, OrderIdRole };

    explicit OrderTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setOrders(QList<Order> orders);
    const Order &order(int row) const { return m_orders.at(row); }
    // Call after the UI language changes.
    void retranslate();

private:
    QList<Order> m_orders;
};
