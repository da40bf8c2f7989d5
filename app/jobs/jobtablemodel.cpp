// The Jobs page's table.
#include "app/jobs/jobtablemodel.h"

#include "core/slurm/pendingreason.h"

#include <QColor>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Patagon {

using namespace Patagon::Slurm;

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int JobTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).id == id)
            return i;
    }
    return -1;
}

void JobTableModel::setJobs(const JobList &jobs)
{
    QHash<QString, int> wanted;
    for (int i = 0; i < jobs.size(); ++i)
        wanted.insert(jobs.at(i).id, i);
    // Rows that went away, from the bottom up.
    for (int row = int(m_jobs.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_jobs.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_jobs.removeAt(row);
            endRemoveRows();
        }
    }
    // Rows that stay are updated in place.
    QHash<QString, int> have;
    for (int row = 0; row < m_jobs.size(); ++row) {
        have.insert(m_jobs.at(row).id, row);
        const JobInfo &fresh = jobs.at(wanted.value(m_jobs.at(row).id));
        m_jobs[row] = fresh;
    }
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1));
    // New rows, in the order given, at the top (newest first).
    JobList added;
    for (const JobInfo &j : jobs) {
        if (!have.contains(j.id))
            added.append(j);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, 0, int(added.size()) - 1);
        m_jobs = added + m_jobs;
        endInsertRows();
    }
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobTableModel::durationText(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    const qint64 days = seconds / 86400;
    const QString hms = QStringLiteral("%1:%2:%3")
                            .arg((seconds / 3600) % 24, 2, 10, QLatin1Char('0'))
                            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return days > 0 ? QStringLiteral("%1-%2").arg(days).arg(hms) : hms;
}

bool JobTableModel::isHelperJob(const JobInfo &job)
{
    // Every job core/ starts for itself is named "patagon-<what>"; a new helper needs no entry
    // here. Only the user-facing ones are named.
    static const QStringList kUserJobs = {QStringLiteral("patagon-train")};
    return job.name.startsWith(QLatin1String("patagon-")) && !kUserJobs.contains(job.name);
}

int JobTableModel::helperJobCount(const JobList &jobs)
{
    return int(std::count_if(jobs.cbegin(), jobs.cend(), &JobTableModel::isHelperJob));
}

QString JobTableModel::elapsedText(const JobInfo &job)
{
    const QString elapsed = durationText(qMax<qint64>(0, job.elapsedSeconds));
    if (job.timeLimitMinutes == -1)
        return tr("%1 / unlimited").arg(elapsed);
    if (job.timeLimitMinutes < 0)
        return elapsed;
    return tr("%1 / %2").arg(elapsed, durationText(job.timeLimitMinutes * 60));
}

QColor JobTableModel::stateColor(JobState state)
{
    switch (state) {
    case JobState::Pending:
    case JobState::Requeued:
    case JobState::Configuring:
        return QColor(0xb5, 0x89, 0x00); // amber
    case JobState::Running:
    case JobState::Completing:
        return QColor(0x1e, 0x6f, 0xd9); // blue
    case JobState::Completed:
        return QColor(0x2e, 0x8b, 0x3e); // green
    case JobState::Cancelled:
    case JobState::Suspended:
    case JobState::Stopped:
        return QColor(0x80, 0x80, 0x80); // grey
    case JobState::Unknown:
        return QColor();
    default:
        return QColor(0xc6, 0x28, 0x28); // red: failures of every kind
    }
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size() || index.column() >= ColumnCount)
        return {};
    const JobInfo &job = m_jobs.at(index.row());
    switch (role) {
    case JobIdRole:
        return job.id;
    case StateRole:
        return int(job.state);
    case FinishedRole:
        return job.isFinished();
    case HelperRole:
        return isHelperJob(job);
    case Qt::ForegroundRole:
        if (index.column() == State) {
            const QColor c = stateColor(job.state);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Reason || index.column() == State) {
            const QString words = PendingReason::explain(job.reason);
            return words.isEmpty() ? job.stateText : words;
        }
        if (index.column() == Name)
            return job.name; // the column is narrower than a long name
        if (index.column() == Nodes && job.estimatedStart.isValid())
            return tr("Expected to start at %1")
                .arg(QLocale().toString(job.estimatedStart, QLocale::ShortFormat));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Gpus || index.column() == Elapsed)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case Id:
            return job.jobId * 100000 + job.arrayTaskId.toLongLong();
        case Elapsed:
            return job.elapsedSeconds;
        case Gpus:
            return job.gpus;
        case Submitted:
            return job.submitTime;
        case State:
            return jobStateLabel(job.state);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Id:
        return job.id;
    case Name:
        return job.name;
    case State:
        if (job.isFinished() && job.exitCode > 0)
            return tr("%1 (exit %2)").arg(jobStateLabel(job.state)).arg(job.exitCode);
        return jobStateLabel(job.state);
    case Partition:
        return job.partition;
    case Elapsed:
        return elapsedText(job);
    case Gpus:
        return job.gpus > 0 ? QString::number(job.gpus) : QString();
    case Nodes:
        if (!job.nodes.isEmpty())
            return job.nodes;
        if (isWaitingState(job.state) && job.estimatedStart.isValid())
            return tr("from %1").arg(QLocale().toString(job.estimatedStart, QLocale::ShortFormat));
        return QString();
    case Reason:
        return isWaitingState(job.state) ? PendingReason::describe(job.reason) : QString();
    case Submitted:
        return job.submitTime.isValid() ? QLocale().toString(job.submitTime, QLocale::ShortFormat)
                                        : QString();
    case ColumnCount:
        break;
    }
    return {};
}

void JobTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Job");
    case Name:
        return tr("Name");
    case State:
        return tr("State");
    case Partition:
        return tr("Partition");
    case Elapsed:
        return tr("Elapsed / limit");
    case Gpus:
        return tr("GPUs");
    case Nodes:
        return tr("Node");
    case Reason:
        return tr("Waiting because");
    case Submitted:
        return tr("Submitted");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Patagon
