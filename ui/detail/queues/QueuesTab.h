#pragma once

#include "ui/detail/WorkspaceTab.h"

class QueueTableModel;

// The Queues tab: root_queue, dev_queue and added queues within the CU quota (issue 6).
// Add Queue, Edit CUs, Remove need the administrator role; root_queue and dev_queue stay.
class QueuesTab : public WorkspaceTab
{
    Q_OBJECT

public:
    QueuesTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

    QueueTableModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QLabel *summaryLabel() const { return m_intro; }
    QString selectedQueue() const { return selectedKey(); }
    void selectQueue(const QString &name) { selectKey(name); }

public slots:
    void refresh() override;
    void addQueue();
    void editQueue();
    void removeQueue();

private:
    void retranslateUi() override;
    void updateActions();
    void updateSummary();

    QueueTableModel *m_model = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
};
