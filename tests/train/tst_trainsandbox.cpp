// The one-click training run against the sandbox cluster, nothing mocked: a clean account gets
// the trainer deployed, probed, built in the `pytorch` image's container and trained on a
// Fashion-MNIST subset; a second run reuses bundle and build; a container without a toolchain,
// a broken source, a requeue after an interruption, a run watched again after the app
// "closed", a cancel, two tasks over Gloo, and bad input.
#include "../sandbox/trainfixture.h"
#include "core/container/containerservice.h"
#include "core/slurm/slurmclient.h"
#include "core/train/runnerbundle.h"
#include "core/train/runresults.h"
#include "core/train/runstore.h"
#include "core/train/runwatcher.h"
#include "core/train/toolchainfix.h"
#include "core/train/trainrun.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Patagon;
using namespace Patagon::Train;

namespace {
const QString kFashion = QStringLiteral("/usr/share/datasets/fashion-mnist");
const QString kTorchContainer = QStringLiteral("trainpt");
const QString kPlainContainer = QStringLiteral("trainpy");
} // namespace

class TestTrainSandbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Testing::TrainFixture m_fx;
    RunRecord m_firstRun; // the completed run of trainsFromACleanAccount
    bool m_approveReview = false; // runToEnd: review the script, then approve it
    QByteArray m_reviewed;

    TrainConfig config(int epochs = 2) const
    {
        return Testing::TrainFixture::fashionMnist(kTorchContainer, epochs);
    }

    // Runs `config` to its end (or to `until`, when given, for a run left going).
    std::unique_ptr<TrainRun> runToEnd(const TrainConfig &c, int timeoutMs = 600000,
                                       const RunnerBundle *bundle = nullptr)
    {
        auto run = m_fx.newRun();
        run->setProfileName(QStringLiteral("traintest"));
        if (bundle)
            run->setBundle(*bundle);
        if (m_approveReview) { // stopped before the submit, then approved as the page's bar does
            run->setReviewBeforeSubmit(true);
            TrainRun *r = run.get();
            connect(r, &TrainRun::reviewRequested, r, [this, r](const QByteArray &script) {
                m_reviewed = script;
                QTimer::singleShot(0, r, [r] { r->approveSubmit(); });
            });
        }
        connect(run.get(), &TrainRun::output, this, [](const QByteArray &chunk) {
            if (qEnvironmentVariableIsSet("PATAGON_TEST_VERBOSE"))
                qInfo().noquote() << chunk.trimmed();
        });
        QSignalSpy finished(run.get(), &TrainRun::finished);
        run->start(c);
        if (!run->isFinished())
            finished.wait(timeoutMs);
        return run;
    }

    Result runTask(Container::ContainerTask *task)
    {
        if (!task)
            return Result::error(ErrorCode::InvalidInput, QStringLiteral("no task"));
        QSignalSpy finished(task, &Container::ContainerTask::finished);
        if (!task->isFinished())
            finished.wait(600000);
        return task->isFinished()
            ? task->result()
            : Result::error(ErrorCode::Timeout, QStringLiteral("the task did not end"));
    }

    Result removeRunFolder(const RunRecord &record)
    {
        RunResults results(m_fx.pair->host(), record);
        std::optional<Result> outcome;
        results.removeFolder([&](const Result &r) { outcome = r; });
        (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 60000);
        return outcome.value_or(Result::error(ErrorCode::Timeout, QStringLiteral("no answer")));
    }

    bool remoteExists(const QString &path)
    {
        const auto r = m_fx.remote({QStringLiteral("test"), QStringLiteral("-e"), path});
        return r && r->succeeded();
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_fx.setUp(this, QStringLiteral("traintest"), m_tmp, &why), qPrintable(why));
        // A clean account: no deployed trainer, no builds, no runs.
        QVERIFY(m_fx.remote({QStringLiteral("rm"), QStringLiteral("-rf"),
                             m_fx.env.home() + QStringLiteral("/.patagon-studio"),
                             m_fx.env.home() + QStringLiteral("/patagon-runs")}));
        const Result torch = m_fx.recreateContainer(kTorchContainer);
        QVERIFY2(torch, qPrintable(torch.message()));
        const Result plain = m_fx.recreateContainer(kPlainContainer, QStringLiteral("python:3.8"));
        QVERIFY2(plain, qPrintable(plain.message()));
    }

    void cleanupTestCase()
    {
        for (const QString &n : {kTorchContainer, kPlainContainer})
            m_fx.removeContainer(n);
    }

    void trainsFromACleanAccount()
    {
        QList<EpochRecord> epochs;
        auto run = m_fx.newRun();
        connect(run.get(), &TrainRun::epochReceived, this,
                [&](const EpochRecord &e) { epochs.append(e); });
        QList<TrainRun::Step> steps;
        connect(run.get(), &TrainRun::stepChanged, this,
                [&](TrainRun::Step s) { steps.append(s); });
        QSignalSpy finished(run.get(), &TrainRun::finished);
        run->start(config());
        QVERIFY(finished.wait(600000));
        QVERIFY2(run->result(), qPrintable(run->result().message()));
        QVERIFY(run->uploaded());
        QVERIFY(run->built());
        QCOMPARE(steps,
                 (QList<TrainRun::Step> {TrainRun::Step::Checking, TrainRun::Step::Deploying,
                                         TrainRun::Step::Probing, TrainRun::Step::Building,
                                         TrainRun::Step::Submitting, TrainRun::Step::Watching,
                                         TrainRun::Step::Finished}));
        QCOMPARE(run->config().node, m_fx.env.node());
        QCOMPARE(epochs.size(), 2);
        QCOMPARE(epochs.at(0).epoch, 1);
        QCOMPARE(epochs.at(1).epoch, 2);

        // The record holds what the trainer reported.
        const auto stored = m_fx.store->find(run->record().id);
        QVERIFY(stored);
        QCOMPARE(stored->state, RunState::Completed);
        QVERIFY(stored->testAccuracy);
        const auto summary = m_fx.remote(
            {QStringLiteral("cat"), stored->runDir + QStringLiteral("/summary.json")});
        QVERIFY(summary && summary->succeeded());
        const double reported = QJsonDocument::fromJson(summary->standardOutput)
                                    .object()[u"test_accuracy"]
                                    .toDouble();
        QCOMPARE(*stored->testAccuracy, reported);
        QVERIFY(reported > 0.5);
        QCOMPARE(m_fx.store->epochs(stored->id)->size(), 2);
        QCOMPARE(stored->bundleHash, RunnerBundle::builtIn().hash());
        QVERIFY(
            stored->script.contains(QByteArray("--container-name=" + kTorchContainer.toUtf8())));
        QVERIFY(remoteExists(stored->runDir + QStringLiteral("/checkpoints/best.pt")));
        // The bundle folder is whole and nothing half-uploaded is left beside it.
        const auto listing
            = m_fx.remote({QStringLiteral("ls"), QStringLiteral("-A"),
                           m_fx.env.home() + QStringLiteral("/.patagon-studio/runner")});
        QVERIFY(listing);
        QCOMPARE(listing->standardOutput.trimmed(), RunnerBundle::builtIn().hash().toUtf8());
        m_firstRun = *stored;
    }

    void resultsOfAFinishedRun()
    {
        QVERIFY(m_firstRun.isValid());
        RunResults results(m_fx.pair->host(), m_firstRun);
        std::optional<Expected<EvalReport>> report;
        results.evaluate([&](const Expected<EvalReport> &r) { report = r; });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 120000);
        QVERIFY2(*report, qPrintable(report->errorMessage()));
        const EvalReport &e = report->value();
        QCOMPARE(e.testImages, 500);
        QCOMPARE(e.classes.size(), 10);
        qint64 total = 0, right = 0;
        for (int i = 0; i < e.confusion.size(); ++i) {
            for (int j = 0; j < e.confusion.at(i).size(); ++j)
                total += e.confusion.at(i).at(j);
            right += e.confusion.at(i).at(i);
        }
        QCOMPARE(total, 500);
        QVERIFY(qAbs(double(right) / 500 - e.testAccuracy) < 1e-9);

        // Try it: two images from the laptop, the top three answers of each, in order.
        QStringList images;
        for (int i = 0; i < 2; ++i) {
            QImage image(40, 30, QImage::Format_RGB32);
            image.fill(i == 0 ? Qt::white : Qt::darkGray);
            images << m_tmp.filePath(QStringLiteral("try %1.png").arg(i));
            QVERIFY(image.save(images.last()));
        }
        std::optional<Expected<QList<Prediction>>> answers;
        results.predict(images, 3, [&](const Expected<QList<Prediction>> &r) { answers = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answers.has_value(), 120000);
        QVERIFY2(*answers, qPrintable(answers->errorMessage()));
        QCOMPARE(answers->value().size(), 2);
        for (int i = 0; i < 2; ++i) {
            const Prediction &p = answers->value().at(i);
            QCOMPARE(p.image, images.at(i));
            QCOMPARE(p.answers.size(), 3);
            QVERIFY(e.classes.contains(p.answers.first().className));
            QVERIFY(p.answers.at(0).confidence >= p.answers.at(1).confidence);
        }

        const QString folder = m_tmp.filePath(QStringLiteral("download"));
        std::optional<Result> downloaded;
        results.download(folder, [&](const Result &r) { downloaded = r; });
        QTRY_VERIFY_WITH_TIMEOUT(downloaded.has_value(), 120000);
        QVERIFY2(*downloaded, qPrintable(downloaded->message()));
        for (const char *name : {"best.pt", "metrics.jsonl", "summary.json"})
            QVERIFY2(QFileInfo(QDir(folder).filePath(QLatin1String(name))).size() > 0, name);
    }

    void secondRunReusesBundleAndBuild()
    {
        // Stopped for a review of its script, then cancelled: nothing submitted or recorded.
        {
            TrainRun review(m_fx.pair->host(), m_fx.client, m_fx.store.get(), m_fx.containers);
            review.setReviewBeforeSubmit(true);
            QSignalSpy ready(&review, &TrainRun::reviewRequested);
            const auto before = m_fx.store->list();
            QVERIFY(before);
            review.start(config(1));
            QVERIFY(review.isFinished() || ready.wait(300000));
            QVERIFY2(review.isAwaitingApproval(), qPrintable(review.result().message()));
            QCOMPARE(review.step(), TrainRun::Step::Submitting);
            const QByteArray script = ready.constFirst().constFirst().toByteArray();
            QVERIFY(script.contains(QByteArray("--container-name=" + kTorchContainer.toUtf8())));
            QCOMPARE(review.pendingScript(), script);
            review.cancel();
            QVERIFY(review.isFinished());
            QCOMPARE(review.result().code(), ErrorCode::Cancelled);
            QVERIFY(review.record().jobIds.isEmpty());
            QCOMPARE(m_fx.store->list()->size(), before->size());
        }
        // Approved after the review: submitted as it was shown; bundle and build reused.
        m_approveReview = true;
        auto run = runToEnd(config(1));
        m_approveReview = false;
        QVERIFY2(run->result(), qPrintable(run->result().message()));
        QVERIFY(!run->uploaded());
        QVERIFY(!run->built());
        QCOMPARE(run->record().state, RunState::Completed);
        QVERIFY(!m_reviewed.isEmpty());
        QCOMPARE(run->record().script, m_reviewed);
    }

    // A dataset on this computer: uploaded beside the run folders before anything else. An
    // upload cancelled halfway records nothing; the next Train sends only what is missing, and
    // the one after that nothing.
    void datasetFromThisComputer()
    {
        const QString remoteData
            = m_fx.env.home() + QStringLiteral("/patagon-datasets/fashion-mnist");
        QVERIFY(m_fx.remote({QStringLiteral("rm"), QStringLiteral("-rf"), remoteData}));
        TrainConfig c = config(1);
        c.dataDir.clear();
        c.dataKind.clear();
        c.uploadFrom = kFashion; // the sandbox shares this machine's files: a local copy here
        const auto before = m_fx.store->list();
        QVERIFY(before);
        {
            TrainRun run(m_fx.pair->host(), m_fx.client, m_fx.store.get(), m_fx.containers);
            bool cancelled = false;
            connect(&run, &TrainRun::progress, &run, [&](const QString &, qint64 done, qint64 max) {
                if (!cancelled && max > 0 && done > 0 && done < max
                    && run.step() == TrainRun::Step::Checking) {
                    cancelled = true;
                    QTimer::singleShot(0, &run, [&run] { run.cancel(); });
                }
            });
            QSignalSpy finished(&run, &TrainRun::finished);
            run.start(c);
            QVERIFY(run.isFinished() || finished.wait(300000));
            QVERIFY2(cancelled, qPrintable(run.result().message()));
            QCOMPARE(run.result().code(), ErrorCode::Cancelled);
            QCOMPARE(m_fx.store->list()->size(), before->size()); // nothing half-recorded
        }
        auto run = runToEnd(c);
        QVERIFY2(run->result(), qPrintable(run->result().message()));
        QVERIFY(run->datasetFilesUploaded() > 0);
        QVERIFY(run->datasetFilesUploaded() <= 4);
        QCOMPARE(run->config().dataDir, remoteData);
        QCOMPARE(run->config().dataKind, QStringLiteral("fashion-mnist"));
        const auto sums = m_fx.remote({QStringLiteral("sh"), QStringLiteral("-c"),
                                       QStringLiteral("cd \"$1\" && sha256sum * | sort"),
                                       QStringLiteral("sh"), remoteData});
        const auto local = m_fx.remote({QStringLiteral("sh"), QStringLiteral("-c"),
                                        QStringLiteral("cd \"$1\" && sha256sum * | sort"),
                                        QStringLiteral("sh"), kFashion});
        QVERIFY(sums && local);
        QCOMPARE(sums->standardOutput, local->standardOutput);
        QCOMPARE(TrainConfig::fromJson(run->record().config).uploadFrom, kFashion);

        auto again = runToEnd(c);
        QVERIFY2(again->result(), qPrintable(again->result().message()));
        QCOMPARE(again->datasetFilesUploaded(), 0);
    }

    void probeNamesWhatIsMissing()
    {
        TrainConfig c = config(1);
        c.container = kPlainContainer;
        auto run = runToEnd(c);
        QVERIFY(run->isFinished());
        QVERIFY(!run->result());
        const QString message = run->result().message();
        QVERIFY2(message.contains(QStringLiteral("cannot import torch")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("C++ compiler")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("CMake is missing")), qPrintable(message));
        QVERIFY(!run->toolchain().canBuild());
        QVERIFY(!run->record().isValid()); // nothing recorded

        // Each gap with its fix, carried out through the Containers core.
        using Fix = ToolchainFinding::Fix;
        const QList<Fix> fixes = offeredFixes(run->toolchain().findings());
        QCOMPARE(
            fixes,
            (QList<Fix> {Fix::NewContainerFromNgc, Fix::InstallCompiler, Fix::PipInstallCMake}));
        // pip runs in the container on its node; the sandbox's wheelhouse has no CMake, and
        // pip's own words come back.
        const Result cmake
            = runTask(startFix(m_fx.containers, Fix::PipInstallCMake, run->config(), {}, this));
        QVERIFY(!cmake);
        QVERIFY2(cmake.message().contains(QLatin1String("cmake")), qPrintable(cmake.message()));
        // A new container from NVIDIA's PyTorch image, with a name not taken.
        const QString fresh = newContainerName({QStringLiteral("pytorch-ngc")});
        QCOMPARE(fresh, QStringLiteral("pytorch-ngc-2"));
        const Result made = runTask(
            startFix(m_fx.containers, Fix::NewContainerFromNgc, run->config(), fresh, this));
        QVERIFY2(made, qPrintable(made.message()));
        const auto listed
            = m_fx.remote({QStringLiteral("enroot"), QStringLiteral("list")}); // one node
        QVERIFY(listed);
        QVERIFY2(listed->standardOutput.contains(QByteArray("pyxis_" + fresh.toUtf8())),
                 listed->standardOutput.constData());
        m_fx.removeContainer(fresh);
    }

    void brokenBuildShowsTheFirstError()
    {
        RunnerBundle broken = RunnerBundle::builtIn();
        QByteArray models;
        for (const BundleFile &f : broken.files()) {
            if (f.path == u"models.cpp")
                models = f.contents;
        }
        QVERIFY(!models.isEmpty());
        broken.setFile(QStringLiteral("models.cpp"),
                       models + "\nint patagonBroken() { return undeclared_name + 1; }\n");
        auto run = runToEnd(config(1), 600000, &broken);
        QVERIFY(!run->result());
        QVERIFY(run->uploaded());
        QVERIFY2(run->buildError().contains(QStringLiteral("models.cpp")),
                 qPrintable(run->buildError()));
        QVERIFY2(run->buildError().contains(QStringLiteral("undeclared_name")),
                 qPrintable(run->buildError()));
        QVERIFY(run->buildError().count(u'\n') < 5);
        QVERIFY(run->result().message().contains(run->buildError()));
        auto runs = m_fx.store->list();
        QVERIFY(runs);
        for (const RunRecord &r : *runs)
            QVERIFY(r.bundleHash != broken.hash());
    }

    void badInputIsExplained_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("a folder of the wrong format")
            << QStringLiteral("data") << QStringLiteral("/usr/share/doc/bash")
            << QStringLiteral("holds none of the dataset formats");
        QTest::newRow("a folder that does not exist")
            << QStringLiteral("data") << QStringLiteral("/no/such/folder")
            << QStringLiteral("cannot be read");
        QTest::newRow("CIFAR asked, IDX found")
            << QStringLiteral("kind") << QStringLiteral("cifar10") << QStringLiteral("not cifar10");
        QTest::newRow("a container that is gone")
            << QStringLiteral("container") << QStringLiteral("gone-container")
            << QStringLiteral("does not exist on the cluster");
        QTest::newRow("a partition that does not exist")
            << QStringLiteral("partition") << QStringLiteral("gpux")
            << QStringLiteral("partition gpux does not exist");
    }

    void badInputIsExplained()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        TrainConfig c = config(1);
        if (field == u"data")
            c.dataDir = value;
        else if (field == u"kind")
            c.dataKind = value;
        else if (field == u"container")
            c.container = value;
        else if (field == u"partition")
            c.partition = value;
        const qsizetype before = m_fx.store->list()->size();
        auto run = runToEnd(c, 120000);
        QVERIFY(run->isFinished());
        QVERIFY(!run->result());
        QVERIFY2(run->result().message().contains(mentions), qPrintable(run->result().message()));
        QCOMPARE(m_fx.store->list()->size(), before); // nothing half-recorded
    }

    void interruptedUploadIsNotTakenAsPresent()
    {
        RunnerBundle changed = RunnerBundle::builtIn();
        changed.setFile(QStringLiteral("NOTE.txt"), "a bundle of its own\n");
        const QString folder = m_fx.env.home() + QStringLiteral("/.patagon-studio/runner/");
        auto run = m_fx.newRun();
        run->setBundle(changed);
        QSignalSpy progress(run.get(), &TrainRun::progress);
        QSignalSpy finished(run.get(), &TrainRun::finished);
        // Cancel once a few files are written.
        connect(run.get(), &TrainRun::progress, this,
                [&](const QString &, qint64 done, qint64 maximum) {
                    if (maximum > 0 && done > 0 && done < maximum
                        && run->step() == TrainRun::Step::Deploying)
                        run->cancel();
                });
        run->start(config(1));
        QVERIFY(run->isFinished() || finished.wait(120000));
        QCOMPARE(run->result().code(), ErrorCode::Cancelled);
        QVERIFY(!remoteExists(folder + changed.hash()));
        QVERIFY(!remoteExists(folder + changed.hash() + QStringLiteral("/BUNDLE")));
    }

    void requeueContinuesTheCurve()
    {
        TrainConfig c = config(2);
        c.signalAtStep = 40; // in epoch 2 (28 steps an epoch): checkpoint, exit 3, requeue
        auto run = runToEnd(c, 900000);
        QVERIFY2(run->result(), qPrintable(run->result().message()));
        const RunRecord &r = run->record();
        QCOMPARE(r.jobIds.size(), 1);
        QCOMPARE(r.accounting[u"trainer_resumes"].toInt(), 1);
        QVERIFY2(r.accounting[u"restarts"].toInt() >= 1,
                 QJsonDocument(r.accounting).toJson().constData());
        const auto epochs = m_fx.store->epochs(r.id);
        QVERIFY(epochs);
        QCOMPARE(epochs->size(), 2);
        QCOMPARE(epochs->at(0).epoch, 1);
        QCOMPARE(epochs->at(1).epoch, 2);
        QVERIFY(epochs->at(1).globalStep > epochs->at(0).globalStep);
    }

    void reopenedAppWatchesAgainAndCancelLeavesACheckpoint()
    {
        TrainConfig c = config(30);
        qint64 id = 0;
        {
            // The app runs until the first epoch is in, then "closes".
            TrainRun first(m_fx.pair->host(), m_fx.client, m_fx.store.get(), m_fx.containers);
            QSignalSpy epoch(&first, &TrainRun::epochReceived);
            QSignalSpy gpu(&first, &TrainRun::gpuSampled);
            first.start(c);
            QVERIFY(epoch.wait(300000));
            // The sandbox's node has no nvidia-smi: said once, no numbers made up.
            QVERIFY(!gpu.isEmpty() || gpu.wait(60000));
            const auto sample = gpu.constFirst().constFirst().value<GpuSample>();
            QVERIFY(!sample.available);
            QVERIFY(sample.why.contains(QStringLiteral("nvidia-smi")));
            id = first.record().id;
        }
        RunStore::Filter unfinished;
        unfinished.unfinishedOnly = true;
        const auto open = m_fx.store->list(unfinished);
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->constFirst().id, id);

        TrainRun again(m_fx.pair->host(), m_fx.client, m_fx.store.get(), m_fx.containers);
        QList<EpochRecord> epochs;
        connect(&again, &TrainRun::epochReceived, this,
                [&](const EpochRecord &e) { epochs.append(e); });
        QSignalSpy finished(&again, &TrainRun::finished);
        again.resume(open->constFirst());
        QCOMPARE(again.step(), TrainRun::Step::Watching);
        QTRY_VERIFY_WITH_TIMEOUT(epochs.size() >= 2, 300000);
        for (int i = 0; i < epochs.size(); ++i)
            QCOMPARE(epochs.at(i).epoch, i + 1); // from the start, no gap, no repeat
        again.cancel();
        QVERIFY(finished.wait(120000));
        QCOMPARE(again.record().state, RunState::Cancelled);
        QCOMPARE(m_fx.store->find(id)->state, RunState::Cancelled);
        // The trainer writes it on scancel's SIGTERM, within Slurm's KillWait (5 s here), which
        // may be after the job is already listed as cancelled (checkpoints are written every
        // 60 s otherwise, so a run this short has no earlier one): the watcher waits for the
        // trainer to say so before it tells where the checkpoint is.
        QVERIFY2(again.record().error.contains(QLatin1String("saved a checkpoint as it stopped: ")),
                 qPrintable(again.record().error));
        QVERIFY(again.record().error.contains(QLatin1String("/checkpoints/last.pt")));
        QVERIFY(remoteExists(again.record().runDir + QStringLiteral("/checkpoints/last.pt")));
    }

    void twoTasksOverGloo()
    {
        TrainConfig c = config(1);
        c.gpus = 2; // the sandbox's node has one (fake) GPU: two CPU tasks model two GPUs
        c.requestGpus = false;
        c.cpusPerTask = 1;
        auto run = runToEnd(c);
        QVERIFY2(run->result(), qPrintable(run->result().message()));
        QVERIFY(run->record().script.contains("#SBATCH --ntasks=2"));
        const auto metrics = m_fx.remote({QStringLiteral("head"), QStringLiteral("-n1"),
                                          run->record().runDir + QStringLiteral("/metrics.jsonl")});
        QVERIFY(metrics && metrics->succeeded());
        const QJsonObject start = QJsonDocument::fromJson(metrics->standardOutput).object();
        QCOMPARE(start[u"resolved"][u"distributed"][u"world_size"].toInt(), 2);
    }

    // Deleting a run folder on the cluster: a finished run's own (it holds train.sbatch), and
    // nothing else.
    void onlyARunsOwnFolderIsDeleted()
    {
        QVERIFY(m_firstRun.isValid());
        QVERIFY(remoteExists(m_firstRun.runDir));
        QVERIFY(removeRunFolder(m_firstRun));
        QVERIFY(!remoteExists(m_firstRun.runDir));
        QVERIFY(removeRunFolder(m_firstRun)); // already gone: nothing to do

        const QString root = m_fx.env.home() + QStringLiteral("/patagon-runs/");
        const QString made = root + QStringLiteral("20260101-000000-smallcnn-test-beef");
        const QString foreign = root + QStringLiteral("20260101-000000-not-ours");
        QVERIFY(m_fx.remote({QStringLiteral("mkdir"), QStringLiteral("-p"), made, foreign}));
        QVERIFY(m_fx.remote({QStringLiteral("touch"), made + QStringLiteral("/train.sbatch"),
                             foreign + QStringLiteral("/precious.txt")}));
        RunRecord r = m_firstRun;
        r.runDir = made;
        r.state = RunState::Running;
        Result refused = removeRunFolder(r);
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QLatin1String("has not ended")),
                 qPrintable(refused.message()));
        QVERIFY(remoteExists(made));

        r.state = RunState::Failed;
        r.runDir = foreign;
        refused = removeRunFolder(r);
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QLatin1String("train.sbatch")),
                 qPrintable(refused.message()));
        QVERIFY(remoteExists(foreign + QStringLiteral("/precious.txt")));

        for (const QString &odd :
             QStringList {m_fx.env.home(), root + QStringLiteral("20260101-000000-x/.."),
                          QStringLiteral("relative/20260101-000000-a")}) {
            r.runDir = odd;
            refused = removeRunFolder(r);
            QVERIFY2(!refused && refused.message().contains(QLatin1String("does not look like")),
                     qPrintable(odd + u' ' + refused.message()));
        }
        QVERIFY(remoteExists(root));

        r.runDir = made;
        QVERIFY(removeRunFolder(r));
        QVERIFY(!remoteExists(made));
        QVERIFY(m_fx.remote({QStringLiteral("rm"), QStringLiteral("-rf"), foreign}));
    }
};

QTEST_GUILESS_MAIN(TestTrainSandbox)
#include "tst_trainsandbox.moc"
