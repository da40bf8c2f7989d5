// The jump hosts on the way to a cluster, each logged into as the cluster itself is.
#include "core/ssh/jumpchain.h"

#include "core/ssh/sshconfig.h"
#include "core/ssh/sshsession.h"
#include "core/tr.h"

#include <QRegularExpression>

namespace Patagon {

QString JumpHost::displayName() const
{
    if (port == 22)
        return host;
    const QString h = host.contains(QLatin1Char(':')) ? u'[' + host + u']' : host; // IPv6
    return h + QLatin1Char(':') + QString::number(port);
}

ConnectionProfile JumpHost::profile(const ConnectionProfile &cluster) const
{
    ConnectionProfile p;
    p.name = cluster.name;
    p.sshAlias = alias; // its config block applies (ciphers, HostName, ...)
    p.host = host;
    p.port = port;
    p.user = user;
    p.identityFile = identityFile;
    p.knownHostsFile = cluster.knownHostsFile;
    p.sshConfigFile = cluster.sshConfigFile;
    p.connectTimeoutSeconds = cluster.connectTimeoutSeconds;
    return p;
}

JumpHost JumpHost::parse(const QString &hop, const ConnectionProfile &cluster)
{
    // [user@]host[:port], host possibly an [IPv6] literal; ssh://[user@]host[:port] too.
    static const QRegularExpression re(
        QStringLiteral("^(?:ssh://)?(?:([^@]+)@)?(\\[[^\\]]+\\]|[^:@\\[\\]]+)(?::(\\d+))?/?$"));
    JumpHost jump;
    const QRegularExpressionMatch m = re.match(hop.trimmed());
    if (!m.hasMatch())
        return jump;
    jump.user = m.captured(1);
    jump.alias = m.captured(2);
    if (jump.alias.startsWith(QLatin1Char('[')))
        jump.alias = jump.alias.mid(1, jump.alias.size() - 2);
    const SshHostConfig config = SshConfig::forHost(jump.alias, cluster.sshConfigFile);
    jump.host = config.hostName.isEmpty() ? jump.alias : config.hostName;
    if (jump.user.isEmpty())
        jump.user = config.user;
    jump.port = !m.captured(3).isEmpty() ? m.captured(3).toInt()
        : config.port > 0                ? config.port
                                         : 22;
    // The session adds the config block's IdentityFiles itself; the profile's key is the
    // hop's only when that block names none.
    if (config.identityFiles.isEmpty())
        jump.identityFile = cluster.identityFile;
    return jump;
}

JumpChain::JumpChain(SshInteraction *interaction)
    : m_interaction(interaction)
{}

JumpChain::~JumpChain()
{
    close();
}

void JumpChain::close()
{
    // The innermost hop first: each runs over the forwarding of the one before it.
    for (auto it = m_sessions.rbegin(); it != m_sessions.rend(); ++it)
        (*it)->disconnect();
}

void JumpChain::forgetSecrets()
{
    for (const auto &session : m_sessions)
        session->forgetSecrets();
}

namespace {
// The error of a hop, in words that name it.
Result hopFailed(const JumpHost &jump, const Result &why)
{
    const QString name = jump.displayName();
    switch (why.code()) {
    case ErrorCode::Authentication:
        return Result::error(
            why.code(), Tr::tr("The jump host %1 refused the login: %2").arg(name, why.message()));
    case ErrorCode::HostKey:
        return Result::error(
            why.code(), Tr::tr("The jump host %1 was not trusted: %2").arg(name, why.message()));
    case ErrorCode::Cancelled:
        return Result::error(why.code(),
                             Tr::tr("Login to the jump host %1 was cancelled.").arg(name));
    default:
        return Result::error(why.code(),
                             Tr::tr("Could not reach the cluster through the jump "
                                    "host %1: %2")
                                 .arg(name, why.message()));
    }
}
} // namespace

Expected<int> JumpChain::open(const ConnectionProfile &cluster, const QStringList &hops,
                              const QString &host, int port)
{
    close();
    if (hops != m_hops) {
        m_sessions.clear();
        m_hops = hops;
    }
    while (m_sessions.size() < size_t(hops.size()))
        m_sessions.push_back(std::make_unique<SshSession>(m_interaction));

    std::vector<JumpHost> jumps;
    for (const QString &hop : hops) {
        jumps.push_back(JumpHost::parse(hop, cluster));
        if (!jumps.back().isValid())
            return Result::error(ErrorCode::InvalidInput,
                                 Tr::tr("The jump host \"%1\" is not written as "
                                        "[user@]host[:port]. Correct it in the profile.")
                                     .arg(hop));
    }
    JumpHost target;
    target.host = host;
    target.port = port;
    jumps.push_back(target);

    int socket = -1; // the first hop is reached directly
    for (size_t i = 0; i + 1 < jumps.size(); ++i) {
        const JumpHost &jump = jumps.at(i);
        SshSession &session = *m_sessions.at(i);
        if (Result r = session.connectAsJumpHost(jump.profile(cluster), socket); !r) {
            close();
            return hopFailed(jump, r);
        }
        const JumpHost &next = jumps.at(i + 1);
        Expected<int> tunnel = session.openTunnel(next.host, next.port);
        if (!tunnel) {
            close();
            return Result::error(
                tunnel.errorCode(),
                Tr::tr("The jump host %1 could not open a connection to %2: "
                       "%3. Check that name and port; the jump host may also "
                       "forbid forwarding (AllowTcpForwarding).")
                    .arg(jump.displayName(), next.displayName(), tunnel.errorMessage()));
        }
        socket = *tunnel;
    }
    return socket;
}

} // namespace Patagon
