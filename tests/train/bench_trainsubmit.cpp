// Benchmark: a warm second Train click until "submitted" (bundle deployed and trainer built
// before: checks, cached build, run folder, script, sbatch), against submitting the same
// script by hand with one `ssh HOST sbatch` on the same loopback server, alternating, in the
// same run (only the ratio means something on a noisy machine). Goal: at most 1.5x.
// Each job is cancelled right after it was submitted.
// Run: scripts/dev exec -- build/tests/train/bench_trainsubmit [ROUNDS]   (sandbox running,
// a named container "pytorch" on its node, one earlier Train with it so the build is warm)
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "core/slurm/slurmclient.h"
#include "core/train/trainrun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
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
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    QTemporaryDir tmp;
    Testing::SshPair pair;
    Result error;
    if (!pair.connectAndWait(env.profile(QStringLiteral("bench"), tmp.path()), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    Slurm::SlurmClient client(pair.host());
    Train::TrainConfig config;
    config.dataKind = QStringLiteral("fashion-mnist");
    config.dataDir = QStringLiteral("/usr/share/datasets/fashion-mnist");
    config.container = QStringLiteral("pytorch");
    config.node = env.node(); // the page knows it from the container list
    config.epochs = 1;
    config.limitTrain = 500;
    config.cpusPerTask = 1;

    auto cancel
        = [&](const QString &id) { (void)pair.runAndWait({QStringLiteral("scancel"), id}); };
    QList<double> app_, hand;
    QByteArray script;
    for (int round = 0; round < rounds; ++round) {
        for (int which = 0; which < 2; ++which) {
            const bool appFirst = round % 2 == 0;
            if ((which == 0) == appFirst) {
                Train::TrainRun run(pair.host(), &client, nullptr);
                QEventLoop loop;
                QString id;
                QObject::connect(&run, &Train::TrainRun::submitted, &loop,
                                 [&](const Train::RunRecord &r) {
                                     id = r.lastJobId();
                                     script = r.script;
                                     loop.quit();
                                 });
                QObject::connect(&run, &Train::TrainRun::finished, &loop, &QEventLoop::quit);
                QElapsedTimer clock;
                clock.start();
                run.start(config);
                loop.exec();
                const double seconds = clock.elapsed() / 1000.0;
                if (id.isEmpty()) {
                    std::fprintf(stderr, "the app's run failed: %s\n",
                                 qPrintable(run.result().message()));
                    return 1;
                }
                if (run.built() || run.uploaded())
                    std::fprintf(stderr, "note: this click was not warm (uploaded or built)\n");
                app_ << seconds;
                cancel(id);
            } else if (!script.isEmpty()) {
                QElapsedTimer clock;
                clock.start();
                QProcess p;
                p.start(QStringLiteral("ssh"),
                        {QStringLiteral("-i"), env.key(), QStringLiteral("-o"),
                         QStringLiteral("UserKnownHostsFile=") + env.knownHosts(),
                         QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                         QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-p"),
                         env.port(), env.user() + u'@' + env.host(), QStringLiteral("sbatch"),
                         QStringLiteral("--parsable")});
                p.write(script);
                p.closeWriteChannel();
                p.waitForFinished(-1);
                hand << clock.elapsed() / 1000.0;
                cancel(QString::fromUtf8(p.readAllStandardOutput()).trimmed().section(u';', 0, 0));
            }
        }
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
    };
    std::printf("warm Train click to submitted: median %.3f s (%lld rounds)\n", median(app_),
                qlonglong(app_.size()));
    std::printf("ssh HOST sbatch by hand:       median %.3f s (%lld rounds)\n", median(hand),
                qlonglong(hand.size()));
    if (median(hand) > 0)
        std::printf("ratio: %.2fx (goal <= 1.5x)\n", median(app_) / median(hand));
    return 0;
}
