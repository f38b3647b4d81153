#pragma once

#include "models/Result.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class MemberTableModel;
class Session;
struct Services;

// The Members tab (Access Control): members and roles, Add User, Change Role, Remove (issue 6).
// Buttons the signed-in identity may not use are disabled and say why; the service refuses anyway.
class MembersTab : public QWidget
{
    Q_OBJECT

public:
    MembersTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

    MemberTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *changeRoleButton() const { return m_changeRoleButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *permissionLabel() const { return m_permission; }
    QString selectedPrincipal() const;
    void selectMember(const QString &principal);

public slots:
    void refresh();
    void addMembers();
    void changeRole();
    void removeMember();

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
    MemberTableModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_permission = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_changeRoleButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QAction *m_changeRoleAction = nullptr;
    QAction *m_removeAction = nullptr;
    QLabel *m_message = nullptr;
};
