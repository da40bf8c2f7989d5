// One training run as the Train page shows it: the steps (current one bold, done ones checked),
// a progress bar and the last progress text, the job's state and pending reason, what the
// toolchain probe noticed, the error when it failed, the build output (collapsible), buttons
// for the job's log and the batch script, and the curves. Live for the run in progress, or
// filled from a stored record (read-only: no steps).
#pragma once

#include "core/result.h"
#include "core/slurm/jobinfo.h"
#include "core/train/runrecord.h"
#include "core/train/toolchain.h"
#include "core/train/trainrun.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace Patagon {

class MetricsChart;

class RunProgressView : public QWidget
{
    Q_OBJECT

public:
    explicit RunProgressView(QWidget *parent = nullptr);

    MetricsChart *chart() const { return m_chart; }

    // Back to nothing shown: no steps, texts, output, findings, error or curves.
    void reset();
    // Read-only: the steps and progress bar are hidden, the record speaks.
    void setReadOnly(bool readOnly);

    void setStep(Train::TrainRun::Step step);
    // A run watched again after a restart: the steps before `step` were done back then.
    void setStepsDoneBefore(Train::TrainRun::Step step);
    Train::TrainRun::Step step() const { return m_step; }
    QLabel *stepLabel(Train::TrainRun::Step step) const;
    // `maximum` 0: busy.
    void setProgress(const QString &text, qint64 done, qint64 maximum);
    void setEpochProgress(int epoch, int epochs);
    void setStatusText(const QString &text);
    QString statusText() const;
    void appendOutput(const QByteArray &chunk);
    void setBuildOutputVisible(bool visible);
    bool isBuildOutputVisible() const;
    QPlainTextEdit *buildOutput() const { return m_output; }
    // Shows the Info and Warning findings (Missing ones are in the error).
    void setFindings(const QList<Train::ToolchainFinding> &findings);
    int findingCount() const;
    void setJob(const Slurm::JobInfo &job);
    // GPU use on the job's node, in words (empty: nothing to say).
    void setGpuText(const QString &text);
    QString jobText() const;
    // The record the log and script buttons use.
    void setRecord(const Train::RunRecord &record);
    const Train::RunRecord &record() const { return m_record; }
    // The step that was running is marked failed (or cancelled); the message goes in the error
    // box. `buildFailed`: the build output opens too.
    void setFinished(const Result &result, bool buildFailed);
    void setError(const QString &message);
    QString errorText() const;
    bool isShowingError() const;

    // The job's output file in the run folder, as the Logs page follows it.
    static Slurm::JobInfo logJob(const Train::RunRecord &record);

signals:
    void openLogsRequested(const Patagon::Slurm::JobInfo &job);
    void openScriptRequested(const QByteArray &script);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSteps();
    void updateButtons();
    void updateJobText();

    static constexpr int kSteps = 7; // Checking ... Finished
    QLabel *m_steps[kSteps];
    QWidget *m_stepRow;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_job;
    QLabel *m_error;
    QWidget *m_findings; // a row (icon, text) per finding
    QToolButton *m_outputToggle;
    QPlainTextEdit *m_output;
    QPushButton *m_logs;
    QPushButton *m_script;
    MetricsChart *m_chart;

    Train::TrainRun::Step m_step = Train::TrainRun::Step::Idle;
    Train::TrainRun::Step m_failedStep = Train::TrainRun::Step::Idle;
    bool m_cancelled = false;
    bool m_readOnly = false;
    QList<Train::TrainRun::Step> m_visited;
    QList<Train::ToolchainFinding> m_findingList;
    Train::RunRecord m_record;
    Slurm::JobInfo m_jobInfo;
    QString m_gpuText;
    int m_epoch = 0;
    int m_epochs = 0;
};

} // namespace Patagon
