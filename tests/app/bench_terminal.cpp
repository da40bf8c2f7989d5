// Benchmarks of the Terminal page's sessions against OpenSSH's client on the same loopback
// server, in the same run (the machines are noisy: only the ratios mean something).
//   - echo: a key sent to `cat` on a remote PTY until its echo comes back, one at a time,
//     through a TerminalView (keys typed into the emulator, echo seen on its screen) vs
//     `ssh -tt HOST cat` fed through a pipe (goal: median <= 1.2x)
//   - cat: `cat` of an MB-megabyte text file shown in a TerminalView until its last line is on
//     the screen, vs `ssh HOST cat FILE > /dev/null`; and the longest the GUI thread went
//     without running a 10 ms timer meanwhile (the widget must not freeze the window)
// Run: scripts/dev exec -- sh -c 'QT_QPA_PLATFORM=offscreen build/tests/bench_terminal [MB]'
#include "../sandbox/opensshclient.h"
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "app/terminal/terminalview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Patagon;

namespace {

constexpr int kKeys = 100;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double percentile90(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, v.size() * 9 / 10));
}

// Milliseconds from each key to its echo on the screen.
QList<double> echoThroughTheApp(RemoteHost *host)
{
    TerminalView view(host, {QStringLiteral("cat")}, QString());
    view.resize(900, 600);
    view.show();
    QTest::qWait(1500); // cat is running
    QList<double> times;
    for (int i = 0; i < kKeys; ++i) {
        const QChar key = QChar(u'a' + i % 26);
        const qsizetype before = view.screenText().count(key);
        QElapsedTimer clock;
        clock.start();
        view.typeText(QString(key));
        if (!QTest::qWaitFor([&] { return view.screenText().count(key) > before; }, 5000))
            return {};
        times << clock.nsecsElapsed() / 1e6;
        if (i % 60 == 59)
            view.typeText(QStringLiteral("\r"));
    }
    return times;
}

QList<double> echoThroughOpenSsh(const Testing::SandboxEnv &env)
{
    const Testing::OpenSshClient client(env);
    QProcess ssh;
    QStringList args = client.options(env.port());
    args << QStringLiteral("-tt") << QStringLiteral("-i") << env.key() << QStringLiteral("-o")
         << QStringLiteral("BatchMode=yes") << client.destination() << QStringLiteral("cat");
    ssh.start(QStringLiteral("ssh"), args);
    if (!ssh.waitForStarted())
        return {};
    QTest::qWait(1500);
    ssh.readAll();
    QList<double> times;
    for (int i = 0; i < kKeys; ++i) {
        const char key = char('a' + i % 26);
        QElapsedTimer clock;
        clock.start();
        ssh.write(&key, 1);
        QByteArray seen;
        while (!seen.contains(key)) {
            if (!ssh.waitForReadyRead(5000))
                return {};
            seen += ssh.readAll();
        }
        times << clock.nsecsElapsed() / 1e6;
        if (i % 60 == 59)
            ssh.write("\r");
    }
    ssh.kill();
    ssh.waitForFinished();
    return times;
}

struct CatResult
{
    double seconds = -1;
    double longestStallMs = 0;
};

CatResult catThroughTheApp(RemoteHost *host, const QString &file)
{
    QElapsedTimer sinceTick;
    double longest = 0;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = std::max(longest, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
    });
    TerminalView view(
        host,
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral("cat \"$1\"; echo; echo end-of-the-file") + QStringLiteral(" $((6*7))"),
         QStringLiteral("sh"), file},
        QString());
    view.resize(900, 600);
    view.show();
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    tick.start();
    CatResult r;
    // Reading the screen is costly (the whole scrollback): only once the session has ended,
    // and then every 100 ms until the emulator has shown the last line.
    while (view.isRunning() && clock.elapsed() < 600000)
        QTest::qWait(20);
    while (!view.screenText().contains(u"end-of-the-file 42") && clock.elapsed() < 600000)
        QTest::qWait(100);
    if (clock.elapsed() < 600000)
        r.seconds = clock.nsecsElapsed() / 1e9;
    tick.stop();
    r.longestStallMs = longest;
    return r;
}

double catThroughOpenSsh(const Testing::SandboxEnv &env, const QString &file)
{
    const Testing::OpenSshClient client(env);
    QElapsedTimer clock;
    clock.start();
    const Testing::CliRun r = client.run("cat " + file.toUtf8() + " | wc -c");
    return r.exitCode == 0 ? clock.nsecsElapsed() / 1e9 : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int megabytes = argc > 1 ? std::max(1, atoi(argv[1])) : 50;
    Testing::SandboxEnv env;
    if (!env.load()) {
        std::fprintf(stderr, "%s\n", qPrintable(Testing::SandboxEnv::notRunningMessage()));
        return 2;
    }
    QTemporaryDir scratch;
    Testing::SshPair ssh;
    Result error;
    if (!ssh.connectAndWait(env.profile(QStringLiteral("bench-terminal"), scratch.path()),
                            &error)) {
        std::fprintf(stderr, "connect: %s\n", qPrintable(error.message()));
        return 1;
    }

    // Alternate the two so that both see the same load.
    QList<double> ours, theirs;
    for (int round = 0; round < 3; ++round) {
        ours << echoThroughTheApp(ssh.host());
        theirs << echoThroughOpenSsh(env);
        std::fprintf(stderr, "echo round %d: %d and %d keys\n", round + 1, int(ours.size()),
                     int(theirs.size()));
    }
    if (ours.size() != 3 * kKeys || theirs.size() != 3 * kKeys) {
        std::fprintf(stderr, "an echo did not come back\n");
        return 1;
    }
    std::printf("echo: app median %.2f ms (p90 %.2f), ssh -tt median %.2f ms (p90 %.2f): "
                "%.2fx (goal <= 1.2x)\n",
                median(ours), percentile90(ours), median(theirs), percentile90(theirs),
                median(ours) / median(theirs));

    const QString file = QStringLiteral("/tmp/bench-terminal-%1.txt").arg(megabytes);
    const Expected<CommandOutput> made
        = ssh.runAndWait({QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("head -c %1 /dev/urandom | base64 -w 76 | head -c %1 > %2")
                              .arg(qint64(megabytes) << 20)
                              .arg(file)});
    if (!made || !made->succeeded()) {
        std::fprintf(stderr, "could not make %s\n", qPrintable(file));
        return 1;
    }
    const double sshSeconds = catThroughOpenSsh(env, file);
    const CatResult app1 = catThroughTheApp(ssh.host(), file);
    const double sshSeconds2 = catThroughOpenSsh(env, file);
    (void)ssh.runAndWait({QStringLiteral("rm"), QStringLiteral("-f"), file});
    if (app1.seconds < 0 || sshSeconds < 0) {
        std::fprintf(stderr, "cat did not finish\n");
        return 1;
    }
    const double sshBest = std::min(sshSeconds, sshSeconds2);
    std::printf("cat %d MB: terminal %.2f s (%.1f MB/s), ssh to /dev/null %.2f s: %.2fx the "
                "time; longest GUI stall %.0f ms\n",
                megabytes, app1.seconds, megabytes / app1.seconds, sshBest, app1.seconds / sshBest,
                app1.longestStallMs);
    return 0;
}
