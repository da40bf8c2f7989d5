// Runs the patagon-studio binary as a user would from a clean account: HOME and the XDG
// folders in a folder of the test's own, no display, no ssh-agent, a UTF-8 C locale. Also any
// other program to its end (runProcess), for the tests that drive OpenSSH's own tools.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace Patagon::Testing {

struct CliRun
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QString out;
    QString err;
};

// Runs `program` with `input` on its standard input to its end.
inline CliRun runProcess(const QString &program, const QStringList &arguments,
                         const QByteArray &input = {},
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 240000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// This process's environment as a clean account in `home` without a display would have it.
inline QProcessEnvironment cliEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const char *name :
         {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_LOGGING_RULES", "SSH_AUTH_SOCK"})
        env.remove(QLatin1String(name));
    return env;
}

inline CliRun runCli(const QTemporaryDir &home, const QStringList &arguments,
                     int timeoutMs = 240000)
{
    return runProcess(QStringLiteral(PATAGON_STUDIO_BINARY), arguments, {}, cliEnvironment(home),
                      timeoutMs);
}

} // namespace Patagon::Testing
