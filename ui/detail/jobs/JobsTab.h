#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class JobRunTableModel;
struct JobRun;
class Session;
class Services;

// The Jobs tab: job runs of the workspace, Run Job and Stop (issue 4). A one-second timer moves
// the simulated runs on (JobService::advance) and repaints them.
class JobsTab : public QWidget
{
    Q_OBJECT

public:
    JobsTab(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

    JobRunTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    // Says why the runs are hidden when the identity may not view this workspace.
    QLabel *permissionLabel() const { return m_permission; }
    // "5 active runs", or that the figure is hidden from who may not view the workspace.
    QLabel *summaryLabel() const { return m_summary; }
    // What the selected (or else the oldest) Pending run waits for; hidden when none waits.
    QLabel *waitingLabel() const { return m_waiting; }
    QString selectedRunId() const;
    void selectRun(const QString &runId);

public slots:
    void refresh();
    void runJob();
    void stopSelectedRun();

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void showMessage(const QString &text);
    void updateWaiting();
    // Asks before stopping: what stops, and for a Pending run what it was waiting for.
    bool confirmStop(const JobRun &run);

    Services &m_services;
    Session &m_session;
    QString m_workspaceId;
    JobRunTableModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_permission = nullptr;
    QLabel *m_waiting = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_durationTimer = nullptr;
};
