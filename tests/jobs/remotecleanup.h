// Removes what a sandbox test left in the researcher's home (job output files), through the
// test's own connection, so repeated runs do not pile files up there.
#pragma once

#include "core/remote/remotehost.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QTest>

namespace Patagon::Testing {

// rm -f -- PATHS; true when the command ran and succeeded.
inline bool removeRemoteFiles(RemoteHost *host, const QStringList &paths)
{
    if (paths.isEmpty())
        return true;
    if (!host || !host->isConnected())
        return false;
    RemoteProcess *process = host->run(
        QStringList {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--")} + paths);
    std::optional<bool> ok;
    QObject::connect(process, &RemoteProcess::finished, process,
                     [&](const ProcessResult &r) { ok = r.succeeded(); });
    QElapsedTimer clock;
    clock.start();
    while (!ok && clock.elapsed() < 60000)
        QTest::qWait(50);
    delete process;
    return ok.value_or(false);
}

} // namespace Patagon::Testing
