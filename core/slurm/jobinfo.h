// One job as the app knows it: merged from squeue (live), sacct (history) and scontrol
// (the real output paths). A value type; it crosses threads and signal connections.
#pragma once

#include "core/slurm/jobstate.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Patagon::Slurm {

struct JobInfo
{
    QString id; // what scancel and scontrol take: "523", or "527_3" for an array task
    qint64 jobId = 0; // the numeric id Slurm gave this job (an array task has its own)
    qint64 arrayJobId = 0; // 0 when the job is no array task
    QString arrayTaskId; // "3", or a range "[4-9%2]" for tasks not started yet
    QString name;
    QString user;
    QString partition;
    QString account;
    QString cluster;
    JobState state = JobState::Unknown;
    QString stateText; // as Slurm wrote it ("CANCELLED by 1000")
    QString reason; // raw pending reason ("Resources"), "None" when there is none
    QDateTime submitTime; // invalid when unknown
    QDateTime startTime; // of a running or past job, or the expected start of a pending one
    QDateTime endTime;
    QDateTime estimatedStart; // squeue --start
    qint64 timeLimitMinutes = -2; // -1: UNLIMITED, -2: unknown
    qint64 elapsedSeconds = -1; // -1: unknown
    QString nodes; // node list ("vm", "gpu[01-02]"), empty while pending
    int gpus = 0;
    QString gres; // "gres/gpu:A100:1" as requested
    int exitCode = -1; // of the batch script; -1 unknown
    int exitSignal = 0;
    qint64 maxRssBytes = -1; // largest resident set of any step (sacct); -1 unknown
    QString standardOutput; // the real paths (patterns resolved), empty when unknown
    QString standardError;
    QString workDir;
    int restarts = 0; // how often Slurm requeued it

    bool isValid() const { return !id.isEmpty(); }
    bool isArrayTask() const { return arrayJobId > 0; }
    bool isFinished() const { return isFinalState(state); }
};

using JobList = QList<JobInfo>;

} // namespace Patagon::Slurm

Q_DECLARE_METATYPE(Patagon::Slurm::JobInfo)
