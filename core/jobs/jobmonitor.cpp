// Watches the user's jobs by polling squeue and sacct.
#include "core/jobs/jobmonitor.h"

#include "core/remote/remotehost.h"
#include "core/slurm/slurmclient.h"
#include "core/tr.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMonitor, "patagon.core.jobs.monitor", QtInfoMsg)

namespace Patagon::Jobs {

namespace {

// Every how many polls the whole history is read again (new past jobs, MaxRSS, ...).
constexpr int kFullHistoryEvery = 10;

bool sameForTable(const Slurm::JobInfo &a, const Slurm::JobInfo &b)
{
    return a.state == b.state && a.stateText == b.stateText && a.reason == b.reason
        && a.elapsedSeconds == b.elapsedSeconds && a.nodes == b.nodes && a.exitCode == b.exitCode
        && a.maxRssBytes == b.maxRssBytes && a.estimatedStart == b.estimatedStart
        && a.startTime == b.startTime && a.endTime == b.endTime && a.restarts == b.restarts
        && a.standardOutput == b.standardOutput;
}

} // namespace

JobMonitor::JobMonitor(Slurm::SlurmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &JobMonitor::poll);
}

JobMonitor::~JobMonitor() = default;

void JobMonitor::setIntervals(int minimumMs, int maximumMs)
{
    m_minInterval = qMax(1, minimumMs);
    m_maxInterval = qMax(m_minInterval, maximumMs);
    m_interval = m_minInterval;
}

void JobMonitor::start()
{
    if (m_running)
        return;
    m_running = true;
    m_interval = m_minInterval;
    refresh();
}

void JobMonitor::stop()
{
    m_running = false;
    m_timer->stop();
    delete m_pollContext; // cancels the poll's commands
    m_pollContext = nullptr;
    m_inFlight = false;
    m_again = false;
}

void JobMonitor::refresh()
{
    if (!m_running)
        return;
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_timer->start(0);
}

void JobMonitor::watch(const QString &jobId, const QString &name)
{
    m_watched.insert(jobId);
    m_interval = m_minInterval;
    if (!m_jobs.contains(jobId)) {
        Slurm::JobInfo job;
        job.id = jobId;
        job.name = name;
        job.jobId = jobId.section(u'_', 0, 0).toLongLong();
        job.state = Slurm::JobState::Pending;
        job.stateText = QStringLiteral("PENDING");
        job.submitTime = QDateTime::currentDateTime();
        m_jobs.insert(jobId, job);
        emit jobsChanged();
    }
    refresh();
}

Slurm::JobList JobMonitor::jobs() const
{
    Slurm::JobList out = m_jobs.values();
    std::sort(out.begin(), out.end(), [](const Slurm::JobInfo &a, const Slurm::JobInfo &b) {
        if (a.jobId != b.jobId)
            return a.jobId > b.jobId;
        return a.id > b.id;
    });
    return out;
}

void JobMonitor::poll()
{
    if (!m_running || m_inFlight)
        return;
    m_inFlight = true;
    m_lastError = Result::ok(); // set again by this poll's failures (a failed sacct included)
    m_changedThisPoll = false;
    m_significant = false;
    m_pollContext = new QObject(this);
    m_client->queue(m_pollContext, [this](const Expected<Slurm::JobList> &queue) {
        if (!queue)
            return failPoll(queue.result());
        afterQueue(*queue);
    });
}

void JobMonitor::apply(const Slurm::JobInfo &updatedIn, bool &stateChanged)
{
    Slurm::JobInfo updated = updatedIn;
    const auto it = m_jobs.constFind(updated.id);
    const bool known = it != m_jobs.constEnd();
    const Slurm::JobInfo previous = known ? *it : Slurm::JobInfo();
    // Keep what this source does not carry.
    if (known) {
        if (updated.standardOutput.isEmpty())
            updated.standardOutput = previous.standardOutput;
        if (updated.standardError.isEmpty())
            updated.standardError = previous.standardError;
        if (updated.maxRssBytes < 0)
            updated.maxRssBytes = previous.maxRssBytes;
        if (updated.exitCode < 0)
            updated.exitCode = previous.exitCode;
        if (updated.gpus == 0)
            updated.gpus = previous.gpus;
        if (updated.workDir.isEmpty())
            updated.workDir = previous.workDir;
        // A source without the name would turn one of the app's helper jobs into news of the
        // user's own: Slurm 22.05's accounting names a job that just ended "allocation" for a
        // moment (seen in CI: a job submitted as "patagon-helper-test", gone from the queue
        // before a poll saw it).
        if (!previous.name.isEmpty()
            && (updated.name.isEmpty() || updated.name == QLatin1String("allocation")))
            updated.name = previous.name;
        if (!updated.estimatedStart.isValid() && Slurm::isWaitingState(updated.state))
            updated.estimatedStart = previous.estimatedStart;
        if (updated.restarts < previous.restarts)
            updated.restarts = previous.restarts;
    }
    if (known && sameForTable(previous, updated) && previous.name == updated.name)
        return;
    m_changedThisPoll = true;
    if (!known || previous.state != updated.state || previous.reason != updated.reason)
        m_significant = true;
    m_jobs.insert(updated.id, updated);
    // The first poll only fills the table; watched jobs report everything.
    if (previous.state == updated.state && previous.restarts == updated.restarts)
        return;
    const bool report = m_polls > 0 || m_watched.contains(updated.id);
    if (!report)
        return;
    stateChanged = true;
    const Slurm::JobState before = known ? previous.state : Slurm::JobState::Unknown;
    qCDebug(lcMonitor) << updated.id << Slurm::jobStateName(before) << "->"
                       << Slurm::jobStateName(updated.state);
    emit jobStateChanged(updated, before);
    const bool requeued = (known && updated.restarts > previous.restarts)
        || ((before == Slurm::JobState::Running || before == Slurm::JobState::Completing)
            && Slurm::isWaitingState(updated.state));
    if (requeued)
        emit jobRequeued(updated);
    if (updated.state == Slurm::JobState::Running && before != Slurm::JobState::Running
        && before != Slurm::JobState::Completing && before != Slurm::JobState::Suspended)
        emit jobStarted(updated);
    if (Slurm::isFinalState(updated.state) && (!Slurm::isFinalState(before) || requeued)
        && (known || m_watched.contains(updated.id))) {
        m_watched.remove(updated.id); // reported: the queue and accounting carry it from here
        emit jobFinished(updated);
    }
}

void JobMonitor::dropArraySeed(const Slurm::JobInfo &task)
{
    // watch("553") put a placeholder row; an array's rows are its tasks ("553_1", ...).
    if (task.arrayJobId <= 0)
        return;
    const QString seed = QString::number(task.arrayJobId);
    const auto it = m_jobs.constFind(seed);
    if (it == m_jobs.constEnd() || it->arrayJobId > 0)
        return;
    m_jobs.remove(seed);
    m_unresolved.remove(seed);
    m_changedThisPoll = true;
}

void JobMonitor::afterQueue(const Slurm::JobList &queue)
{
    bool stateChanged = false;
    const QSet<QString> before = m_queued;
    m_queued.clear();
    for (const Slurm::JobInfo &job : queue)
        dropArraySeed(job);
    for (const Slurm::JobInfo &job : queue) {
        m_queued.insert(job.id);
        m_unresolved.remove(job.id);
        apply(job, stateChanged);
    }
    // Jobs that left the queue: their final state comes from accounting.
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        const Slurm::JobInfo &job = *it;
        if (!m_queued.contains(job.id) && !job.isFinished()
            && (before.contains(job.id) || m_watched.contains(job.id))) {
            if (job.arrayTaskId.startsWith(u'[')) {
                // "527_[2-3]": the rest of an array; its tasks now have rows of their own.
                it = m_jobs.erase(it);
                m_changedThisPoll = true;
                continue;
            }
            if (!m_unresolved.contains(job.id))
                m_unresolved.insert(job.id, 0);
        }
        ++it;
    }
    m_changedThisPoll |= stateChanged;
    for (int &asked : m_unresolved)
        ++asked;

    const bool full = m_polls % kFullHistoryEvery == 0;
    if (full || !m_unresolved.isEmpty()) {
        const QStringList ids
            = full ? QStringList() : QStringList(m_unresolved.keyBegin(), m_unresolved.keyEnd());
        const QDateTime since = QDateTime::currentDateTime().addDays(-m_historyDays);
        m_client->history(since, ids, m_pollContext,
                          [this, full](const Expected<Slurm::JobList> &history) {
                              if (!history) {
                                  // Accounting may be missing on a cluster: the queue alone still
                                  // works.
                                  qCDebug(lcMonitor) << "sacct failed:" << history.errorMessage();
                                  m_lastError = history.result();
                                  afterHistory({}, full);
                                  return;
                              }
                              afterHistory(*history, full);
                          });
        return;
    }
    afterHistory({}, false);
}

void JobMonitor::afterHistory(const Slurm::JobList &history, bool full)
{
    Q_UNUSED(full)
    bool stateChanged = false;
    for (const Slurm::JobInfo &row : history)
        dropArraySeed(row);
    for (const Slurm::JobInfo &row : history) {
        if (m_queued.contains(row.id)) {
            // squeue is fresher; take only what it lacks.
            Slurm::JobInfo merged = m_jobs.value(row.id);
            if (merged.maxRssBytes != row.maxRssBytes && row.maxRssBytes >= 0) {
                merged.maxRssBytes = row.maxRssBytes;
                apply(merged, stateChanged);
            }
            continue;
        }
        if (!row.isFinished() && m_jobs.contains(row.id) && m_unresolved.contains(row.id))
            continue; // accounting lags behind the queue: ask again next poll
        if (row.isFinished())
            m_unresolved.remove(row.id);
        apply(row, stateChanged);
    }
    giveUpUnresolved(stateChanged);
    pruneOldJobs();
    m_changedThisPoll |= stateChanged;

    bool pending = false;
    for (const Slurm::JobInfo &job : std::as_const(m_jobs))
        pending |= m_queued.contains(job.id) && Slurm::isWaitingState(job.state);
    if (pending && (stateChanged || m_polls % 3 == 0)) {
        m_client->startEstimates(
            m_pollContext, [this](const Expected<QHash<QString, QDateTime>> &estimates) {
                afterEstimates(estimates ? *estimates : QHash<QString, QDateTime>());
            });
        return;
    }
    afterEstimates({});
}

void JobMonitor::giveUpUnresolved(bool &stateChanged)
{
    // Accounting that never answers (no slurmdbd, or one that lost the job) must not make every
    // poll's sacct --jobs list longer for as long as the app runs.
    for (auto it = m_unresolved.begin(); it != m_unresolved.end();) {
        if (it.value() < m_unresolvedLimit) {
            ++it;
            continue;
        }
        const QString id = it.key();
        it = m_unresolved.erase(it);
        m_watched.remove(id);
        if (!m_jobs.contains(id))
            continue;
        Slurm::JobInfo job = m_jobs.value(id);
        job.state = Slurm::JobState::Unknown;
        job.stateText = Tr::tr("The job left the queue, but Slurm's accounting did not say how "
                               "it ended after %n checks; the app stopped asking.",
                               nullptr, m_unresolvedLimit);
        qCInfo(lcMonitor) << "giving up on" << id << "after" << m_unresolvedLimit << "polls";
        apply(job, stateChanged);
    }
}

void JobMonitor::pruneOldJobs()
{
    // What the history window no longer covers would not be shown after a restart either:
    // forgetting it keeps the table, and the monitor, from growing over days of polling.
    const QDateTime cutoff = QDateTime::currentDateTime().addDays(-m_historyDays);
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        const Slurm::JobInfo &job = *it;
        const QDateTime last = job.endTime.isValid() ? job.endTime : job.submitTime;
        const bool settled = job.isFinished()
            || (job.state == Slurm::JobState::Unknown && !m_unresolved.contains(job.id));
        if (settled && !m_queued.contains(job.id) && last.isValid() && last < cutoff) {
            m_watched.remove(job.id);
            m_unresolved.remove(job.id);
            it = m_jobs.erase(it);
            m_changedThisPoll = true;
            continue;
        }
        ++it;
    }
}

void JobMonitor::afterEstimates(const QHash<QString, QDateTime> &estimates)
{
    bool ignored = false;
    for (auto it = estimates.constBegin(); it != estimates.constEnd(); ++it) {
        if (!m_jobs.contains(it.key()))
            continue;
        Slurm::JobInfo job = m_jobs.value(it.key());
        job.estimatedStart = it.value();
        apply(job, ignored);
    }
    finishPoll(m_changedThisPoll);
}

void JobMonitor::finishPoll(bool changed)
{
    const bool stateChanges = m_significant;
    ++m_polls;
    m_inFlight = false;
    m_pollContext->deleteLater();
    m_pollContext = nullptr;
    // Back off while nothing changes; stay fast while a job's end is not yet in accounting, and
    // while a new job waits for the scheduler's first look (its reason comes seconds later).
    if (stateChanges || !m_unresolved.isEmpty() || awaitingScheduler())
        m_interval = m_minInterval;
    else
        m_interval = qMin(m_maxInterval, m_interval + m_interval / 2 + 1);
    if (changed)
        emit jobsChanged();
    emit pollFinished();
    scheduleNext();
}

bool JobMonitor::awaitingScheduler() const
{
    // Slurm shows "None" as the reason of a pending job its scheduler has not considered yet;
    // for jobs submitted in the last two minutes only (a busy scheduler may take long).
    const QDateTime recent = QDateTime::currentDateTime().addSecs(-120);
    for (const Slurm::JobInfo &job : m_jobs) {
        if (job.state == Slurm::JobState::Pending && (job.reason.isEmpty() || job.reason == u"None")
            && job.submitTime.isValid() && job.submitTime > recent)
            return true;
    }
    return false;
}

void JobMonitor::failPoll(const Result &error)
{
    m_inFlight = false;
    if (m_pollContext) {
        m_pollContext->deleteLater();
        m_pollContext = nullptr;
    }
    m_lastError = error;
    m_interval = qMin(m_maxInterval, m_interval * 2);
    emit pollFailed(error);
    emit pollFinished();
    scheduleNext();
}

void JobMonitor::scheduleNext()
{
    if (!m_running)
        return;
    if (m_again) {
        m_again = false;
        m_timer->start(0);
        return;
    }
    m_timer->start(m_interval);
}

} // namespace Patagon::Jobs
