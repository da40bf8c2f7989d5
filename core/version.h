// Version information of the app and of the libraries it was built with.
#pragma once

#include <QString>

namespace Patagon {

QString appVersion();
// "Patagon Studio 0.1.0" plus Qt and libssh versions, one per line, for --version and About.
QString versionReport();
QString libsshVersion();

} // namespace Patagon
