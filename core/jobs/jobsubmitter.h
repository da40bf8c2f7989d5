// Submitting a batch script and submitting a job again, for the GUI and the CLI alike: sbatch
// through the Slurm client (whose token in --comment makes a submission never arrive twice),
// the script kept on this machine under the host's profile so the job can be resubmitted
// after Slurm forgot it, and resubmission from that copy or else from the script Slurm
// still holds.
#pragma once

#include "core/jobs/scriptstore.h"
#include "core/result.h"
#include "core/slurm/jobinfo.h"

#include <QPointer>

#include <functional>

class QObject;

namespace Patagon::Slurm {
class SlurmClient;
}

namespace Patagon::Jobs {

// A job sbatch accepted.
struct Submission
{
    QString jobId;
    QString standardError; // warnings sbatch printed although it accepted the job
    // The connection dropped before sbatch answered, and the job was found on the cluster by
    // its token: it was not submitted a second time.
    bool recovered = false;
    // Whether the script could be kept for resubmission (the job is submitted either way).
    Result kept;
    // The script's --job-name; empty when it names none (sbatch then picks one).
    QString jobName;
};

class JobSubmitter
{
public:
    using Callback = std::function<void(const Expected<Submission> &)>;

    // Uses `client`'s host; scripts are kept in `store`.
    explicit JobSubmitter(Slurm::SlurmClient *client, ScriptStore store = ScriptStore());

    const ScriptStore &store() const { return m_store; }

    // sbatch `script` in `workDir` (empty: the home folder). `done` runs once, on the caller's
    // thread, unless `context` is deleted first (which cancels the command).
    void submit(const QByteArray &script, const QString &workDir, QObject *context,
                Callback done) const;
    // `job` again: from its kept script and folder (an array task: its array's script), else
    // from the script Slurm still holds for it, in the job's own folder.
    void resubmit(const Slurm::JobInfo &job, QObject *context, Callback done) const;
    // `job` with the output paths of its kept script where Slurm gave none (a sacct before
    // 23.02 does not tell them).
    Slurm::JobInfo withKeptOutputPaths(const Slurm::JobInfo &job) const;
    // The job `id` as Slurm knows it: the controller's record, else accounting's once the
    // controller has forgotten it, with the kept script's output paths where Slurm gave none.
    // NotFound when neither knows it.
    void findJob(const QString &id, QObject *context,
                 std::function<void(const Expected<Slurm::JobInfo> &)> done) const;

private:
    QString profile() const;

    QPointer<Slurm::SlurmClient> m_client;
    ScriptStore m_store;
};

} // namespace Patagon::Jobs
