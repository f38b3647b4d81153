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

struct RunJobDialog::Fields
{
    QLabel *intro = nullptr;
    QComboBox *name = nullptr;
    QComboBox *codeType = nullptr;
    QPlainTextEdit *script = nullptr;
    CuEdit *cu = nullptr;
    QComboBox *queue = nullptr;
    QSpinBox *duration = nullptr;
    QComboBox *outcome = nullptr;
};

RunJobDialog::RunJobDialog(Services &services, Session &session, const QString &workspaceId, QWidget *parent)
    : SubmitDialog(QStringLiteral("runJobDialog"), QStringLiteral("runButton"), parent), m_services(services),
      m_session(session), m_workspaceId(workspaceId), m_fields(std::make_unique<Fields>())
{
    // Unreadable jobs leave the name list empty; submitting reports the storage error.
    const Result<QList<Job>> jobs = m_services.jobs.jobs(workspaceId);
    if (jobs.ok())
        m_jobs = jobs.value();
    const auto workspace = m_services.workspaces.find(workspaceId);
    const int quota = workspace ? workspace->cuQuota : 1;

    Fields &f = *m_fields;
    f.intro = new QLabel(this);
    f.intro->setWordWrap(true);

    f.name = new QComboBox(this);
    f.name->setObjectName(QStringLiteral("jobNameCombo"));
    f.name->setEditable(true);
    f.name->setInsertPolicy(QComboBox::NoInsert);
    for (const Job &job : std::as_const(m_jobs))
        f.name->addItem(job.name);
    f.name->setCurrentIndex(-1);
    f.name->setEditText(QString());
    connect(f.name, &QComboBox::textActivated, this, &RunJobDialog::fillFromExistingJob);

    f.codeType = new QComboBox(this);
    f.codeType->setObjectName(QStringLiteral("codeTypeCombo"));
    for (const QString &type : ProductSpec::codeTypes())
        f.codeType->addItem(type, type);

    f.script = new QPlainTextEdit(this);
    f.script->setObjectName(QStringLiteral("scriptEdit"));
    f.script->setTabChangesFocus(true);
    f.script->setMinimumHeight(120);

    // Kept as typed: more CUs than allowed is explained by the service's rule, never clamped.
    f.cu = new CuEdit(this);
    f.cu->setObjectName(QStringLiteral("cuEdit"));
    f.cu->setValue(std::max(1, std::min(8, quota)));

    f.queue = new QComboBox(this);
    f.queue->setObjectName(QStringLiteral("queueCombo"));
    const Result<QStringList> queues = m_services.jobs.queueNames(workspaceId);
    for (const QString &queue : queues.ok() ? queues.value() : QStringList())
        f.queue->addItem(queue, queue);
    // A Data Analytics member may submit to dev_queue only: start there when root_queue is refused.
    if (!m_services.jobs.canRunJobs(m_session.identity(), workspaceId, ProductSpec::RootQueue).ok()) {
        const int dev = f.queue->findData(ProductSpec::DevQueue);
        if (dev >= 0)
            f.queue->setCurrentIndex(dev);
    }

    f.duration = new QSpinBox(this);
    f.duration->setObjectName(QStringLiteral("durationSpin"));
    f.duration->setRange(int(JobService::MinDurationMs / 1000), int(JobService::MaxDurationMs / 1000));
    f.duration->setValue(60);

    f.outcome = new QComboBox(this);
    f.outcome->setObjectName(QStringLiteral("outcomeCombo"));
    f.outcome->addItem(QString(), ProductSpec::RunSuccess);
    f.outcome->addItem(QString(), ProductSpec::RunFailed);

    auto *form = new QFormLayout;
    addFieldRow(form, [] { return tr("Job &Name:"); }, f.name, Field::Name, QStringLiteral("nameError"));
    addFieldRow(form, [] { return tr("&Code Type:"); }, f.codeType, JobService::CodeTypeField,
                QStringLiteral("codeTypeError"));
    addFieldRow(form, [] { return tr("&Script:"); }, f.script, JobService::ScriptField, QStringLiteral("scriptError"));
    addFieldRow(form, [] { return tr("C&Us:"); }, f.cu, JobService::CuField, QStringLiteral("cuError"));
    addFieldRow(form, [] { return tr("&Queue:"); }, f.queue, Field::Queue, QStringLiteral("queueError"));
    addFieldRow(form, [] { return tr("Simulated &duration:"); }, f.duration, Field::Duration,
                QStringLiteral("durationError"));
    addFieldRow(form, [] { return tr("&Outcome:"); }, f.outcome, JobService::OutcomeField,
                QStringLiteral("outcomeError"));
    QLabel *generalError = newErrorLabel(Field::General, QStringLiteral("generalError"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(f.intro);
    layout->addLayout(form);
    layout->addWidget(generalError);
    layout->addWidget(buttonBox());

    f.name->setFocus();
    resize(560, 520);
    retranslateUi();
}

RunJobDialog::~RunJobDialog() = default;

QComboBox *RunJobDialog::nameCombo() const
{
    return m_fields->name;
}

void RunJobDialog::retranslateUi()
{
    Fields &f = *m_fields;
    setWindowTitle(tr("Run Job"));
    f.intro->setText(tr("The run is simulated: it waits for free CUs within the workspace's CU quota, runs for the "
                        "duration you set and then ends as you choose."));
    f.name->setAccessibleName(tr("Job Name"));
    f.name->lineEdit()->setAccessibleName(tr("Job Name")); // the editable part is what has the focus
    f.name->view()->setAccessibleName(tr("Existing jobs"));
    f.name->lineEdit()->setPlaceholderText(tr("A new name, or an existing job to run again"));
    f.duration->setSuffix(tr(" s"));
    f.outcome->setItemText(0, ProductSpec::runStateName(ProductSpec::RunSuccess));
    f.outcome->setItemText(1, ProductSpec::runStateName(ProductSpec::RunFailed));
    acceptButton()->setText(tr("Run Job"));
}

void RunJobDialog::fillFromExistingJob(const QString &name)
{
    Fields &f = *m_fields;
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.name != name)
            continue;
        f.codeType->setCurrentIndex(std::max(0, f.codeType->findData(job.codeType)));
        f.script->setPlainText(job.script);
        return;
    }
}

Status RunJobDialog::submit()
{
    const Fields &f = *m_fields;
    JobRunRequest request;
    request.name = f.name->currentText();
    request.codeType = f.codeType->currentData().toString();
    request.script = f.script->toPlainText();
    if (const QString typed = f.cu->inputError(); !typed.isEmpty())
        return Status::failure(JobService::CuField, typed);
    request.cu = f.cu->valueOr(0);
    request.queue = f.queue->currentData().toString();
    request.outcome = f.outcome->currentData().toString();
    request.durationMs = qint64(f.duration->value()) * 1000;
    const Result<JobRun> r = m_services.jobs.runJob(m_session.identity(), m_workspaceId, request);
    if (r.ok())
        m_run = r.value();
    return r;
}
