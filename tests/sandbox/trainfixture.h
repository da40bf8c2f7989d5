// The sandbox cluster as the Train tests use it: one logged-in connection (through the host,
// the one way core reaches a cluster), its Slurm client and container service, a run store of
// the test's own, and named containers made fresh from the sandbox's images.
#pragma once

#include "core/container/containerservice.h"
#include "core/slurm/slurmclient.h"
#include "core/train/runnerbundle.h"
#include "core/train/runstore.h"
#include "core/train/trainconfig.h"
#include "core/train/trainrun.h"
#include "sandboxenv.h"
#include "sshpair.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace Patagon::Testing {

// What one Train click took until its job was submitted (the benchmarks' measure).
struct Submission
{
    double seconds = 0;
    QString jobId; // empty: the run ended first
    QByteArray script;
    bool uploaded = false;
    bool built = false;
    Result result; // why it ended without a job
};

class TrainFixture
{
public:
    static QString pytorchImage() { return QStringLiteral("nvcr.io#nvidia/pytorch:24.05-py3"); }

    // A small run on the Fashion-MNIST that Debian installs on the sandbox's node, in
    // `container`: the first `limitTrain` and `limitTest` images, batches of 64, two CPUs.
    static Train::TrainConfig fashionMnist(const QString &container, int epochs = 2,
                                           qint64 limitTrain = 2000, qint64 limitTest = 500)
    {
        Train::TrainConfig c;
        c.dataKind = QStringLiteral("fashion-mnist");
        c.dataDir = QStringLiteral("/usr/share/datasets/fashion-mnist");
        c.epochs = epochs;
        c.limitTrain = limitTrain;
        c.limitTest = limitTest;
        c.batchSize = 64;
        c.cpusPerTask = 2;
        c.container = container;
        c.timeLimit = QStringLiteral("00:15:00");
        return c;
    }

    // Logs in as the sandbox's user with a profile named `profileName`; `tmp` holds the test's
    // own files (manifests, the run store, the absent ssh config). False, with `why` set, when
    // it failed.
    bool setUp(QObject *owner, const QString &profileName, const QTemporaryDir &tmp, QString *why)
    {
        pair = new SshPair(owner);
        if (!pair->loginToSandbox(env, profileName, tmp.path(), why))
            return false;
        client = new Slurm::SlurmClient(pair->host(), owner);
        containers = new Container::ContainerService(pair->host(), owner);
        containers->setManifestStore(
            Packages::ManifestStore(tmp.filePath(QStringLiteral("manifests"))));
        store = std::make_unique<Train::RunStore>(tmp.filePath(QStringLiteral("runs.sqlite")));
        if (const Result opened = store->open(); !opened) {
            *why = opened.message();
            return false;
        }
        return true;
    }

    // A run as the Train page makes one: over the host, recorded in the store.
    std::unique_ptr<Train::TrainRun> newRun() const
    {
        return std::make_unique<Train::TrainRun>(pair->host(), client, store.get(), containers);
    }

    // For the benchmarks (no QtTest): setUp with a profile "bench", or why not on stderr.
    bool setUpForBenchmark(QObject *owner, const QTemporaryDir &tmp)
    {
        QString why;
        if (setUp(owner, QStringLiteral("bench"), tmp, &why))
            return true;
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return false;
    }
    // The benchmarks' run, cancelled once submitted: one epoch of 500 images on one CPU, on
    // the node the page would know from the container list.
    Train::TrainConfig benchmarkConfig(const QString &container) const
    {
        Train::TrainConfig c = fashionMnist(container, 1, 500, 0);
        c.node = env.node();
        c.cpusPerTask = 1;
        return c;
    }

    // Starts a run of `config` (with `bundle` when given), recorded nowhere, and waits until it
    // submitted its job, which is then cancelled, or until it ended.
    Submission submitAndCancel(const Train::TrainConfig &config,
                               const Train::RunnerBundle *bundle = nullptr)
    {
        Train::TrainRun run(pair->host(), client, nullptr);
        if (bundle)
            run.setBundle(*bundle);
        Submission out;
        QEventLoop loop;
        QObject::connect(&run, &Train::TrainRun::submitted, &loop, [&](const Train::RunRecord &r) {
            out.jobId = r.lastJobId();
            out.script = r.script;
            loop.quit();
        });
        QObject::connect(&run, &Train::TrainRun::finished, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        run.start(config);
        loop.exec();
        out.seconds = clock.elapsed() / 1000.0;
        out.uploaded = run.uploaded();
        out.built = run.built();
        out.result = run.result();
        if (!out.jobId.isEmpty())
            (void)remote({QStringLiteral("scancel"), out.jobId});
        return out;
    }

    Expected<CommandOutput> remote(const QStringList &argv) { return pair->runAndWait(argv); }

    void removeContainer(const QString &name)
    {
        if (pair && pair->state() == Connection::State::Connected)
            (void)remote({QStringLiteral("enroot"), QStringLiteral("remove"), QStringLiteral("-f"),
                          QStringLiteral("pyxis_") + name});
    }

    // Removes `name` when it exists, then imports `image` as it on the cpu partition.
    Result recreateContainer(const QString &name, const QString &image = pytorchImage())
    {
        removeContainer(name);
        Container::CreateRequest request;
        request.name = name;
        request.image = image;
        request.partition = QStringLiteral("cpu");
        Container::ContainerTask *task = containers->create(request, containers);
        std::optional<Result> outcome;
        if (task->isFinished())
            outcome = task->result();
        QEventLoop loop;
        QObject::connect(task, &Container::ContainerTask::finished, &loop, [&](const Result &r) {
            outcome = r;
            loop.quit();
        });
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        if (!outcome)
            loop.exec();
        return outcome.value_or(Result::error(ErrorCode::Timeout, QStringLiteral("timeout")));
    }

    SandboxEnv env;
    SshPair *pair = nullptr;
    Slurm::SlurmClient *client = nullptr;
    Container::ContainerService *containers = nullptr;
    std::unique_ptr<Train::RunStore> store;
};

} // namespace Patagon::Testing
