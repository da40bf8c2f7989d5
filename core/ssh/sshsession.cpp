// A blocking libssh session: connect with host-key verification, authenticate, run commands.
#include "core/ssh/sshsession.h"

#include "core/remote/shellquote.h"
#include "core/tr.h"

#include <QDir>
#include <QLoggingCategory>

#include <libssh/libssh.h>

Q_LOGGING_CATEGORY(lcSsh, "patagon.core.ssh")

namespace Patagon {

namespace {
struct SessionDeleter
{
    void operator()(ssh_session s) const
    {
        if (ssh_is_connected(s))
            ssh_disconnect(s);
        ssh_free(s);
    }
};
struct KeyDeleter
{
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
struct ChannelDeleter
{
    void operator()(ssh_channel c) const
    {
        if (ssh_channel_is_open(c))
            ssh_channel_close(c);
        ssh_channel_free(c);
    }
};
using SessionPtr = std::unique_ptr<ssh_session_struct, SessionDeleter>;
using KeyPtr = std::unique_ptr<ssh_key_struct, KeyDeleter>;
using ChannelPtr = std::unique_ptr<ssh_channel_struct, ChannelDeleter>;

QString expandHome(const QString &path)
{
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}
} // namespace

struct SshSession::Private
{
    SessionPtr session;
    QString destination;
};

SshSession::SshSession()
    : d(std::make_unique<Private>())
{}

SshSession::~SshSession() = default;

bool SshSession::isConnected() const
{
    return d->session && ssh_is_connected(d->session.get());
}

void SshSession::disconnect()
{
    d->session.reset();
}

QString SshSession::serverBanner() const
{
    if (!isConnected())
        return {};
    return QString::fromUtf8(ssh_get_serverbanner(d->session.get()));
}

Result SshSession::connectToHost(const ConnectionProfile &profile)
{
    disconnect();
    SessionPtr session(ssh_new());
    if (!session)
        return Result::error(ErrorCode::Internal, Tr::tr("Could not create an SSH session."));
    const QByteArray host = (profile.host.isEmpty() ? profile.sshAlias : profile.host).toUtf8();
    const unsigned int port = unsigned(profile.port);
    ssh_options_set(session.get(), SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(session.get(), SSH_OPTIONS_PORT, &port);
    if (!profile.user.isEmpty())
        ssh_options_set(session.get(), SSH_OPTIONS_USER, profile.user.toUtf8().constData());
    if (!profile.knownHostsFile.isEmpty()) {
        const QByteArray kh = expandHome(profile.knownHostsFile).toUtf8();
        ssh_options_set(session.get(), SSH_OPTIONS_KNOWNHOSTS, kh.constData());
        ssh_options_set(session.get(), SSH_OPTIONS_GLOBAL_KNOWNHOSTS, kh.constData());
    }
    const long timeoutSeconds = 15;
    ssh_options_set(session.get(), SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
    d->destination = profile.destination();

    if (ssh_connect(session.get()) != SSH_OK)
        return Result::error(ErrorCode::Network,
                             Tr::tr("Could not connect to %1: %2. Check the host name and port, "
                                    "and that the server is reachable.")
                                 .arg(d->destination, QString::fromUtf8(ssh_get_error(session.get()))));

    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(session.get(), &rawKey) != SSH_OK)
        return Result::error(ErrorCode::HostKey,
                             Tr::tr("The server %1 did not present a host key.").arg(d->destination));
    KeyPtr serverKey(rawKey);
    unsigned char *hash = nullptr;
    size_t hashLen = 0;
    if (ssh_get_publickey_hash(serverKey.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLen) == 0) {
        char *fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLen);
        m_hostKey.sha256 = QString::fromLatin1(fp);
        ssh_string_free_char(fp);
        ssh_clean_pubkey_hash(&hash);
    }
    m_hostKey.type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(serverKey.get())));

    switch (ssh_session_is_known_server(session.get())) {
    case SSH_KNOWN_HOSTS_OK:
        break;
    case SSH_KNOWN_HOSTS_CHANGED:
        return Result::error(ErrorCode::HostKey,
                             Tr::tr("The host key of %1 has CHANGED (now %2 %3). Someone may be "
                                    "intercepting the connection, or the server was reinstalled. "
                                    "Ask the administrators before you trust the new key.")
                                 .arg(d->destination, m_hostKey.type, m_hostKey.sha256));
    case SSH_KNOWN_HOSTS_OTHER:
        return Result::error(ErrorCode::HostKey,
                             Tr::tr("The server %1 presented a %2 host key, but a key of another "
                                    "type is recorded for it. Ask the administrators which key "
                                    "is right.")
                                 .arg(d->destination, m_hostKey.type));
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        return Result::error(ErrorCode::HostKey,
                             Tr::tr("The host key of %1 is not known yet (%2 %3). Connect once "
                                    "from the Connection page to check and accept it.")
                                 .arg(d->destination, m_hostKey.type, m_hostKey.sha256));
    case SSH_KNOWN_HOSTS_ERROR:
        return Result::error(ErrorCode::HostKey,
                             Tr::tr("Could not check the host key of %1: %2.")
                                 .arg(d->destination,
                                      QString::fromUtf8(ssh_get_error(session.get()))));
    }

    if (profile.identityFile.isEmpty())
        return Result::error(ErrorCode::Authentication,
                             Tr::tr("The profile has no key file to log in with. Choose one in "
                                    "the profile."));
    ssh_key rawPriv = nullptr;
    const QByteArray keyPath = QDir::toNativeSeparators(expandHome(profile.identityFile)).toUtf8();
    if (ssh_pki_import_privkey_file(keyPath.constData(), nullptr, nullptr, nullptr, &rawPriv)
        != SSH_OK)
        return Result::error(ErrorCode::Authentication,
                             Tr::tr("Could not read the key file \"%1\". Check that it exists and "
                                    "that it is a private key without a passphrase.")
                                 .arg(profile.identityFile));
    KeyPtr privateKey(rawPriv);
    if (ssh_userauth_publickey(session.get(), nullptr, privateKey.get()) != SSH_AUTH_SUCCESS)
        return Result::error(ErrorCode::Authentication,
                             Tr::tr("The server %1 refused the key \"%2\". Check that its public "
                                    "half is in ~/.ssh/authorized_keys on the cluster.")
                                 .arg(d->destination, profile.identityFile));
    qCInfo(lcSsh) << "connected to" << d->destination;
    d->session = std::move(session);
    return Result::ok();
}

Expected<CommandOutput> SshSession::run(const QStringList &argv, const QByteArray &standardInput)
{
    if (!isConnected())
        return Result::error(ErrorCode::Network,
                             Tr::tr("Not connected. Connect to the cluster first."));
    const Expected<QByteArray> line = Shell::joinArguments(argv);
    if (!line)
        return line.result();
    ChannelPtr channel(ssh_channel_new(d->session.get()));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK
        || ssh_channel_request_exec(channel.get(), line->constData()) != SSH_OK)
        return Result::error(ErrorCode::Remote,
                             Tr::tr("Could not start \"%1\" on %2: %3.")
                                 .arg(argv.value(0), d->destination,
                                      QString::fromUtf8(ssh_get_error(d->session.get()))));
    if (!standardInput.isEmpty()
        && ssh_channel_write(channel.get(), standardInput.constData(),
                             uint32_t(standardInput.size()))
               != int(standardInput.size()))
        return Result::error(ErrorCode::Remote,
                             Tr::tr("Could not send input to \"%1\" on %2.")
                                 .arg(argv.value(0), d->destination));
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
                                         .arg(d->destination, argv.value(0),
                                              QString::fromUtf8(ssh_get_error(d->session.get()))));
            if (n > 0) {
                (isStderr ? out.standardError : out.standardOutput).append(buffer, n);
                progressed = true;
            }
        }
        if (!progressed && ssh_channel_is_eof(channel.get()))
            break;
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
