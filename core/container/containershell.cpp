// The srun argv of an interactive shell in a named container.
#include "core/container/containershell.h"

#include "core/container/pyxiscommand.h"
#include "core/remote/collectedrun.h"
#include "core/remote/remotehost.h"
#include "core/tr.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

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
    resources.jobName
        = request.jobName.isEmpty() ? QString::fromLatin1(kShellJobName) : request.jobName;
    resources.pty = true;
    return Pyxis::srunArguments(options, resources,
                                request.program.isEmpty() ? QStringList {QStringLiteral("bash")}
                                                          : request.program);
}

QString uniqueShellJobName()
{
    return QString::fromLatin1(kShellJobName) + u'-'
        + QString::number(QRandomGenerator::global()->generate(), 36);
}

void endShellStep(RemoteHost *host, const QString &jobName, QObject *context,
                  std::function<void(const Expected<int> &)> done, int delayMs)
{
    QPointer<RemoteHost> target(host);
    QTimer::singleShot(delayMs, context, [target, jobName, context, done] {
        if (!target)
            return done(Result::error(ErrorCode::Network, Tr::tr("Not connected.")));
        runCollected(
            target,
            {QStringLiteral("squeue"), QStringLiteral("--noheader"), QStringLiteral("--user"),
             target->userName(), QStringLiteral("--name"), jobName, QStringLiteral("--format=%A")},
            context, [target, context, done](const Expected<CommandOutput> &listed) {
                if (!listed)
                    return done(listed.result());
                if (!listed->succeeded())
                    return done(Result::error(
                        ErrorCode::Remote,
                        Tr::tr("squeue failed: %1")
                            .arg(QString::fromUtf8(listed->standardError).trimmed())));
                QStringList ids;
                for (const QByteArray &line : listed->standardOutput.split('\n')) {
                    const QByteArray id = line.trimmed();
                    if (!id.isEmpty() && id.toLongLong() > 0)
                        ids << QString::fromLatin1(id);
                }
                if (ids.isEmpty() || !target)
                    return done(0);
                runCollected(target, QStringList {QStringLiteral("scancel")} + ids, context,
                             [done, count = int(ids.size())](const Expected<CommandOutput> &r) {
                                 if (!r)
                                     return done(r.result());
                                 done(count);
                             });
            });
    });
}

} // namespace Patagon::Container
