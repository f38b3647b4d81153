#pragma once

#include <QWidget>

class Session;
struct Services;

// The Queues tab: root_queue, dev_queue and added queues within the CU quota (issue 6).
class QueuesTab : public QWidget
{
    Q_OBJECT

public:
    QueuesTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

public slots:
    void refresh();

signals:
    void statusMessage(const QString &message);

private:
    Services &m_services;
    Session &m_session;
    QString m_workspaceId;
};
