// Benchmark: the trainer's cold deploy + probe + build in a container of the sandbox, against
// the same after a change of one source file (a new bundle: uploaded, probed and built again,
// incrementally in the container's build folder). Goal: the one-file change rebuilds in under
// a third of the cold time. Each run is cancelled as soon as it was submitted.
// Run: scripts/dev exec -- build/tests/train/bench_trainbuild   (sandbox running; makes and
// removes a container "benchbuild"; empties the account's ccache and that container's build)
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "core/container/containerservice.h"
#include "core/slurm/slurmclient.h"
#include "core/train/runnerbundle.h"
#include "core/train/trainrun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstdio>

using namespace Patagon;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Testing::SandboxEnv env;
    if (!env.load()) {
        std::fprintf(stderr, "the sandbox is not running: scripts/dev sandbox start\n");
        return 1;
    }
    QTemporaryDir tmp;
    Testing::SshPair pair;
    Result error;
    if (!pair.connectAndWait(env.profile(QStringLiteral("bench"), tmp.path()), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    const QString container = QStringLiteral("benchbuild");
    Slurm::SlurmClient client(pair.host());
    Container::ContainerService containers(pair.host());
    containers.setManifestStore(Packages::ManifestStore(tmp.filePath(QStringLiteral("m"))));
    {
        Container::CreateRequest request;
        request.name = container;
        request.image = QStringLiteral("nvcr.io#nvidia/pytorch:24.05-py3");
        request.partition = QStringLiteral("cpu");
        auto *task = containers.create(request);
        QEventLoop loop;
        QObject::connect(task, &Container::ContainerTask::finished, &loop, &QEventLoop::quit);
        if (!task->isFinished())
            loop.exec();
    }
    const QString home = env.home();
    (void)pair.runAndWait(
        {QStringLiteral("rm"), QStringLiteral("-rf"),
         home + QStringLiteral("/.patagon-studio/ccache"),
         home + QStringLiteral("/.patagon-studio/build/") + container + u'@' + env.node()});

    Train::TrainConfig config;
    config.dataKind = QStringLiteral("fashion-mnist");
    config.dataDir = QStringLiteral("/usr/share/datasets/fashion-mnist");
    config.container = container;
    config.node = env.node();
    config.epochs = 1;
    config.limitTrain = 500;
    config.cpusPerTask = 1;

    auto timeToSubmit = [&](const Train::RunnerBundle &bundle, bool *built) {
        Train::TrainRun run(pair.host(), &client, nullptr);
        run.setBundle(bundle);
        QEventLoop loop;
        QString id;
        QObject::connect(&run, &Train::TrainRun::submitted, &loop, [&](const Train::RunRecord &r) {
            id = r.lastJobId();
            loop.quit();
        });
        QObject::connect(&run, &Train::TrainRun::finished, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        run.start(config);
        loop.exec();
        const double seconds = clock.elapsed() / 1000.0;
        if (id.isEmpty()) {
            std::fprintf(stderr, "the run failed: %s\n", qPrintable(run.result().message()));
            return -1.0;
        }
        *built = run.built();
        (void)pair.runAndWait({QStringLiteral("scancel"), id});
        return seconds;
    };

    Train::RunnerBundle bundle = Train::RunnerBundle::builtIn();
    // A bundle of its own, so the first deploy is cold too.
    bundle.setFile(QStringLiteral("BENCH.txt"),
                   QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    bool built = false;
    const double cold = timeToSubmit(bundle, &built);
    if (cold < 0 || !built)
        return 1;
    QByteArray models;
    for (const Train::BundleFile &f : bundle.files()) {
        if (f.path == u"models.cpp")
            models = f.contents;
    }
    bundle.setFile(QStringLiteral("models.cpp"), models + "\n// a change of one file\n");
    const double oneFile = timeToSubmit(bundle, &built);
    (void)pair.runAndWait({QStringLiteral("enroot"), QStringLiteral("remove"), QStringLiteral("-f"),
                           QStringLiteral("pyxis_") + container});
    if (oneFile < 0 || !built)
        return 1;
    std::printf("cold deploy + probe + build to submitted: %.1f s\n", cold);
    std::printf("after a change of one file:              %.1f s\n", oneFile);
    std::printf("ratio: %.2f (goal < 0.33)\n", oneFile / cold);
    return 0;
}
