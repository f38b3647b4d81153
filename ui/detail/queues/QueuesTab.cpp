#include "ui/detail/queues/QueuesTab.h"

#include "ui/common/AccessUi.h"
#include "ui/detail/queues/QueueDialog.h"
#include "ui/detail/queues/QueueTableModel.h"
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
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

QueuesTab::QueuesTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session), m_workspaceId(workspaceId)
{
    setObjectName(QStringLiteral("queuesTab"));
    // The quota bounds the queues, and a queue in use by an active run cannot be removed.
    followFeed(this, m_services.feed, m_workspaceId,
               {Change::Kind::Queues, Change::Kind::WorkspaceChanged, Change::Kind::Runs, Change::Kind::Members},
               [this] { refresh(); });
    m_model = new QueueTableModel(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("queuesSummary"));
    m_summary->setWordWrap(true);
    m_permission = new QLabel(this);
    m_permission->setObjectName(QStringLiteral("queuesPermission"));
    m_permission->setWordWrap(true);
    m_permission->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("queuesTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(QueueTableModel::NameColumn, 260);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addQueueButton"));
    m_editButton = new QPushButton(this);
    m_editButton->setObjectName(QStringLiteral("editQueueButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeQueueButton"));
    connect(m_addButton, &QPushButton::clicked, this, &QueuesTab::addQueue);
    connect(m_editButton, &QPushButton::clicked, this, &QueuesTab::editQueue);
    connect(m_removeButton, &QPushButton::clicked, this, &QueuesTab::removeQueue);

    m_editAction = new QAction(this);
    m_removeAction = new QAction(this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_editAction, &QAction::triggered, this, &QueuesTab::editQueue);
    connect(m_removeAction, &QAction::triggered, this, &QueuesTab::removeQueue);
    m_view->addAction(m_editAction);
    m_view->addAction(m_removeAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        if (m_editButton->isEnabled())
            editQueue();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueuesTab::updateActions);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("queuesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_permission);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    setTabOrder(m_addButton, m_editButton);
    setTabOrder(m_editButton, m_removeButton);
    setTabOrder(m_removeButton, m_view);

    retranslateUi();
    refresh();
}

QString QueuesTab::selectedQueue() const
{
    return AccessUi::selectedData(m_view, QueueTableModel::NameRole);
}

void QueuesTab::selectQueue(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        AccessUi::selectRow(m_view, m_model->index(row, QueueTableModel::NameColumn));
}

void QueuesTab::refresh()
{
    const QString selected = selectedQueue();
    const Status view = WorkspaceAccess::check(m_services.db, m_session.identity(), m_workspaceId,
                                               Permissions::InWorkspace::View);
    m_model->setQueues(view.ok() ? m_services.queues.list(m_workspaceId) : QList<Queue>());
    if (!selected.isEmpty() && m_model->rowOf(selected) >= 0)
        selectQueue(selected);
    else if (m_model->rowCount() > 0)
        AccessUi::selectRow(m_view, m_model->index(0, 0));
    updateSummary();
    updateActions();
}

void QueuesTab::updateSummary()
{
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("Resource queues of this workspace."));
        return;
    }
    const int quota = m_services.queues.cuQuota(m_workspaceId);
    const int allocated = m_services.queues.allocatedCu(m_workspaceId);
    m_summary->setText(tr("CU quota: %1 · Allocated to queues: %2 · Free: %3. The queues together cannot have more "
                          "CUs than the workspace's CU quota.")
                           .arg(quota)
                           .arg(allocated)
                           .arg(std::max(0, quota - allocated)));
}

void QueuesTab::updateActions()
{
    const Identity &who = m_session.identity();
    const Status view = WorkspaceAccess::check(m_services.db, who, m_workspaceId, Permissions::InWorkspace::View);
    const Status manage = WorkspaceAccess::check(m_services.db, who, m_workspaceId, Permissions::InWorkspace::ManageQueues);
    const QString queue = selectedQueue();
    const QString refusal = !view.ok() ? view.text() : manage.text();
    if (!view.ok())
        AccessUi::showError(m_permission, view.text());
    else if (!manage.ok())
        AccessUi::showError(m_permission, tr("You can view the queues but not change them. %1").arg(manage.text()));
    else
        AccessUi::showError(m_permission, {});

    QString editRefusal = refusal;
    QString removeRefusal = refusal;
    if (refusal.isEmpty() && queue.isEmpty())
        editRefusal = removeRefusal = tr("Select a queue first.");
    else if (refusal.isEmpty())
        removeRefusal = QueueService::whyNotRemovable(queue);
    AccessUi::setAllowed(m_addButton, nullptr, refusal, tr("Add a resource queue to this workspace"));
    AccessUi::setAllowed(m_editButton, m_editAction, editRefusal, tr("Change the CUs of %1").arg(queue));
    AccessUi::setAllowed(m_removeButton, m_removeAction, removeRefusal, tr("Remove %1 from this workspace").arg(queue));
}

void QueuesTab::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void QueuesTab::addQueue()
{
    if (!m_addButton->isEnabled())
        return;
    const int quota = m_services.queues.cuQuota(m_workspaceId);
    const int free = m_services.queues.maxCuFor(m_workspaceId);
    auto *dialog = new QueueDialog(QueueDialog::Mode::Add, QString(), free, free, quota, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitter([this](const QString &name, int cu) {
        const Status s = m_services.queues.addQueue(m_session.identity(), m_workspaceId, name, cu);
        if (s.ok()) {
            refresh();
            selectQueue(name);
            const QString text = tr("Added the queue %1 with %n CU(s).", nullptr, cu).arg(name);
            showMessage(text);
            emit statusMessage(text);
        }
        return s;
    });
    dialog->open();
}

void QueuesTab::editQueue()
{
    const QString name = selectedQueue();
    const auto queue = m_services.queues.find(m_workspaceId, name);
    if (!queue || !m_editButton->isEnabled())
        return;
    auto *dialog = new QueueDialog(QueueDialog::Mode::Edit, name, queue->cu, m_services.queues.maxCuFor(m_workspaceId, name),
                                   m_services.queues.cuQuota(m_workspaceId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitter([this, name](const QString &, int cu) {
        const Status s = m_services.queues.setQueueCu(m_session.identity(), m_workspaceId, name, cu);
        if (s.ok()) {
            refresh();
            selectQueue(name);
            const QString text = tr("The queue %1 now has %n CU(s).", nullptr, cu).arg(name);
            showMessage(text);
            emit statusMessage(text);
        }
        return s;
    });
    dialog->open();
}

void QueuesTab::removeQueue()
{
    const QString name = selectedQueue();
    if (name.isEmpty() || !m_removeButton->isEnabled())
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove Queue"),
                    tr("Remove the queue <b>%1</b> from this workspace?").arg(name.toHtmlEscaped()), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("removeQueueConfirmation"));
    box.setTextFormat(Qt::RichText);
    box.setInformativeText(tr("Its CUs become free for the other queues. Jobs can no longer be submitted to it."));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    const Status s = m_services.queues.removeQueue(m_session.identity(), m_workspaceId, name);
    refresh();
    if (!s.ok()) {
        showMessage(tr("The queue %1 was not removed: %2").arg(name, s.text()));
        return;
    }
    const QString text = tr("Removed the queue %1.").arg(name);
    showMessage(text);
    emit statusMessage(text);
}

void QueuesTab::retranslateUi()
{
    m_view->setAccessibleName(tr("Queues"));
    m_addButton->setText(tr("Add Queue"));
    m_editButton->setText(tr("Edit CUs…"));
    m_removeButton->setText(tr("Remove"));
    m_view->horizontalHeader()->setAccessibleName(tr("Column headers"));
    m_editAction->setText(tr("Edit CUs…"));
    m_removeAction->setText(tr("Remove"));
    m_model->retranslate();
    updateSummary();
    updateActions();
}

void QueuesTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
