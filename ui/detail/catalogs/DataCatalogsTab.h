#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class WorkspaceCatalogTableModel;
class Session;
struct Services;

// The Data Catalogs tab: the default DLF catalog and added ones of the same region (issue 6).
// Add Catalog and Remove need the administrator role; the default catalog stays.
class DataCatalogsTab : public QWidget
{
    Q_OBJECT

public:
    DataCatalogsTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

    WorkspaceCatalogTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *permissionLabel() const { return m_permission; }
    QString selectedCatalog() const;
    void selectCatalog(const QString &catalogId);

public slots:
    void refresh();
    void addCatalog();
    void removeCatalog();

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void showMessage(const QString &text);

    Services &m_services;
    Session &m_session;
    QString m_workspaceId;
    WorkspaceCatalogTableModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_permission = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QAction *m_removeAction = nullptr;
    QLabel *m_message = nullptr;
};
