#pragma once

#include "models/Domain.h"

#include <QAbstractTableModel>
#include <QList>

// Queues of one workspace with their CUs.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CuColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, CuRole };

    explicit QueueTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQueues(const QList<Queue> &queues);
    const Queue &queue(int row) const { return m_queues.at(row); }
    int rowOf(const QString &name) const;
    void retranslate();

private:
    QList<Queue> m_queues;
};
