#pragma once

#include "models/Result.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

// Change Role: the selected member's name and a role combo. The submitter (the Members tab)
// calls the service; a refusal (e.g. the last administrator) is shown under the combo.
class ChangeRoleDialog : public QDialog
{
    Q_OBJECT

public:
    using Submitter = std::function<Status(const QString &role)>;

    ChangeRoleDialog(const QString &memberName, const QString &currentRole, QWidget *parent = nullptr);

    void setSubmitter(Submitter submitter) { m_submitter = std::move(submitter); }
    QString role() const;
    void setRole(const QString &role);
    void showErrors(const Status &status);

    QComboBox *roleCombo() const { return m_roleCombo; }
    QPushButton *changeButton() const { return m_changeButton; }
    QLabel *roleError() const { return m_roleError; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Submitter m_submitter;
    QString m_memberName;
    QString m_currentRole;
    QLabel *m_memberLabel = nullptr;
    QLabel *m_memberValue = nullptr;
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QLabel *m_roleHint = nullptr;
    QLabel *m_roleError = nullptr;
    QPushButton *m_changeButton = nullptr;
};
