// A Connection with the RemoteHost over it, as the main window pairs them: tests log in
// through the connection and run commands and file operations through the host (the one
// way core reaches a cluster).
#pragma once

#include "core/remote/collectedrun.h"
#include "core/remote/sshhost.h"
#include "core/ssh/connection.h"
#include "sandboxenv.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace Patagon::Testing {

class SshPair : public Connection
{
public:
    using Connection::Connection;
    SshHost *host() { return &m_host; }

    // Logs in with `profile` and waits; false (and `error` set) when it failed.
    bool connectAndWait(const ConnectionProfile &profile, Result *error = nullptr,
                        int timeoutMs = 120000)
    {
        std::optional<Result> outcome;
        QEventLoop loop;
        QObject::connect(this, &Connection::connected, &loop, [&] {
            outcome = Result::ok();
            loop.quit();
        });
        QObject::connect(this, &Connection::connectionFailed, &loop, [&](const Result &r) {
            outcome = r;
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        connectToHost(profile);
        loop.exec();
        if (error)
            *error = outcome.value_or(Result::error(ErrorCode::Timeout, QStringLiteral("timeout")));
        return outcome && outcome->isOk();
    }
    // Loads the sandbox's details into `env` and logs in as its user with a key profile named
    // `profileName` (`scratch`: a folder of the test's own). False, with `why` set, when either
    // failed.
    bool loginToSandbox(SandboxEnv &env, const QString &profileName, const QString &scratch,
                        QString *why)
    {
        if (!env.load()) {
            *why = SandboxEnv::notRunningMessage();
            return false;
        }
        Result error;
        if (!connectAndWait(env.profile(profileName, scratch), &error)) {
            *why = error.message();
            return false;
        }
        return true;
    }
    // Runs argv through the host to its end, its output collected.
    Expected<CommandOutput> runAndWait(const QStringList &argv, const QByteArray &input = {},
                                       int timeoutMs = 120000)
    {
        std::optional<Expected<CommandOutput>> outcome;
        QEventLoop loop;
        runCollected(&m_host, argv, input, &loop, [&](const Expected<CommandOutput> &r) {
            outcome = r;
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!outcome)
            loop.exec();
        return outcome.value_or(Result::error(ErrorCode::Timeout, QStringLiteral("timeout")));
    }

    RemoteProcess *run(const QStringList &argv, const QByteArray &input = {},
                       QObject *parent = nullptr)
    {
        return m_host.run(argv, input, parent);
    }
    RemoteOperation *upload(const QString &local, const QString &remote, QObject *parent = nullptr)
    {
        return m_host.upload(local, remote, parent);
    }
    RemoteOperation *download(const QString &remote, const QString &local,
                              QObject *parent = nullptr)
    {
        return m_host.download(remote, local, parent);
    }
    RemoteOperation *writeFile(const QString &remote, const QByteArray &contents,
                               quint32 permissions, QObject *parent = nullptr)
    {
        return m_host.writeFile(remote, contents, permissions, parent);
    }
    RemoteOperation *readFrom(const QString &remote, qint64 offset, qint64 maxBytes,
                              QObject *parent = nullptr)
    {
        return m_host.readFrom(remote, offset, maxBytes, parent);
    }
    RemoteOperation *stat(const QString &remote, QObject *parent = nullptr)
    {
        return m_host.stat(remote, parent);
    }
    RemoteOperation *mkdirPath(const QString &remote, QObject *parent = nullptr)
    {
        return m_host.mkdirPath(remote, parent);
    }
    RemoteOperation *chmod(const QString &remote, quint32 permissions, QObject *parent = nullptr)
    {
        return m_host.chmod(remote, permissions, parent);
    }

private:
    SshHost m_host {this};
};

} // namespace Patagon::Testing
