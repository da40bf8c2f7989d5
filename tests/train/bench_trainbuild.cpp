// Benchmark: the trainer's cold deploy + probe + build in a container of the sandbox, against
// the same after a change of one source file (a new bundle: uploaded, probed and built again,
// incrementally in the container's build folder). Goal: the one-file change rebuilds in under
// a third of the cold time. Each run is cancelled as soon as it was submitted.
// Run: scripts/dev exec -- build/tests/train/bench_trainbuild   (sandbox running; makes and
// removes a container "benchbuild"; empties the account's ccache and that container's build)
#include "../sandbox/trainfixture.h"
#include "core/train/runnerbundle.h"
#include "core/train/trainrun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>

#include <cstdio>

using namespace Patagon;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    Testing::TrainFixture fx;
    if (!fx.setUpForBenchmark(&app, tmp))
        return 1;
    const QString container = QStringLiteral("benchbuild");
    if (const Result created = fx.recreateContainer(container); !created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.message()));
        return 1;
    }
    const QString home = fx.env.home();
    (void)fx.remote(
        {QStringLiteral("rm"), QStringLiteral("-rf"),
         home + QStringLiteral("/.patagon-studio/ccache"),
         home + QStringLiteral("/.patagon-studio/build/") + container + u'@' + fx.env.node()});

    const Train::TrainConfig config = fx.benchmarkConfig(container);

    auto timeToSubmit = [&](const Train::RunnerBundle &bundle, bool *built) {
        const Testing::Submission s = fx.submitAndCancel(config, &bundle);
        if (s.jobId.isEmpty()) {
            std::fprintf(stderr, "the run failed: %s\n", qPrintable(s.result.message()));
            return -1.0;
        }
        *built = s.built;
        return s.seconds;
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
    fx.removeContainer(container);
    if (oneFile < 0 || !built)
        return 1;
    std::printf("cold deploy + probe + build to submitted: %.1f s\n", cold);
    std::printf("after a change of one file:              %.1f s\n", oneFile);
    std::printf("ratio: %.2f (goal < 0.33)\n", oneFile / cold);
    return 0;
}
