// A saved way to reach a cluster: where the login node is, who the user is, how to get there.
#include "core/profiles/connectionprofile.h"

#include <QSettings>

namespace Patagon {

namespace {
// Keys inside one profile's group (QSettings or a drop-in .ini file).
constexpr char kName[] = "name";
constexpr char kAlias[] = "sshAlias";
constexpr char kHost[] = "host";
constexpr char kPort[] = "port";
constexpr char kUser[] = "user";
constexpr char kIdentity[] = "identityFile";
constexpr char kKnownHosts[] = "knownHostsFile";
constexpr char kJump[] = "jumpHosts";
constexpr char kSshConfig[] = "sshConfigFile";
constexpr char kTimeout[] = "connectTimeoutSeconds";
constexpr char kCpuPartition[] = "cpuPartition";
constexpr char kGpuPartition[] = "gpuPartition";
constexpr char kGpuGres[] = "gpuGres";
} // namespace

QString ConnectionProfile::destination() const
{
    if (host.isEmpty())
        return sshAlias;
    QString d = user.isEmpty() ? host : user + QLatin1Char('@') + host;
    if (port != 22)
        d += QLatin1Char(':') + QString::number(port);
    return d;
}

void ConnectionProfile::save(QSettings &s) const
{
    s.setValue(QLatin1String(kName), name);
    s.setValue(QLatin1String(kAlias), sshAlias);
    s.setValue(QLatin1String(kHost), host);
    s.setValue(QLatin1String(kPort), port);
    s.setValue(QLatin1String(kUser), user);
    s.setValue(QLatin1String(kIdentity), identityFile);
    s.setValue(QLatin1String(kKnownHosts), knownHostsFile);
    s.setValue(QLatin1String(kJump), jumpHosts);
    s.setValue(QLatin1String(kSshConfig), sshConfigFile);
    s.setValue(QLatin1String(kTimeout), connectTimeoutSeconds);
    s.setValue(QLatin1String(kCpuPartition), cpuPartition);
    s.setValue(QLatin1String(kGpuPartition), gpuPartition);
    s.setValue(QLatin1String(kGpuGres), gpuGres);
}

ConnectionProfile ConnectionProfile::load(const QSettings &s)
{
    ConnectionProfile p;
    p.name = s.value(QLatin1String(kName)).toString();
    p.sshAlias = s.value(QLatin1String(kAlias)).toString();
    p.host = s.value(QLatin1String(kHost)).toString();
    p.port = s.value(QLatin1String(kPort), 22).toInt();
    if (p.port <= 0 || p.port > 65535)
        p.port = 22;
    p.user = s.value(QLatin1String(kUser)).toString();
    p.identityFile = s.value(QLatin1String(kIdentity)).toString();
    p.knownHostsFile = s.value(QLatin1String(kKnownHosts)).toString();
    p.jumpHosts = s.value(QLatin1String(kJump)).toStringList();
    p.sshConfigFile = s.value(QLatin1String(kSshConfig)).toString();
    p.connectTimeoutSeconds = qBound(1, s.value(QLatin1String(kTimeout), 20).toInt(), 600);
    p.cpuPartition = s.value(QLatin1String(kCpuPartition), p.cpuPartition).toString();
    p.gpuPartition = s.value(QLatin1String(kGpuPartition), p.gpuPartition).toString();
    p.gpuGres = s.value(QLatin1String(kGpuGres), p.gpuGres).toString();
    return p;
}

ConnectionProfile ConnectionProfile::patagonPreset()
{
    ConnectionProfile p;
    p.name = QStringLiteral("patagon");
    p.host = QStringLiteral("patagon.uach.cl");
    p.origin = Origin::Preset;
    return p;
}

bool ConnectionProfile::operator==(const ConnectionProfile &o) const
{
    return name == o.name && sshAlias == o.sshAlias && host == o.host && port == o.port
        && user == o.user && identityFile == o.identityFile && knownHostsFile == o.knownHostsFile
        && jumpHosts == o.jumpHosts && sshConfigFile == o.sshConfigFile
        && connectTimeoutSeconds == o.connectTimeoutSeconds && cpuPartition == o.cpuPartition
        && gpuPartition == o.gpuPartition && gpuGres == o.gpuGres && origin == o.origin;
}

} // namespace Patagon
