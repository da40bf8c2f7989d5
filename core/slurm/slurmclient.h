// The Slurm commands over the one shared Connection: sbatch, squeue, sacct, scancel,
// scontrol. Asynchronous: each call takes a callback that runs on the caller's thread when
// the command is done; it is dropped (and the command cancelled) when `context` is deleted.
#pragma once

#include "core/result.h"
#include "core/slurm/jobinfo.h"
#include "core/slurm/slurmoutput.h"
#include "core/slurm/slurmversion.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Patagon {
class RemoteHost;
struct CommandOutput;
} // namespace Patagon

namespace Patagon::Slurm {

// How sbatch answered.
struct SubmitResult
{
    QString jobId;
    QString cluster;
    QString standardError; // warnings sbatch printed even when it accepted the job
    // The connection was lost before sbatch answered, and the job was found afterwards by
    // its submission token (so it was not submitted a second time).
    bool recovered = false;
};

class SlurmClient : public QObject
{
    Q_OBJECT

public:
    // Whether squeue speaks JSON: found out on the first query (Unknown until then).
    enum class QueueFormat
    {
        Unknown,
        Json,
        Text
    };
    Q_ENUM(QueueFormat)

    explicit SlurmClient(RemoteHost *host, QObject *parent = nullptr);

    RemoteHost *host() const { return m_host; }
    QueueFormat queueFormat() const { return m_format; }
    // The cluster's Slurm version, read (once per connection, shared by every client of the
    // host) before the first query whose command depends on it; invalid until then, or when
    // sinfo did not tell.
    SlurmVersion version() const { return m_version; }
    // Tests force the text format; Unknown probes again.
    void setQueueFormat(QueueFormat format) { m_format = format; }

    template<typename T> using Callback = std::function<void(const Expected<T> &)>;

    // sbatch --parsable with the script on standard input. A refusal fails with sbatch's own
    // message (verbatim) followed by an explanation when the error is a known one. Each
    // submission carries a token in the job's comment: when the connection is lost before
    // sbatch answered, the queue is asked for that token once the connection is back, so a
    // job that did arrive is reported (recovered) and never submitted twice.
    void submit(const QByteArray &script, const QString &workDir, QObject *context,
                Callback<SubmitResult> done);
    static QString submissionTag(const QString &token);
    // The job whose comment carries `token`, if the queue has one (empty: none).
    void findSubmission(const QString &token, QObject *context, Callback<QString> done);
    // The connected user's jobs in the queue (squeue) that have not ended: filtered here too,
    // as Slurm 22.05's squeue --json ignores --me and the state filter.
    void queue(QObject *context, Callback<JobList> done);
    // Past and present jobs from accounting (sacct): since `since`, or exactly `ids`. With
    // their output paths where sacct knows the StdOut field (Slurm 23.02+), else without.
    void history(const QDateTime &since, const QStringList &ids, QObject *context,
                 Callback<JobList> done);
    // scontrol show job -o: one job with its real StdOut/StdErr, or all when `id` is empty.
    void showJob(const QString &id, QObject *context, Callback<JobList> done);
    void startEstimates(QObject *context, Callback<QHash<QString, QDateTime>> done);
    // scancel; fails with NotFound when Slurm knows none of `ids` (scancel would say nothing).
    void cancel(const QStringList &ids, QObject *context, std::function<void(const Result &)> done);
    // The batch script Slurm stored with the job (only while the controller remembers it).
    void batchScript(const QString &id, QObject *context, Callback<QByteArray> done);

private:
    void recoverSubmission(const QString &token, const Result &lost, QObject *context,
                           Callback<SubmitResult> done);
    void runCommand(const QStringList &argv, const QByteArray &input, QObject *context,
                    std::function<void(const Expected<CommandOutput> &)> done);
    void queueText(QObject *context, Callback<JobList> done);
    void queueJson(QObject *context, Callback<JobList> done);
    void historyNow(const QDateTime &since, const QStringList &ids, QObject *context,
                    Callback<JobList> done);
    // Runs `next` once the version is known (read it first if needed); dropped with `context`
    // or this client. A version that could not be read is asked again next time.
    void withVersion(QObject *context, std::function<void()> next);
    // The logged-in user: rows of other users are dropped, whatever Slurm's filters did.
    QString userName() const;

    QPointer<RemoteHost> m_host;
    QueueFormat m_format = QueueFormat::Unknown;
    SlurmVersion m_version;
    bool m_versionRead = false;
    bool m_historyPaths = true; // until the version or sacct says it has no StdOut field
};

// The message of a failed Slurm command: its standard error (verbatim) and exit status.
Result commandFailure(const QString &program, const CommandOutput &output);

} // namespace Patagon::Slurm
