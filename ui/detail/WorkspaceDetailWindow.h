#pragma once

#include <QWidget>

class ElidedLabel;
class QLabel;
class QTabWidget;
class DataCatalogsTab;
class JobsTab;
class MembersTab;
class OverviewTab;
class QueuesTab;
class Session;
class Services;

// A workspace's own window, opened from the list (double-click, Enter, or Open): a summary and
// the Overview, Jobs, Members, Queues and Data Catalogs tabs. Non-modal, one per workspace.
class WorkspaceDetailWindow : public QWidget
{
    Q_OBJECT

public:
    WorkspaceDetailWindow(Services &services, Session &session, const QString &workspaceId, QWidget *parent = nullptr);

    QString workspaceId() const { return m_workspaceId; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *summaryLabel() const { return m_summary; }
    OverviewTab *overviewTab() const { return m_overview; }
    JobsTab *jobsTab() const { return m_jobs; }
    MembersTab *membersTab() const { return m_members; }
    QueuesTab *queuesTab() const { return m_queues; }
    DataCatalogsTab *catalogsTab() const { return m_catalogs; }

public slots:
    void refresh();
    // Brings the Jobs tab to the front (the delete dialog's "Open Jobs").
    void showJobsTab();

signals:
    void statusMessage(const QString &message);
    void workspaceChanged(const QString &workspaceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Services &m_services;
    QString m_workspaceId;
    ElidedLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewTab *m_overview = nullptr;
    JobsTab *m_jobs = nullptr;
    MembersTab *m_members = nullptr;
    QueuesTab *m_queues = nullptr;
    DataCatalogsTab *m_catalogs = nullptr;
};
