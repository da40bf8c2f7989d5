// `patagon-studio shell`: a terminal session on the cluster in the user's own terminal.
#pragma once

#include <QStringList>

namespace Patagon::Cli {

int runShellCommand(const QStringList &arguments);

} // namespace Patagon::Cli
