#pragma once

#include "models/Result.h"

#include <QDialog>
#include <QStringList>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

// Add User: one or more RAM users of the account (a checkable list) and the role they get.
// The submitter (the Members tab) calls the service; its errors are shown next to their field
// and the dialog stays open.
class AddMemberDialog : public QDialog
{
    Q_OBJECT

public:
    using Submitter = std::function<Status(const QStringList &ramUsers, const QString &role)>;

    AddMemberDialog(const QStringList &candidates, QWidget *parent = nullptr);

    void setSubmitter(Submitter submitter) { m_submitter = std::move(submitter); }
    QStringList selectedUsers() const;
    void setUserChecked(const QString &user, bool checked);
    QString role() const;
    void setRole(const QString &role);
    void showErrors(const Status &status);

    QListWidget *userList() const { return m_userList; }
    QComboBox *roleCombo() const { return m_roleCombo; }
    QPushButton *addButton() const { return m_addButton; }
    QLabel *usersError() const { return m_usersError; }
    QLabel *roleError() const { return m_roleError; }
    QLabel *generalError() const { return m_generalError; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Submitter m_submitter;
    QLabel *m_intro = nullptr;
    QLabel *m_usersLabel = nullptr;
    QListWidget *m_userList = nullptr;
    QLabel *m_usersError = nullptr;
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QLabel *m_roleHint = nullptr;
    QLabel *m_roleError = nullptr;
    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_addButton = nullptr;
};
