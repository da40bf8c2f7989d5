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

namespace {

// Whether a row shows the same (text, colour, tooltip, sort keys): only rows that differ are
// announced, so a poll of thousands of unchanged pending jobs costs the views nothing.
bool sameRow(const JobInfo &a, const JobInfo &b)
{
    return a.state == b.state && a.stateText == b.stateText && a.reason == b.reason
        && a.elapsedSeconds == b.elapsedSeconds && a.timeLimitMinutes == b.timeLimitMinutes
        && a.nodes == b.nodes && a.exitCode == b.exitCode && a.gpus == b.gpus
        && a.estimatedStart == b.estimatedStart && a.submitTime == b.submitTime && a.name == b.name
        && a.partition == b.partition && a.jobId == b.jobId && a.arrayTaskId == b.arrayTaskId;
}

} // namespace

int JobTableModel::rowOf(const QString &id) const
{
    return m_rows.value(id, -1);
}

void JobTableModel::indexRows()
{
    m_rows.clear();
    m_rows.reserve(m_jobs.size());
    for (int row = 0; row < m_jobs.size(); ++row)
        m_rows.insert(m_jobs.at(row).id, row);
}

void JobTableModel::setJobs(const JobList &jobs)
{
    // Linear in the number of jobs: rows are found by id through hashes, removed and changed
    // in runs (one signal per run of neighbours, not per row).
    if (m_reasonText.size() > 1000) // reasons that come and go (node lists) must not pile up
        m_reasonText.clear();
    QHash<QString, int> wanted;
    wanted.reserve(jobs.size());
    for (int i = 0; i < jobs.size(); ++i)
        wanted.insert(jobs.at(i).id, i);
    // Rows that went away, from the bottom up.
    bool moved = false;
    for (int last = int(m_jobs.size()) - 1; last >= 0; --last) {
        if (wanted.contains(m_jobs.at(last).id))
            continue;
        int first = last;
        while (first > 0 && !wanted.contains(m_jobs.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, last);
        m_jobs.remove(first, last - first + 1);
        m_cache.remove(first, last - first + 1);
        endRemoveRows();
        moved = true;
        last = first;
    }
    if (moved)
        indexRows();
    // Rows that stay are updated in place; only changed ones are announced.
    int changedFrom = -1;
    for (int row = 0; row <= m_jobs.size(); ++row) {
        bool changed = false;
        if (row < m_jobs.size()) {
            const JobInfo &fresh = jobs.at(wanted.value(m_jobs.at(row).id));
            changed = !sameRow(m_jobs.at(row), fresh);
            m_jobs[row] = fresh; // what the table does not show (paths, ...) is kept fresh too
        }
        if (changed && changedFrom < 0)
            changedFrom = row;
        if (changed)
            m_cache[row] = RowCache();
        if (!changed && changedFrom >= 0) {
            emit dataChanged(index(changedFrom, 0), index(row - 1, ColumnCount - 1));
            changedFrom = -1;
        }
    }
    // New rows, in the order given, at the top (newest first).
    JobList added;
    for (const JobInfo &j : jobs) {
        if (!m_rows.contains(j.id))
            added.append(j);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, 0, int(added.size()) - 1);
        m_jobs = added + m_jobs;
        m_cache = QList<RowCache>(added.size()) + m_cache;
        indexRows();
        endInsertRows();
    }
}

const QString &JobTableModel::stateLabel(JobState state) const
{
    auto it = m_stateLabels.constFind(int(state));
    if (it == m_stateLabels.constEnd())
        it = m_stateLabels.insert(int(state), jobStateLabel(state));
    return *it;
}

QString JobTableModel::reasonText(const JobInfo &job) const
{
    if (!isWaitingState(job.state))
        return QString();
    auto it = m_reasonText.constFind(job.reason);
    if (it == m_reasonText.constEnd())
        it = m_reasonText.insert(job.reason, PendingReason::describe(job.reason));
    return *it;
}

QString JobTableModel::nodesText(const JobInfo &job) const
{
    if (!job.nodes.isEmpty())
        return job.nodes;
    if (isWaitingState(job.state) && job.estimatedStart.isValid())
        return tr("from %1").arg(QLocale().toString(job.estimatedStart, QLocale::ShortFormat));
    return QString();
}

const JobTableModel::RowCache &JobTableModel::cache(int row) const
{
    RowCache &c = m_cache[row];
    if (c.search.isEmpty()) {
        const JobInfo &job = m_jobs.at(row);
        const auto msecs = [](const QDateTime &t) {
            return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min() + 1;
        };
        c.search
            = QStringList {job.id, job.name, job.partition, nodesText(job), reasonText(job)}.join(
                QChar(0x1f));
        c.submitted = msecs(job.submitTime);
        c.estimated = msecs(job.estimatedStart);
    }
    return c;
}

bool JobTableModel::matches(int row, const QString &text) const
{
    if (row < 0 || row >= m_jobs.size())
        return false;
    return cache(row).search.contains(text, Qt::CaseInsensitive);
}

bool JobTableModel::lessThan(int left, int right, int column) const
{
    const JobInfo &a = m_jobs.at(left);
    const JobInfo &b = m_jobs.at(right);
    const auto text = [](const QString &x, const QString &y) { return x.compare(y) < 0; };
    switch (Column(column)) {
    case Id:
        if (a.jobId != b.jobId)
            return a.jobId < b.jobId;
        return a.arrayTaskId.toLongLong() < b.arrayTaskId.toLongLong();
    case Name:
        return text(a.name, b.name);
    case State:
        return text(stateLabel(a.state), stateLabel(b.state));
    case Partition:
        return text(a.partition, b.partition);
    case Elapsed:
        return a.elapsedSeconds < b.elapsedSeconds;
    case Gpus:
        return a.gpus < b.gpus;
    case Nodes:
        // The node, else the expected start: in time order, not in the order of its words.
        if (a.nodes.isEmpty() != b.nodes.isEmpty())
            return a.nodes.isEmpty();
        if (!a.nodes.isEmpty())
            return text(a.nodes, b.nodes);
        return cache(left).estimated < cache(right).estimated;
    case Reason:
        return text(reasonText(a), reasonText(b));
    case Submitted:
        return cache(left).submitted < cache(right).submitted;
    case ColumnCount:
        break;
    }
    return false;
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
        return nodesText(job);
    case Reason:
        return reasonText(job);
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
    m_cache = QList<RowCache>(m_jobs.size());
    m_reasonText.clear();
    m_stateLabels.clear();
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
