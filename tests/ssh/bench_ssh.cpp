// Benchmarks of the SSH layer against OpenSSH's own tools on the same loopback server, in the
// same run (the machines are noisy: only the ratios mean something).
//   - SFTP upload and download of a 256 MB file vs `sftp` (goal: >= 0.9x its throughput)
//   - 200 sequential short commands on one connection vs `ssh` with ControlMaster reuse
//     (goal: <= 1.0x its time)
// Run: scripts/dev exec -- build/tests/bench_ssh   (the sandbox must be running)
#include "../sandbox/sandboxenv.h"
#include "../sandbox/sshpair.h"
#include "core/ssh/connection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Patagon;

namespace {

Testing::SandboxEnv env;

void waitFor(QObject *sender, const char *signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, SLOT(quit()));
    loop.exec();
}

QStringList sshOptions()
{
    return {QStringLiteral("-i"), env.key(),
            QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + env.knownHosts(),
            QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
            QStringLiteral("-F"), QStringLiteral("/dev/null")};
}

double runTool(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QElapsedTimer clock;
    clock.start();
    QProcess p;
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     p.readAllStandardError().constData());
    return clock.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    Testing::SshPair connection;
    QString why;
    if (!connection.loginToSandbox(env, QStringLiteral("bench"), tmp.path(), &why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }

    const QString file = tmp.filePath(QStringLiteral("bench.bin"));
    const qint64 size = 256LL * 1024 * 1024;
    {
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        QByteArray block(1024 * 1024, '\0');
        for (int i = 0; i < block.size(); ++i)
            block[i] = char((i * 2654435761u) >> 24);
        for (qint64 written = 0; written < size; written += block.size())
            f.write(block);
    }

    // ---- SFTP upload and download
    QElapsedTimer clock;
    clock.start();
    RemoteOperation *up = connection.upload(file, QStringLiteral("bench-ours.bin"));
    waitFor(up, SIGNAL(finished(Patagon::Result)));
    const double oursUp = clock.elapsed() / 1000.0;
    clock.restart();
    RemoteOperation *down = connection.download(QStringLiteral("bench-ours.bin"),
                                                tmp.filePath(QStringLiteral("back.bin")));
    waitFor(down, SIGNAL(finished(Patagon::Result)));
    const double oursDown = clock.elapsed() / 1000.0;

    const QStringList sftpArgs
        = QStringList {QStringLiteral("-b"), QStringLiteral("-"), QStringLiteral("-P"), env.port()}
        + sshOptions() + QStringList {env.user() + QStringLiteral("@") + env.host()};
    const double theirsUp
        = runTool(QStringLiteral("sftp"), sftpArgs, "put " + file.toUtf8() + " bench-theirs.bin\n");
    const double theirsDown = runTool(
        QStringLiteral("sftp"), sftpArgs,
        "get bench-theirs.bin " + tmp.filePath(QStringLiteral("theirs.bin")).toUtf8() + "\n");
    const double mb = size / (1024.0 * 1024.0);
    std::printf("SFTP upload   256 MB: patagon %.1f MB/s, OpenSSH sftp %.1f MB/s, ratio %.2fx "
                "(goal >= 0.9x)\n",
                mb / oursUp, mb / theirsUp, theirsUp / oursUp);
    std::printf("SFTP download 256 MB: patagon %.1f MB/s, OpenSSH sftp %.1f MB/s, ratio %.2fx "
                "(goal >= 0.9x)\n",
                mb / oursDown, mb / theirsDown, theirsDown / oursDown);

    // ---- 200 short commands
    const int n = 200;
    clock.restart();
    for (int i = 0; i < n; ++i) {
        RemoteProcess *p = connection.run({QStringLiteral("true")});
        if (!p->isFinished())
            waitFor(p, SIGNAL(finished(Patagon::ProcessResult)));
        delete p;
    }
    const double oursCommands = clock.elapsed() / 1000.0;
    const QString control = tmp.filePath(QStringLiteral("cm"));
    const QStringList master
        = QStringList {QStringLiteral("-p"), env.port(),
                       QStringLiteral("-o"), QStringLiteral("ControlMaster=auto"),
                       QStringLiteral("-o"), QStringLiteral("ControlPath=") + control,
                       QStringLiteral("-o"), QStringLiteral("ControlPersist=60")}
        + sshOptions() + QStringList {env.user() + QStringLiteral("@") + env.host()};
    runTool(QStringLiteral("ssh"),
            master + QStringList {QStringLiteral("true")}); // open the master
    clock.restart();
    for (int i = 0; i < n; ++i)
        runTool(QStringLiteral("ssh"), master + QStringList {QStringLiteral("true")});
    const double theirsCommands = clock.elapsed() / 1000.0;
    runTool(QStringLiteral("ssh"),
            master.mid(0, master.size() - 1)
                + QStringList {QStringLiteral("-O"), QStringLiteral("exit"),
                               env.user() + QStringLiteral("@") + env.host()});
    std::printf(
        "200 commands: patagon %.2f s, ssh with ControlMaster %.2f s, ratio %.2fx (goal <= 1.0x)\n",
        oursCommands, theirsCommands, oursCommands / theirsCommands);

    RemoteProcess *cleanup
        = connection.run({QStringLiteral("rm"), QStringLiteral("-f"),
                          QStringLiteral("bench-ours.bin"), QStringLiteral("bench-theirs.bin")});
    waitFor(cleanup, SIGNAL(finished(Patagon::ProcessResult)));
    return 0;
}
