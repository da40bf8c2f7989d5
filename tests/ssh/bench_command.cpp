// Benchmarks of command channels against OpenSSH's client on the same loopback server, in the
// same run (the machines are noisy: only the ratios mean something).
//   - output: a command writing MB megabytes to its standard output, read by the app
//     (streamed, counted, not kept) vs `ssh HOST COMMAND > /dev/null` (goal >= 0.9x throughput)
//   - input: MB megabytes sent to `cat > /dev/null` vs the same piped into `ssh`
//     (goal >= 0.9x throughput)
//   - idle: the CPU time this process spends while one `sleep SECONDS` runs on the server,
//     against the CPU time `ssh HOST sleep SECONDS` spends, both at the same time (goal: near
//     zero; the connection's keepalive and latency probe run as in the app)
// Run: scripts/dev exec -- build/tests/ssh/bench_command [MB [SECONDS]]   (sandbox running)
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Patagon;

namespace {

Testing::SandboxEnv env;

QStringList sshArguments(const QString &command)
{
    return {QStringLiteral("-p"),
            env.port(),
            QStringLiteral("-i"),
            env.key(),
            QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=") + env.knownHosts(),
            QStringLiteral("-o"),
            QStringLiteral("BatchMode=yes"),
            QStringLiteral("-F"),
            QStringLiteral("/dev/null"),
            env.user() + QStringLiteral("@") + env.host(),
            command};
}

double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Runs argv through the connection, counting its output; the seconds it took (-1: failed).
double runOurs(Testing::SshPair &connection, const QStringList &argv, const QByteArray &input,
               qint64 *outputBytes)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    RemoteProcess *p = connection.run(argv, input);
    qint64 bytes = 0;
    QObject::connect(p, &RemoteProcess::standardOutput, p,
                     [&](const QByteArray &chunk) { bytes += chunk.size(); });
    QObject::connect(p, &RemoteProcess::finished, &loop, &QEventLoop::quit);
    if (!p->isFinished())
        loop.exec();
    const double seconds = clock.elapsed() / 1000.0;
    const bool ok = p->result().exitStatus == 0 && p->result().result.isOk();
    delete p;
    if (outputBytes)
        *outputBytes = bytes;
    return ok ? seconds : -1;
}

QProcess *startSsh(const QString &command, bool discardOutput)
{
    auto *p = new QProcess;
    if (discardOutput)
        p->setStandardOutputFile(QProcess::nullDevice());
    p->start(QStringLiteral("ssh"), sshArguments(command));
    p->waitForStarted();
    return p;
}

double runTheirs(const QString &command, const QByteArray &input)
{
    QElapsedTimer clock;
    clock.start();
    QProcess *p = startSsh(command, true);
    for (qsizetype at = 0; at < input.size(); at += 1 << 20) {
        p->write(input.mid(at, 1 << 20));
        while (p->bytesToWrite() > 0)
            p->waitForBytesWritten(-1);
    }
    p->closeWriteChannel();
    p->waitForFinished(-1);
    const double seconds = clock.elapsed() / 1000.0;
    const bool ok = p->exitCode() == 0;
    if (!ok)
        std::fprintf(stderr, "ssh failed: %s\n", p->readAllStandardError().constData());
    delete p;
    return ok ? seconds : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int megabytes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 256;
    const int idleSeconds = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 60;
    if (!env.load()) {
        std::fprintf(stderr, "sandbox.env not found: start the sandbox first\n");
        return 1;
    }
    QTemporaryDir tmp;
    const ConnectionProfile profile = env.profile(QStringLiteral("bench"), tmp.path());
    Testing::SshPair connection;
    Result error;
    if (!connection.connectAndWait(profile, &error)) {
        std::fprintf(stderr, "connection failed: %s\n", qPrintable(error.message()));
        return 1;
    }
    const qint64 size = qint64(megabytes) * 1024 * 1024;
    const QString produce = QStringLiteral("head -c %1 /dev/zero").arg(size);

    // ---- output
    qint64 received = 0;
    const double oursOut
        = runOurs(connection, {QStringLiteral("sh"), QStringLiteral("-c"), produce}, {}, &received);
    const double theirsOut = runTheirs(produce, {});
    if (oursOut < 0 || theirsOut < 0 || received != size) {
        std::fprintf(stderr, "output: a run failed (%lld of %lld bytes)\n",
                     static_cast<long long>(received), static_cast<long long>(size));
        return 1;
    }
    std::printf("output %d MB: patagon %.1f MB/s, OpenSSH ssh %.1f MB/s, ratio %.2fx "
                "(goal >= 0.9x)\n",
                megabytes, megabytes / oursOut, megabytes / theirsOut, theirsOut / oursOut);

    // ---- input
    const QByteArray input(size, 'x');
    const QString consume = QStringLiteral("cat > /dev/null");
    const double oursIn = runOurs(connection, {QStringLiteral("sh"), QStringLiteral("-c"), consume},
                                  input, nullptr);
    const double theirsIn = runTheirs(consume, input);
    if (oursIn < 0 || theirsIn < 0) {
        std::fprintf(stderr, "input: a run failed\n");
        return 1;
    }
    std::printf("input  %d MB: patagon %.1f MB/s, OpenSSH ssh %.1f MB/s, ratio %.2fx "
                "(goal >= 0.9x)\n",
                megabytes, megabytes / oursIn, megabytes / theirsIn, theirsIn / oursIn);

    // ---- idle: both wait on a remote sleep at the same time
    const QString sleep = QStringLiteral("sleep %1").arg(idleSeconds);
    const double childrenBefore = cpuSeconds(RUSAGE_CHILDREN);
    QProcess *theirs = startSsh(sleep, true);
    const double selfBefore = cpuSeconds(RUSAGE_SELF);
    const double oursIdle
        = runOurs(connection, {QStringLiteral("sleep"), QString::number(idleSeconds)}, {}, nullptr);
    const double selfCpu = cpuSeconds(RUSAGE_SELF) - selfBefore;
    theirs->waitForFinished(-1);
    delete theirs;
    const double theirCpu = cpuSeconds(RUSAGE_CHILDREN) - childrenBefore;
    if (oursIdle < 0) {
        std::fprintf(stderr, "idle: the sleep failed\n");
        return 1;
    }
    std::printf("idle %d s: patagon %.3f s of CPU (%.2f %%), OpenSSH ssh %.3f s, ratio %.2fx\n",
                idleSeconds, selfCpu, 100.0 * selfCpu / idleSeconds, theirCpu,
                theirCpu > 0 ? selfCpu / theirCpu : 0.0);
    return 0;
}
