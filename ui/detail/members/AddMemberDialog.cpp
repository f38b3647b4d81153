#include "ui/detail/members/AddMemberDialog.h"

#include "ui/common/AccessUi.h"
#include "models/Permissions.h"
#include "models/ProductSpec.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

AddMemberDialog::AddMemberDialog(const QStringList &candidates, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("addMemberDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_usersLabel = new QLabel(this);
    m_userList = new QListWidget(this);
    m_userList->setObjectName(QStringLiteral("ramUserList"));
    for (const QString &user : candidates) {
        auto *item = new QListWidgetItem(user, m_userList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, user);
    }
    if (m_userList->count() > 0)
        m_userList->setCurrentRow(0);
    m_usersLabel->setBuddy(m_userList);
    m_usersError = AccessUi::newErrorLabel(this, QStringLiteral("ramUsersError"));

    m_roleLabel = new QLabel(this);
    m_roleCombo = new QComboBox(this);
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleLabel->setBuddy(m_roleCombo);
    m_roleHint = new QLabel(this);
    m_roleHint->setWordWrap(true);
    m_roleError = AccessUi::newErrorLabel(this, QStringLiteral("roleError"));
    m_generalError = AccessUi::newErrorLabel(this, QStringLiteral("addMemberError"));

    m_buttons = new QDialogButtonBox(this);
    m_addButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addMembersButton"));
    m_addButton->setDefault(true);
    m_addButton->setEnabled(!candidates.isEmpty());
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddMemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_userList, &QListWidget::itemChanged, this, [this] { AccessUi::showError(m_usersError, {}); });
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, [this] {
        AccessUi::showError(m_roleError, {});
        retranslateUi();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_usersLabel);
    layout->addWidget(m_userList, 1);
    layout->addWidget(m_usersError);
    layout->addWidget(m_roleLabel);
    layout->addWidget(m_roleCombo);
    layout->addWidget(m_roleHint);
    layout->addWidget(m_roleError);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);

    retranslateUi();
    // Least privilege until the administrator chooses otherwise.
    setRole(ProductSpec::RoleGuest);
    m_userList->setFocus();
    resize(420, 420);
}

QStringList AddMemberDialog::selectedUsers() const
{
    QStringList users;
    for (int i = 0; i < m_userList->count(); ++i)
        if (m_userList->item(i)->checkState() == Qt::Checked)
            users << m_userList->item(i)->data(Qt::UserRole).toString();
    return users;
}

void AddMemberDialog::setUserChecked(const QString &user, bool checked)
{
    for (int i = 0; i < m_userList->count(); ++i)
        if (m_userList->item(i)->data(Qt::UserRole).toString() == user)
            m_userList->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QString AddMemberDialog::role() const
{
    return m_roleCombo->currentData().toString();
}

void AddMemberDialog::setRole(const QString &role)
{
    m_roleCombo->setCurrentIndex(std::max(0, m_roleCombo->findData(role)));
}

void AddMemberDialog::showErrors(const Status &status)
{
    AccessUi::showError(m_roleError, status.message(Field::Role));
    QStringList other;
    for (const FieldError &e : status.errors())
        if (e.field != Field::Member && e.field != Field::Role)
            other << e.message;
    AccessUi::showError(m_generalError, other.join(QLatin1Char('\n')));
    // All messages of a field, not only the first: each refused user is named.
    QStringList userMessages;
    for (const FieldError &e : status.errors())
        if (e.field == Field::Member)
            userMessages << e.message;
    AccessUi::showError(m_usersError, userMessages.join(QLatin1Char('\n')));
    AccessUi::growToFit(this);
}

void AddMemberDialog::accept()
{
    const Status s = m_submitter ? m_submitter(selectedUsers(), role()) : Status();
    if (!s.ok()) {
        showErrors(s);
        return;
    }
    QDialog::accept();
}

void AddMemberDialog::retranslateUi()
{
    setWindowTitle(tr("Add User"));
    m_intro->setText(m_userList->count() > 0
                         ? tr("Choose one or more RAM users of this account and the role they get in this workspace.")
                         : tr("Every RAM user of this account is already a member of this workspace."));
    m_usersLabel->setText(tr("&RAM users:"));
    m_userList->setAccessibleName(tr("RAM users"));
    m_userList->setAccessibleDescription(tr("Press Space to select or clear a user."));
    m_roleLabel->setText(tr("R&ole:"));
    m_roleCombo->setAccessibleName(tr("Role"));
    const QString role = m_roleCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_roleCombo);
        m_roleCombo->clear();
        for (const QString &r : ProductSpec::roles())
            m_roleCombo->addItem(ProductSpec::roleName(r), r);
        m_roleCombo->setCurrentIndex(std::max(0, m_roleCombo->findData(role)));
    }
    m_roleHint->setText(Permissions::roleDescription(m_roleCombo->currentData().toString()));
    m_addButton->setText(tr("Add"));
}

void AddMemberDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
