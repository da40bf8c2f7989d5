// Value types that cross between the SSH worker thread and the rest of the app.
#pragma once

#include "core/processtypes.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Patagon {

// The server's host key and what the known_hosts file says about it.
struct HostKeyInfo
{
    enum class Status
    {
        Known, // recorded and matching
        Unknown, // the host has no entry yet
        Changed, // the host has an entry with another key of the same type
        OtherType, // the host has entries, but only of other key types
        Revoked, // the key is marked @revoked in known_hosts
        Error,
    };

    QString host; // as written in known_hosts: "host" or "[host]:port"
    QString type; // "ssh-ed25519", ...
    QString sha256; // "SHA256:..." as OpenSSH prints it
    Status status = Status::Error;
    QString knownHostsFile; // the file that was checked (and will be written)
    int knownHostsLine = 0; // 1-based line of the conflicting entry, 0 if none
    bool jumpHost = false; // the key of a jump host on the way, not the cluster's
    // "FILE, line N" of a @cert-authority line for this host (Unknown keys only): the site
    // vouches for its hosts with certificates, which the app cannot check (see KnownHosts).
    QString certAuthority;

    bool isValid() const { return !sha256.isEmpty(); }
};

enum class HostKeyDecision
{
    Reject,
    AcceptOnce, // for this connection only
    AcceptAndSave, // and write it to known_hosts
};

// Something the server (or a key file) asks the user for.
struct CredentialRequest
{
    enum class Kind
    {
        Password,
        Passphrase, // of a private key file
        KeyboardInteractive, // any number of prompts: password, OTP, Duo, ...
    };
    struct Prompt
    {
        QString text;
        bool echo = false; // true: the answer may be shown while typed (not a secret)
    };

    Kind kind = Kind::Password;
    QString destination; // user@host:port
    QString keyFile; // for Passphrase
    QString name; // keyboard-interactive name and instruction, as the server sent them
    QString instruction;
    QList<Prompt> prompts;
    bool retry = false; // an earlier answer to the same question was refused
    bool jumpHost = false; // asked for a jump host on the way (destination), not the cluster

    // Whether the answer to prompt `index` is a reusable secret (a password or passphrase,
    // worth remembering) rather than a one-time code.
    bool isReusableSecret(int index) const;
};

} // namespace Patagon

Q_DECLARE_METATYPE(Patagon::HostKeyInfo)
Q_DECLARE_METATYPE(Patagon::CredentialRequest)
