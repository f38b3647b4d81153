#pragma once

#include "ui/detail/WorkspaceTab.h"

class WorkspaceCatalogTableModel;

// The Data Catalogs tab: the default DLF catalog and added ones of the same region (issue 6).
// Add Catalog and Remove need the administrator role; the default catalog stays.
class DataCatalogsTab : public WorkspaceTab
{
    Q_OBJECT

public:
    DataCatalogsTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

    WorkspaceCatalogTableModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QString selectedCatalog() const { return selectedKey(); }
    void selectCatalog(const QString &catalogId) { selectKey(catalogId); }

public slots:
    void refresh() override;
    void addCatalog();
    void removeCatalog();

private:
    void retranslateUi() override;
    void updateActions();

    WorkspaceCatalogTableModel *m_model = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QAction *m_removeAction = nullptr;
};
