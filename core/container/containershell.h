// An interactive shell in a named container, as the Patagon tutorial opens one by hand:
// `srun --container-name=NAME --nodelist=NODE -p PARTITION --pty bash`. The container lives on
// the node that made it, so the step is pinned there. The argv goes to
// RemoteHost::openTerminal; closing the terminal ends the step (and frees the node).
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace Patagon::Container {

struct ShellRequest
{
    QString container; // the named container
    QString node; // where it lives (required: a shell elsewhere would make a new, empty one)
    QString partition; // empty: the cluster's default
    bool remapRoot = false; // --container-remap-root (apt as root)
    QStringList program; // empty: bash
};

// The job name of shell steps, so the Jobs page and `jobs` can tell them apart.
inline constexpr const char *kShellJobName = "patagon-shell";

Expected<QStringList> shellArguments(const ShellRequest &request);

} // namespace Patagon::Container
