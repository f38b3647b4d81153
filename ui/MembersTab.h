#pragma once

#include <QWidget>

class Session;
struct Services;

// The Members tab (Access Control): members and roles, Add User, change role, Remove (issue 6).
class MembersTab : public QWidget
{
    Q_OBJECT

public:
    MembersTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

public slots:
    void refresh();

signals:
    void statusMessage(const QString &message);

private:
    Services &m_services;
    Session &m_session;
    QString m_workspaceId;
};
