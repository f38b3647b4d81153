#include "ui/detail/queues/QueueTableModel.h"

#include "models/Format.h"

QueueTableModel::QueueTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Queue &q = m_queues.at(index.row());
    switch (role) {
    case NameRole:
        return q.name;
    case CuRole:
        return q.cu;
    case Qt::DisplayRole:
        return index.column() == NameColumn ? q.name : Format::number(q.cu);
    case Qt::AccessibleTextRole:
        return index.column() == NameColumn ? q.name : Format::cus(q.cu);
    case Qt::TextAlignmentRole:
        if (index.column() == CuColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Queue");
    case CuColumn: return tr("CUs");
    default: return {};
    }
}

void QueueTableModel::setQueues(const QList<Queue> &queues)
{
    beginResetModel();
    m_queues = queues;
    endResetModel();
}

int QueueTableModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_queues.size(); ++i)
        if (m_queues.at(i).name == name)
            return i;
    return -1;
}

void QueueTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_queues.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::AccessibleTextRole});
}
