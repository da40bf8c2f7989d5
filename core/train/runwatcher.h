// Watches a submitted training run to its end: the job's state and pending reason (a job monitor
// of its own), the trainer's metrics.jsonl read by offset (complete lines only; across
// reconnects and requeues), and at the end summary.json and the job's accounting, all written
// into the run's record. Used right after a submit and for a run found unfinished when the
// app starts again.
#pragma once

#include "core/result.h"
#include "core/slurm/jobinfo.h"
#include "core/train/metricsreader.h"
#include "core/train/runrecord.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QTimer;

namespace Patagon {
class RemoteHost;
class RemoteOperation;
} // namespace Patagon

namespace Patagon::Slurm {
class SlurmClient;
} // namespace Patagon::Slurm
namespace Patagon::Jobs {
class JobMonitor;
} // namespace Patagon::Jobs

namespace Patagon::Train {

class RunStore;

// One reading of the job's GPUs (nvidia-smi on its node, through srun --overlap).
struct GpuSample
{
    bool available = false; // false: the node has no nvidia-smi (or it failed): `why` says
    QString why;
    QList<int> utilization; // percent, one per GPU
    QList<int> memoryUsedMiB;
    QList<int> memoryTotalMiB;

    // nvidia-smi --query-gpu=utilization.gpu,memory.used,memory.total
    // --format=csv,noheader,nounits
    static GpuSample parse(const QByteArray &output);
};

// What a cancelled run has to resume from, in words: the checkpoint the trainer wrote at the
// stop (its `interrupted` event), else the last one before it (its last `checkpoint` event of
// kind last), else that there is none. Empty events: none was seen.
QString cancelledRunText(const QString &runDir, const QJsonObject &interrupted,
                         const QJsonObject &lastCheckpoint, bool trainerStarted);

class RunWatcher : public QObject
{
    Q_OBJECT

public:
    // `store` may be null (nothing recorded); it must outlive the watcher.
    RunWatcher(RemoteHost *host, Slurm::SlurmClient *client, RunStore *store,
               QObject *parent = nullptr);
    ~RunWatcher() override;

    // How often metrics.jsonl is read while the job runs (default 2 s).
    void setPollInterval(int ms);
    // How often the job's GPUs are sampled while it runs (default 30 s; 0: never).
    void setGpuInterval(int ms);

    // Starts watching `record` (its last job id and run folder). Epochs already in the file
    // arrive again (the store keeps one row per epoch).
    void watch(const RunRecord &record);
    const RunRecord &record() const { return m_record; }
    const Slurm::JobInfo &job() const { return m_job; }
    QList<EpochRecord> epochs() const { return m_epochs; }
    bool isFinished() const { return m_finished; }

    // scancel: the trainer writes last.pt and the job ends as cancelled (no requeue).
    void cancel();

signals:
    void jobChanged(const Patagon::Slurm::JobInfo &job);
    void epochReceived(const Patagon::Train::EpochRecord &epoch);
    // A `progress` event of the trainer (within an epoch).
    void progressReceived(const QJsonObject &event);
    // A `start` event: the first, or again after a requeue (`resumed` set).
    void trainerStarted(const QJsonObject &event);
    void recordChanged(const Patagon::Train::RunRecord &record);
    // A GPU reading; after one with available false no more are taken.
    void gpuSampled(const Patagon::Train::GpuSample &sample);
    // Reading the run folder failed (it is tried again); for a status line.
    void readFailed(const Patagon::Result &error);
    // scancel refused (the run goes on).
    void cancelFailed(const Patagon::Result &error);
    void finished(const Patagon::Result &result);

private:
    void onJob(const Slurm::JobInfo &job);
    void readMetrics();
    void onMetrics(RemoteOperation *op);
    void sampleGpus();
    // The job ended as cancelled while the trainer ran, and it has not yet logged writing its
    // checkpoint at the stop (it does so within Slurm's KillWait, possibly after squeue already
    // shows the job cancelled): the metrics are read again for a while before the end is told.
    bool awaitingInterruption() const;
    void finishUp();
    void complete(const Result &result);
    void store();

    QPointer<RemoteHost> m_host;
    Slurm::SlurmClient *m_client;
    RunStore *m_store;
    Jobs::JobMonitor *m_monitor;
    QTimer *m_timer;
    QTimer *m_gpuTimer;
    bool m_gpuSampling = false;
    bool m_gpuSampled = false; // sampling started for this job
    RunRecord m_record;
    Slurm::JobInfo m_job;
    MetricsReader m_reader;
    QList<EpochRecord> m_epochs;
    QJsonObject m_doneEvent;
    QJsonObject m_lastCheckpoint; // the last "checkpoint" event of kind "last"
    QJsonObject m_interruptedEvent;
    bool m_trainerStarted = false;
    QElapsedTimer m_drainClock; // since the job was seen to end
    QString m_trainerError;
    QPointer<RemoteOperation> m_read;
    int m_failedReads = 0; // in a row, after the job ended
    int m_restarts = 0; // the most Slurm reported (sacct does not count them)
    int m_resumes = 0; // start events of a resumed trainer
    bool m_jobEnded = false;
    bool m_draining = false; // the job ended: read metrics.jsonl to its end, then finish
    bool m_cancelRequested = false;
    bool m_finished = false;
};

} // namespace Patagon::Train

Q_DECLARE_METATYPE(Patagon::Train::GpuSample)
