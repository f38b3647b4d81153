#pragma once

#include "models/Domain.h"

#include <QAbstractTableModel>
#include <QList>

// Job runs of one workspace for the Jobs tab, newest first. Refreshed once a second: when the
// same runs are shown only their cells change (dataChanged), so selection and scrolling survive.
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
    const JobRun &run(int row) const { return m_runs.at(row); }
    int rowOf(const QString &runId) const;

    // "1:02:03", or "2 days 1:02:03"; empty for a run that never started.
    static QString formatDuration(qint64 ms);
    static qint64 durationMs(const JobRun &run, qint64 nowMs);

    void retranslate();

private:
    QList<JobRun> m_runs;
    qint64 m_nowMs = 0;
};
