// Enroot's credentials file as a text model; see enrootcredentials.h.
#include "core/container/enrootcredentials.h"

#include "core/container/imagereference.h"
#include "core/tr.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCredentials, "patagon.core.container.credentials")

namespace Patagon::Container {

namespace {

bool isNgcHost(const QString &host)
{
    return host == EnrootCredentials::ngcRegistry() || host == EnrootCredentials::ngcAuthHost();
}

bool hasSpaceOrControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// One netrc entry on one line: `machine H login L password P` (pairs after `machine` in any
// order). Anything else (comments, `default`, entries split over lines) is not an entry.
std::optional<RegistryCredential> parseLine(const QByteArray &raw)
{
    const QList<QByteArray> tokens = raw.simplified().split(' ');
    if (tokens.size() < 6 || tokens.size() % 2 != 0 || tokens.first() != "machine")
        return std::nullopt;
    RegistryCredential c;
    for (qsizetype i = 0; i + 1 < tokens.size(); i += 2) {
        const QString value = QString::fromUtf8(tokens.at(i + 1));
        if (tokens.at(i) == "machine" && i == 0)
            c.machine = value;
        else if (tokens.at(i) == "login" && c.login.isEmpty())
            c.login = value;
        else if (tokens.at(i) == "password" && c.password.isEmpty())
            c.password = value;
        else
            return std::nullopt;
    }
    if (!c.isValid() || c.password.isEmpty())
        return std::nullopt;
    return c;
}

} // namespace

EnrootCredentials EnrootCredentials::fromText(const QByteArray &text)
{
    EnrootCredentials c;
    if (text.isEmpty())
        return c;
    QList<QByteArray> lines = text.split('\n');
    c.m_endsWithNewline = text.endsWith('\n');
    if (c.m_endsWithNewline)
        lines.removeLast();
    for (const QByteArray &raw : std::as_const(lines))
        c.m_lines.append({raw, parseLine(raw)});
    return c;
}

QByteArray EnrootCredentials::toText() const
{
    QByteArray text;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        text += m_lines.at(i).raw;
        if (i + 1 < m_lines.size() || m_endsWithNewline)
            text += '\n';
    }
    return text;
}

QString EnrootCredentials::canonicalHost(const QString &registry)
{
    QString host = registry.trimmed();
    const qsizetype scheme = host.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        host = host.mid(scheme + 3);
    host = host.section(u'/', 0, 0).section(u'#', 0, 0);
    if (host.contains(u'@'))
        host = host.section(u'@', -1);
    const qsizetype colon = host.lastIndexOf(u':');
    if (colon >= 0)
        host = host.left(colon);
    host = host.toLower();
    if (host.isEmpty() || hasSpaceOrControl(host))
        return {};
    if (host == QLatin1String("hub.docker.com"))
        return ImageReference::dockerHubRegistry();
    return ImageReference::canonicalRegistry(host);
}

QList<RegistryCredential> EnrootCredentials::entries() const
{
    QList<RegistryCredential> list;
    for (const Line &line : m_lines) {
        if (line.entry)
            list.append(*line.entry);
    }
    return list;
}

std::optional<RegistryCredential> EnrootCredentials::find(const QString &registry) const
{
    const QString host = canonicalHost(registry);
    for (const Line &line : m_lines) {
        if (line.entry && line.entry->machine == host)
            return line.entry;
    }
    return std::nullopt;
}

QStringList EnrootCredentials::warnings() const
{
    QStringList list;
    bool ngc = false;
    bool authn = false;
    for (const Line &line : m_lines) {
        if (!line.entry)
            continue;
        const QString &machine = line.entry->machine;
        const QString canonical = canonicalHost(machine);
        ngc |= machine == ngcRegistry();
        authn |= machine == ngcAuthHost();
        if (canonical == ImageReference::dockerHubRegistry() && machine != canonical)
            list << Tr::tr("Enroot ignores the line for \"%1\": Docker Hub's credentials must be "
                           "under registry-1.docker.io.")
                        .arg(machine);
        else if (!canonical.isEmpty() && machine != canonical)
            list << Tr::tr("Enroot looks up \"%1\" as \"%2\": the line for \"%1\" is never used.")
                        .arg(machine, canonical);
    }
    if (ngc != authn)
        list << Tr::tr(
            "NVIDIA NGC needs two lines, for nvcr.io and for authn.nvidia.com, both with "
            "login $oauthtoken and the API key as password; one of them is missing.");
    return list;
}

QByteArray EnrootCredentials::format(const RegistryCredential &c)
{
    return "machine " + c.machine.toUtf8() + " login " + c.login.toUtf8() + " password "
        + c.password.toUtf8();
}

Result EnrootCredentials::setOne(const QString &host, const QString &login, const QString &password)
{
    const RegistryCredential entry {host, login, password};
    for (Line &line : m_lines) {
        if (line.entry && line.entry->machine == host) {
            line.raw = format(entry);
            line.entry = entry;
            qCInfo(lcCredentials, "changed the credentials for %s (login %s)", qPrintable(host),
                   qPrintable(login));
            return Result::ok();
        }
    }
    if (!m_lines.isEmpty())
        m_endsWithNewline = true; // the last line gets its line break, then the new line
    m_lines.append({format(entry), entry});
    m_endsWithNewline = true;
    qCInfo(lcCredentials, "added credentials for %s (login %s)", qPrintable(host),
           qPrintable(login));
    return Result::ok();
}

Result EnrootCredentials::setCredential(const QString &registry, const QString &login,
                                        const QString &password)
{
    const QString host = canonicalHost(registry);
    if (host.isEmpty())
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("\"%1\" is not a registry host name.").arg(registry));
    if (password.isEmpty())
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("Enter the password or access token for %1.").arg(host));
    // The message never quotes the secret.
    if (hasSpaceOrControl(password))
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("The password for %1 contains a space or a control character, "
                                    "which the credentials file cannot hold.")
                                 .arg(host));
    if (password.startsWith(u'$'))
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("The password for %1 starts with \"$\": Enroot would run it as "
                                    "a command instead of using it.")
                                 .arg(host));
    if (isNgcHost(host)) {
        if (!login.isEmpty() && login != ngcLogin())
            return Result::error(ErrorCode::InvalidInput,
                                 Tr::tr("NVIDIA NGC logins are always $oauthtoken; enter your NGC "
                                        "API key as the password."));
        if (auto r = setOne(ngcRegistry(), ngcLogin(), password); !r)
            return r;
        return setOne(ngcAuthHost(), ngcLogin(), password);
    }
    if (login.isEmpty())
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("Enter the user name for %1.").arg(host));
    if (hasSpaceOrControl(login))
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("The user name \"%1\" contains a space or a control character, "
                                    "which the credentials file cannot hold.")
                                 .arg(login.simplified()));
    return setOne(host, login, password);
}

bool EnrootCredentials::remove(const QString &registry)
{
    const QString host = canonicalHost(registry);
    if (host.isEmpty())
        return false;
    const qsizetype before = m_lines.size();
    m_lines.removeIf([&host](const Line &line) {
        if (!line.entry)
            return false;
        const QString machine = canonicalHost(line.entry->machine);
        return isNgcHost(host) ? isNgcHost(machine) : machine == host;
    });
    const bool removed = m_lines.size() != before;
    if (removed)
        qCInfo(lcCredentials, "removed the credentials for %s", qPrintable(host));
    return removed;
}

} // namespace Patagon::Container
