#pragma once

#include "models/Domain.h"

#include <QAbstractTableModel>
#include <QList>

// Job runs of one workspace for the Jobs tab, newest first. Refreshed when the change feed reports
// the workspace's runs: when the same runs are shown only their cells change (dataChanged), so
// selection and scrolling survive.
class JobRunTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { JobNameColumn, CodeTypeColumn, CuColumn, QueueColumn, StateColumn, SubmittedColumn, DurationColumn,
                  ColumnCount };
    enum Role {
        RunIdRole = Qt::UserRole + 1,
        StateRole,  // API state, e.g. "Running"
        SortRole,
    };

    explicit JobRunTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // nowMs is the clock's time, for the duration of runs still going.
    void setRuns(const QList<JobRun> &runs, qint64 nowMs);
    // nullptr when row is out of range (a view's row number may be stale, or -1 for "none").
    const JobRun *run(int row) const { return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr; }
    int rowOf(const QString &runId) const;
    // Moves the time the Duration column counts to (display only, nothing is read or written).
    void setNow(qint64 nowMs);
    bool hasRunningRuns() const;
    const QList<JobRun> &runs() const { return m_runs; }

    // "1:02:03", or "2 days 1:02:03"; empty for a run that never started.
    static QString formatDuration(qint64 ms);
    static qint64 durationMs(const JobRun &run, qint64 nowMs);

    void retranslate();

private:
    QList<JobRun> m_runs;
    qint64 m_nowMs = 0;
};
