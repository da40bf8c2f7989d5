// A blocking libssh session: host-key verification, authentication in OpenSSH's order, and
// short commands.
#include "core/ssh/sshsession.h"

#include "core/ssh/knownhosts.h"
#include "core/ssh/sshconfig.h"
#include "core/ssh/sshhandles.h"
#include "core/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <cstring>
#include <mutex>
#include <vector>

Q_LOGGING_CATEGORY(lcSsh, "patagon.core.ssh")

namespace Patagon {

namespace {

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        std::memset(secret.data(), 0, size_t(secret.size()));
    secret.clear();
}

QString expandHome(const QString &path)
{
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

// A keyboard-interactive prompt whose answer is a reusable password (kept for reconnecting),
// as opposed to a one-time code (never kept).
bool isReusablePasswordPrompt(const QString &prompt)
{
    static const QRegularExpression oneTime(
        QStringLiteral("one.?time|\\botp\\b|oath|verification|\\bcode\\b|token|duo|passcode|"
                       "authenticator|2fa|second factor"),
        QRegularExpression::CaseInsensitiveOption);
    return prompt.contains(QLatin1String("assword"), Qt::CaseInsensitive)
        && !oneTime.match(prompt).hasMatch();
}

bool looksLikeOneTimePrompt(const QString &prompt)
{
    return !isReusablePasswordPrompt(prompt);
}

} // namespace

bool CredentialRequest::isReusableSecret(int index) const
{
    if (index < 0 || index >= prompts.size())
        return false;
    if (kind != Kind::KeyboardInteractive)
        return true;
    return !prompts.at(index).echo && isReusablePasswordPrompt(prompts.at(index).text);
}

// What each jump host's session needs before it connects: the profile's known_hosts file
// (so its key is checked against the same file) and key file.
struct JumpSettings
{
    QByteArray knownHosts;
    QByteArray identity;
    bool custom = false;
};

int prepareJumpSession(ssh_session jump, void *userdata)
{
    const auto *settings = static_cast<const JumpSettings *>(userdata);
    ssh_options_set(jump, SSH_OPTIONS_KNOWNHOSTS, settings->knownHosts.constData());
    if (settings->custom)
        ssh_options_set(jump, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, settings->knownHosts.constData());
    if (!settings->identity.isEmpty())
        ssh_options_set(jump, SSH_OPTIONS_IDENTITY, settings->identity.constData());
    const int noDelay = 1;
    ssh_options_set(jump, SSH_OPTIONS_NODELAY, &noDelay);
    return 0;
}

// The passphrase callback of a key import that must not ask anyone (the app asks itself).
static int refusePassphrase(const char *, char *, size_t, int, int, void *)
{
    return SSH_ERROR;
}

struct SshSession::Private
{
    SessionPtr session;
    JumpSettings jumpSettings;
    std::vector<std::unique_ptr<ssh_jump_callbacks_struct>> jumpCallbacks;
    // Secrets the user gave in this session, kept in memory for reconnecting.
    QByteArray password;
    QHash<QString, QByteArray> passphrases; // by key file
    QHash<QString, QByteArray> interactiveAnswers; // by prompt text (passwords only)
    // The key files to try, in OpenSSH's order: the profile's, every IdentityFile of the
    // profile's config block (looked up by the alias, in the profile's config file), the
    // default ones.
    QStringList keyFiles;

    ~Private() { forget(); }
    void forget()
    {
        wipe(password);
        for (QByteArray &p : passphrases)
            wipe(p);
        passphrases.clear();
        for (QByteArray &p : interactiveAnswers)
            wipe(p);
        interactiveAnswers.clear();
    }
};

SshSession::SshSession(SshInteraction *interaction)
    : d(std::make_unique<Private>())
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
    d->session.reset();
}

void SshSession::forgetSecrets()
{
    d->forget();
    m_acceptedKey.clear();
}

ssh_session_struct *SshSession::handle() const
{
    return d->session.get();
}

QString SshSession::errorString() const
{
    return d->session ? QString::fromUtf8(ssh_get_error(d->session.get())) : QString();
}

QString SshSession::serverBanner() const
{
    if (!isConnected())
        return {};
    return QString::fromUtf8(ssh_get_serverbanner(d->session.get()));
}

std::optional<QList<QByteArray>> SshSession::ask(const CredentialRequest &request)
{
    if (!m_interaction)
        return std::nullopt;
    return m_interaction->answer(request);
}

Result SshSession::connectToHost(const ConnectionProfile &profile)
{
    disconnect();
    SessionPtr session(ssh_new());
    if (!session)
        return Result::error(ErrorCode::Internal, Tr::tr("Could not create an SSH session."));
    ssh_session s = session.get();
    const QString hostOrAlias = profile.sshAlias.isEmpty() ? profile.host : profile.sshAlias;
    ssh_options_set(s, SSH_OPTIONS_HOST, hostOrAlias.toUtf8().constData());
    const QString configPath = profile.sshConfigFile.isEmpty() ? SshConfig::defaultPath()
                                                               : expandHome(profile.sshConfigFile);
    if (QFileInfo::exists(configPath))
        ssh_options_parse_config(s, configPath.toUtf8().constData());
    d->keyFiles.clear();
    if (!profile.identityFile.isEmpty())
        d->keyFiles.append(expandHome(profile.identityFile));
    d->keyFiles += SshConfig::forHost(hostOrAlias, configPath).identityFiles;
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
    if (!profile.jumpHosts.isEmpty()) {
        ssh_options_set(s, SSH_OPTIONS_PROXYJUMP,
                        profile.jumpHosts.join(QLatin1Char(',')).toUtf8().constData());
        // The hops check their host keys against the same file and use the same key file;
        // they log in with ssh-agent or that key (a jump host's key must be known already).
        d->jumpSettings.knownHosts = knownHosts.toUtf8();
        d->jumpSettings.identity = profile.identityFile.isEmpty()
            ? QByteArray()
            : expandHome(profile.identityFile).toUtf8();
        d->jumpSettings.custom = !profile.knownHostsFile.isEmpty();
        d->jumpCallbacks.clear();
        for (qsizetype i = 0; i < profile.jumpHosts.size(); ++i) {
            auto callbacks = std::make_unique<ssh_jump_callbacks_struct>();
            *callbacks = {};
            callbacks->userdata = &d->jumpSettings;
            callbacks->before_connection = prepareJumpSession;
            ssh_options_set(s, SSH_OPTIONS_PROXYJUMP_CB_LIST_APPEND, callbacks.get());
            d->jumpCallbacks.push_back(std::move(callbacks));
        }
    }
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

    if (ssh_connect(s) != SSH_OK) {
        const QString why = QString::fromUtf8(ssh_get_error(s));
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

    if (KnownHosts::isRevoked(m_hostKey.knownHostsFile, m_hostKey.type.toLatin1(), keyBase64)) {
        m_hostKey.status = HostKeyInfo::Status::Revoked;
        return Result::error(
            ErrorCode::HostKey,
            Tr::tr("The host key of %1 (%2 %3) is marked as revoked in %4. "
                   "Do not connect: ask the administrators for the current "
                   "key.")
                .arg(m_destination, m_hostKey.type, m_hostKey.sha256, m_hostKey.knownHostsFile));
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
        return Result::error(
            ErrorCode::HostKey,
            Tr::tr("Could not check the host key of %1 against %2: %3.")
                .arg(m_destination, m_hostKey.knownHostsFile, QString::fromUtf8(ssh_get_error(s))));
    }

    m_hostKey.status = HostKeyInfo::Status::Unknown;
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

Result SshSession::authenticate()
{
    ssh_session s = d->session.get();
    int rc = ssh_userauth_none(s, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return Result::ok();
    if (rc == SSH_AUTH_ERROR)
        return Result::error(ErrorCode::Network,
                             Tr::tr("The connection to %1 broke during login: %2.")
                                 .arg(m_destination, QString::fromUtf8(ssh_get_error(s))));
    const int methods = ssh_userauth_list(s, nullptr);

    QString keyProblem;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        // ssh-agent first, as OpenSSH does.
        if (qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
            rc = ssh_userauth_agent(s, nullptr);
            if (rc == SSH_AUTH_SUCCESS)
                return Result::ok();
        }
        // Then the key files: the profile's, those of its config block, the default ones.
        const QStringList candidates = d->keyFiles;
        for (const QString &path : std::as_const(candidates)) {
            if (!QFileInfo::exists(path))
                continue;
            const QByteArray pathBytes = QDir::toNativeSeparators(path).toUtf8();
            // Offer the public half first: only a key the server would take is unlocked.
            ssh_key rawPub = nullptr;
            const QByteArray pubPath = pathBytes + ".pub";
            if (ssh_pki_import_pubkey_file(pubPath.constData(), &rawPub) == SSH_OK) {
                const KeyPtr pub(rawPub);
                if (ssh_userauth_try_publickey(s, nullptr, pub.get()) != SSH_AUTH_SUCCESS)
                    continue;
            }
            ssh_key rawPriv = nullptr;
            // Without a passphrase first; the callback refuses at once, so that OpenSSL never
            // prompts on the terminal itself (it does for legacy PEM keys otherwise).
            rc = ssh_pki_import_privkey_file(pathBytes.constData(), nullptr, refusePassphrase,
                                             nullptr, &rawPriv);
            bool retry = false;
            for (int attempt = 0; rc != SSH_OK && attempt < 3; ++attempt) {
                QByteArray passphrase = d->passphrases.value(path);
                if (passphrase.isEmpty() || retry) {
                    CredentialRequest request;
                    request.kind = CredentialRequest::Kind::Passphrase;
                    request.destination = m_destination;
                    request.keyFile = path;
                    request.retry = retry;
                    request.prompts = {{Tr::tr("Passphrase for %1:").arg(path), false}};
                    std::optional<QList<QByteArray>> answer = ask(request);
                    if (!answer || answer->isEmpty()) {
                        keyProblem = Tr::tr("The key %1 needs its passphrase, and none was given.")
                                         .arg(path);
                        break;
                    }
                    passphrase = answer->first();
                    for (QByteArray &a : *answer)
                        wipe(a);
                }
                rc = ssh_pki_import_privkey_file(pathBytes.constData(), passphrase.constData(),
                                                 refusePassphrase, nullptr, &rawPriv);
                if (rc == SSH_OK) {
                    d->passphrases.insert(path, passphrase);
                } else {
                    d->passphrases.remove(path);
                    retry = true;
                    keyProblem = Tr::tr("The passphrase for the key %1 is wrong. Type it again, "
                                        "or check that this is the right key file.")
                                     .arg(path);
                }
                wipe(passphrase);
            }
            if (rc != SSH_OK)
                continue;
            keyProblem.clear();
            const KeyPtr priv(rawPriv);
            rc = ssh_userauth_publickey(s, nullptr, priv.get());
            if (rc == SSH_AUTH_SUCCESS)
                return Result::ok();
            if (rc == SSH_AUTH_PARTIAL)
                break; // the server wants a second factor too: go on below
        }
    }

    bool kbdintRefused = false;
    if (ssh_userauth_list(s, nullptr) & SSH_AUTH_METHOD_INTERACTIVE) {
        const Result r = authenticateKeyboardInteractive(&kbdintRefused);
        if (r.code() == ErrorCode::Cancelled && !keyProblem.isEmpty())
            return Result::error(ErrorCode::Authentication, keyProblem);
        if (r || r.code() != ErrorCode::Authentication || kbdintRefused)
            return r;
    }
    bool passwordRefused = false;
    if (ssh_userauth_list(s, nullptr) & SSH_AUTH_METHOD_PASSWORD) {
        const Result r = authenticatePassword(&passwordRefused);
        if (r.code() == ErrorCode::Cancelled && !keyProblem.isEmpty())
            return Result::error(ErrorCode::Authentication, keyProblem);
        if (r || passwordRefused || r.code() != ErrorCode::Authentication)
            return r;
    }
    if (!keyProblem.isEmpty())
        return Result::error(ErrorCode::Authentication, keyProblem);
    return Result::error(ErrorCode::Authentication,
                         Tr::tr("%1 accepted none of the ways to log in that were tried (key "
                                "files, ssh-agent, password). Check the user name and the key "
                                "file in the profile.")
                             .arg(m_destination));
}

Result SshSession::authenticateKeyboardInteractive(bool *triedAndFailed)
{
    ssh_session s = d->session.get();
    bool retry = false;
    bool askedOneTimeCode = false;
    for (int round = 0; round < 3; ++round) {
        int rc = ssh_userauth_kbdint(s, nullptr, nullptr);
        while (rc == SSH_AUTH_INFO) {
            const int n = ssh_userauth_kbdint_getnprompts(s);
            if (n <= 0) {
                rc = ssh_userauth_kbdint(s, nullptr, nullptr);
                continue;
            }
            CredentialRequest request;
            request.kind = CredentialRequest::Kind::KeyboardInteractive;
            request.destination = m_destination;
            request.name = QString::fromUtf8(ssh_userauth_kbdint_getname(s));
            request.instruction = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(s));
            request.retry = retry;
            QList<QByteArray> answers;
            bool allKnown = !retry;
            for (int i = 0; i < n; ++i) {
                char echo = 0;
                const QString text
                    = QString::fromUtf8(ssh_userauth_kbdint_getprompt(s, unsigned(i), &echo));
                request.prompts.append({text, echo != 0});
                askedOneTimeCode = askedOneTimeCode || (!echo && looksLikeOneTimePrompt(text));
                const auto cached = d->interactiveAnswers.constFind(text);
                if (cached != d->interactiveAnswers.cend() && !echo)
                    answers.append(*cached);
                else
                    allKnown = false;
            }
            if (!allKnown) {
                std::optional<QList<QByteArray>> given = ask(request);
                if (!given || given->size() != n)
                    return Result::error(ErrorCode::Cancelled,
                                         Tr::tr("Login to %1 was cancelled.").arg(m_destination));
                for (QByteArray &a : answers)
                    wipe(a);
                answers = *given;
                for (int i = 0; i < n; ++i) {
                    const CredentialRequest::Prompt &p = request.prompts.at(i);
                    if (!p.echo && isReusablePasswordPrompt(p.text))
                        d->interactiveAnswers.insert(p.text, answers.at(i));
                }
            }
            // libssh copies each answer; the buffers stay alive until after the call anyway.
            for (int i = 0; i < n; ++i) {
                answers[i].append('\0');
                ssh_userauth_kbdint_setanswer(s, unsigned(i), answers.at(i).constData());
            }
            rc = ssh_userauth_kbdint(s, nullptr, nullptr);
            for (QByteArray &a : answers)
                wipe(a);
        }
        if (rc == SSH_AUTH_SUCCESS)
            return Result::ok();
        if (rc == SSH_AUTH_ERROR)
            return Result::error(ErrorCode::Network,
                                 Tr::tr("The connection to %1 broke during login: %2.")
                                     .arg(m_destination, QString::fromUtf8(ssh_get_error(s))));
        if (rc == SSH_AUTH_PARTIAL)
            return authenticatePassword(triedAndFailed);
        // Denied: forget what was kept, and ask again.
        for (QByteArray &a : d->interactiveAnswers)
            wipe(a);
        d->interactiveAnswers.clear();
        *triedAndFailed = true;
        retry = true;
        if (!m_interaction)
            break;
    }
    if (askedOneTimeCode)
        return Result::error(ErrorCode::Authentication,
                             Tr::tr("%1 did not accept the password or the one-time code. "
                                    "Codes change every few seconds: wait for a new one, check "
                                    "that your device's clock is right, and try again.")
                                 .arg(m_destination));
    return Result::error(ErrorCode::Authentication,
                         Tr::tr("%1 did not accept the password. Check it (and the user name) "
                                "and try again.")
                             .arg(m_destination));
}

Result SshSession::authenticatePassword(bool *triedAndFailed)
{
    ssh_session s = d->session.get();
    bool retry = false;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QByteArray password = d->password;
        if (password.isEmpty() || retry) {
            CredentialRequest request;
            request.kind = CredentialRequest::Kind::Password;
            request.destination = m_destination;
            request.retry = retry;
            request.prompts = {{Tr::tr("Password for %1:").arg(m_destination), false}};
            std::optional<QList<QByteArray>> answer = ask(request);
            if (!answer || answer->isEmpty())
                return Result::error(ErrorCode::Cancelled,
                                     Tr::tr("Login to %1 was cancelled.").arg(m_destination));
            password = answer->first();
            for (QByteArray &a : *answer)
                wipe(a);
        }
        password.append('\0');
        const int rc = ssh_userauth_password(s, nullptr, password.constData());
        password.chop(1);
        if (rc == SSH_AUTH_SUCCESS) {
            wipe(d->password);
            d->password = password;
            return Result::ok();
        }
        wipe(password);
        wipe(d->password);
        if (rc == SSH_AUTH_ERROR)
            return Result::error(ErrorCode::Network,
                                 Tr::tr("The connection to %1 broke during login: %2.")
                                     .arg(m_destination, QString::fromUtf8(ssh_get_error(s))));
        *triedAndFailed = true;
        retry = true;
        if (!m_interaction)
            break;
    }
    return Result::error(ErrorCode::Authentication,
                         Tr::tr("%1 did not accept the password. Check it (and the user name) "
                                "and try again.")
                             .arg(m_destination));
}

Expected<CommandOutput> SshSession::run(const QByteArray &commandLine,
                                        const QByteArray &standardInput)
{
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
