// Reading OpenSSH known_hosts files for what libssh does not tell.
#include "core/ssh/knownhosts.h"

#include "core/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Patagon::KnownHosts {

QString hostPattern(const QString &host, int port)
{
    if (port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

namespace {
bool patternMatches(const QString &pattern, const QString &host)
{
    if (!pattern.contains(QLatin1Char('*')) && !pattern.contains(QLatin1Char('?')))
        return pattern.compare(host, Qt::CaseInsensitive) == 0;
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(host).hasMatch();
}

// Splits a known_hosts line into its fields, skipping an optional @marker.
QList<QByteArray> fields(const QByteArray &line, QByteArray *marker = nullptr)
{
    QList<QByteArray> parts = line.simplified().split(' ');
    if (!parts.isEmpty() && parts.first().startsWith('@')) {
        if (marker)
            *marker = parts.first();
        parts.removeFirst();
    }
    return parts;
}
} // namespace

bool fieldMatches(const QByteArray &hostField, const QString &host)
{
    if (hostField.startsWith("|1|")) {
        const QList<QByteArray> parts = hostField.split('|');
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts.at(2));
        const QByteArray hash
            = QMessageAuthenticationCode::hash(host.toUtf8(), salt, QCryptographicHash::Sha1);
        return hash == QByteArray::fromBase64(parts.at(3));
    }
    bool matched = false;
    for (const QByteArray &raw : hostField.split(',')) {
        QString pattern = QString::fromUtf8(raw);
        const bool negated = pattern.startsWith(QLatin1Char('!'));
        if (negated)
            pattern.remove(0, 1);
        if (patternMatches(pattern, host)) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}

int findEntryLine(const QString &file, const QString &host, const QString &keyType)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    int lineNumber = 0;
    while (!f.atEnd()) {
        ++lineNumber;
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QByteArray marker;
        const QList<QByteArray> parts = fields(line, &marker);
        if (parts.size() < 3 || !marker.isEmpty())
            continue;
        if (!keyType.isEmpty() && parts.at(1) != keyType.toLatin1())
            continue;
        if (fieldMatches(parts.at(0), host))
            return lineNumber;
    }
    return 0;
}

bool isRevoked(const QString &file, const QByteArray &keyType, const QByteArray &keyBase64)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    while (!f.atEnd()) {
        QByteArray marker;
        const QList<QByteArray> parts = fields(f.readLine().trimmed(), &marker);
        if (marker == "@revoked" && parts.size() >= 3 && parts.at(1) == keyType
            && parts.at(2) == keyBase64)
            return true;
    }
    return false;
}

QString revokedIn(const QStringList &files, const QByteArray &keyType, const QByteArray &keyBase64)
{
    for (const QString &file : files) {
        if (!file.isEmpty() && isRevoked(file, keyType, keyBase64))
            return file;
    }
    return {};
}

QString certAuthorityIn(const QStringList &files, const QString &host)
{
    for (const QString &file : files) {
        QFile f(file);
        if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
            continue;
        for (int line = 1; !f.atEnd(); ++line) {
            QByteArray marker;
            const QList<QByteArray> parts = fields(f.readLine().trimmed(), &marker);
            if (marker == "@cert-authority" && parts.size() >= 3 && fieldMatches(parts.at(0), host))
                return Tr::tr("%1, line %2").arg(file).arg(line);
        }
    }
    return {};
}

QString certAuthorityNote(const QString &where)
{
    if (where.isEmpty())
        return {};
    return Tr::tr("Your known_hosts trusts a certificate authority for this host (%1). "
                  "Patagon Studio cannot check host certificates (its SSH library, libssh, does "
                  "not offer them), so the server showed its plain key instead: compare its "
                  "fingerprint as usual before you trust it.")
        .arg(where);
}

Result appendEntry(const QString &file, const QString &host, const QByteArray &keyType,
                   const QByteArray &keyBase64, bool hash)
{
    const auto failed = [&file](const QString &why) {
        return Result::error(ErrorCode::Io,
                             Tr::tr("Could not record the host key in %1: %2. "
                                    "Check that you may write that file.")
                                 .arg(file, why));
    };
    const QFileInfo info(file);
    if (!info.dir().exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return failed(Tr::tr("the folder could not be created"));
        QFile::setPermissions(info.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile f(file);
    const bool existed = f.exists();
    if (!f.open(QIODevice::ReadWrite))
        return failed(f.errorString());
    if (!existed)
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray old = f.readAll();
    hash = hash || old.startsWith("|1|") || old.contains("\n|1|");
    QByteArray field = host.toUtf8();
    if (hash) {
        QByteArray salt(20, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 5);
        field = "|1|" + salt.toBase64() + '|'
            + QMessageAuthenticationCode::hash(host.toUtf8(), salt, QCryptographicHash::Sha1)
                  .toBase64();
    }
    QByteArray line = field + ' ' + keyType + ' ' + keyBase64 + '\n';
    if (!old.isEmpty() && !old.endsWith('\n'))
        line.prepend('\n');
    if (f.write(line) != line.size() || !f.flush())
        return failed(f.errorString());
    return Result::ok();
}

} // namespace Patagon::KnownHosts
