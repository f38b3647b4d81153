#include "ui/detail/catalogs/WorkspaceCatalogTableModel.h"

WorkspaceCatalogTableModel::WorkspaceCatalogTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int WorkspaceCatalogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalogs.size());
}

int WorkspaceCatalogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkspaceCatalogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkspaceCatalog &c = m_catalogs.at(index.row());
    switch (role) {
    case CatalogIdRole:
        return c.catalogId;
    case IsDefaultRole:
        return c.isDefault;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == CatalogColumn)
            return c.catalogId;
        return c.isDefault ? tr("Default (chosen at creation)") : tr("Added");
    default:
        return {};
    }
}

QVariant WorkspaceCatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CatalogColumn: return tr("Catalog ID");
    case TypeColumn: return tr("Type");
    default: return {};
    }
}

void WorkspaceCatalogTableModel::setCatalogs(const QList<WorkspaceCatalog> &catalogs)
{
    beginResetModel();
    m_catalogs = catalogs;
    endResetModel();
}

int WorkspaceCatalogTableModel::rowOf(const QString &catalogId) const
{
    for (int i = 0; i < m_catalogs.size(); ++i)
        if (m_catalogs.at(i).catalogId == catalogId)
            return i;
    return -1;
}

void WorkspaceCatalogTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_catalogs.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::AccessibleTextRole});
}
