// ContainerService: recording an install typed in a container shell.
#include "core/container/containerservice.h"

#include "core/tr.h"

#include <QDateTime>

namespace Patagon::Container {

Result ContainerService::recordTypedInstall(const QString &container, const QString &node,
                                            const Packages::TypedInstall &install)
{
    if (auto r = validateName(container); !r)
        return r;
    if (!install.step.isValid())
        return Result::error(ErrorCode::InvalidInput,
                             Tr::tr("The command names no package to record."));
    Packages::PackageManifest manifest = loadManifest(container);
    if (manifest.node.isEmpty())
        manifest.node = node;
    Packages::ManifestEntry entry;
    entry.kind = install.step.kind;
    entry.packages = install.step.packages;
    entry.started = entry.finished = QDateTime::currentDateTimeUtc();
    entry.exitStatus = 0;
    entry.node = node;
    entry.typedCommand = install.command;
    manifest.entries << entry;
    if (Result saved = saveManifest(manifest); !saved)
        return saved;
    emit manifestChanged(manifest);
    return Result::ok();
}

} // namespace Patagon::Container
