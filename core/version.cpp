// Version information of the app and of the libraries it was built with.
#include "core/version.h"

#include <QtGlobal>

#include <libssh/libssh.h>

namespace Patagon {

QString appVersion()
{
    return QStringLiteral(PATAGON_VERSION);
}

QString libsshVersion()
{
    return QString::fromLatin1(ssh_version(0)).section(QLatin1Char('/'), 0, 0);
}

QString versionReport()
{
    return QStringLiteral("Patagon Studio %1\nQt %2 (built with %3)\nlibssh %4\n")
        .arg(appVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             libsshVersion());
}

} // namespace Patagon
