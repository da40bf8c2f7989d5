// Benchmark: a warm second Train click until "submitted" (bundle deployed and trainer built
// before: checks, cached build, run folder, script, sbatch), against submitting the same
// script by hand with one `ssh HOST sbatch` on the same loopback server, alternating, in the
// same run (only the ratio means something on a noisy machine). Goal: at most 1.5x.
// Each job is cancelled right after it was submitted.
// Run: scripts/dev exec -- build/tests/train/bench_trainsubmit [ROUNDS]   (sandbox running,
// a named container "pytorch" on its node, one earlier Train with it so the build is warm)
#include "../sandbox/trainfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Patagon;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    QTemporaryDir tmp;
    Testing::TrainFixture fx;
    if (!fx.setUpForBenchmark(&app, tmp))
        return 1;
    const Testing::SandboxEnv &env = fx.env;
    const Train::TrainConfig config = fx.benchmarkConfig(QStringLiteral("pytorch"));

    QList<double> app_, hand;
    QByteArray script;
    for (int round = 0; round < rounds; ++round) {
        for (int which = 0; which < 2; ++which) {
            const bool appFirst = round % 2 == 0;
            if ((which == 0) == appFirst) {
                const Testing::Submission s = fx.submitAndCancel(config);
                if (s.jobId.isEmpty()) {
                    std::fprintf(stderr, "the app's run failed: %s\n",
                                 qPrintable(s.result.message()));
                    return 1;
                }
                if (s.built || s.uploaded)
                    std::fprintf(stderr, "note: this click was not warm (uploaded or built)\n");
                app_ << s.seconds;
                script = s.script;
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
                (void)fx.remote(
                    {QStringLiteral("scancel"),
                     QString::fromUtf8(p.readAllStandardOutput()).trimmed().section(u';', 0, 0)});
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
