#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class QueueTableModel;
class Session;
struct Services;

// The Queues tab: root_queue, dev_queue and added queues within the CU quota (issue 6).
// Add Queue, Edit CUs, Remove need the administrator role; root_queue and dev_queue stay.
class QueuesTab : public QWidget
{
    Q_OBJECT

public:
    QueuesTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

    QueueTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *permissionLabel() const { return m_permission; }
    QString selectedQueue() const;
    void selectQueue(const QString &name);

public slots:
    void refresh();
    void addQueue();
    void editQueue();
    void removeQueue();

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void updateSummary();
    void showMessage(const QString &text);

    Services &m_services;
    Session &m_session;
    QString m_workspaceId;
    QueueTableModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_permission = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QLabel *m_message = nullptr;
};
