#pragma once

#include "ui/common/SubmitDialog.h"
#include "ui/detail/members/RoleCombo.h"

#include <QStringList>

class QListWidget;

// Add User: one or more RAM users of the account (a checkable list) and the role they get.
// The submitter (the Members tab) calls the service; its errors are shown next to their field
// and the dialog stays open.
class AddMemberDialog : public SubmitValuesDialog<QStringList, QString> // RAM users, role
{
    Q_OBJECT

public:
    AddMemberDialog(const QStringList &candidates, QWidget *parent = nullptr);

    QStringList selectedUsers() const;
    void setUserChecked(const QString &user, bool checked);
    QString role() const;
    void setRole(const QString &role);

    QListWidget *userList() const { return m_userList; }
    QComboBox *roleCombo() const { return m_role.combo; }
    QPushButton *addButton() const { return acceptButton(); }
    QLabel *usersError() const { return errorLabel(Field::Member); }
    QLabel *roleError() const { return errorLabel(Field::Role); }
    QLabel *generalError() const { return errorLabel(Field::General); }

private:
    std::tuple<QStringList, QString> values() const override;
    void retranslateUi() override;

    QLabel *m_intro = nullptr;
    QListWidget *m_userList = nullptr;
    RoleCombo::Field m_role;
};
