// A named container on the sandbox's compute node, made the tutorial's way
// (`srun -p cpu -w NODE --container-image=IMAGE --container-name=NAME true`), for the tests
// that need one to exist.
#pragma once

#include "core/container/pyxiscommand.h"
#include "sandboxenv.h"
#include "sshpair.h"

namespace Patagon::Testing {

[[nodiscard]] inline bool makeNamedContainer(SshPair &ssh, const SandboxEnv &env,
                                             const QString &name,
                                             const QString &image = QStringLiteral("python"))
{
    Container::PyxisOptions o;
    o.image = image;
    o.name = name;
    Container::JobResources j;
    j.partition = QStringLiteral("cpu");
    j.nodeList = env.node();
    const Expected<QStringList> import
        = Container::Pyxis::srunArguments(o, j, {QStringLiteral("true")});
    if (!import)
        return false;
    const Expected<CommandOutput> r = ssh.runAndWait(*import);
    return r && r->succeeded();
}

} // namespace Patagon::Testing
