// The training subcommands, on the same core as the Train page: `train` (deploy, build, submit,
// and with --follow watch to the end) and `runs list|show` (the runs database).
#pragma once

#include <QStringList>

namespace Patagon::Cli {

// arguments: what follows the subcommand's name. Each returns the exit status.
int runTrainCommand(const QStringList &arguments);
int runRunsCommand(const QStringList &arguments);

} // namespace Patagon::Cli
