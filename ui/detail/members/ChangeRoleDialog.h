#pragma once

#include "ui/common/SubmitDialog.h"
#include "ui/detail/members/RoleCombo.h"

// Change Role: the selected member's name and a role combo. The submitter (the Members tab)
// calls the service; a refusal (e.g. the last administrator) is shown under the combo.
class ChangeRoleDialog : public SubmitValuesDialog<QString> // role
{
    Q_OBJECT

public:
    ChangeRoleDialog(const QString &memberName, const QString &currentRole, QWidget *parent = nullptr);

    QString role() const;
    void setRole(const QString &role);

    QComboBox *roleCombo() const { return m_role.combo; }
    QPushButton *changeButton() const { return acceptButton(); }
    QLabel *roleError() const { return errorLabel(Field::General); }

private:
    std::tuple<QString> values() const override;
    void retranslateUi() override;

    QString m_currentRole;
    QLabel *m_memberLabel = nullptr;
    QLabel *m_memberValue = nullptr;
    RoleCombo::Field m_role;
};
