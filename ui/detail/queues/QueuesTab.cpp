#include "ui/detail/queues/QueuesTab.h"

#include "ui/common/AccessUi.h"
#include "ui/detail/queues/QueueDialog.h"
#include "ui/detail/queues/QueueTableModel.h"
#include "models/Checked.h"
#include "models/Services.h"
#include "ui/common/FollowFeed.h"
#include "models/Session.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

QueuesTab::QueuesTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent)
    : WorkspaceTab(services, session, workspaceId, QStringLiteral("queues"), parent)
{
    setObjectName(QStringLiteral("queuesTab"));
    m_intro->setObjectName(QStringLiteral("queuesSummary"));
    // The quota bounds the queues, and a queue in use by an active run cannot be removed.
    followFeed(this, m_services.feed, m_workspaceId,
               {Change::Kind::Queues, Change::Kind::WorkspaceChanged, Change::Kind::Runs, Change::Kind::Members},
               [this] { refresh(); });
    m_model = new QueueTableModel(this);
    setTable(m_model, QueueTableModel::NameColumn, QueueTableModel::NameRole, 260);
    m_addButton = newButton(QStringLiteral("addQueueButton"), [this] { addQueue(); });
    m_editButton = newButton(QStringLiteral("editQueueButton"), [this] { editQueue(); });
    m_removeButton = newButton(QStringLiteral("removeQueueButton"), [this] { removeQueue(); });
    m_editAction = newRowAction([this] { editQueue(); });
    m_removeAction = newRowAction([this] { removeQueue(); }, true);
    connect(view(), &QAbstractItemView::activated, this, [this] {
        if (m_editButton->isEnabled())
            editQueue();
    });
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueuesTab::updateActions);
    finishSetup();
}

void QueuesTab::refresh()
{
    const QString selected = selectedQueue();
    const Result<QList<Queue>> queues = canView() ? m_services.queues.list(m_workspaceId)
                                                  : Result<QList<Queue>>(QList<Queue>());
    m_model->setQueues(queues.ok() ? queues.value() : QList<Queue>());
    if (!queues.ok())
        showMessage(queues.text()); // a failed read is said, not shown as no queues
    restoreSelection(selected);
    updateSummary();
    updateActions();
}

void QueuesTab::updateSummary()
{
    if (m_model->rowCount() == 0) {
        m_intro->setText(tr("Resource queues of this workspace."));
        return;
    }
    const Result<qint64> quotaRead = m_services.queues.cuQuota(m_workspaceId);
    const Result<qint64> allocatedRead = m_services.queues.allocatedCu(m_workspaceId);
    if (!quotaRead.ok() || !allocatedRead.ok()) {
        m_intro->setText(!quotaRead.ok() ? quotaRead.text() : allocatedRead.text());
        return;
    }
    const qint64 quota = quotaRead.value();
    const qint64 allocated = allocatedRead.value();
    m_intro->setText(tr("CU quota: %1 · Allocated to queues: %2 · Free: %3. The queues together cannot have more "
                          "CUs than the workspace's CU quota.")
                           .arg(quota)
                           .arg(allocated)
                           .arg(std::max<qint64>(0, Checked::sub(quota, allocated))));
}

void QueuesTab::updateActions()
{
    const QString refusal = showPermission(Permissions::InWorkspace::ManageQueues,
                                           tr("You can view the queues but not change them. %1"));
    const QString queue = selectedQueue();

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

void QueuesTab::addQueue()
{
    if (!m_addButton->isEnabled())
        return;
    const Result<qint64> quota = m_services.queues.cuQuota(m_workspaceId);
    const Result<qint64> free = m_services.queues.maxCuFor(m_workspaceId);
    if (!quota.ok() || !free.ok()) {
        showMessage(!quota.ok() ? quota.text() : free.text());
        return;
    }
    auto *dialog = new QueueDialog(QueueDialog::Mode::Add, QString(), Checked::toInt(free.value()),
                                   Checked::toInt(free.value()), Checked::toInt(quota.value()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitter([this](const QString &name, int cu) {
        const Status s = m_services.queues.addQueue(m_session.identity(), m_workspaceId, name, cu);
        if (s.ok())
            showChanged(name, tr("Added the queue %1 with %Ln CU(s).", nullptr, cu).arg(name));
        return s;
    });
    dialog->open();
}

void QueuesTab::editQueue()
{
    const QString name = selectedQueue();
    if (!m_editButton->isEnabled())
        return;
    const Result<std::optional<Queue>> queue = m_services.queues.find(m_workspaceId, name);
    const Result<qint64> max = m_services.queues.maxCuFor(m_workspaceId, name);
    const Result<qint64> quota = m_services.queues.cuQuota(m_workspaceId);
    for (const Status *read : {static_cast<const Status *>(&queue), static_cast<const Status *>(&max),
                               static_cast<const Status *>(&quota)}) {
        if (!read->ok()) {
            showMessage(read->text());
            return;
        }
    }
    if (!queue.value())
        return;
    auto *dialog = new QueueDialog(QueueDialog::Mode::Edit, name, queue.value()->cu, Checked::toInt(max.value()),
                                   Checked::toInt(quota.value()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmitter([this, name](const QString &, int cu) {
        const Status s = m_services.queues.setQueueCu(m_session.identity(), m_workspaceId, name, cu);
        if (s.ok())
            showChanged(name, tr("The queue %1 now has %Ln CU(s).", nullptr, cu).arg(name));
        return s;
    });
    dialog->open();
}

void QueuesTab::removeQueue()
{
    const QString name = selectedQueue();
    if (name.isEmpty() || !m_removeButton->isEnabled())
        return;
    if (!confirmRemoval(QStringLiteral("removeQueueConfirmation"), tr("Remove Queue"),
                        tr("Remove the queue <b>%1</b> from this workspace?").arg(name.toHtmlEscaped()),
                        tr("Its CUs become free for the other queues. Jobs can no longer be submitted to it.")))
        return;
    const Status s = m_services.queues.removeQueue(m_session.identity(), m_workspaceId, name);
    reportOutcome(s, tr("Removed the queue %1.").arg(name), tr("The queue %1 was not removed: %2").arg(name, s.text()));
}

void QueuesTab::retranslateUi()
{
    view()->setAccessibleName(tr("Queues"));
    m_addButton->setText(tr("Add Queue"));
    m_editButton->setText(tr("Edit CUs…"));
    m_removeButton->setText(tr("Remove"));
    m_editAction->setText(tr("Edit CUs…"));
    m_removeAction->setText(tr("Remove"));
    m_model->retranslate();
    updateSummary();
    updateActions();
}
