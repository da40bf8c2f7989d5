// Benchmark: does following a run keep the GUI thread responsive? A writer thread appends the
// trainer's events to a metrics.jsonl (an epoch every 20 ms and progress events between them:
// far faster than a real run), the app's reader follows it by offset every 100 ms through a
// LocalHost, and each epoch goes into the Train page's chart (shown, offscreen). A 5 ms
// heartbeat on the GUI thread records its longest gap. Baseline: the same without the chart.
// Goal: the longest stall stays under 50 ms.
// Run: scripts/dev exec -- sh -c 'QT_QPA_PLATFORM=offscreen build/tests/train/bench_chartstall
// [EPOCHS]'
#include "app/train/metricschart.h"
#include "core/remote/localhost.h"
#include "core/train/metricsreader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace Patagon;

namespace {

struct Outcome
{
    double longestGapMs = 0;
    int epochsShown = 0;
    double longestAddMs = 0; // one addEpoch() call
};

Outcome follow(const QString &path, int epochs, bool withChart)
{
    QFile::remove(path);
    std::atomic<bool> done {false};
    std::thread writer([&] {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
            return;
        for (int e = 1; e <= epochs; ++e) {
            for (int step = 1; step <= 3; ++step) {
                f.write(
                    QStringLiteral("{\"format\":1,\"event\":\"progress\",\"time\":0,\"epoch\":%1,"
                                   "\"step_in_epoch\":%2,\"train_loss\":0.5}\n")
                        .arg(e)
                        .arg(step * 100)
                        .toUtf8());
            }
            f.write(QStringLiteral("{\"format\":1,\"event\":\"epoch\",\"time\":0,\"epoch\":%1,"
                                   "\"epochs\":%2,\"train_loss\":%3,\"val_loss\":%4,"
                                   "\"train_accuracy\":%5,\"val_accuracy\":%6,"
                                   "\"images_per_second\":2500,\"lr\":0.01,\"epoch_seconds\":1}\n")
                        .arg(e)
                        .arg(epochs)
                        .arg(1.0 / e)
                        .arg(1.2 / e)
                        .arg(1 - 0.5 / e)
                        .arg(1 - 0.6 / e)
                        .toUtf8());
            f.flush();
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        done = true;
    });

    LocalHost host;
    Train::MetricsReader reader;
    MetricsChart chart;
    if (withChart) {
        chart.resize(860, 420);
        chart.show();
    }
    Outcome outcome;
    QEventLoop loop;
    QElapsedTimer sinceBeat;
    sinceBeat.start();
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        outcome.longestGapMs = qMax(outcome.longestGapMs, double(sinceBeat.nsecsElapsed()) / 1e6);
        sinceBeat.restart();
    });
    bool reading = false;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (reading)
            return;
        reading = true;
        RemoteOperation *op = host.readFrom(path, reader.readOffset(), 256 * 1024, &loop);
        QObject::connect(op, &RemoteOperation::finished, [&, op] {
            op->deleteLater();
            reading = false;
            QList<Train::MetricsEvent> events;
            if (!op->result() || !reader.feedChecked(op->data(), &events))
                return;
            for (const Train::MetricsEvent &e : events) {
                if (e.kind != Train::MetricsEvent::Kind::Epoch)
                    continue;
                ++outcome.epochsShown;
                if (withChart) {
                    QElapsedTimer t;
                    t.start();
                    chart.addEpoch(e.epoch());
                    outcome.longestAddMs = qMax(outcome.longestAddMs, t.nsecsElapsed() / 1e6);
                }
            }
            if (done && outcome.epochsShown >= epochs)
                loop.quit();
        });
    });
    heartbeat.start();
    poll.start();
    loop.exec();
    writer.join();
    return outcome;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int epochs = argc > 1 ? qMax(10, atoi(argv[1])) : 300;
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("metrics.jsonl"));
    double baseline = 0, charted = 0;
    for (int round = 0; round < 3; ++round) {
        const Outcome a = follow(path, epochs, false);
        const Outcome b = follow(path, epochs, true);
        if (a.epochsShown != epochs || b.epochsShown != epochs) {
            std::fprintf(stderr, "not every epoch arrived\n");
            return 1;
        }
        baseline = qMax(baseline, a.longestGapMs);
        charted = qMax(charted, b.longestGapMs);
        std::printf("round %d: longest GUI stall %.1f ms without the chart, %.1f ms with it "
                    "(longest addEpoch %.1f ms)\n",
                    round + 1, a.longestGapMs, b.longestGapMs, b.longestAddMs);
    }
    std::printf("%d epochs in 3 rounds: worst %.1f ms with the chart (baseline %.1f ms, goal < 50 "
                "ms)\n",
                epochs, charted, baseline);
    return 0;
}
