// A blocking libssh session: connect with host-key verification, authenticate, run commands.
// It is meant to live on the one worker thread that owns the connection (the asynchronous
// connection manager wraps it); nothing here may run on the GUI thread.
#pragma once

#include "core/profiles/connectionprofile.h"
#include "core/result.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace Patagon {

struct CommandOutput
{
    QByteArray standardOutput;
    QByteArray standardError;
    int exitStatus = -1; // -1: no status (killed by a signal or the channel closed early)

    bool succeeded() const { return exitStatus == 0; }
};

struct HostKeyInfo
{
    QString type;          // "ssh-ed25519", ...
    QString sha256;        // "SHA256:..." as OpenSSH prints it
    bool isValid() const { return !sha256.isEmpty(); }
};

class SshSession
{
public:
    SshSession();
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects and authenticates with the profile's key file (no passphrase yet). The server's
    // host key must already be in the profile's known_hosts file: anything else is refused.
    Result connectToHost(const ConnectionProfile &profile);
    void disconnect();
    bool isConnected() const;

    HostKeyInfo hostKey() const { return m_hostKey; }
    QString serverBanner() const;

    // Runs argv (quoted through Shell::joinArguments) and waits for it to end.
    Expected<CommandOutput> run(const QStringList &argv, const QByteArray &standardInput = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
    HostKeyInfo m_hostKey;
};

} // namespace Patagon
