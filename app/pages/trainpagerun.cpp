// The Train page's live run: starting, cancelling and watching one, and taking up again a run
// that was still going when the app was closed.
#include "app/pages/trainpage.h"

#include "app/containers/containerlistmodel.h"
#include "app/train/metricschart.h"
#include "app/train/runactionbar.h"
#include "app/train/runlistmodel.h"
#include "app/train/runprogressview.h"
#include "app/train/runsview.h"
#include "core/remote/remotehost.h"
#include "core/train/runstore.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>

namespace Patagon {

using namespace Patagon::Train;
using Step = TrainRun::Step;

TrainRun *TrainPage::newRun()
{
    if (m_run) { // the last one, finished: its record is in the store
        m_run->disconnect(this);
        m_run->disconnect(m_live);
        m_run->deleteLater();
    }
    m_run = new TrainRun(m_host, m_client, m_store, m_containers, this);
    if (m_host)
        m_run->setProfileName(m_host->name());
    m_lastStep = Step::Idle;
    m_run->setReviewBeforeSubmit(m_review->isChecked());
    m_actions->clear();
    m_live->reset();
    showLiveRun();
    setFormVisible(false);

    connect(m_run, &TrainRun::stepChanged, this, [this](Step step) {
        if (step != Step::Finished)
            m_lastStep = step;
        m_live->setStep(step);
        updateActions();
    });
    connect(m_run, &TrainRun::progress, m_live, &RunProgressView::setProgress);
    connect(m_run, &TrainRun::reviewRequested, m_actions, &RunActionBar::offerReview);
    connect(m_run, &TrainRun::output, m_live, &RunProgressView::appendOutput);
    connect(m_run, &TrainRun::toolchainFound, this,
            [this](const ToolchainReport &report) { m_live->setFindings(report.findings()); });
    connect(m_run, &TrainRun::submitted, this, [this](const RunRecord &record) {
        m_live->setRecord(record);
        m_runs->reload();
        updateActions();
    });
    connect(m_run, &TrainRun::jobChanged, m_live, &RunProgressView::setJob);
    connect(m_run, &TrainRun::epochReceived, this, [this](const EpochRecord &epoch) {
        MetricsChart *chart = m_live->chart();
        chart->addEpoch(epoch);
        const EpochRecord &last = chart->epochs().constLast(); // a repeated epoch is no progress
        m_live->setEpochProgress(last.epoch, last.epochs);
    });
    connect(m_run, &TrainRun::trainerProgress, this, [this](const QJsonObject &p) {
        m_live->setStatusText(tr("Epoch %1, step %2 of %3: loss %4, %5 images/s")
                                  .arg(p[u"epoch"].toInt())
                                  .arg(p[u"step_in_epoch"].toInteger())
                                  .arg(p[u"steps_per_epoch"].toInteger())
                                  .arg(p[u"train_loss"].toDouble(), 0, 'f', 4)
                                  .arg(p[u"images_per_second"].toDouble(), 0, 'f', 0));
    });
    connect(m_run, &TrainRun::gpuSampled, this, [this](const GpuSample &g) {
        if (!g.available) {
            m_live->setGpuText(g.why);
            return;
        }
        QStringList parts;
        for (qsizetype i = 0; i < g.memoryTotalMiB.size(); ++i)
            parts << tr("GPU %1: %2% busy, %3 of %4 GiB")
                         .arg(i)
                         .arg(g.utilization.at(i))
                         .arg(g.memoryUsedMiB.at(i) / 1024.0, 0, 'f', 1)
                         .arg(g.memoryTotalMiB.at(i) / 1024.0, 0, 'f', 1);
        m_live->setGpuText(parts.join(QStringLiteral(", ")));
    });
    connect(m_run, &TrainRun::readFailed, this, [this](const Result &error) {
        m_live->setStatusText(
            tr("Reading the run's files failed (trying again): %1").arg(error.message()));
    });
    connect(m_run, &TrainRun::cancelFailed, this, [this](const Result &error) {
        m_live->setStatusText(tr("The job could not be cancelled: %1").arg(error.message()));
    });
    connect(m_run, &TrainRun::recordChanged, this, [this](const RunRecord &record) {
        m_live->setRecord(record);
        m_runs->model()->updateRun(record);
        updateResults();
    });
    connect(m_run, &TrainRun::finished, this, &TrainPage::onFinished);
    return m_run;
}

void TrainPage::train()
{
    if (!m_train->isEnabled())
        return;
    const TrainConfig c = config();
    if (!c.validate() || isRunActive())
        return;
    newRun()->start(c);
    updateActions();
}

void TrainPage::cancelRun(bool confirmed)
{
    if (!isRunActive())
        return;
    if (m_run->step() == Step::Watching && !confirmed) {
        const auto answer = QMessageBox::question(
            this, tr("Cancel training"),
            tr("Cancel job %1? The trainer saves a checkpoint first, and the run is recorded as "
               "cancelled.")
                .arg(m_run->record().lastJobId()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes || !isRunActive())
            return;
    }
    const bool submitted = m_run->step() == Step::Watching;
    m_run->cancel();
    if (submitted && isRunActive())
        m_live->setStatusText(tr("Cancelling the job; the trainer saves a checkpoint first…"));
}

void TrainPage::onFinished(const Result &result)
{
    const bool buildFailed
        = !result && (m_lastStep == Step::Building || !m_run->buildError().isEmpty());
    const RunRecord &record = m_run->record();
    if (record.isValid())
        m_live->setRecord(record);
    m_live->setFinished(result, buildFailed);
    m_actions->clear();
    if (!result && result.code() != ErrorCode::Cancelled) {
        QStringList names;
        if (m_containerModel) {
            for (const ContainerListModel::Row &row : m_containerModel->rows())
                names << row.container.name;
        }
        m_actions->offerFixes(m_run->toolchain().findings(), m_run->config(), names);
    }
    if (result) {
        m_live->setStatusText(record.testAccuracy
                                  ? tr("Training finished. Test accuracy: %1.")
                                        .arg(RunListModel::percentText(record.testAccuracy))
                                  : tr("Training finished."));
    } else if (result.code() == ErrorCode::Cancelled) {
        m_live->setStatusText(tr("The run was cancelled."));
    } else {
        m_live->setStatusText(tr("The run failed."));
        // A dataset, partition or container the cluster does not have: fixed in the form.
        if (result.code() == ErrorCode::InvalidInput || result.code() == ErrorCode::NotFound)
            setFormVisible(true);
    }
    m_runs->reload();
    updateActions();
    updateResults();
}

QList<EpochRecord> TrainPage::storedEpochs(qint64 runId) const
{
    if (!m_store)
        return {};
    const auto epochs = m_store->epochs(runId);
    return epochs ? *epochs : QList<EpochRecord>();
}

void TrainPage::resumeUnfinished(const QString &profile)
{
    if (!m_store || !m_host || !m_host->isConnected() || isRunActive())
        return;
    RunStore::Filter filter;
    filter.profile = profile;
    filter.unfinishedOnly = true;
    const auto runs = m_store->list(filter);
    if (!runs)
        return;
    for (const RunRecord &record : *runs) { // newest first
        if (record.lastJobId().isEmpty())
            continue; // never submitted: there is no job to watch
        TrainRun *run = newRun();
        m_live->setStepsDoneBefore(Step::Watching);
        m_live->setRecord(record);
        m_live->chart()->setEpochs(storedEpochs(record.id));
        run->resume(record);
        if (isRunActive())
            m_live->setStatusText(tr("Watching run %1 again: it was still going when the app "
                                     "was closed.")
                                      .arg(record.id));
        updateActions();
        return;
    }
}

} // namespace Patagon
