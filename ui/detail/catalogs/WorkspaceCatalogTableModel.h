#pragma once

#include "models/WorkspaceCatalogService.h"

#include <QAbstractTableModel>
#include <QList>

// DLF catalogs a workspace uses: the default one and added ones.
class WorkspaceCatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CatalogColumn, TypeColumn, ColumnCount };
    enum Role { CatalogIdRole = Qt::UserRole + 1, IsDefaultRole };

    explicit WorkspaceCatalogTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCatalogs(const QList<WorkspaceCatalog> &catalogs);
    const WorkspaceCatalog &catalog(int row) const { return m_catalogs.at(row); }
    int rowOf(const QString &catalogId) const;
    void retranslate();

private:
    QList<WorkspaceCatalog> m_catalogs;
};
