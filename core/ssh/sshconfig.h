// Reads what the app needs from an OpenSSH client configuration that libssh applies but does
// not expose: the IdentityFile list and ServerAliveInterval of a host. (libssh itself applies
// HostName, User, Port and ProxyJump when it connects.)
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Patagon {

struct SshHostConfig
{
    QString hostName; // HostName, if set
    QString user; // User, if set
    int port = 0; // Port, 0 if not set
    QStringList identityFiles; // in the order ssh would try them, ~ expanded
    QStringList proxyJump; // ProxyJump hops
    int serverAliveInterval = 0; // seconds, 0: off
    std::optional<bool> hashKnownHosts; // HashKnownHosts: new known_hosts entries hashed
};

class SshConfig
{
public:
    // `path` empty: ~/.ssh/config. A missing file gives an empty configuration.
    static SshHostConfig forHost(const QString &alias, const QString &path = QString());
    static QString defaultPath();
};

} // namespace Patagon
