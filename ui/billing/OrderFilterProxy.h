#pragma once

#include "models/Domain.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <optional>

class OrderTableModel;

// What Billing History shows: the orders of one workspace (or all), of one type (or all), created
// in [fromMs, toMs) (either end open). Sorts on OrderTableModel's raw values.
class OrderFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OrderFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setWorkspaceId(const QString &id); // empty: every workspace
    void setType(const QString &type);      // ProductSpec::Order*; empty: every type
    void setTimeRange(std::optional<qint64> fromMs, std::optional<qint64> toMs);
    QString workspaceId() const { return m_workspaceId; }
    QString type() const { return m_type; }

    // The orders shown, in the order shown.
    QList<Order> shownOrders() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    OrderTableModel *m_orders = nullptr;
    QString m_workspaceId;
    QString m_type;
    std::optional<qint64> m_fromMs;
    std::optional<qint64> m_toMs;
};
