// One command over the Connection, its output collected.
#include "core/ssh/collectedrun.h"

#include "core/ssh/connection.h"
#include "core/tr.h"

#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcCollectedRun, "patagon.core.ssh.run", QtInfoMsg)

namespace Patagon {

void runCollected(Connection *connection, const QStringList &argv, const QByteArray &input,
                  QObject *context, CollectedCallback done)
{
    if (!connection) {
        done(Result::error(ErrorCode::Network, Tr::tr("There is no connection to the cluster.")));
        return;
    }
    qCDebug(lcCollectedRun) << "run" << argv;
    RemoteProcess *process = connection->run(argv, input, context);
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

} // namespace Patagon
