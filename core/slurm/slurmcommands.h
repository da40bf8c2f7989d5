// The argv lists of the Slurm commands the app runs. Every list goes through
// Connection::run (and so through Shell::joinArguments); nothing is pasted into a string.
#pragma once

#include <QDateTime>
#include <QStringList>

namespace Patagon::Slurm::SlurmCommands {

// The field separator of the text formats: ASCII "unit separator", which no job name holds,
// where "|" (sacct's default) can be part of one.
inline constexpr char16_t kSeparator = u'\x1f';

// sbatch reads the script from standard input; `workDir` empty: the home folder. `comment`
// (the job's comment, carrying the submission's token) is given when not empty.
QStringList submit(const QString &workDir = {}, const QString &comment = {});
// The connected user's jobs with their comments, whatever their state (%i and %k).
QStringList jobComments();
// squeue of the connected user's jobs, as JSON (Slurm 21.08 and later).
QStringList queueJson();
// The same with a fixed text format (see SlurmOutput::parseQueueText), for older Slurm.
QStringList queueText();
// squeue --start: the scheduler's expected start of each pending job.
QStringList startEstimates();
// sacct of the connected user's jobs since `since`, or of `ids` (then `since` is ignored).
// `outputPaths`: with the StdOut and StdErr fields, which sacct knows since Slurm 23.02.
QStringList history(const QDateTime &since, const QStringList &ids = {}, bool outputPaths = true);
QStringList cancel(const QStringList &ids);
// squeue of exactly `ids` in any state, ids only: nothing (or "Invalid job id") when Slurm
// knows none of them.
QStringList knownJobs(const QStringList &ids);
// scontrol show job -o (one line per job): all jobs when `id` is empty.
QStringList showJob(const QString &id = {});
// The batch script Slurm keeps for a job that has not left the controller yet.
QStringList batchScript(const QString &id);

} // namespace Patagon::Slurm::SlurmCommands
