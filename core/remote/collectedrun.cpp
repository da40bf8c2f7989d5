// One command on a RemoteHost, its output collected.
#include "core/remote/collectedrun.h"

#include "core/remote/remotehost.h"
#include "core/tr.h"

#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcCollectedRun, "patagon.core.remote.run", QtInfoMsg)

namespace Patagon {

void runCollected(RemoteHost *host, const QStringList &argv, const QByteArray &input,
                  QObject *context, CollectedCallback done)
{
    if (!host) {
        done(Result::error(ErrorCode::Network, Tr::tr("There is no connection to the cluster.")));
        return;
    }
    qCDebug(lcCollectedRun) << "run" << argv;
    RemoteProcess *process = host->run(argv, input, context);
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
