#include "ui/detail/jobs/RunJobDialog.h"

#include "models/JobService.h"
#include "ui/common/AccessUi.h"
#include "ui/common/CuEdit.h"
#include "models/ProductSpec.h"
#include "models/Services.h"
#include "models/Session.h"

#include <QDialogButtonBox>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

RunJobDialog::RunJobDialog(Services &services, Session &session, const QString &workspaceId, QWidget *parent)
    : SubmitDialog(QStringLiteral("runJobDialog"), QStringLiteral("runButton"), parent), m_services(services),
      m_session(session), m_workspaceId(workspaceId)
{
    // Unreadable jobs leave the name list empty; submitting reports the storage error.
    const Result<QList<Job>> jobs = m_services.jobs.jobs(workspaceId);
    if (jobs.ok())
        m_jobs = jobs.value();
    const auto workspace = m_services.workspaces.find(workspaceId);
    const int quota = workspace ? workspace->cuQuota : 1;

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_name = new QComboBox(this);
    m_name->setObjectName(QStringLiteral("jobNameCombo"));
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    for (const Job &job : std::as_const(m_jobs))
        m_name->addItem(job.name);
    m_name->setCurrentIndex(-1);
    m_name->setEditText(QString());
    connect(m_name, &QComboBox::textActivated, this, &RunJobDialog::fillFromExistingJob);

    m_codeType = new QComboBox(this);
    m_codeType->setObjectName(QStringLiteral("codeTypeCombo"));
    for (const QString &type : ProductSpec::codeTypes())
        m_codeType->addItem(type, type);

    m_script = new QPlainTextEdit(this);
    m_script->setObjectName(QStringLiteral("scriptEdit"));
    m_script->setTabChangesFocus(true);
    m_script->setMinimumHeight(120);

    // Kept as typed: more CUs than allowed is explained by the service's rule, never clamped.
    m_cu = new CuEdit(this);
    m_cu->setObjectName(QStringLiteral("cuEdit"));
    m_cu->setValue(std::max(1, std::min(8, quota)));

    m_queue = new QComboBox(this);
    m_queue->setObjectName(QStringLiteral("queueCombo"));
    const Result<QStringList> queues = m_services.jobs.queueNames(workspaceId);
    for (const QString &queue : queues.ok() ? queues.value() : QStringList())
        m_queue->addItem(queue, queue);
    // A Data Analytics member may submit to dev_queue only: start there when root_queue is refused.
    if (!m_services.jobs.canRunJobs(m_session.identity(), workspaceId, ProductSpec::RootQueue).ok()) {
        const int dev = m_queue->findData(ProductSpec::DevQueue);
        if (dev >= 0)
            m_queue->setCurrentIndex(dev);
    }

    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(int(JobService::MinDurationMs / 1000), int(JobService::MaxDurationMs / 1000));
    m_duration->setValue(60);

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_outcome->addItem(QString(), ProductSpec::RunSuccess);
    m_outcome->addItem(QString(), ProductSpec::RunFailed);

    auto *form = new QFormLayout;
    addFieldRow(form, [] { return tr("Job &Name:"); }, m_name, Field::Name, QStringLiteral("nameError"));
    addFieldRow(form, [] { return tr("&Code Type:"); }, m_codeType, JobService::CodeTypeField,
                QStringLiteral("codeTypeError"));
    addFieldRow(form, [] { return tr("&Script:"); }, m_script, JobService::ScriptField, QStringLiteral("scriptError"));
    addFieldRow(form, [] { return tr("C&Us:"); }, m_cu, JobService::CuField, QStringLiteral("cuError"));
    addFieldRow(form, [] { return tr("&Queue:"); }, m_queue, Field::Queue, QStringLiteral("queueError"));
    addFieldRow(form, [] { return tr("Simulated &duration:"); }, m_duration, Field::Duration,
                QStringLiteral("durationError"));
    addFieldRow(form, [] { return tr("&Outcome:"); }, m_outcome, JobService::OutcomeField,
                QStringLiteral("outcomeError"));
    QLabel *generalError = newErrorLabel(Field::General, QStringLiteral("generalError"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(generalError);
    layout->addWidget(buttonBox());

    m_name->setFocus();
    resize(560, 520);
    retranslateUi();
}

void RunJobDialog::retranslateUi()
{
    setWindowTitle(tr("Run Job"));
    m_intro->setText(tr("The run is simulated: it waits for free CUs within the workspace's CU quota, runs for the "
                        "duration you set and then ends as you choose."));
    m_name->setAccessibleName(tr("Job Name"));
    m_name->lineEdit()->setAccessibleName(tr("Job Name")); // the editable part is what has the focus
    m_name->view()->setAccessibleName(tr("Existing jobs"));
    m_name->lineEdit()->setPlaceholderText(tr("A new name, or an existing job to run again"));
    m_duration->setSuffix(tr(" s"));
    m_outcome->setItemText(0, ProductSpec::runStateName(ProductSpec::RunSuccess));
    m_outcome->setItemText(1, ProductSpec::runStateName(ProductSpec::RunFailed));
    acceptButton()->setText(tr("Run Job"));
}

void RunJobDialog::fillFromExistingJob(const QString &name)
{
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.name != name)
            continue;
        m_codeType->setCurrentIndex(std::max(0, m_codeType->findData(job.codeType)));
        m_script->setPlainText(job.script);
        return;
    }
}

Status RunJobDialog::submit()
{
    JobRunRequest request;
    request.name = m_name->currentText();
    request.codeType = m_codeType->currentData().toString();
    request.script = m_script->toPlainText();
    if (const QString typed = m_cu->inputError(); !typed.isEmpty())
        return Status::failure(JobService::CuField, typed);
    request.cu = m_cu->valueOr(0);
    request.queue = m_queue->currentData().toString();
    request.outcome = m_outcome->currentData().toString();
    request.durationMs = qint64(m_duration->value()) * 1000;
    const Result<JobRun> r = m_services.jobs.runJob(m_session.identity(), m_workspaceId, request);
    if (r.ok())
        m_run = r.value();
    return r;
}
