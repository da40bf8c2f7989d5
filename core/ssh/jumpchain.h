// The jump hosts (ProxyJump) on the way to a cluster, each logged into as the cluster itself
// is: its host key checked against known_hosts (and asked about when unknown), every way to
// log in with its prompts, its own key file; a direct-tcpip channel of each carries the next
// hop's connection.
//
// libssh has a ProxyJump of its own, but its hops run on a detached thread of libssh's while
// the cluster's ssh_connect() waits with its timeout: a person answering a prompt there races
// that timeout, and a failing hop reaches the caller only as "connection closed". Here the
// hops log in one after the other on the caller's (worker) thread, before the cluster's
// session starts, and only the forwarding runs on threads (SshForwarder).
#pragma once

#include "core/profiles/connectionprofile.h"
#include "core/result.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace Patagon {

class SshInteraction;
class SshSession;

// One hop of a ProxyJump list, "[user@]host[:port]" (host may be an alias of the config).
struct JumpHost
{
    QString user; // empty: the config's User, else the local user
    QString alias; // as written in the list
    QString host; // the config's HostName for the alias, else the alias
    int port = 22; // as written, else the config's Port, else 22
    QString identityFile; // the profile's when the hop's config block names none

    bool isValid() const { return !host.isEmpty() && port > 0 && port < 65536; }
    // "host" or "host:port", as messages name it.
    QString displayName() const;
    // The profile its session connects with: the cluster profile's known_hosts and config
    // files, this hop's address, user and key.
    ConnectionProfile profile(const ConnectionProfile &cluster) const;

    // Reads the hop's block of the cluster profile's ssh config.
    static JumpHost parse(const QString &hop, const ConnectionProfile &cluster);
};

class JumpChain
{
public:
    explicit JumpChain(SshInteraction *interaction);
    ~JumpChain();
    JumpChain(const JumpChain &) = delete;
    JumpChain &operator=(const JumpChain &) = delete;

    // Logs into each hop in turn (outermost first) and returns a socket that reaches
    // host:port through all of them, for the cluster's session to take. On failure the error
    // names the hop that failed and why.
    Expected<int> open(const ConnectionProfile &cluster, const QStringList &hops,
                       const QString &host, int port);
    // Ends the forwarding and the hops' sessions (keeping their secrets for reconnecting).
    void close();
    void forgetSecrets();

private:
    SshInteraction *m_interaction;
    QStringList m_hops; // the list m_sessions were made for
    std::vector<std::unique_ptr<SshSession>> m_sessions;
};

} // namespace Patagon
