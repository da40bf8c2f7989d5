// Reading OpenSSH known_hosts files for what libssh does not tell: the line of an entry
// (so a warning can name it) and @revoked markers.
#pragma once

#include <QByteArray>
#include <QString>

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

} // namespace Patagon::KnownHosts
