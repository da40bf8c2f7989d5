// The srun argv of an interactive shell in a named container.
#include "core/container/containershell.h"

#include "core/container/pyxiscommand.h"
#include "core/tr.h"

namespace Patagon::Container {

Expected<QStringList> shellArguments(const ShellRequest &request)
{
    if (request.container.isEmpty())
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("Name the container to open a shell in."));
    if (request.node.isEmpty())
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("The node that holds the container \"%1\" is not known. List "
                                    "the containers first, or name the node.")
                                 .arg(request.container));
    PyxisOptions options;
    options.name = request.container;
    // No ":exec" flag: Pyxis before 0.12 would take it for part of the name. Pinned to its
    // node, the container exists there.
    if (request.remapRoot)
        options.remapRoot = true;
    JobResources resources;
    resources.partition = request.partition;
    resources.nodeList = request.node;
    resources.nodes = 1;
    resources.ntasks = 1;
    resources.jobName = QString::fromLatin1(kShellJobName);
    resources.pty = true;
    return Pyxis::srunArguments(options, resources,
                                request.program.isEmpty() ? QStringList {QStringLiteral("bash")}
                                                          : request.program);
}

} // namespace Patagon::Container
