// A saved way to reach a cluster: where the login node is, who the user is, how to get there,
// and the cluster's partition names. Holds no secret.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

class QSettings;

namespace Patagon {

struct ConnectionProfile
{
    enum class Origin
    {
        User, // created by the user, stored in QSettings
        Preset, // shipped with the app (Patagon)
        DropIn, // a file in the profiles folder (the sandbox writes one)
    };

    QString name;
    QString sshAlias; // a Host of ~/.ssh/config; when set, it supplies what is left empty here
    QString host;
    int port = 22;
    QString user;
    QString identityFile;
    QString knownHostsFile; // empty: ~/.ssh/known_hosts
    QStringList jumpHosts; // [user@]host[:port], outermost first
    QString sshConfigFile; // empty: ~/.ssh/config
    int connectTimeoutSeconds = 20;
    QString cpuPartition = QStringLiteral("cpu");
    QString gpuPartition = QStringLiteral("gpu");
    QString gpuGres = QStringLiteral("gpu:A100:1");
    Origin origin = Origin::User;

    bool isValid() const { return !name.isEmpty() && (!host.isEmpty() || !sshAlias.isEmpty()); }
    // "user@host:port", or the alias, for display.
    QString destination() const;

    void save(QSettings &settings) const;
    static ConnectionProfile load(const QSettings &settings);

    static ConnectionProfile patagonPreset();

    bool operator==(const ConnectionProfile &other) const;
    bool operator!=(const ConnectionProfile &other) const { return !(*this == other); }
};

} // namespace Patagon

Q_DECLARE_METATYPE(Patagon::ConnectionProfile)
