#include "core/train/runwatcher.h"

#include "core/jobs/jobmonitor.h"
#include "core/remote/collectedrun.h"
#include "core/remote/remotehost.h"
#include "core/slurm/jobstate.h"
#include "core/slurm/slurmclient.h"
#include "core/tr.h"
#include "core/train/runstore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWatch, "patagon.core.train.watch")

namespace Patagon::Train {

namespace {
constexpr qint64 kChunk = 256 * 1024;
constexpr qint64 kSummaryLimit = 4 * 1024 * 1024;
constexpr int kMaxFailedReadsAfterEnd = 10;
// After a cancel, how long the trainer's "interrupted" line is waited for, and how often the
// metrics are read meanwhile: Slurm's KillWait (30 s by default) then the checkpoint's write.
constexpr qint64 kInterruptionWaitMs = 45000;
constexpr int kInterruptionPollMs = 1000;
} // namespace

RunWatcher::RunWatcher(RemoteHost *host, Slurm::SlurmClient *client, RunStore *store,
                       QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_client(client)
    , m_store(store)
    , m_monitor(new Jobs::JobMonitor(client, this))
    , m_timer(new QTimer(this))
    , m_gpuTimer(new QTimer(this))
{
    m_gpuTimer->setInterval(30000);
    connect(m_gpuTimer, &QTimer::timeout, this, &RunWatcher::sampleGpus);
    m_monitor->setIntervals(2000, 10000);
    m_monitor->setHistoryDays(1);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &RunWatcher::readMetrics);
    connect(m_monitor, &Jobs::JobMonitor::jobsChanged, this, [this] {
        const Slurm::JobInfo job = m_monitor->job(m_record.lastJobId());
        if (job.isValid())
            onJob(job);
    });
}

RunWatcher::~RunWatcher() = default;

void RunWatcher::setPollInterval(int ms)
{
    m_timer->setInterval(qMax(100, ms));
}

void RunWatcher::setGpuInterval(int ms)
{
    if (ms <= 0) {
        m_gpuTimer->stop();
        m_gpuTimer->setInterval(0);
        return;
    }
    m_gpuTimer->setInterval(qMax(1000, ms));
}

GpuSample GpuSample::parse(const QByteArray &output)
{
    GpuSample sample;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() != 3)
            continue;
        bool ok[3] = {};
        const int used = fields.at(1).trimmed().toInt(&ok[1]);
        const int total = fields.at(2).trimmed().toInt(&ok[2]);
        const int utilization = fields.at(0).trimmed().toInt(&ok[0]);
        if (!ok[1] || !ok[2])
            continue;
        sample.utilization << (ok[0] ? utilization : -1); // "[N/A]" on some GPUs
        sample.memoryUsedMiB << used;
        sample.memoryTotalMiB << total;
        if (sample.utilization.size() >= 64)
            break;
    }
    sample.available = !sample.memoryTotalMiB.isEmpty();
    if (!sample.available)
        sample.why = Tr::tr("The job's node has no nvidia-smi, so GPU use cannot be shown.");
    return sample;
}

// nvidia-smi on the job's node, as a step that shares the job's resources (--overlap); no
// container, so it is the node's own. A node without it is said once, and not asked again.
void RunWatcher::sampleGpus()
{
    if (m_finished || m_gpuSampling || !m_host || m_job.state != Slurm::JobState::Running)
        return;
    m_gpuSampling = true;
    static const QString script
        = QStringLiteral("command -v nvidia-smi >/dev/null 2>&1 || exit 0\n"
                         "exec nvidia-smi --query-gpu=utilization.gpu,memory.used,memory.total "
                         "--format=csv,noheader,nounits");
    runCollected(m_host,
                 {QStringLiteral("srun"), QStringLiteral("--jobid=") + m_record.lastJobId(),
                  QStringLiteral("--overlap"), QStringLiteral("-N1"), QStringLiteral("-n1"),
                  QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("sh"),
                  QStringLiteral("-c"), script},
                 this, [this](const Expected<CommandOutput> &out) {
                     m_gpuSampling = false;
                     if (!out || m_finished)
                         return;
                     const GpuSample sample = GpuSample::parse(out->standardOutput);
                     if (!sample.available)
                         m_gpuTimer->stop();
                     emit gpuSampled(sample);
                 });
}

void RunWatcher::watch(const RunRecord &record)
{
    m_record = record;
    m_reader.resetTo(0);
    m_epochs.clear();
    m_finished = m_jobEnded = m_draining = m_trainerStarted = false;
    m_doneEvent = m_lastCheckpoint = m_interruptedEvent = {};
    m_drainClock.invalidate();
    m_restarts = m_resumes = 0;
    m_gpuSampled = false;
    m_monitor->watch(record.lastJobId());
    m_monitor->start();
    m_timer->start();
    readMetrics();
}

void RunWatcher::cancel()
{
    if (m_finished || m_record.lastJobId().isEmpty())
        return;
    m_cancelRequested = true;
    m_client->cancel({m_record.lastJobId()}, this, [this](const Result &result) {
        if (!result) {
            m_cancelRequested = false;
            emit cancelFailed(result);
            return;
        }
        m_monitor->refresh();
    });
}

void RunWatcher::onJob(const Slurm::JobInfo &job)
{
    if (m_finished)
        return;
    const bool changed = job.state != m_job.state || job.reason != m_job.reason
        || job.nodes != m_job.nodes || job.restarts != m_job.restarts;
    m_job = job;
    m_restarts = qMax(m_restarts, job.restarts);
    if (!changed)
        return;
    emit jobChanged(job);
    bool dirty = false;
    if (job.state == Slurm::JobState::Running && m_gpuTimer->interval() > 0
        && !m_gpuTimer->isActive() && !m_gpuSampled) {
        m_gpuSampled = true;
        m_gpuTimer->start();
        QTimer::singleShot(2000, this, &RunWatcher::sampleGpus);
    }
    if (job.state == Slurm::JobState::Running && m_record.state != RunState::Running) {
        m_record.state = RunState::Running;
        if (!m_record.started.isValid())
            m_record.started
                = job.startTime.isValid() ? job.startTime.toUTC() : QDateTime::currentDateTimeUtc();
        dirty = true;
    }
    if (!job.nodes.isEmpty() && m_record.node != job.nodes) {
        m_record.node = job.nodes;
        dirty = true;
    }
    if (dirty)
        store();
    if (job.isFinished() && !m_jobEnded) {
        m_jobEnded = true;
        m_draining = true;
        m_drainClock.start();
        m_timer->stop();
        readMetrics();
    }
}

void RunWatcher::readMetrics()
{
    if (m_finished || m_read || !m_host)
        return;
    m_read = m_host->readFrom(m_record.runDir + QStringLiteral("/metrics.jsonl"),
                              m_reader.readOffset(), kChunk, this);
    RemoteOperation *op = m_read;
    connect(op, &RemoteOperation::finished, this, [this, op] { onMetrics(op); });
}

void RunWatcher::onMetrics(RemoteOperation *op)
{
    op->deleteLater();
    const Result result = op->result();
    if (!result) {
        if (result.code() != ErrorCode::NotFound) {
            emit readFailed(result);
            if (m_draining && ++m_failedReads >= kMaxFailedReadsAfterEnd) {
                finishUp();
            } else if (m_draining) {
                QTimer::singleShot(m_timer->interval(), this, &RunWatcher::readMetrics);
            }
            return;
        }
        if (m_draining)
            finishUp(); // the trainer never wrote a line
        return;
    }
    m_failedReads = 0;
    const QByteArray data = op->data();
    QList<MetricsEvent> events;
    if (!m_reader.feedChecked(data, &events)) {
        // The trainer rewrote the file (a resumed run drops lines its checkpoint did not
        // know): read it again from the start; epochs already seen are replaced, not added.
        m_reader.resetTo(0);
        readMetrics();
        return;
    }
    for (const MetricsEvent &event : std::as_const(events)) {
        switch (event.kind) {
        case MetricsEvent::Kind::Start:
            if (event.json[u"resumed"].isObject())
                ++m_resumes;
            m_trainerStarted = true;
            m_interruptedEvent = {}; // of an earlier part of a requeued run: not this stop's
            emit trainerStarted(event.json);
            break;
        case MetricsEvent::Kind::Epoch: {
            const EpochRecord epoch = event.epoch();
            auto it = std::find_if(m_epochs.begin(), m_epochs.end(),
                                   [&](const EpochRecord &e) { return e.epoch == epoch.epoch; });
            if (it != m_epochs.end())
                *it = epoch;
            else
                m_epochs.append(epoch);
            if (m_store && m_record.id > 0) {
                if (auto r = m_store->addEpoch(m_record.id, epoch); !r)
                    qCWarning(lcWatch) << r.message();
            }
            emit epochReceived(epoch);
            break;
        }
        case MetricsEvent::Kind::Progress:
            emit progressReceived(event.json);
            break;
        case MetricsEvent::Kind::Done:
            m_doneEvent = event.json;
            break;
        case MetricsEvent::Kind::Error:
            m_trainerError = event.json[u"message"].toString();
            break;
        case MetricsEvent::Kind::Checkpoint:
            if (event.json[u"kind"].toString() == QLatin1String("last"))
                m_lastCheckpoint = event.json;
            break;
        case MetricsEvent::Kind::Interrupted:
            m_interruptedEvent = event.json;
            break;
        }
    }
    if (data.size() >= kChunk) {
        readMetrics(); // more is there now
        return;
    }
    if (m_draining && awaitingInterruption()) {
        QTimer::singleShot(kInterruptionPollMs, this, &RunWatcher::readMetrics);
        return;
    }
    if (m_draining)
        finishUp();
}

bool RunWatcher::awaitingInterruption() const
{
    const bool cancelled = m_job.state == Slurm::JobState::Cancelled || m_cancelRequested;
    return cancelled && m_trainerStarted && m_interruptedEvent.isEmpty() && m_doneEvent.isEmpty()
        && m_drainClock.isValid() && m_drainClock.elapsed() < kInterruptionWaitMs;
}

QString cancelledRunText(const QString &runDir, const QJsonObject &interrupted,
                         const QJsonObject &lastCheckpoint, bool trainerStarted)
{
    const QString checkpoints = runDir + QStringLiteral("/checkpoints/");
    if (!interrupted.isEmpty()) {
        const int epochs = interrupted[u"epoch"].toInt();
        return Tr::tr("The run was cancelled after %n complete epoch(s). The trainer saved a "
                      "checkpoint as it stopped: %1.",
                      nullptr, epochs)
            .arg(checkpoints + QStringLiteral("last.pt"));
    }
    if (!lastCheckpoint.isEmpty()) {
        return Tr::tr("The run was cancelled. The trainer saved no checkpoint as it stopped "
                      "(Slurm may have ended it first); the last one, after epoch %1, is %2.")
            .arg(lastCheckpoint[u"epoch"].toInt())
            .arg(checkpoints + QStringLiteral("last.pt"));
    }
    if (trainerStarted)
        return Tr::tr("The run was cancelled before the trainer saved a checkpoint.");
    return Tr::tr("The run was cancelled before training started.");
}

void RunWatcher::finishUp()
{
    if (m_finished || !m_host)
        return;
    m_draining = false;
    RemoteOperation *op = m_host->readFrom(m_record.runDir + QStringLiteral("/summary.json"), 0,
                                           kSummaryLimit, this);
    connect(op, &RemoteOperation::finished, this, [this, op] {
        op->deleteLater();
        if (op->result()) {
            const QJsonDocument doc = QJsonDocument::fromJson(op->data());
            if (doc.isObject())
                m_record.summary = doc.object();
        }
        m_client->history({}, {m_record.lastJobId()}, this,
                          [this](const Expected<Slurm::JobList> &jobs) {
                              if (jobs && !jobs->isEmpty()) {
                                  const Slurm::JobInfo &j = jobs->constFirst();
                                  QJsonObject a;
                                  a[u"state"] = j.stateText;
                                  a[u"exit_code"] = j.exitCode;
                                  a[u"elapsed_seconds"] = j.elapsedSeconds;
                                  a[u"max_rss_bytes"] = j.maxRssBytes;
                                  a[u"nodes"] = j.nodes;
                                  a[u"restarts"] = qMax(m_restarts, j.restarts);
                                  a[u"trainer_resumes"] = m_resumes;
                                  m_record.accounting = a;
                              }
                              complete(Result::ok());
                          });
    });
}

void RunWatcher::complete(const Result &)
{
    m_finished = true;
    m_timer->stop();
    m_gpuTimer->stop();
    m_monitor->stop();
    m_record.finished
        = m_job.endTime.isValid() ? m_job.endTime.toUTC() : QDateTime::currentDateTimeUtc();
    const QJsonObject &s = m_record.summary;
    if (s.contains(u"test_accuracy"))
        m_record.testAccuracy = s[u"test_accuracy"].toDouble();
    else if (m_doneEvent.contains(u"test_accuracy"))
        m_record.testAccuracy = m_doneEvent[u"test_accuracy"].toDouble();
    if (s.contains(u"best_val_accuracy"))
        m_record.bestValAccuracy = s[u"best_val_accuracy"].toDouble();
    else if (m_doneEvent.contains(u"best_val_accuracy"))
        m_record.bestValAccuracy = m_doneEvent[u"best_val_accuracy"].toDouble();

    Result result = Result::ok();
    const QString log = m_record.runDir + QStringLiteral("/slurm-%1.out").arg(m_record.lastJobId());
    if (m_job.state == Slurm::JobState::Completed && m_record.testAccuracy) {
        m_record.state = RunState::Completed;
        m_record.error.clear();
    } else if (m_job.state == Slurm::JobState::Cancelled || m_cancelRequested) {
        m_record.state = RunState::Cancelled;
        m_record.error = cancelledRunText(m_record.runDir, m_interruptedEvent, m_lastCheckpoint,
                                          m_trainerStarted);
        result = Result::error(ErrorCode::Cancelled, m_record.error);
    } else {
        m_record.state = RunState::Failed;
        if (!m_trainerError.isEmpty())
            m_record.error = Tr::tr("The trainer stopped with an error: %1 The job's log is %2.")
                                 .arg(m_trainerError, log);
        else
            m_record.error = Tr::tr("The job ended as %1 (exit code %2) before the trainer "
                                    "finished. The job's log is %3.")
                                 .arg(Slurm::jobStateLabel(m_job.state))
                                 .arg(m_job.exitCode)
                                 .arg(log);
        result = Result::error(ErrorCode::Remote, m_record.error);
    }
    store();
    emit finished(result);
}

void RunWatcher::store()
{
    if (m_store && m_record.id > 0) {
        if (auto r = m_store->update(m_record); !r)
            qCWarning(lcWatch) << r.message();
    }
    emit recordChanged(m_record);
}

} // namespace Patagon::Train
