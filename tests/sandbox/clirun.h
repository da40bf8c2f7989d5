// Runs the patagon-studio binary as a user would from a clean account: HOME and the XDG
// folders in a folder of the test's own, no display, no ssh-agent.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace Patagon::Testing {

struct CliRun
{
    int exitCode = -1; // -1: it did not finish in time
    QString out;
    QString err;
};

inline CliRun runCli(const QTemporaryDir &home, const QStringList &arguments,
                     int timeoutMs = 240000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PATAGON_STUDIO_BINARY), arguments);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace Patagon::Testing
