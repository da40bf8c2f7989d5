// Submission and resubmission over the Slurm client, with the scripts kept by profile.
#include "core/jobs/jobsubmitter.h"

#include "core/remote/remotehost.h"
#include "core/slurm/batchscript.h"
#include "core/slurm/slurmclient.h"
#include "core/tr.h"

namespace Patagon::Jobs {

using namespace Patagon::Slurm;

namespace {

// Array tasks share their array's script.
QString scriptKey(const JobInfo &job)
{
    return job.isArrayTask() ? QString::number(job.arrayJobId) : job.id;
}

Result clientGone()
{
    return Result::error(ErrorCode::Internal,
                         Tr::tr("The job could not be submitted: the window is closing."));
}

} // namespace

JobSubmitter::JobSubmitter(SlurmClient *client, ScriptStore store)
    : m_client(client)
    , m_store(std::move(store))
{}

QString JobSubmitter::profile() const
{
    return m_client && m_client->host() ? m_client->host()->name() : QString();
}

void JobSubmitter::submit(const QByteArray &script, const QString &workDir, QObject *context,
                          Callback done) const
{
    if (!m_client)
        return done(clientGone());
    const QString profile = this->profile();
    const ScriptStore store = m_store;
    m_client->submit(script, workDir, context, [=](const Expected<SubmitResult> &r) {
        if (!r)
            return done(r.result());
        Submission s {r->jobId, r->standardError, r->recovered, Result::ok(), QString()};
        s.kept = store.save(profile, r->jobId, StoredScript {script, workDir});
        s.jobName
            = BatchScript::parse(script).value(QStringLiteral("job-name")).value_or(QString());
        done(s);
    });
}

void JobSubmitter::resubmit(const JobInfo &job, QObject *context, Callback done) const
{
    const QString key = scriptKey(job);
    const Expected<StoredScript> stored = m_store.load(profile(), key);
    if (stored) {
        submit(stored->script, stored->workDir.isEmpty() ? job.workDir : stored->workDir, context,
               std::move(done));
        return;
    }
    if (!m_client)
        return done(clientGone());
    // Copies: the callback may run after this submitter is gone.
    const JobSubmitter self = *this;
    m_client->batchScript(key, context, [self, job, context, done](const Expected<QByteArray> &s) {
        if (!s) {
            done(Result::error(ErrorCode::NotFound,
                               Tr::tr("The script of job %1 is neither kept on this computer nor "
                                      "known to Slurm any more.")
                                   .arg(job.id)));
            return;
        }
        self.submit(*s, job.workDir, context, done);
    });
}

JobInfo JobSubmitter::withKeptOutputPaths(const JobInfo &job) const
{
    if (!job.standardOutput.isEmpty())
        return job;
    const Expected<StoredScript> stored = m_store.load(profile(), scriptKey(job));
    if (!stored)
        return job;
    JobInfo filled = job;
    fillOutputPaths(filled, *stored);
    return filled;
}

void JobSubmitter::findJob(const QString &id, QObject *context,
                           std::function<void(const Expected<JobInfo> &)> done) const
{
    if (!m_client)
        return done(
            Result::error(ErrorCode::Internal,
                          Tr::tr("Job %1 could not be looked up: the window is closing.").arg(id)));
    const JobSubmitter self = *this;
    const auto pick = [id](const JobList &jobs) {
        for (const JobInfo &j : jobs) {
            if (j.id == id)
                return j;
        }
        return jobs.first();
    };
    m_client->showJob(id, context, [self, id, context, pick, done](const Expected<JobList> &shown) {
        if (shown && !shown->isEmpty())
            return done(self.withKeptOutputPaths(pick(*shown)));
        if (!shown && shown.errorCode() == ErrorCode::Network)
            return done(shown.result());
        if (!self.m_client)
            return;
        // Forgotten by the controller (after MinJobAge): accounting still has it, without its
        // output paths before Slurm 23.02, which the kept script gives.
        self.m_client->history(
            {}, {id}, context, [self, id, pick, done](const Expected<JobList> &past) {
                if (!past && past.errorCode() == ErrorCode::Network)
                    return done(past.result());
                if (!past || past->isEmpty())
                    return done(Result::error(ErrorCode::NotFound,
                                              Tr::tr("Slurm knows no job %1.").arg(id)));
                done(self.withKeptOutputPaths(pick(*past)));
            });
    });
}

} // namespace Patagon::Jobs
