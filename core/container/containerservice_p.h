// What containerservice.cpp, containertask.cpp and containerinstall.cpp share.
#pragma once

#include "core/container/containerservice.h"
#include "core/container/importprogress.h"
#include "core/remote/remoteprocess.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcContainers)

namespace Patagon::Container {

struct ContainerTask::Private
{
    QPointer<RemoteProcess> process;
    bool cancelRequested = false;
    bool parseProgress = false;
    bool sawImport = false;
    ImportProgressParser parser;
};

namespace Detail {

Result noConnection();
Result cancelled();
bool isNodeName(const QString &node);
// `srun ... ARGS` with --nodelist=NODE right after srun.
QStringList pinned(QStringList argv, const QString &node);

} // namespace Detail

} // namespace Patagon::Container
