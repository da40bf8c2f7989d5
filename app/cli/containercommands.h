// The container and package subcommands, on the same core as the Containers and Packages pages:
//   containers probe|list|create NAME IMAGE|remove NAME
//   packages install NAME [--pip PKG...] [--apt PKG...] [-r FILE]
//   packages manifest NAME [--json]
//   packages replay NAME --onto OTHER
// each with `--profile NAME` (default: the profile used last, else "sandbox").
#pragma once

#include <QStringList>

namespace Patagon::Cli {

// arguments: what follows `containers` / `packages`. Each returns the exit status
// (0 done, 1 failed, 2 usage).
int runContainersCommand(const QStringList &arguments);
int runPackagesCommand(const QStringList &arguments);

} // namespace Patagon::Cli
