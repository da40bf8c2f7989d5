// Parsers of what the Slurm commands print (see slurmcommands.h for the argv they go with).
// Pure functions on bytes: tested with outputs captured from a real cluster.
#pragma once

#include "core/result.h"
#include "core/slurm/jobinfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace Patagon::Slurm::SlurmOutput {

struct Submission
{
    QString jobId; // "523"
    QString cluster; // empty unless sbatch named one ("523;cluster")

    bool isValid() const { return !jobId.isEmpty(); }
};
// sbatch --parsable's standard output.
std::optional<Submission> parseSubmission(const QByteArray &standardOutput);

// When `program` could not be run at all on `destination` (the shell's 127: not found, 126:
// not executable), the error that says the host has no Slurm commands, and what to do.
std::optional<Result> missingCommand(const QString &program, int exitStatus,
                                     const QByteArray &standardError, const QString &destination);
// What a known sbatch error means and what to do, translated; empty for unknown ones.
// `standardError` is shown to the user verbatim as well.
QString explainSubmitError(const QString &standardError);

// squeue --json (data_parser v0.0.38 to v0.0.45, Slurm 22.05 to 26.05; in slurmqueuejson.cpp).
// `now` gives the elapsed time of running jobs. Exit codes, output paths and elapsed times come
// out the same whatever the version (22.05 writes raw wait statuses and unresolved %j
// patterns). Every row of the output is returned: see ownQueuedJobs().
Expected<JobList> parseQueueJson(const QByteArray &json, const QDateTime &now);
// What squeue should have listed for `user` (empty: anyone): that user's jobs that have not
// ended. Slurm 22.05's squeue --json ignores --me, -u and the state filter, and lists finished
// jobs for MinJobAge; a filter the server may ignore is applied here too.
JobList ownQueuedJobs(const JobList &jobs, const QString &user);
// squeue with SlurmCommands::queueText()'s format.
Expected<JobList> parseQueueText(const QByteArray &text);
// sacct with SlurmCommands::history()'s format: one JobInfo per allocation, steps folded in.
// With the StdOut and StdErr fields (Slurm 23.02 and later), whose %j %x %A %a %u %N patterns
// are resolved to the real paths; without them (older sacct) the paths stay empty.
Expected<JobList> parseHistory(const QByteArray &text);
// A job's output file pattern as sbatch took it ("out-%x-%j.txt", relative to the job's
// working folder) made the real path. Empty `pattern`: Slurm's default (slurm-%j.out, or
// slurm-%A_%a.out for an array task).
QString resolveOutputPath(const QString &pattern, const JobInfo &job);
// The first node of a node list ("gpu[01-02],cpu3" gives "gpu01"): where the batch script ran.
QString firstNode(const QString &nodeList);
// scontrol show job -o: one line per job.
JobList parseShowJob(const QByteArray &text);
QHash<QString, QString> parseShowJobFields(const QString &line);
// squeue --start with SlurmCommands::startEstimates()'s format: id to expected start.
QHash<QString, QDateTime> parseStartEstimates(const QByteArray &text);

// Pieces, public for tests.
// "1-02:03:04", "02:03:04", "3:04", "UNLIMITED" (-1), "INVALID"/"N/A" (nullopt).
std::optional<qint64> parseDurationSeconds(const QString &text);
// "1234K", "12M", "1.5G", "0" to bytes; nullopt when empty.
std::optional<qint64> parseMemoryBytes(const QString &text);
// "2026-11-29T13:26:57" (the cluster's local time); invalid for N/A, Unknown, None.
QDateTime parseTime(const QString &text);
// GPUs in a TRES string: "cpu=1,gres/gpu=2" or "gres/gpu:A100:1" (per node).
int gpusFromTres(const QString &tres);
// A number read from outside as an integer; nullopt for NaN and for what qint64 cannot hold
// (converting those is undefined behaviour).
std::optional<qint64> toInteger(double value);
// What scancel and scontrol take: "523", or "527_3" for an array task.
QString displayId(qint64 jobId, qint64 arrayJobId, const QString &task);

} // namespace Patagon::Slurm::SlurmOutput
