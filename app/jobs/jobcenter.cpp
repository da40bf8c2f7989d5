// The app's one place for jobs.
#include "app/jobs/jobcenter.h"

#include "app/jobs/jobtablemodel.h"
#include "core/jobs/jobmonitor.h"
#include "core/remote/remotehost.h"
#include "core/slurm/slurmclient.h"

#include <QWidget>

namespace Patagon {

using namespace Patagon::Jobs;
using namespace Patagon::Slurm;

JobCenter::JobCenter(RemoteHost *host, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_client(new SlurmClient(host, this))
    , m_monitor(new JobMonitor(m_client, this))
    , m_submitter(m_client)
    , m_notifier(new DesktopNotifier(this))
{
    setObjectName(QStringLiteral("jobCenter"));
    connect(m_host, &RemoteHost::stateChanged, this, &JobCenter::onConnectionState);
    // The app's own helper jobs (probes, listings, shells) are not the user's news.
    connect(m_monitor, &JobMonitor::jobStarted, this, [this](const JobInfo &job) {
        if (JobTableModel::isHelperJob(job))
            return;
        notify(tr("Job started"),
               tr("Job %1 (%2) is running on %3.").arg(job.id, job.name, job.nodes));
    });
    connect(m_monitor, &JobMonitor::jobFinished, this, [this](const JobInfo &job) {
        if (JobTableModel::isHelperJob(job))
            return;
        if (job.state == JobState::Completed)
            notify(tr("Job completed"), tr("Job %1 (%2) completed.").arg(job.id, job.name));
        else
            notify(tr("Job ended"),
                   tr("Job %1 (%2) ended: %3, exit code %4.")
                       .arg(job.id, job.name, jobStateLabel(job.state))
                       .arg(job.exitCode),
                   DesktopNotifier::Urgency::Critical);
    });
    connect(m_monitor, &JobMonitor::jobRequeued, this, [this](const JobInfo &job) {
        if (JobTableModel::isHelperJob(job))
            return;
        notify(tr("Job requeued"),
               tr("Job %1 (%2) was requeued and waits to run again.").arg(job.id, job.name));
    });
    onConnectionState();
}

JobCenter::~JobCenter() = default;

JobCenter *JobCenter::of(const QWidget *widget)
{
    if (!widget)
        return nullptr;
    const QWidget *top = widget->window();
    return top ? top->findChild<JobCenter *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

bool JobCenter::isConnected() const
{
    return m_host->state() == RemoteHost::State::Connected
        || m_host->state() == RemoteHost::State::Reconnecting;
}

void JobCenter::onConnectionState()
{
    const bool connected = isConnected();
    if (connected && !m_monitor->isRunning())
        m_monitor->start();
    else if (!connected && m_host->state() == RemoteHost::State::Disconnected)
        m_monitor->stop();
    emit connectedChanged(connected);
}

void JobCenter::submit(const QByteArray &script, const QString &workDir)
{
    m_submitter.submit(script, workDir, this,
                       [this](const Expected<Submission> &r) { onSubmitted(r); });
}

void JobCenter::resubmit(const JobInfo &job)
{
    m_submitter.resubmit(job, this, [this](const Expected<Submission> &r) { onSubmitted(r); });
}

void JobCenter::onSubmitted(const Expected<Submission> &r)
{
    if (!r) {
        emit submitFailed(r.errorMessage());
        return;
    }
    m_monitor->watch(r->jobId, r->jobName);
    if (!r->kept)
        notify(tr("Script not kept"), r->kept.message());
    notify(tr("Job submitted"),
           r->recovered ? tr("Submitted job %1. The connection dropped during the submission; the "
                             "job was found on the cluster and was not submitted twice.")
                              .arg(r->jobId)
                        : tr("Submitted job %1.").arg(r->jobId));
    emit submitted(r->jobId);
}

void JobCenter::cancel(const QStringList &ids)
{
    m_client->cancel(ids, this, [this](const Result &r) {
        if (!r)
            emit cancelFailed(r.message());
        m_monitor->refresh();
    });
}

JobInfo JobCenter::withKeptOutputPaths(const JobInfo &job) const
{
    return m_submitter.withKeptOutputPaths(job);
}

void JobCenter::notify(const QString &title, const QString &text, DesktopNotifier::Urgency urgency)
{
    emit notification(title, text);
    m_notifier->notify(title, text, urgency);
}

} // namespace Patagon
