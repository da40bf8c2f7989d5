// The job subcommands: `submit FILE`, `jobs [--json]`, `cancel ID...`, `logs ID [-f]`, each
// with `--profile NAME` (default: the profile used last, else "sandbox").
#pragma once

#include <QStringList>

namespace Patagon::Cli {

// arguments: what follows the subcommand's name. Each returns the exit status.
int runSubmitCommand(const QStringList &arguments);
int runJobsCommand(const QStringList &arguments);
int runCancelCommand(const QStringList &arguments);
int runLogsCommand(const QStringList &arguments);

} // namespace Patagon::Cli
