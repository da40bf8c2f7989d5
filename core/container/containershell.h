// An interactive shell in a named container, as the Patagon tutorial opens one by hand:
// `srun --container-name=NAME --nodelist=NODE -p PARTITION --pty bash`. The container lives on
// the node that made it, so the step is pinned there. The argv goes to
// RemoteHost::openTerminal; closing the terminal ends the step (and frees the node).
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace Patagon {
class RemoteHost;
}

namespace Patagon::Container {

struct ShellRequest
{
    QString container; // the named container
    QString node; // where it lives (required: a shell elsewhere would make a new, empty one)
    QString partition; // empty: the cluster's default
    bool remapRoot = false; // --container-remap-root (apt as root)
    QStringList program; // empty: bash
    QString jobName; // empty: kShellJobName; a name of its own lets endShellStep find it
};

// The job name of shell steps, so the Jobs page and `jobs` can tell them apart.
inline constexpr const char *kShellJobName = "patagon-shell";

Expected<QStringList> shellArguments(const ShellRequest &request);

// A job name of its own for one shell: kShellJobName plus a random suffix.
QString uniqueShellJobName();

// After a shell's terminal hung up its step should be gone: a moment later this looks for the
// job `jobName` with squeue and cancels what is still there (a step that ignored the hang-up).
// `done` gets how many it had to cancel, or why it could not look. `context` owns the check.
void endShellStep(RemoteHost *host, const QString &jobName, QObject *context,
                  std::function<void(const Expected<int> &)> done, int delayMs = 3000);

} // namespace Patagon::Container
