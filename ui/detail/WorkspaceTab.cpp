#include "ui/detail/WorkspaceTab.h"

#include "ui/common/Announce.h"

#include "ui/common/AccessUi.h"
#include "models/Services.h"
#include "models/Session.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

WorkspaceTab::WorkspaceTab(Services &services, Session &session, const QString &workspaceId, const QString &prefix,
                           QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session), m_workspaceId(workspaceId)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_permission = new QLabel(this);
    m_permission->setObjectName(prefix + QStringLiteral("Permission"));
    m_permission->setWordWrap(true);
    m_permission->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(prefix + QStringLiteral("Table"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_message = new QLabel(this);
    m_message->setObjectName(prefix + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_buttons = new QHBoxLayout;
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_permission);
    layout->addLayout(m_buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
}

void WorkspaceTab::setTable(QAbstractItemModel *model, int keyColumn, int keyRole, int keyColumnWidth)
{
    m_model = model;
    m_keyColumn = keyColumn;
    m_keyRole = keyRole;
    m_view->setModel(model);
    m_view->setColumnWidth(keyColumn, keyColumnWidth);
}

QPushButton *WorkspaceTab::newButton(const QString &objectName, const std::function<void()> &clicked)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, clicked);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    if (m_lastInTabOrder)
        setTabOrder(m_lastInTabOrder, button);
    setTabOrder(button, m_view);
    m_lastInTabOrder = button;
    return button;
}

QAction *WorkspaceTab::newRowAction(const std::function<void()> &triggered, bool removes)
{
    auto *action = new QAction(this);
    if (removes) {
        action->setShortcut(QKeySequence::Delete);
        action->setShortcutContext(Qt::WidgetShortcut);
    }
    connect(action, &QAction::triggered, this, triggered);
    m_view->addAction(action);
    return action;
}

void WorkspaceTab::finishSetup()
{
    retranslateCommon();
    retranslateUi();
    refresh();
}

QString WorkspaceTab::selectedKey() const
{
    return AccessUi::selectedData(m_view, m_keyRole);
}

void WorkspaceTab::selectKey(const QString &key)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, m_keyColumn);
        if (index.data(m_keyRole).toString() == key) {
            AccessUi::selectRow(m_view, index);
            return;
        }
    }
}

void WorkspaceTab::restoreSelection(const QString &previous)
{
    if (!previous.isEmpty())
        selectKey(previous);
    if (selectedKey().isEmpty() && m_model->rowCount() > 0)
        AccessUi::selectRow(m_view, m_model->index(0, 0));
}

bool WorkspaceTab::canView() const
{
    return m_services.workspaces.checkAccess(m_session.identity(), m_workspaceId, Permissions::InWorkspace::View).ok();
}

QString WorkspaceTab::showPermission(Permissions::InWorkspace manage, const QString &viewOnly)
{
    const Identity &who = m_session.identity();
    const Status view = m_services.workspaces.checkAccess(who, m_workspaceId, Permissions::InWorkspace::View);
    const Status change = m_services.workspaces.checkAccess(who, m_workspaceId, manage);
    if (!view.ok())
        AccessUi::showError(m_permission, view.text());
    else if (!change.ok())
        AccessUi::showError(m_permission, viewOnly.arg(change.text()));
    else
        AccessUi::showError(m_permission, {});
    return !view.ok() ? view.text() : change.text();
}

bool WorkspaceTab::confirmRemoval(const QString &objectName, const QString &title, const QString &question,
                                  const QString &consequence)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box.setObjectName(objectName);
    box.setTextFormat(Qt::RichText);
    box.setInformativeText(consequence);
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void WorkspaceTab::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    // A result or a refusal in the tab is spoken, as the main window's notices are (issue 13).
    if (!text.isEmpty())
        Announce::alert(m_message);
}

void WorkspaceTab::reportDone(const QString &text)
{
    showMessage(text);
    emit statusMessage(text);
}

void WorkspaceTab::showChanged(const QString &key, const QString &text)
{
    refresh();
    selectKey(key);
    reportDone(text);
}

void WorkspaceTab::reportOutcome(const Status &status, const QString &done, const QString &failed)
{
    refresh();
    if (status.ok())
        reportDone(done);
    else
        showMessage(failed);
}

void WorkspaceTab::retranslateCommon()
{
    m_view->horizontalHeader()->setAccessibleName(tr("Column headers"));
}

void WorkspaceTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateCommon();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}
