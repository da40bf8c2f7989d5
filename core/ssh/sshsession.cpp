// A blocking libssh session: host-key verification, authentication in OpenSSH's order, and
// short commands.
#include "core/ssh/sshsession.h"
#include "core/ssh/sshsession_p.h"

#include "core/servertext.h"
#include "core/ssh/knownhosts.h"
#include "core/ssh/localsocket.h"
#include "core/ssh/sshconfig.h"
#include "core/tr.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <libssh/libssh.h>

#include <cerrno>
#include <cstring>
#include <mutex>

Q_LOGGING_CATEGORY(lcSsh, "patagon.core.ssh")

namespace Patagon {

namespace {
QString expandHome(const QString &path)
{
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}
} // namespace

SshSession::SshSession(SshInteraction *interaction)
    : d(std::make_unique<Private>(interaction))
    , m_interaction(interaction)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { ssh_init(); });
}

SshSession::~SshSession() = default;

bool SshSession::isConnected() const
{
    return d->session && ssh_is_connected(d->session.get());
}

void SshSession::disconnect()
{
    d->forwarder.reset(); // it uses the session on its thread: stopped first
    d->session.reset();
    d->jumps.close();
}

void SshSession::forgetSecrets()
{
    d->forget();
    d->jumps.forgetSecrets();
    m_acceptedKey.clear();
}

ssh_session_struct *SshSession::handle() const
{
    return d->session.get();
}

QString SshSession::errorString() const
{
    return d->session ? ServerText::sanitized(QByteArray(ssh_get_error(d->session.get())))
                      : QString();
}

QString SshSession::serverBanner() const
{
    if (!isConnected())
        return {};
    // At most 255 bytes by the protocol; a hostile one may still hold escape sequences.
    return ServerText::sanitized(QByteArray(ssh_get_serverbanner(d->session.get())), 255);
}

Result SshSession::connectToHost(const ConnectionProfile &profile)
{
    return open(profile, -1, false);
}

Result SshSession::connectAsJumpHost(const ConnectionProfile &profile, int socket)
{
    return open(profile, socket, true);
}

Result SshSession::open(const ConnectionProfile &profile, int socket, bool jumpHost)
{
    disconnect();
    m_jumpHost = jumpHost;
    SessionPtr session(ssh_new());
    if (!session) {
        if (socket >= 0)
            LocalSocket::closeDescriptor(socket);
        return Result::error(ErrorCode::Internal, Tr::tr("Could not create an SSH session."));
    }
    ssh_session s = session.get();
    if (socket >= 0) // libssh closes it from now on
        ssh_options_set(s, SSH_OPTIONS_FD, &socket);
    const QString hostOrAlias = profile.sshAlias.isEmpty() ? profile.host : profile.sshAlias;
    ssh_options_set(s, SSH_OPTIONS_HOST, hostOrAlias.toUtf8().constData());
    const QString configPath = profile.sshConfigFile.isEmpty() ? SshConfig::defaultPath()
                                                               : expandHome(profile.sshConfigFile);
    if (QFileInfo::exists(configPath))
        ssh_options_parse_config(s, configPath.toUtf8().constData());
    // Jump hosts are ours (JumpChain), never libssh's: see jumpchain.h.
    ssh_options_set(s, SSH_OPTIONS_PROXYJUMP, "none");
    const SshHostConfig config = SshConfig::forHost(hostOrAlias, configPath);
    const QStringList jumpHosts = jumpHost ? QStringList()
        : profile.jumpHosts.isEmpty()      ? config.proxyJump
                                           : profile.jumpHosts;
    d->keyFiles.clear();
    if (!profile.identityFile.isEmpty())
        d->keyFiles.append(expandHome(profile.identityFile));
    d->keyFiles += config.identityFiles;
    for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"})
        d->keyFiles.append(QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(name));
    d->keyFiles.removeDuplicates();
    const bool processConfig = false; // parsed above, once, from the file we chose
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    if (!profile.sshAlias.isEmpty() && !profile.host.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_HOST, profile.host.toUtf8().constData());
    if (profile.sshAlias.isEmpty() || profile.port != 22) {
        const unsigned int port = unsigned(profile.port);
        ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    }
    if (!profile.user.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_USER, profile.user.toUtf8().constData());
    if (!profile.identityFile.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_IDENTITY,
                        expandHome(profile.identityFile).toUtf8().constData());
    const QString knownHosts = profile.knownHostsFile.isEmpty()
        ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts")
        : expandHome(profile.knownHostsFile);
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.toUtf8().constData());
    if (!profile.knownHostsFile.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, knownHosts.toUtf8().constData());
    // Small request/response packets dominate (channel opens, exec requests): without
    // TCP_NODELAY, Nagle's algorithm and delayed ACKs add tens of milliseconds to each.
    const int noDelay = 1;
    ssh_options_set(s, SSH_OPTIONS_NODELAY, &noDelay);
    const long timeoutSeconds = profile.connectTimeoutSeconds;
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);

    char *hostName = nullptr;
    ssh_options_get(s, SSH_OPTIONS_HOST, &hostName);
    const QString realHost = QString::fromUtf8(hostName ? hostName : "");
    ssh_string_free_char(hostName);
    unsigned int realPort = 22;
    ssh_options_get_port(s, &realPort);
    char *userName = nullptr;
    ssh_options_get(s, SSH_OPTIONS_USER, &userName);
    const QString realUser = QString::fromUtf8(userName ? userName : "");
    ssh_string_free_char(userName);
    m_destination = realUser + QLatin1Char('@') + realHost
        + (realPort == 22 ? QString() : QLatin1Char(':') + QString::number(realPort));

    if (!jumpHosts.isEmpty()) {
        Expected<int> tunnel = d->jumps.open(profile, jumpHosts, realHost, int(realPort));
        if (!tunnel)
            return tunnel.result();
        int fd = *tunnel; // libssh closes it from now on
        ssh_options_set(s, SSH_OPTIONS_FD, &fd);
    }

    if (ssh_connect(s) != SSH_OK) {
        d->jumps.close();
        const QString why = ServerText::sanitized(QByteArray(ssh_get_error(s)));
        qCInfo(lcSsh) << "connect to" << m_destination << "failed:" << why;
        if (why.contains(QLatin1String("resolve"), Qt::CaseInsensitive))
            return Result::error(ErrorCode::Network,
                                 Tr::tr("The host name \"%1\" is unknown. Check its spelling, "
                                        "and that you are on the network (or VPN) that "
                                        "reaches the cluster.")
                                     .arg(realHost));
        if (why.contains(QLatin1String("refused"), Qt::CaseInsensitive))
            return Result::error(ErrorCode::Network,
                                 Tr::tr("%1 refused the connection on port %2. Check the port "
                                        "number; the SSH server may be down.")
                                     .arg(realHost)
                                     .arg(realPort));
        if (why.contains(QLatin1String("reset by peer"), Qt::CaseInsensitive)
            || why.contains(QLatin1String("closed"), Qt::CaseInsensitive)
            || why.contains(QLatin1String("disconnected"), Qt::CaseInsensitive))
            return Result::error(ErrorCode::Network,
                                 Tr::tr("%1 closed the connection before the login finished. "
                                        "The server may be busy or may not accept connections "
                                        "from your address; try again in a moment, or ask the "
                                        "administrators.")
                                     .arg(realHost));
        if (why.contains(QLatin1String("timeout"), Qt::CaseInsensitive)
            || why.contains(QLatin1String("timed out"), Qt::CaseInsensitive))
            return Result::error(ErrorCode::Timeout,
                                 Tr::tr("%1 did not answer within %2 seconds. Check that you "
                                        "are on the network (or VPN) that reaches the "
                                        "cluster, and try again.")
                                     .arg(realHost)
                                     .arg(timeoutSeconds));
        return Result::error(ErrorCode::Network,
                             Tr::tr("Could not connect to %1: %2. Check the host name and "
                                    "port, and that the server is reachable.")
                                 .arg(m_destination, why));
    }
    d->session = std::move(session);
    m_hostKey = {};
    m_hostKey.jumpHost = m_jumpHost;
    m_hostKey.host = KnownHosts::hostPattern(realHost, int(realPort));
    m_hostKey.knownHostsFile = knownHosts;
    if (Result r = verifyHostKey(profile); !r) {
        disconnect();
        return r;
    }
    if (Result r = authenticate(); !r) {
        disconnect();
        return r;
    }
    qCInfo(lcSsh) << "connected to" << m_destination;
    return Result::ok();
}

Result SshSession::verifyHostKey(const ConnectionProfile &profile)
{
    ssh_session s = d->session.get();
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(s, &rawKey) != SSH_OK)
        return Result::error(
            ErrorCode::HostKey,
            Tr::tr("The server %1 did not present a host key.").arg(m_destination));
    const KeyPtr serverKey(rawKey);
    unsigned char *hash = nullptr;
    size_t hashLen = 0;
    QString sha256;
    if (ssh_get_publickey_hash(serverKey.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLen) == 0) {
        char *fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLen);
        sha256 = QString::fromLatin1(fp);
        ssh_string_free_char(fp);
        ssh_clean_pubkey_hash(&hash);
    }
    m_hostKey.sha256 = sha256;
    const char *typeName = ssh_key_type_to_char(ssh_key_type(serverKey.get()));
    m_hostKey.type = QString::fromLatin1(typeName ? typeName : "");
    char *base64 = nullptr;
    ssh_pki_export_pubkey_base64(serverKey.get(), &base64);
    const QByteArray keyBase64(base64 ? base64 : "");
    ssh_string_free_char(base64);
    const QByteArray wholeKey = m_hostKey.type.toLatin1() + ' ' + keyBase64;

    // libssh skips @revoked lines; OpenSSH honours them in the user's and the global file.
    char *globalFile = nullptr;
    ssh_options_get(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, &globalFile);
    const SshCharPtr global(globalFile);
    const QString revokedIn = KnownHosts::revokedIn(
        {m_hostKey.knownHostsFile, QString::fromUtf8(global ? global.get() : "")},
        m_hostKey.type.toLatin1(), keyBase64);
    if (!revokedIn.isEmpty()) {
        m_hostKey.status = HostKeyInfo::Status::Revoked;
        return Result::error(ErrorCode::HostKey,
                             Tr::tr("The host key of %1 (%2 %3) is marked as revoked in %4. "
                                    "Do not connect: ask the administrators for the current "
                                    "key.")
                                 .arg(m_destination, m_hostKey.type, m_hostKey.sha256, revokedIn));
    }

    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        m_hostKey.status = HostKeyInfo::Status::Known;
        return Result::ok();
    case SSH_KNOWN_HOSTS_CHANGED:
        m_hostKey.status = HostKeyInfo::Status::Changed;
        m_hostKey.knownHostsLine
            = KnownHosts::findEntryLine(m_hostKey.knownHostsFile, m_hostKey.host, m_hostKey.type);
        return Result::error(ErrorCode::HostKey,
                             Tr::tr("WARNING: the host key of %1 has CHANGED. It is now %2 %3, "
                                    "which does not match line %4 of %5. Someone may be "
                                    "intercepting the connection, or the server was "
                                    "reinstalled. Ask the administrators before you trust the "
                                    "new key; then remove that line and connect again.")
                                 .arg(m_destination, m_hostKey.type, m_hostKey.sha256)
                                 .arg(m_hostKey.knownHostsLine)
                                 .arg(m_hostKey.knownHostsFile));
    case SSH_KNOWN_HOSTS_OTHER:
        m_hostKey.status = HostKeyInfo::Status::OtherType;
        m_hostKey.knownHostsLine
            = KnownHosts::findEntryLine(m_hostKey.knownHostsFile, m_hostKey.host);
        return Result::error(ErrorCode::HostKey,
                             Tr::tr("The server %1 presented a %2 host key, but line %3 of %4 "
                                    "records a key of another type for it. This can be an "
                                    "attack. Ask the administrators which key is right.")
                                 .arg(m_destination, m_hostKey.type)
                                 .arg(m_hostKey.knownHostsLine)
                                 .arg(m_hostKey.knownHostsFile));
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        break;
    case SSH_KNOWN_HOSTS_ERROR:
        m_hostKey.status = HostKeyInfo::Status::Error;
        return Result::error(ErrorCode::HostKey,
                             Tr::tr("Could not check the host key of %1 against %2: %3.")
                                 .arg(m_destination, m_hostKey.knownHostsFile,
                                      ServerText::sanitized(QByteArray(ssh_get_error(s)))));
    }

    m_hostKey.status = HostKeyInfo::Status::Unknown;
    m_hostKey.certAuthority = KnownHosts::certAuthorityIn(
        {m_hostKey.knownHostsFile, QString::fromUtf8(global ? global.get() : "")}, m_hostKey.host);
    if (!m_acceptedKey.isEmpty() && m_acceptedKey == wholeKey)
        return Result::ok(); // trusted once for this profile already: a reconnect
    const HostKeyDecision decision
        = m_interaction ? m_interaction->decideHostKey(m_hostKey) : HostKeyDecision::Reject;
    switch (decision) {
    case HostKeyDecision::Reject:
        return Result::error(ErrorCode::HostKey,
                             Tr::tr("The host key of %1 (%2 %3) was not accepted, so the "
                                    "connection was closed.")
                                 .arg(m_destination, m_hostKey.type, m_hostKey.sha256));
    case HostKeyDecision::AcceptOnce:
        m_acceptedKey = wholeKey;
        return Result::ok();
    case HostKeyDecision::AcceptAndSave: {
        m_acceptedKey = wholeKey;
        const bool hash
            = SshConfig::forHost(profile.sshAlias.isEmpty() ? profile.host : profile.sshAlias,
                                 profile.sshConfigFile)
                  .hashKnownHosts.value_or(false);
        return KnownHosts::appendEntry(m_hostKey.knownHostsFile, m_hostKey.host,
                                       m_hostKey.type.toLatin1(), keyBase64, hash);
    }
    }
    return Result::ok();
}

Expected<int> SshSession::openTunnel(const QString &host, int port)
{
    ssh_session s = d->session.get();
    if (!s)
        return Result::error(ErrorCode::Network,
                             Tr::tr("Not connected. Connect to the cluster first."));
    ChannelPtr channel(ssh_channel_new(s));
    // The originator address is only logged by the server; OpenSSH sends the same.
    if (!channel
        || ssh_channel_open_forward(channel.get(), host.toUtf8().constData(), port, "127.0.0.1",
                                    65535)
            != SSH_OK)
        return Result::error(ErrorCode::Network,
                             ServerText::sanitized(QByteArray(ssh_get_error(s))));
    int pair[2];
    if (!LocalSocket::createPair(pair))
        return Result::error(ErrorCode::Internal, QString::fromLocal8Bit(strerror(errno)));
    d->forwarder = std::make_unique<SshForwarder>(s, channel.release(), pair[0]);
    return pair[1];
}

Expected<CommandOutput> SshSession::run(const QByteArray &commandLine,
                                        const QByteArray &standardInput, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                                : QDeadlineTimer(timeoutMs));
    if (!isConnected())
        return Result::error(ErrorCode::Network,
                             Tr::tr("Not connected. Connect to the cluster first."));
    const QStringList argv {QString::fromUtf8(commandLine.left(commandLine.indexOf(' ')))};
    ChannelPtr channel(ssh_channel_new(d->session.get()));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK
        || ssh_channel_request_exec(channel.get(), commandLine.constData()) != SSH_OK)
        return Result::error(ErrorCode::Remote,
                             Tr::tr("Could not start \"%1\" on %2: %3.")
                                 .arg(argv.value(0), m_destination, errorString()));
    if (!standardInput.isEmpty()
        && ssh_channel_write(channel.get(), standardInput.constData(),
                             uint32_t(standardInput.size()))
            != int(standardInput.size()))
        return Result::error(
            ErrorCode::Remote,
            Tr::tr("Could not send input to \"%1\" on %2.").arg(argv.value(0), m_destination));
    ssh_channel_send_eof(channel.get());

    CommandOutput out;
    char buffer[16384];
    for (;;) {
        bool progressed = false;
        for (int isStderr = 0; isStderr <= 1; ++isStderr) {
            const int n = ssh_channel_read_timeout(channel.get(), buffer, sizeof buffer, isStderr,
                                                   isStderr ? 0 : 200);
            if (n == SSH_ERROR)
                return Result::error(ErrorCode::Network,
                                     Tr::tr("The connection to %1 broke while \"%2\" ran: %3.")
                                         .arg(m_destination, argv.value(0), errorString()));
            if (n > 0) {
                (isStderr ? out.standardError : out.standardOutput).append(buffer, n);
                progressed = true;
            }
        }
        if (!progressed && ssh_channel_is_eof(channel.get()))
            break;
        if (deadline.hasExpired())
            return Result::error(ErrorCode::Timeout,
                                 Tr::tr("\"%1\" did not finish on %2 within %3 seconds.")
                                     .arg(argv.value(0), m_destination)
                                     .arg(timeoutMs / 1000));
    }
    uint32_t exitCode = 0;
    char *signal = nullptr;
    int coreDumped = 0;
    if (ssh_channel_get_exit_state(channel.get(), &exitCode, &signal, &coreDumped) == SSH_OK
        && !signal)
        out.exitStatus = int(exitCode);
    ssh_string_free_char(signal);
    return out;
}

} // namespace Patagon
