// Watches the user's jobs: polls squeue (live) and sacct (history and the final state of
// jobs that left the queue) over the one shared connection, never two polls at once. The
// interval backs off while nothing changes and drops to the minimum after a submit or a
// change. Reports each state change, including requeues. What it holds stays bounded over
// days of polling: finished jobs older than the history window are forgotten, and a job that
// left the queue but never shows up in accounting is given up after a number of polls.
#pragma once

#include "core/result.h"
#include "core/slurm/jobinfo.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace Patagon::Slurm {
class SlurmClient;
}

namespace Patagon::Jobs {

class JobMonitor : public QObject
{
    Q_OBJECT

public:
    explicit JobMonitor(Slurm::SlurmClient *client, QObject *parent = nullptr);
    ~JobMonitor() override;

    Slurm::SlurmClient *client() const { return m_client; }

    // Defaults: 2 s after a change, growing by half each quiet poll up to 30 s.
    void setIntervals(int minimumMs, int maximumMs);
    int currentInterval() const { return m_interval; }
    // How far back the history goes (default: 7 days).
    void setHistoryDays(int days) { m_historyDays = days; }
    // How many polls ask sacct for a job that left the queue before the monitor gives up
    // on it (default 150, at least five minutes): the job then shows as Unknown, saying so,
    // and only the full history read every few polls can still resolve it.
    void setUnresolvedLimit(int polls) { m_unresolvedLimit = qMax(1, polls); }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Polls now, or right after the poll in flight.
    void refresh();
    // A job just submitted: poll at the fastest rate and report all its states.
    void watch(const QString &jobId, const QString &name = {});

    // All known jobs, newest first.
    Slurm::JobList jobs() const;
    Slurm::JobInfo job(const QString &id) const { return m_jobs.value(id); }
    bool hasPolled() const { return m_polls > 0; }
    bool isPolling() const { return m_inFlight; }
    int pollCount() const { return m_polls; }
    Result lastError() const { return m_lastError; }
    // What the monitor holds besides the jobs, for tests of its bounds: jobs watched since a
    // submit, and jobs that left the queue whose end accounting has not told yet.
    int watchedCount() const { return int(m_watched.size()); }
    int unresolvedCount() const { return int(m_unresolved.size()); }
    // Milliseconds to the next poll (after one finished): the minimum while things change.
    int interval() const { return m_interval; }

signals:
    // After every poll that changed anything the table shows (elapsed times included).
    void jobsChanged();
    void jobStateChanged(const Patagon::Slurm::JobInfo &job, Patagon::Slurm::JobState previous);
    void jobStarted(const Patagon::Slurm::JobInfo &job);
    void jobFinished(const Patagon::Slurm::JobInfo &job);
    void jobRequeued(const Patagon::Slurm::JobInfo &job);
    void pollFailed(const Patagon::Result &error);
    void pollFinished();

private:
    void poll();
    void afterQueue(const Slurm::JobList &queue);
    void afterHistory(const Slurm::JobList &history, bool full);
    void afterEstimates(const QHash<QString, QDateTime> &estimates);
    void finishPoll(bool changed);
    bool awaitingScheduler() const;
    void failPoll(const Result &error);
    void scheduleNext();
    void apply(const Slurm::JobInfo &updated, bool &stateChanged);
    void dropArraySeed(const Slurm::JobInfo &task);
    void giveUpUnresolved(bool &stateChanged);
    void pruneOldJobs();

    Slurm::SlurmClient *m_client;
    QTimer *m_timer;
    QHash<QString, Slurm::JobInfo> m_jobs;
    QSet<QString> m_watched;
    // Left the queue; sacct has no final state for them yet: how many polls asked for each.
    QHash<QString, int> m_unresolved;
    QSet<QString> m_queued; // in the last squeue
    int m_minInterval = 2000;
    int m_maxInterval = 30000;
    int m_interval = 2000;
    int m_historyDays = 7;
    int m_unresolvedLimit = 150;
    int m_polls = 0;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_again = false;
    bool m_changedThisPoll = false; // anything the table shows
    bool m_significant = false; // a job came, went or changed state or reason
    Result m_lastError;
    QObject *m_pollContext = nullptr; // owns the poll's commands; deleted by stop()
};

} // namespace Patagon::Jobs
