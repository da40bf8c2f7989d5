// The Train page, the product's headline: a form for one training run and a Train button that
// deploys, builds and submits the bundled trainer in the user's container (TrainRun), then the
// run's steps, job state and live loss and accuracy curves; a "Runs" tab with every recorded run
// (show, compare, run again, delete). A run left going when the app closed is watched again
// once the cluster is connected. Closing the app cancels nothing. The form folds away while a
// run or a recorded one is shown, so the curves have the room.
#pragma once

#include "core/result.h"
#include "core/slurm/clusterfacts.h"
#include "core/slurm/jobinfo.h"
#include "core/train/runrecord.h"
#include "core/train/trainconfig.h"
#include "core/train/trainrun.h"

#include <QPointer>

#include <QWidget>
#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace Patagon {

class RemoteHost;
class ContainerListModel;
class MetricsChart;
class RunActionBar;
class RunListModel;
class ResultsView;
class RunProgressView;
class RunsView;
class TrainForm;

namespace Slurm {
class SlurmClient;
}
namespace Container {
class ContainerService;
}
namespace Train {
class RunStore;
}

class TrainPage : public QWidget
{
    Q_OBJECT

public:
    // `store` may be null (nothing is recorded; see showStoreError). Everything passed in must
    // outlive the page.
    TrainPage(RemoteHost *host, Slurm::SlurmClient *client, Container::ContainerService *containers,
              ContainerListModel *containerModel, Train::RunStore *store,
              QWidget *parent = nullptr);
    ~TrainPage() override;

    Train::TrainConfig config() const;
    // Also the fields without widgets (limitTrain, limitTest, cpusPerTask, ...).
    void setConfig(const Train::TrainConfig &config);

    // The run in progress, or the last one (kept for its record); null before the first.
    Train::TrainRun *currentRun() const { return m_run; }
    bool isRunActive() const;
    // The live run's curves.
    MetricsChart *chart() const;
    QPushButton *trainButton() const { return m_train; }
    // "Review the script first": the run stops before its submit until approved on the bar.
    QCheckBox *reviewBox() const { return m_review; }
    // Review before submitting, and the probe's fixes.
    RunActionBar *actionBar() const { return m_actions; }
    QPushButton *cancelButton() const { return m_cancel; }
    RunListModel *runsModel() const;
    RunsView *runsView() const { return m_runs; }
    TrainForm *form() const { return m_form; }
    RunProgressView *liveView() const { return m_live; }
    // A recorded run, or several compared.
    RunProgressView *recordView() const { return m_record; }
    // A completed run's results, under the curves of the run shown (hidden otherwise).
    ResultsView *resultsView() const { return m_results; }
    bool isShowingLiveRun() const;
    QTabWidget *tabs() const { return m_tabs; }
    QString validationText() const;
    // The toggle beside the Train button opens and folds the form.
    bool isFormVisible() const;
    void setFormVisible(bool visible);

    // The actions, also on buttons and shortcuts. Cancelling a submitted run asks first unless
    // `confirmed`.
    void train();
    void cancelRun(bool confirmed = false);
    // Watches the newest run of `profile` the store lists as unfinished (when none is active).
    void resumeUnfinished(const QString &profile);
    // With no run going: the newest recorded run of `profile` (its charts), read-only.
    void showLatestRun(const QString &profile);
    // The runs database could not be opened: why, and that runs are not recorded.
    void showStoreError(const QString &message);
    void showRecord(const Train::RunRecord &record);
    void compareRuns(const QList<Train::RunRecord> &runs);
    // The form takes the run's settings (nothing starts).
    void rerun(const Train::RunRecord &record);
    void showLiveRun();

signals:
    void openLogsRequested(const Patagon::Slurm::JobInfo &job);
    void openScriptRequested(const QByteArray &script);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void updatePrecision();
    void updateBanner();
    void updateResults();
    Train::TrainRun *newRun();
    void onFinished(const Result &result);
    QList<Train::EpochRecord> storedEpochs(qint64 runId) const;

    QPointer<RemoteHost> m_host;
    Slurm::SlurmClient *m_client;
    Container::ContainerService *m_containers;
    Train::RunStore *m_store;
    Train::TrainRun *m_run = nullptr; // a child; replaced by the next Train
    Train::TrainRun::Step m_lastStep = Train::TrainRun::Step::Idle; // before Finished
    QLabel *m_title;
    QTabWidget *m_tabs;
    QScrollArea *m_scroll;
    TrainForm *m_form;
    QToolButton *m_formToggle;
    QLabel *m_validation;
    // The cluster's partitions, GRES and limits: the form is checked against them as the Script
    // page checks a script (cached per profile; fetched once when there is no cache).
    std::optional<Slurm::ClusterFacts> m_facts;
    QPushButton *m_train;
    QPushButton *m_cancel;
    QCheckBox *m_review;
    RunActionBar *m_actions;
    ContainerListModel *m_containerModel;
    QAction *m_cancelAction = nullptr;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_back;
    QStackedWidget *m_views;
    RunProgressView *m_live;
    RunProgressView *m_record;
    RunsView *m_runs;
    ResultsView *m_results;
    int m_compared = 0; // runs in the record view's compare mode; 0: one record
};

} // namespace Patagon
