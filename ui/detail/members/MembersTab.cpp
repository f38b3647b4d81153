#include "ui/detail/members/MembersTab.h"

#include "ui/common/AccessUi.h"
#include "ui/detail/members/AddMemberDialog.h"
#include "ui/detail/members/ChangeRoleDialog.h"
#include "ui/detail/members/MemberTableModel.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "ui/common/FollowFeed.h"
#include "models/Session.h"
#include "models/WorkspaceAccess.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

MembersTab::MembersTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session), m_workspaceId(workspaceId)
{
    setObjectName(QStringLiteral("membersTab"));
    followFeed(this, m_services.feed, m_workspaceId, {Change::Kind::Members}, [this] { refresh(); });
    m_model = new MemberTableModel(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_permission = new QLabel(this);
    m_permission->setObjectName(QStringLiteral("membersPermission"));
    m_permission->setWordWrap(true);
    m_permission->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("membersTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(MemberTableModel::MemberColumn, 320);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addMemberButton"));
    m_changeRoleButton = new QPushButton(this);
    m_changeRoleButton->setObjectName(QStringLiteral("changeRoleButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeMemberButton"));
    connect(m_addButton, &QPushButton::clicked, this, &MembersTab::addMembers);
    connect(m_changeRoleButton, &QPushButton::clicked, this, &MembersTab::changeRole);
    connect(m_removeButton, &QPushButton::clicked, this, &MembersTab::removeMember);

    // The same commands on the row's context menu (mouse, Menu key) and the Delete key.
    m_changeRoleAction = new QAction(this);
    m_removeAction = new QAction(this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_changeRoleAction, &QAction::triggered, this, &MembersTab::changeRole);
    connect(m_removeAction, &QAction::triggered, this, &MembersTab::removeMember);
    m_view->addAction(m_changeRoleAction);
    m_view->addAction(m_removeAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        if (m_changeRoleButton->isEnabled())
            changeRole();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersTab::updateActions);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("membersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_changeRoleButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_permission);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    setTabOrder(m_addButton, m_changeRoleButton);
    setTabOrder(m_changeRoleButton, m_removeButton);
    setTabOrder(m_removeButton, m_view);

    retranslateUi();
    refresh();
}

QString MembersTab::selectedPrincipal() const
{
    return AccessUi::selectedData(m_view, MemberTableModel::PrincipalRole);
}

void MembersTab::selectMember(const QString &principal)
{
    const int row = m_model->rowOf(principal);
    if (row >= 0)
        AccessUi::selectRow(m_view, m_model->index(row, MemberTableModel::MemberColumn));
}

void MembersTab::refresh()
{
    const QString selected = selectedPrincipal();
    const Status view = WorkspaceAccess::check(m_services.db, m_session.identity(), m_workspaceId,
                                               Permissions::InWorkspace::View);
    // Who may not view the workspace does not see its members either.
    m_model->setMembers(view.ok() ? m_services.members.list(m_workspaceId) : QList<Member>(),
                        m_services.account.accountUid());
    if (!selected.isEmpty() && m_model->rowOf(selected) >= 0)
        selectMember(selected);
    else if (m_model->rowCount() > 0)
        AccessUi::selectRow(m_view, m_model->index(0, 0));
    updateActions();
}

void MembersTab::updateActions()
{
    const Identity &who = m_session.identity();
    const Status view = WorkspaceAccess::check(m_services.db, who, m_workspaceId, Permissions::InWorkspace::View);
    const Status manage = WorkspaceAccess::check(m_services.db, who, m_workspaceId, Permissions::InWorkspace::ManageMembers);
    const QString principal = selectedPrincipal();
    const int row = m_model->rowOf(principal);

    const QString refusal = !view.ok() ? view.text() : manage.text();
    if (!view.ok())
        AccessUi::showError(m_permission, view.text());
    else if (!manage.ok())
        AccessUi::showError(m_permission, tr("You can view the members but not change them. %1").arg(manage.text()));
    else
        AccessUi::showError(m_permission, {});

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

void MembersTab::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void MembersTab::addMembers()
{
    if (!m_addButton->isEnabled())
        return;
    auto *dialog = new AddMemberDialog(m_services.members.addableUsers(m_workspaceId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitter([this](const QStringList &users, const QString &role) {
        const Status s = m_services.members.addMembers(m_session.identity(), m_workspaceId, users, role);
        if (s.ok()) {
            refresh();
            if (!users.isEmpty())
                selectMember(users.first());
            const QString text = tr("Added %1 as %2.")
                                     .arg(QLocale().createSeparatedList(users), ProductSpec::roleName(role));
            showMessage(text);
            emit statusMessage(text);
        }
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
        if (s.ok()) {
            refresh();
            selectMember(principal);
            const QString text = tr("%1 now has the role %2.").arg(name, ProductSpec::roleName(role));
            showMessage(text);
            emit statusMessage(text);
        }
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
    QMessageBox box(QMessageBox::Question, tr("Remove Member"),
                    tr("Remove <b>%1</b> from this workspace?").arg(name.toHtmlEscaped()), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeMemberConfirmation"));
    box.setTextFormat(Qt::RichText);
    box.setInformativeText(tr("%1 loses access to this workspace's jobs, queues and data catalogs. The RAM user itself "
                              "is not deleted and can be added again.")
                               .arg(name.toHtmlEscaped()));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    const Status s = m_services.members.removeMember(m_session.identity(), m_workspaceId, principal);
    refresh();
    if (!s.ok()) {
        showMessage(tr("%1 was not removed: %2").arg(name, s.text()));
        return;
    }
    const QString text = tr("Removed %1 from this workspace.").arg(name);
    showMessage(text);
    emit statusMessage(text);
}

void MembersTab::retranslateUi()
{
    m_intro->setText(tr("Members of this workspace and their roles. A workspace administrator can add RAM users of "
                        "this account and change or remove their roles."));
    m_view->setAccessibleName(tr("Members"));
    m_addButton->setText(tr("Add User"));
    m_changeRoleButton->setText(tr("Change Role…"));
    m_removeButton->setText(tr("Remove"));
    m_view->horizontalHeader()->setAccessibleName(tr("Column headers"));
    m_changeRoleAction->setText(tr("Change Role…"));
    m_removeAction->setText(tr("Remove"));
    m_model->retranslate();
    updateActions();
}

void MembersTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
