// OpenSSH known_hosts files: reading what libssh does not tell (the line of an entry, so a
// warning can name it, and @revoked markers), and writing accepted keys as OpenSSH does.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Patagon::KnownHosts {

// "host" for port 22, else "[host]:port": how OpenSSH writes a host in known_hosts.
QString hostPattern(const QString &host, int port);

// True when `hostField` (a known_hosts first field: comma-separated names or patterns, or a
// hashed "|1|salt|hash") names `host`.
bool fieldMatches(const QByteArray &hostField, const QString &host);

// 1-based line of the first entry for `host` whose key type is `keyType` (any type when
// empty), or 0.
int findEntryLine(const QString &file, const QString &host, const QString &keyType = QString());

// True when the file marks this key (type and base64 blob) @revoked.
bool isRevoked(const QString &file, const QByteArray &keyType, const QByteArray &keyBase64);
// The first of `files` (the user's known_hosts, then the global one) that marks this key
// @revoked, or an empty string. Empty and missing files are skipped.
QString revokedIn(const QStringList &files, const QByteArray &keyType, const QByteArray &keyBase64);

// Where the first of `files` holds a @cert-authority line for `host` ("FILE, line N"), or an
// empty string. OpenSSH accepts a host certificate signed by such an authority; libssh 0.11
// negotiates no certificate host-key types, so the app can only say that the site vouches for
// its hosts that way while the server shows its plain key.
QString certAuthorityIn(const QStringList &files, const QString &host);
// What to tell the user about such a line (`where`: certAuthorityIn's answer), or "" if none.
QString certAuthorityNote(const QString &where);
// Appends an entry for `host` (a hostPattern()) as OpenSSH writes one: the folder created
// private (0700) when missing, the file 0600 when new, a line break added first when the file
// does not end with one, and the host hashed (|1|salt|hash) when `hash` is set or the file
// already holds hashed entries.
Result appendEntry(const QString &file, const QString &host, const QByteArray &keyType,
                   const QByteArray &keyBase64, bool hash);

} // namespace Patagon::KnownHosts
