#include "ui/detail/members/MembersTab.h"

#include "models/Format.h"
#include "ui/common/AccessUi.h"
#include "ui/detail/members/AddMemberDialog.h"
#include "ui/detail/members/ChangeRoleDialog.h"
#include "ui/detail/members/MemberTableModel.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "ui/common/FollowFeed.h"
#include "models/Session.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

MembersTab::MembersTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent)
    : WorkspaceTab(services, session, workspaceId, QStringLiteral("members"), parent)
{
    setObjectName(QStringLiteral("membersTab"));
    followFeed(this, m_services.feed, m_workspaceId, {Change::Kind::Members}, [this] { refresh(); });
    m_model = new MemberTableModel(this);
    setTable(m_model, MemberTableModel::MemberColumn, MemberTableModel::PrincipalRole, 320);
    m_addButton = newButton(QStringLiteral("addMemberButton"), [this] { addMembers(); });
    m_changeRoleButton = newButton(QStringLiteral("changeRoleButton"), [this] { changeRole(); });
    m_removeButton = newButton(QStringLiteral("removeMemberButton"), [this] { removeMember(); });
    // The same commands on the row's context menu (mouse, Menu key) and the Delete key.
    m_changeRoleAction = newRowAction([this] { changeRole(); });
    m_removeAction = newRowAction([this] { removeMember(); }, true);
    connect(view(), &QAbstractItemView::activated, this, [this] {
        if (m_changeRoleButton->isEnabled())
            changeRole();
    });
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersTab::updateActions);
    finishSetup();
}

void MembersTab::refresh()
{
    const QString selected = selectedPrincipal();
    // Who may not view the workspace does not see its members either.
    const Result<QList<Member>> members = canView() ? m_services.members.list(m_workspaceId)
                                                    : Result<QList<Member>>(QList<Member>());
    const Result<QString> uid = m_services.account.accountUid();
    m_model->setMembers(members.ok() ? members.value() : QList<Member>(), uid.ok() ? uid.value() : QString());
    // A failed read is said, not shown as no members.
    if (!members.ok() || !uid.ok())
        showMessage(!members.ok() ? members.text() : uid.text());
    restoreSelection(selected);
    updateActions();
}

void MembersTab::updateActions()
{
    const QString refusal = showPermission(Permissions::InWorkspace::ManageMembers,
                                           tr("You can view the members but not change them. %1"));
    const QString principal = selectedPrincipal();
    const int row = m_model->rowOf(principal);

    QString removeRefusal = refusal;
    QString changeRefusal = refusal;
    if (refusal.isEmpty() && row < 0) {
        removeRefusal = changeRefusal = tr("Select a member first.");
    } else if (refusal.isEmpty()) {
        removeRefusal = m_services.members.checkMayStopBeingAdministrator(m_workspaceId, principal, true).text();
        changeRefusal = m_services.members.checkMayStopBeingAdministrator(m_workspaceId, principal, false).text();
    }
    AccessUi::setAllowed(m_addButton, nullptr, refusal, tr("Add RAM users of this account as members"));
    const QString name = row >= 0 ? m_model->displayName(m_model->member(row)) : QString();
    AccessUi::setAllowed(m_changeRoleButton, m_changeRoleAction, changeRefusal, tr("Change the role of %1").arg(name));
    AccessUi::setAllowed(m_removeButton, m_removeAction, removeRefusal, tr("Remove %1 from this workspace").arg(name));
}

void MembersTab::addMembers()
{
    if (!m_addButton->isEnabled())
        return;
    const Result<QStringList> addable = m_services.members.addableUsers(m_workspaceId);
    if (!addable.ok()) {
        showMessage(addable.text());
        return;
    }
    auto *dialog = new AddMemberDialog(addable.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitter([this](const QStringList &users, const QString &role) {
        const Status s = m_services.members.addMembers(m_session.identity(), m_workspaceId, users, role);
        if (s.ok())
            showChanged(users.value(0),
                        tr("Added %1 as %2.").arg(Format::nameList(users), ProductSpec::roleName(role)));
        return s;
    });
    dialog->open();
}

void MembersTab::changeRole()
{
    const QString principal = selectedPrincipal();
    const int row = m_model->rowOf(principal);
    if (row < 0 || !m_changeRoleButton->isEnabled())
        return;
    const Member member = m_model->member(row);
    const QString name = m_model->displayName(member);
    auto *dialog = new ChangeRoleDialog(name, member.role, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitter([this, principal, name](const QString &role) {
        const Status s = m_services.members.changeRole(m_session.identity(), m_workspaceId, principal, role);
        if (s.ok())
            showChanged(principal, tr("%1 now has the role %2.").arg(name, ProductSpec::roleName(role)));
        return s;
    });
    dialog->open();
}

void MembersTab::removeMember()
{
    const QString principal = selectedPrincipal();
    const int row = m_model->rowOf(principal);
    if (row < 0 || !m_removeButton->isEnabled())
        return;
    const QString name = m_model->displayName(m_model->member(row));
    if (!confirmRemoval(QStringLiteral("removeMemberConfirmation"), tr("Remove Member"),
                        tr("Remove <b>%1</b> from this workspace?").arg(name.toHtmlEscaped()),
                        tr("%1 loses access to this workspace's jobs, queues and data catalogs. The RAM user itself "
                           "is not deleted and can be added again.")
                            .arg(name.toHtmlEscaped())))
        return;
    const Status s = m_services.members.removeMember(m_session.identity(), m_workspaceId, principal);
    reportOutcome(s, tr("Removed %1 from this workspace.").arg(name), tr("%1 was not removed: %2").arg(name, s.text()));
}

void MembersTab::retranslateUi()
{
    m_intro->setText(tr("Members of this workspace and their roles. A workspace administrator can add RAM users of "
                        "this account and change or remove their roles."));
    view()->setAccessibleName(tr("Members"));
    m_addButton->setText(tr("Add User"));
    m_changeRoleButton->setText(tr("Change Role…"));
    m_removeButton->setText(tr("Remove"));
    m_changeRoleAction->setText(tr("Change Role…"));
    m_removeAction->setText(tr("Remove"));
    m_model->retranslate();
    updateActions();
}
