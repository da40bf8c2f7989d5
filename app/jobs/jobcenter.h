// The app's one place for jobs: the Slurm client and job monitor over the main window's
// connection (polling while connected), submissions (Jobs::JobSubmitter, in core) watched and
// announced, and desktop notifications when a job starts and ends (see DesktopNotifier). Pages
// find it with JobCenter::of().
#pragma once

#include "app/jobs/desktopnotifier.h"
#include "core/jobs/jobsubmitter.h"
#include "core/slurm/jobinfo.h"

#include <QObject>

class QWidget;

namespace Patagon {

class RemoteHost;

namespace Jobs {
class JobMonitor;
} // namespace Jobs
namespace Slurm {
class SlurmClient;
} // namespace Slurm

class JobCenter : public QObject
{
    Q_OBJECT

public:
    explicit JobCenter(RemoteHost *host, QObject *parent = nullptr);
    ~JobCenter() override;

    // The JobCenter of the window that holds `widget`, or null.
    static JobCenter *of(const QWidget *widget);

    RemoteHost *host() const { return m_host; }
    Slurm::SlurmClient *client() const { return m_client; }
    Jobs::JobMonitor *monitor() const { return m_monitor; }
    bool isConnected() const;

    // sbatch (see Jobs::JobSubmitter); on success the monitor watches the job.
    void submit(const QByteArray &script, const QString &workDir = {});
    // From the kept script, else the one Slurm still holds for the job.
    void resubmit(const Slurm::JobInfo &job);
    void cancel(const QStringList &ids);
    // `job` with the output paths of its kept script where Slurm gave none (a sacct before
    // 23.02 does not tell them).
    Slurm::JobInfo withKeptOutputPaths(const Slurm::JobInfo &job) const;

    // Tests and the benchmark keep notifications off the desktop.
    void setDesktopNotifications(bool enabled) { m_notifier->setEnabled(enabled); }
    DesktopNotifier *notifier() const { return m_notifier; }

signals:
    void connectedChanged(bool connected);
    void submitted(const QString &jobId);
    void submitFailed(const QString &message);
    void cancelFailed(const QString &message);
    // Shown in the status bar, and on the desktop (see DesktopNotifier).
    void notification(const QString &title, const QString &text);

private:
    void onConnectionState();
    void onSubmitted(const Expected<Jobs::Submission> &submission);
    void notify(const QString &title, const QString &text,
                DesktopNotifier::Urgency urgency = DesktopNotifier::Urgency::Normal);

    RemoteHost *m_host;
    Slurm::SlurmClient *m_client;
    Jobs::JobMonitor *m_monitor;
    Jobs::JobSubmitter m_submitter;
    DesktopNotifier *m_notifier;
};

} // namespace Patagon
