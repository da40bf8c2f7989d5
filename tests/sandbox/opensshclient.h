// OpenSSH's own client against the sandbox, as its user with its key: what the sandbox answers
// without our SSH layer in between.
#pragma once

#include "clirun.h"
#include "sandboxenv.h"

#include <QTest>

namespace Patagon::Testing {

class OpenSshClient
{
public:
    explicit OpenSshClient(const SandboxEnv &env)
        : m_env(env)
    {}

    // Trusts only the sandbox's host key and reads no ssh config; no login options.
    QStringList options(const QString &port) const
    {
        return {QStringLiteral("-p"), port,
                QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + m_env.knownHosts(),
                QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                QStringLiteral("-o"), QStringLiteral("ConnectTimeout=20"),
                QStringLiteral("-F"), QStringLiteral("/dev/null")};
    }
    // `user@host`
    QString destination() const { return m_env.user() + u'@' + m_env.host(); }

    // Logs in on `port` with the key alone and runs `command`, one string for the remote shell.
    CliRun run(const QByteArray &command, const QByteArray &input = {},
               const QString &port = {}) const
    {
        QStringList args = options(port.isEmpty() ? m_env.port() : port);
        args << QStringLiteral("-i") << m_env.key() << QStringLiteral("-o")
             << QStringLiteral("BatchMode=yes") << destination() << QString::fromUtf8(command);
        return runProcess(QStringLiteral("ssh"), args, input);
    }

    // Polls squeue until job `jobId` has left the queue (two minutes at the most).
    bool waitUntilGone(const QString &jobId) const
    {
        for (int i = 0; i < 240; ++i) {
            const CliRun r = run("squeue -h -o %T -j " + jobId.toUtf8());
            if (r.exitCode == 0 && r.out.trimmed().isEmpty())
                return true;
            QTest::qWait(500);
        }
        return false;
    }

private:
    const SandboxEnv &m_env;
};

} // namespace Patagon::Testing
