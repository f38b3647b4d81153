#pragma once

#include "ui/detail/WorkspaceTab.h"

class MemberTableModel;

// The Members tab (Access Control): members and roles, Add User, Change Role, Remove (issue 6).
// Buttons the signed-in identity may not use are disabled and say why; the service refuses anyway.
class MembersTab : public WorkspaceTab
{
    Q_OBJECT

public:
    MembersTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

    MemberTableModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *changeRoleButton() const { return m_changeRoleButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QString selectedPrincipal() const { return selectedKey(); }
    void selectMember(const QString &principal) { selectKey(principal); }

public slots:
    void refresh() override;
    void addMembers();
    void changeRole();
    void removeMember();

private:
    void retranslateUi() override;
    void updateActions();

    MemberTableModel *m_model = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_changeRoleButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QAction *m_changeRoleAction = nullptr;
    QAction *m_removeAction = nullptr;
};
