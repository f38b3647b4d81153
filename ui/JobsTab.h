#pragma once

#include <QWidget>

class Session;
struct Services;

// The Jobs tab: job runs of the workspace, Run Job and Stop (issue 4).
class JobsTab : public QWidget
{
    Q_OBJECT

public:
    JobsTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

public slots:
    void refresh();

signals:
    void statusMessage(const QString &message);

private:
    Services &m_services;
    Session &m_session;
    QString m_workspaceId;
};
