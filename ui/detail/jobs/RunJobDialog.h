#pragma once

#include "models/Domain.h"
#include "ui/common/SubmitDialog.h"

#include <memory>

class QComboBox;
class QPushButton;
class Session;
class Services;

// Run Job: a job's name, code type and script, the CUs and queue of the run, and, because the
// cloud is simulated, how long the run takes and whether it succeeds. Submitting an existing
// job's name runs that job again with the script shown.
class RunJobDialog : public SubmitDialog
{
    Q_OBJECT

public:
    RunJobDialog(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);
    ~RunJobDialog() override;

    // The run submitted when the dialog was accepted.
    const JobRun &submittedRun() const { return m_run; }

    QComboBox *nameCombo() const;
    QPushButton *runButton() const { return acceptButton(); }

private:
    Status submit() override;
    void retranslateUi() override;
    void fillFromExistingJob(const QString &name);

    Services &m_services;
    Session &m_session;
    QString m_workspaceId;
    QList<Job> m_jobs;
    JobRun m_run;
    // The form's controls: only the dialog reads them (and tests the name, through nameCombo()).
    struct Fields;
    const std::unique_ptr<Fields> m_fields;
};
