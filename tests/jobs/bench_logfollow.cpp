// Benchmark (not a ctest test): a sandbox job appends about 50 MB of log lines while the Logs
// page follows it. Prints how long the follower took to have every byte, the GUI thread's
// longest stall while following (goal: under 50 ms), and the time `cat` of the same file over
// the same SSH connection takes, as a baseline.
//   build/tests/jobs/bench_logfollow [MEGABYTES [CHUNK_KIB]]
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "app/jobs/jobcenter.h"
#include "app/jobs/logview.h"
#include "app/pages/logspage.h"
#include "core/jobs/logfollower.h"
#include "core/slurm/slurmclient.h"
#include "core/ssh/connection.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Patagon;
using namespace Patagon::Jobs;
using namespace Patagon::Slurm;

namespace {

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int megabytes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50;
    Testing::SandboxEnv env;
    QTemporaryDir tmp;
    QWidget window;
    Testing::SshPair connection;
    auto *center = new JobCenter(connection.host(), &window);
    center->setDesktopNotifications(false);
    auto *page = new LogsPage(center, &window);
    window.resize(1000, 700);
    page->resize(1000, 700);
    window.show();
    QString why;
    if (!connection.loginToSandbox(env, QStringLiteral("bench"), tmp.path(), &why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }

    // ~100-byte lines in bursts, like a chatty trainer; the job pauses a little between bursts.
    const qint64 lines = qint64(megabytes) * 1024 * 1024 / 100;
    const QByteArray script
        = QStringLiteral(
              "#!/bin/bash\n#SBATCH -p cpu\n#SBATCH -J bench-log\n#SBATCH -o bench-log-%j.out\n"
              "awk -v n=%1 'BEGIN { for (i = 1; i <= n; i++) { "
              "printf \"step %09d loss %.6f accuracy %.6f lr 0.0001000 throughput 1234.5 img/s eta "
              "00:12:34 ...\\n\", "
              "i, 1/i, i/n; if (i % 50000 == 0) { fflush(); system(\"sleep 0.05\") } } }'\n")
              .arg(lines)
              .toUtf8();
    SlurmClient client(connection.host());
    QString jobId;
    QString error;
    client.submit(script, QString(), nullptr, [&](const Expected<SubmitResult> &r) {
        if (r)
            jobId = r->jobId;
        else
            error = r.errorMessage();
    });
    if (!waitFor([&] { return !jobId.isEmpty() || !error.isEmpty(); }, 60000) || jobId.isEmpty()) {
        std::fprintf(stderr, "submit failed: %s\n", qPrintable(error));
        return 1;
    }
    const QString path = QStringLiteral("%1/bench-log-%2.out").arg(env.home(), jobId);

    // The GUI thread's stalls: the longest gap between ticks of a 1 ms timer.
    qint64 longestStall = 0;
    QElapsedTimer tick;
    tick.start();
    QTimer probe;
    probe.setInterval(1);
    qint64 stallAt = 0;
    qint64 stallBytes = 0;
    QElapsedTimer sinceStart;
    sinceStart.start();
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 gap = tick.restart();
        if (gap > longestStall) {
            longestStall = gap;
            stallAt = sinceStart.elapsed();
            stallBytes = page->follower() ? page->follower()->offset(LogFollower::Output) : 0;
        }
    });

    JobInfo job;
    job.id = jobId;
    job.jobId = jobId.toLongLong();
    QElapsedTimer clock;
    clock.start();
    page->followFiles(path);
    page->follower()->setPollInterval(200, 1000);
    page->follower()->setTailBytes(0); // every byte, to measure keeping up
    if (argc > 2)
        page->follower()->setChunkBytes(QString::fromLocal8Bit(argv[2]).toLongLong() * 1024);
    tick.restart();
    probe.start();

    // Until the job has ended, then until the follower has read the whole file.
    bool done = false;
    qint64 jobEndedAt = -1;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        client.queue(nullptr, [&](const Expected<JobList> &q) {
            if (!q || jobEndedAt >= 0)
                return;
            bool present = false;
            for (const JobInfo &j : *q)
                present |= j.id == jobId;
            if (!present) {
                jobEndedAt = clock.elapsed();
                page->follower()->setJobFinished();
            }
        });
    });
    poll.start(1000);
    QObject::connect(page->follower(), &LogFollower::finished, [&] { done = true; });
    if (!waitFor([&] { return done; }, 600000)) {
        std::fprintf(stderr, "the follower did not finish\n");
        return 1;
    }
    probe.stop();
    poll.stop();
    const qint64 followMs = clock.elapsed();
    const qint64 bytes = page->follower()->offset(LogFollower::Output);
    const int viewLines = page->outputView()->lineCount();

    // Baseline: the same bytes with cat over the same connection.
    QElapsedTimer catClock;
    catClock.start();
    qint64 catBytes = 0;
    bool catDone = false;
    RemoteProcess *cat = connection.run({QStringLiteral("cat"), path});
    QObject::connect(cat, &RemoteProcess::standardOutput,
                     [&](const QByteArray &b) { catBytes += b.size(); });
    QObject::connect(cat, &RemoteProcess::finished, [&] { catDone = true; });
    waitFor([&] { return catDone; }, 600000);
    const qint64 catMs = catClock.elapsed();

    // Scrolling through the whole log: the longest paint.
    LogView *view = page->outputView();
    qint64 longestScroll = 0;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        view->setFollowing(false);
        view->verticalScrollBar()->setValue(int(qint64(i) * view->lineCount() / 200));
        view->viewport()->repaint();
        longestScroll = qMax(longestScroll, t.elapsed());
    }

    std::printf("log: %.1f MB, %d lines shown\n", bytes / 1048576.0, viewLines);
    std::printf("follow: job ended after %.1f s; follower had every byte after %.1f s (%.1f MB/s "
                "overall)\n",
                jobEndedAt / 1000.0, followMs / 1000.0, bytes / 1048576.0 / (followMs / 1000.0));
    std::printf("gui: longest stall while following %lld ms (goal < 50 ms)\n",
                static_cast<long long>(longestStall));
    std::printf("gui: the longest stall ended %.2f s after following began, at byte %lld\n",
                stallAt / 1000.0, static_cast<long long>(stallBytes));
    std::printf("gui: longest scroll + repaint %lld ms\n", static_cast<long long>(longestScroll));
    std::printf("baseline: cat of the finished file over ssh %.2f s for %.1f MB (%.1f MB/s)\n",
                catMs / 1000.0, catBytes / 1048576.0,
                catBytes / 1048576.0 / qMax(0.001, catMs / 1000.0));
    std::printf(
        "ratio: catching up after the job ended took %.2f s (cat of the whole file: %.2f s)\n",
        (followMs - jobEndedAt) / 1000.0, catMs / 1000.0);
    connection.run({QStringLiteral("rm"), QStringLiteral("-f"), path});
    waitFor([] { return false; }, 500);
    return longestStall < 50 ? 0 : 3;
}
