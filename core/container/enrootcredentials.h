// Enroot's credentials file (`~/.config/enroot/.credentials`, netrc lines
// `machine HOST login USER password SECRET`) as a text model: read, add, change and remove
// entries while every other line stays byte for byte as it was. Secrets never reach a log.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Patagon::Container {

struct RegistryCredential
{
    QString machine;
    QString login;
    QString password; // a secret: never log it, never show it

    bool isValid() const { return !machine.isEmpty() && !login.isEmpty(); }
};

class EnrootCredentials
{
public:
    static QString defaultRelativePath() { return QStringLiteral(".config/enroot/.credentials"); }
    static QString ngcRegistry() { return QStringLiteral("nvcr.io"); }
    static QString ngcAuthHost() { return QStringLiteral("authn.nvidia.com"); }
    static QString ngcLogin() { return QStringLiteral("$oauthtoken"); }

    EnrootCredentials() = default;
    static EnrootCredentials fromText(const QByteArray &text);
    QByteArray toText() const;

    // The host Enroot looks up for a registry: no scheme, path or port; Docker Hub's aliases
    // become registry-1.docker.io. Empty when `registry` names no host.
    static QString canonicalHost(const QString &registry);

    // Entries in file order (one `machine` line each; lines Enroot cannot use are not entries).
    QList<RegistryCredential> entries() const;
    // The first entry for this registry (after canonicalHost()), as Enroot picks it.
    std::optional<RegistryCredential> find(const QString &registry) const;
    // Lines Enroot ignores, each explained (e.g. a line for docker.io).
    QStringList warnings() const;

    // Adds a line, or changes the first line for this host in place. NVIDIA NGC (nvcr.io) gets
    // both of its lines, login $oauthtoken, with the API key as password.
    [[nodiscard]] Result setCredential(const QString &registry, const QString &login,
                                       const QString &password);
    // Removes every line for this host (both NGC lines for nvcr.io). False when there was none.
    bool remove(const QString &registry);

private:
    struct Line
    {
        QByteArray raw; // exactly as read, without the line break
        std::optional<RegistryCredential> entry; // parsed single-line netrc entry
    };

    Result setOne(const QString &host, const QString &login, const QString &password);
    static QByteArray format(const RegistryCredential &c);

    QList<Line> m_lines;
    bool m_endsWithNewline = true;
};

} // namespace Patagon::Container
