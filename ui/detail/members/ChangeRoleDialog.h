#pragma once

#include "ui/common/SubmitDialog.h"
#include "ui/detail/members/RoleCombo.h"

#include <functional>


// Change Role: the selected member's name and a role combo. The submitter (the Members tab)
// calls the service; a refusal (e.g. the last administrator) is shown under the combo.
class ChangeRoleDialog : public SubmitDialog
{
    Q_OBJECT

public:
    using Submitter = std::function<Status(const QString &role)>;

    ChangeRoleDialog(const QString &memberName, const QString &currentRole, QWidget *parent = nullptr);

    void setSubmitter(Submitter submitter) { m_submitter = std::move(submitter); }
    QString role() const;
    void setRole(const QString &role);

    QComboBox *roleCombo() const { return m_role.combo; }
    QPushButton *changeButton() const { return acceptButton(); }
    QLabel *roleError() const { return errorLabel(Field::General); }

private:
    Status submit() override;
    void retranslateUi() override;

    Submitter m_submitter;
    QString m_currentRole;
    QLabel *m_memberLabel = nullptr;
    QLabel *m_memberValue = nullptr;
    RoleCombo::Field m_role;
};
