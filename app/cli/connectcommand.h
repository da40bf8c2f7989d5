// `patagon-studio connect --profile NAME`: log in (asking on the terminal), print the server's
// banner and a summary of the cluster's partitions.
#pragma once

#include <QStringList>

namespace Patagon::Cli {

// arguments: what follows "connect". Returns the exit status.
int runConnectCommand(const QStringList &arguments);

} // namespace Patagon::Cli
