#include "ui/detail/members/AddMemberDialog.h"

#include "models/ProductSpec.h"

#include <QDialogButtonBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

AddMemberDialog::AddMemberDialog(const QStringList &candidates, QWidget *parent)
    : SubmitValuesDialog(QStringLiteral("addMemberDialog"), QStringLiteral("addMembersButton"), parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
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
    QLabel *usersLabel = newFieldLabel(m_userList, [] { return tr("&RAM users:"); });
    QLabel *usersError = newErrorLabel(Field::Member, QStringLiteral("ramUsersError"));
    m_role = RoleCombo::newField(this);
    QLabel *roleError = newErrorLabel(Field::Role, QStringLiteral("roleError"));
    QLabel *generalError = newErrorLabel(Field::General, QStringLiteral("addMemberError"));

    connect(m_userList, &QListWidget::itemChanged, this, [this] { clearError(Field::Member); });
    connect(m_role.combo, &QComboBox::currentIndexChanged, this, [this] {
        clearError(Field::Role);
        retranslateUi();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(usersLabel);
    layout->addWidget(m_userList, 1);
    layout->addWidget(usersError);
    layout->addWidget(m_role.label);
    layout->addWidget(m_role.combo);
    layout->addWidget(m_role.hint);
    layout->addWidget(roleError);
    layout->addWidget(generalError);
    layout->addWidget(buttonBox());
    acceptButton()->setEnabled(!candidates.isEmpty());

    retranslateUi();
    // Least privilege until the administrator chooses otherwise.
    setRole(ProductSpec::RoleGuest);
    m_userList->setFocus();
    resize(440, 420);
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
    return m_role.role();
}

void AddMemberDialog::setRole(const QString &role)
{
    RoleCombo::select(m_role.combo, role);
}

std::tuple<QStringList, QString> AddMemberDialog::values() const
{
    return {selectedUsers(), role()};
}

void AddMemberDialog::retranslateUi()
{
    setWindowTitle(tr("Add User"));
    m_intro->setText(m_userList->count() > 0
                         ? tr("Choose one or more RAM users of this account and the role they get in this workspace.")
                         : tr("Every RAM user of this account is already a member of this workspace."));
    m_userList->setAccessibleName(tr("RAM users"));
    m_userList->setAccessibleDescription(tr("Press Space to select or clear a user."));
    m_role.label->setText(tr("R&ole:"));
    m_role.combo->setAccessibleName(tr("Role"));
    m_role.retranslate(role());
    acceptButton()->setText(tr("Add"));
}
