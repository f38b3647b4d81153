#include "ui/detail/jobs/JobRunTableModel.h"

#include "models/Format.h"
#include "models/ProductSpec.h"

#include <QDateTime>
#include <algorithm>

JobRunTableModel::JobRunTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int JobRunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int JobRunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 JobRunTableModel::durationMs(const JobRun &run, qint64 nowMs)
{
    if (run.startedAtMs <= 0)
        return -1;
    const qint64 end = run.endedAtMs > 0 ? run.endedAtMs : nowMs;
    return std::max<qint64>(0, end - run.startedAtMs);
}

QString JobRunTableModel::formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 totalSeconds = ms / 1000;
    const qint64 days = totalSeconds / 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg(totalSeconds / 3600 % 24)
                              .arg(totalSeconds / 60 % 60, 2, 10, QLatin1Char('0'))
                              .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
    if (days == 0)
        return clock;
    return tr("%n day(s) %1", nullptr, int(days)).arg(clock);
}

QVariant JobRunTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const JobRun &r = m_runs.at(index.row());
    if (role == RunIdRole)
        return r.id;
    if (role == StateRole)
        return r.state;
    if (role == Qt::TextAlignmentRole && (index.column() == CuColumn || index.column() == DurationColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case CuColumn: return r.cu;
        case SubmittedColumn: return r.submittedAtMs;
        case DurationColumn: return durationMs(r, m_nowMs);
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == JobNameColumn)
        return tr("Run %1").arg(r.id);
    if (role == Qt::ToolTipRole && index.column() == StateColumn && !r.waitingFor.isEmpty())
        return r.waitingFor;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case JobNameColumn: return r.jobName;
    case CodeTypeColumn: return r.codeType;
    case CuColumn: return Format::number(r.cu);
    case QueueColumn: return r.queue;
    case StateColumn: return ProductSpec::runStateName(r.state);
    case SubmittedColumn:
        return Format::dateTime(r.submittedAtMs);
    case DurationColumn: return formatDuration(durationMs(r, m_nowMs));
    default: return {};
    }
}

QVariant JobRunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case JobNameColumn: return tr("Job Name");
    case CodeTypeColumn: return tr("Code Type");
    case CuColumn: return tr("CUs");
    case QueueColumn: return tr("Queue");
    case StateColumn: return tr("State");
    case SubmittedColumn: return tr("Submitted");
    case DurationColumn: return tr("Duration");
    default: return {};
    }
}

void JobRunTableModel::setRuns(const QList<JobRun> &runs, qint64 nowMs)
{
    m_nowMs = nowMs;
    bool sameRows = runs.size() == m_runs.size();
    for (int i = 0; sameRows && i < runs.size(); ++i)
        sameRows = runs.at(i).id == m_runs.at(i).id;
    if (sameRows) {
        m_runs = runs;
        if (!m_runs.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    // New runs arrive at the top (newest first): insert them so the rows below keep their selection.
    const qsizetype added = runs.size() - m_runs.size();
    bool prepended = added > 0;
    for (int i = 0; prepended && i < m_runs.size(); ++i)
        prepended = runs.at(i + added).id == m_runs.at(i).id;
    if (prepended) {
        beginInsertRows({}, 0, int(added) - 1);
        m_runs = runs;
        endInsertRows();
        if (m_runs.size() > added)
            emit dataChanged(index(int(added), 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

void JobRunTableModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_runs.isEmpty())
        emit dataChanged(index(0, DurationColumn), index(rowCount() - 1, DurationColumn));
}

bool JobRunTableModel::hasRunningRuns() const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(),
                       [](const JobRun &r) { return r.state == ProductSpec::RunRunning; });
}

int JobRunTableModel::rowOf(const QString &runId) const
{
    for (int i = 0; i < m_runs.size(); ++i)
        if (m_runs.at(i).id == runId)
            return i;
    return -1;
}

void JobRunTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_runs.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
