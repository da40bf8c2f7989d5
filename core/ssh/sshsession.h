// A blocking libssh session: host-key verification, authentication in OpenSSH's order, and
// short commands. It lives on the one worker thread that owns the connection (see
// Connection); nothing here may run on the GUI thread.
#pragma once

#include "core/profiles/connectionprofile.h"
#include "core/result.h"
#include "core/secretbytes.h"
#include "core/ssh/sshtypes.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

struct ssh_session_struct;

namespace Patagon {

// What the session needs from a person. Called on the worker thread, and may block there
// until the person answered (the GUI answers through dialogs, the CLI on the terminal).
class SshInteraction
{
public:
    virtual ~SshInteraction() = default;
    // Only for keys that are not known yet; known, changed and revoked keys are decided by
    // the session itself.
    virtual HostKeyDecision decideHostKey(const HostKeyInfo &key) = 0;
    // One answer per prompt; std::nullopt when the person cancelled.
    virtual std::optional<SecretList> answer(const CredentialRequest &request) = 0;
};

class SshSession
{
public:
    // `interaction` may be null: then nothing can be asked, and what needs asking fails.
    explicit SshSession(SshInteraction *interaction = nullptr);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects and authenticates: none, ssh-agent, key files (asking for passphrases),
    // keyboard-interactive (any number of prompts), password. Secrets given once are kept in
    // memory for reconnecting; one-time codes are not.
    // Jump hosts (the profile's, else the ProxyJump of its config block) are logged into
    // first, each the same way, with the same prompts.
    Result connectToHost(const ConnectionProfile &profile);
    // As a jump host on the way to another: over `socket` (the previous hop's forwarding,
    // which the session takes over) or, when it is -1, directly; no jump hosts of its own.
    Result connectAsJumpHost(const ConnectionProfile &profile, int socket);
    // Opens a channel to host:port and forwards it, on a thread of its own, to a socket
    // that it returns for the next session to take. After this only disconnect() may be
    // called.
    Expected<int> openTunnel(const QString &host, int port);
    void disconnect();
    bool isConnected() const;
    // Forgets every secret kept for reconnecting (overwriting the memory).
    void forgetSecrets();

    HostKeyInfo hostKey() const { return m_hostKey; }
    QString serverBanner() const;
    QString destination() const { return m_destination; }

    // The libssh session, for the worker's channels and SFTP. Null when not connected.
    ssh_session_struct *handle() const;
    QString errorString() const;

    // Runs `commandLine` (a finished line for the login shell) and waits for it to end. For
    // the worker's own short housekeeping (kill) only: commands go through Connection::run.
    // Gives up with ErrorCode::Timeout after `timeoutMs` (negative: no limit).
    Expected<CommandOutput> run(const QByteArray &commandLine, const QByteArray &standardInput = {},
                                int timeoutMs = -1);

private:
    Result open(const ConnectionProfile &profile, int socket, bool jumpHost);
    Result verifyHostKey(const ConnectionProfile &profile);
    Result authenticate();
    Result authenticateKeyboardInteractive(bool *triedAndFailed);
    Result authenticatePassword(bool *triedAndFailed);
    std::optional<SecretList> ask(const CredentialRequest &request);

    struct Private;
    std::unique_ptr<Private> d;
    SshInteraction *m_interaction;
    HostKeyInfo m_hostKey;
    QString m_destination;
    bool m_jumpHost = false; // a hop on the way, not the cluster
    // The key (type and base64) the user trusted for this profile's connection without
    // saving it: automatic reconnects take that same key without asking again.
    QByteArray m_acceptedKey;
};

} // namespace Patagon
