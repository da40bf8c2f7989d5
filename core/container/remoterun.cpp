// Internal to core/container: one command, its output collected.
#include "core/container/remoterun.h"

#include "core/ssh/connection.h"
#include "core/tr.h"

#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcContainerRun, "patagon.core.container.run", QtInfoMsg)

namespace Patagon::Container::Internal {

void runCollected(Connection *connection, const QStringList &argv, QObject *context,
                  OutputCallback done)
{
    if (!connection) {
        done(Result::error(ErrorCode::Network, Tr::tr("There is no connection to the cluster.")));
        return;
    }
    qCDebug(lcContainerRun) << "run" << argv;
    RemoteProcess *process = connection->run(argv, {}, context);
    auto output = std::make_shared<CommandOutput>();
    QObject::connect(process, &RemoteProcess::standardOutput, process,
                     [output](const QByteArray &b) { output->standardOutput += b; });
    QObject::connect(process, &RemoteProcess::standardError, process,
                     [output](const QByteArray &b) { output->standardError += b; });
    QObject::connect(process, &RemoteProcess::finished, process,
                     [process, output, done = std::move(done)](const ProcessResult &result) {
                         process->deleteLater();
                         if (!result.result) {
                             done(result.result);
                             return;
                         }
                         output->exitStatus = result.exitSignal.isEmpty() ? result.exitStatus : -1;
                         done(*output);
                     });
}

} // namespace Patagon::Container::Internal
