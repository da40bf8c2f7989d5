// The one-click training run as a state machine, the same for the Train page and the CLI:
//   checking   the home folder and run folder root, the dataset's format, the container's node
//   deploying  the trainer's sources to ~/.patagon-studio/runner/HASH, only when absent
//              (uploaded to a temporary folder, renamed when complete)
//   probing    the toolchain inside the container, on its node (skipped when a build of this
//              bundle for this container is known)
//   building   patagon-train in the container, once per (bundle, container, torch, compiler)
//   submitting the batch script (generated through the script model), recorded in the runs DB
//   watching   job state, then the trainer's metrics (RunWatcher), to the end
// Each step reports progress, can be cancelled, and fails with a message saying what to do.
#pragma once

#include "core/result.h"
#include "core/slurm/jobinfo.h"
#include "core/train/runrecord.h"
#include "core/train/runwatcher.h"
#include "core/train/toolchain.h"
#include "core/train/trainconfig.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Patagon {
class RemoteHost;
}
namespace Patagon::Slurm {
class SlurmClient;
}
namespace Patagon::Container {
class ContainerService;
}

namespace Patagon::Train {

class RunStore;
class RunWatcher;
class RunnerBundle;

class TrainRun : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        Idle,
        Checking,
        Deploying,
        Probing,
        Building,
        Submitting,
        Watching,
        Finished,
    };
    Q_ENUM(Step)

    // `store` (may be null: nothing recorded) and `containers` (may be null: the container's
    // node is not looked up) must outlive the run.
    TrainRun(RemoteHost *host, Slurm::SlurmClient *client, RunStore *store,
             Container::ContainerService *containers = nullptr, QObject *parent = nullptr);
    ~TrainRun() override;

    // The bundle to deploy (default: the one compiled in). Tests change it.
    void setBundle(const RunnerBundle &bundle);
    // The profile name recorded with the run.
    void setProfileName(const QString &profile) { m_profile = profile; }

    // Stop before the submit with the batch script ready (reviewRequested) until
    // approveSubmit() or cancel(). Off by default.
    void setReviewBeforeSubmit(bool review);
    bool isAwaitingApproval() const;
    QByteArray pendingScript() const; // while awaiting approval
    void approveSubmit();

    void start(const TrainConfig &config);
    // Watches a run recorded earlier (a reopened app): straight to Watching.
    void resume(const RunRecord &record);
    // Before the submit: stops the step in progress (nothing is left recorded). After: cancels
    // the job (the trainer writes last.pt first).
    void cancel();

    Step step() const { return m_step; }
    static QString stepLabel(Step step);
    const TrainConfig &config() const { return m_config; }
    const RunRecord &record() const { return m_record; }
    const ToolchainReport &toolchain() const { return m_toolchain; }
    RunWatcher *watcher() const { return m_watcher; }
    bool uploaded() const { return m_uploaded; } // the bundle was uploaded this time
    bool built() const { return m_built; } // the trainer was compiled this time
    // Files of a dataset from this computer sent this time (config().uploadFrom).
    int datasetFilesUploaded() const { return m_datasetFilesUploaded; }
    QString buildError() const { return m_buildError; } // the first compiler error, if any
    Result result() const { return m_result; }
    bool isFinished() const { return m_step == Step::Finished; }

signals:
    void stepChanged(Patagon::Train::TrainRun::Step step);
    // What is happening now, in words; `maximum` 0 when the amount is unknown.
    void progress(const QString &text, qint64 done, qint64 maximum);
    // The probe's and the compiler's output as it comes.
    void output(const QByteArray &chunk);
    void toolchainFound(const Patagon::Train::ToolchainReport &report);
    // The batch script is made and waits for approveSubmit() (setReviewBeforeSubmit).
    void reviewRequested(const QByteArray &script);
    void submitted(const Patagon::Train::RunRecord &record);
    void jobChanged(const Patagon::Slurm::JobInfo &job);
    void epochReceived(const Patagon::Train::EpochRecord &epoch);
    // The trainer's in-epoch `progress` event (step, loss, images/s; at most one every 10 s).
    void trainerProgress(const QJsonObject &event);
    // GPU use on the job's node while it runs (or, once, that it cannot be read there).
    void gpuSampled(const Patagon::Train::GpuSample &sample);
    // Reading the run folder failed while watching (it is tried again).
    void readFailed(const Patagon::Result &error);
    // scancel refused: the run goes on.
    void cancelFailed(const Patagon::Result &error);
    void recordChanged(const Patagon::Train::RunRecord &record);
    void finished(const Patagon::Result &result);

private:
    struct Private;

    void setStep(Step step);
    void fail(const Result &result);
    void findPlaces();
    void uploadData();
    void checkData();
    void findContainer();
    void deploy();
    void uploadNext(int index);
    void readBuildCache();
    void probe();
    void build();
    void submit();
    void sendSubmission(const QByteArray &script, const QString &runDir);
    void startWatching();
    QString runnerDir() const;
    QString buildDir() const;

    QPointer<RemoteHost> m_host;
    Slurm::SlurmClient *m_client;
    RunStore *m_store;
    Container::ContainerService *m_containers;
    std::unique_ptr<Private> d;
    QObject *m_context = nullptr; // owns the current step's commands; deleted on cancel
    RunWatcher *m_watcher = nullptr;
    TrainConfig m_config;
    RunRecord m_record;
    ToolchainReport m_toolchain;
    QString m_profile;
    QString m_buildError;
    Result m_result;
    Step m_step = Step::Idle;
    bool m_uploaded = false;
    bool m_built = false;
    int m_datasetFilesUploaded = 0;
};

} // namespace Patagon::Train
