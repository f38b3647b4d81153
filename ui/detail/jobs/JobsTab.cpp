#include "ui/detail/jobs/JobsTab.h"

#include "ui/common/Announce.h"

#include "models/Format.h"
#include "ui/detail/jobs/JobRunTableModel.h"
#include "models/ChangeFeed.h"
#include "models/ProductSpec.h"
#include "ui/detail/jobs/RunJobDialog.h"
#include "models/Services.h"
#include "models/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

JobsTab::JobsTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent)
    : QWidget(parent), m_services(services), m_session(session), m_workspaceId(workspaceId)
{
    setObjectName(QStringLiteral("jobsTab"));
    m_model = new JobRunTableModel(this);

    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(QStringLiteral("runJobButton"));
    connect(m_runButton, &QPushButton::clicked, this, &JobsTab::runJob);
    m_stopButton = new QPushButton(this);
    m_stopButton->setObjectName(QStringLiteral("stopRunButton"));
    connect(m_stopButton, &QPushButton::clicked, this, &JobsTab::stopSelectedRun);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("jobsSummary"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("jobsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_permission = new QLabel(this);
    m_permission->setObjectName(QStringLiteral("jobsPermission"));
    m_permission->setWordWrap(true);
    m_permission->hide();
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("jobsWaiting"));
    m_waiting->setWordWrap(true);
    m_waiting->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_waiting->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("jobRunsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(JobRunTableModel::JobNameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(JobRunTableModel::SubmittedColumn, QHeaderView::ResizeToContents);
    m_view->setTabKeyNavigation(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsTab::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch(1);
    buttons->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_permission);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_waiting);

    // The runs themselves depend on the identity: who may not view the workspace sees none.
    connect(&m_session, &Session::identityChanged, this, &JobsTab::refresh);

    // The runs move on in the scheduler; the feed says when this workspace's runs, its status
    // (Starting -> Running enables Run Job) or its members (the roles behind the buttons) change.
    const auto forThisWorkspace = [this](const QString &id) {
        if (id == m_workspaceId)
            refresh();
    };
    connect(&m_services.feed, &ChangeFeed::runsChanged, this, forThisWorkspace);
    connect(&m_services.feed, &ChangeFeed::workspaceChanged, this, forThisWorkspace);
    connect(&m_services.feed, &ChangeFeed::membersChanged, this, forThisWorkspace);
    connect(&m_services.feed, &ChangeFeed::queuesChanged, this, forThisWorkspace);
    connect(&m_services.feed, &ChangeFeed::reloaded, this, &JobsTab::refresh);

    // Display only: the Duration of a Running run counts up each second. Nothing is read or
    // written, and the timer runs only while a run is Running.
    m_durationTimer = new QTimer(this);
    m_durationTimer->setInterval(1000);
    connect(m_durationTimer, &QTimer::timeout, this, [this] { m_model->setNow(m_services.clock.nowMs()); });

    retranslateUi(); // also loads the runs
}

void JobsTab::retranslateUi()
{
    m_runButton->setText(tr("Run Job…"));
    m_runButton->setAccessibleName(tr("Run Job"));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setAccessibleName(tr("Stop"));
    m_view->setAccessibleName(tr("Job runs"));
    m_view->horizontalHeader()->setAccessibleName(tr("Job run columns"));
    m_model->retranslate();
    refresh();
}

void JobsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString JobsTab::selectedRunId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(JobRunTableModel::RunIdRole).toString();
}

void JobsTab::selectRun(const QString &runId)
{
    const int row = m_model->rowOf(runId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void JobsTab::refresh()
{
    const QString selected = selectedRunId();
    // As on the Members, Queues and Data Catalogs tabs: who may not view the workspace (not a
    // member) does not see its job runs either.
    const Status view = m_services.workspaces.checkAccess(m_session.identity(), m_workspaceId,
                                               Permissions::InWorkspace::View);
    m_permission->setText(view.ok() ? QString() : view.text());
    m_permission->setVisible(!view.ok());
    const Result<QList<JobRun>> read = view.ok() ? m_services.jobs.runs(m_workspaceId) : Result<QList<JobRun>>(QList<JobRun>());
    if (!read.ok())
        showMessage(read.text()); // a failed read is not "no runs": keep what is shown and say why
    const QList<JobRun> runs = read.ok() ? read.value() : m_model->runs();
    m_model->setRuns(runs, m_services.clock.nowMs());
    if (m_model->hasRunningRuns())
        m_durationTimer->start();
    else
        m_durationTimer->stop();
    if (!selected.isEmpty() && selectedRunId() != selected)
        selectRun(selected);
    const Result<int> active = m_services.jobs.activeRunCount(m_session.identity(), m_workspaceId);
    if (active.ok()) {
        m_summary->setText(tr("%n active run(s)", nullptr, active.value()));
        m_summary->setToolTip(QString());
    } else {
        // Never a number that is not true: who may not see the runs is told the figure is hidden.
        m_summary->setText(active.has(ErrorCode::PermissionDenied) ? tr("Active runs: hidden")
                                                                   : tr("Active runs: unknown"));
        m_summary->setToolTip(active.text());
    }
    m_summary->setAccessibleName(m_summary->text());
    m_summary->setAccessibleDescription(m_summary->toolTip());
    updateButtons();
}

void JobsTab::updateWaiting()
{
    const JobRun *shown = m_model->run(m_model->rowOf(selectedRunId()));
    if (!shown || shown->waitingFor.isEmpty()) {
        shown = nullptr;
        // Nothing selected that waits: the oldest waiting run (the list is newest first).
        for (int row = m_model->rowCount() - 1; row >= 0 && !shown; --row)
            if (!m_model->run(row)->waitingFor.isEmpty())
                shown = m_model->run(row);
    }
    m_waiting->setText(shown ? tr("%1 (%2): %3").arg(shown->jobName, ProductSpec::runStateName(shown->state),
                                                     shown->waitingFor)
                             : QString());
    m_waiting->setVisible(shown);
}

void JobsTab::updateButtons()
{
    updateWaiting();
    const Identity &who = m_session.identity();
    const Result<Workspace> found = m_services.workspaces.find(m_workspaceId);
    const bool exists = found.ok();
    Status run = m_services.jobs.canRunJobs(who, m_workspaceId);
    if (run.ok())
        run = m_services.jobs.checkAcceptsRuns(m_workspaceId); // a new workspace is Starting for a moment
    m_runButton->setEnabled(exists && run.ok());
    m_runButton->setToolTip(!exists ? found.text()
                            : run.ok() ? tr("Submit a job run to this workspace") : run.text());

    const int row = m_model->rowOf(selectedRunId());
    const Status stop = m_services.jobs.canStopJobs(who, m_workspaceId);
    QString why;
    if (!stop.ok())
        why = stop.text();
    else if (row < 0)
        why = tr("Select an active job run first.");
    else if (m_model->run(row)->state == ProductSpec::RunCancelling)
        why = tr("This run is already being stopped.");
    else if (!ProductSpec::isActiveRunState(m_model->run(row)->state))
        why = tr("This run has already ended.");
    m_stopButton->setEnabled(why.isEmpty());
    m_stopButton->setToolTip(why.isEmpty() ? tr("Stop the selected job run") : why);
}

void JobsTab::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        Announce::alert(m_message);
}

void JobsTab::runJob()
{
    RunJobDialog dialog(m_services, m_session, m_workspaceId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(QString());
    refresh();
    const JobRun &run = dialog.submittedRun();
    selectRun(run.id);
    emit statusMessage(tr("Submitted a run of %1 (%2).").arg(run.jobName, run.id));
}

bool JobsTab::confirmStop(const JobRun &run)
{
    QString text = tr("Stop the run of %1 (%2 CUs on %3)? It is %4.")
                       .arg(run.jobName, Format::number(run.cu), run.queue, ProductSpec::runStateName(run.state));
    if (!run.waitingFor.isEmpty())
        text += QLatin1Char('\n') + run.waitingFor;
    QMessageBox box(QMessageBox::Question, tr("Stop Job Run"), text, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("stopRunConfirmation"));
    QPushButton *stop = box.addButton(tr("Stop Run"), QMessageBox::AcceptRole);
    stop->setAccessibleName(tr("Stop Run"));
    QPushButton *keep = box.addButton(tr("Don't Stop"), QMessageBox::RejectRole);
    keep->setAccessibleName(tr("Don't Stop"));
    // Enter keeps the run: stopping throws away its work.
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == stop;
}

void JobsTab::stopSelectedRun()
{
    const QString id = selectedRunId();
    if (id.isEmpty())
        return;
    const JobRun *shown = m_model->run(m_model->rowOf(id));
    const QString name = shown ? shown->jobName : id;
    if (shown && !confirmStop(*shown))
        return;
    const Status s = m_services.jobs.stopRun(m_session.identity(), id);
    refresh();
    if (!s.ok()) {
        showMessage(s.text());
        return;
    }
    showMessage(QString());
    emit statusMessage(tr("Stopping the run of %1.").arg(name));
}
