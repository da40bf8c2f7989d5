// One command on a RemoteHost with its output collected: for the many short queries
// (squeue, sacct, sinfo, srun --help, ...) whose whole answer is read at the end.
#pragma once

#include "core/processtypes.h"
#include "core/result.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

class QObject;

namespace Patagon {

class RemoteHost;

using CollectedCallback = std::function<void(const Expected<CommandOutput> &)>;

// `done` runs once on the caller's thread with the output and exit status (-1 when a signal
// ended the command); `input` goes to its standard input. The command belongs to `context`
// (cancelled, and `done` dropped, when it is deleted). No host fails with
// ErrorCode::Network.
void runCollected(RemoteHost *host, const QStringList &argv, const QByteArray &input,
                  QObject *context, CollectedCallback done);
// The same with nothing on standard input.
inline void runCollected(RemoteHost *host, const QStringList &argv, QObject *context,
                         CollectedCallback done)
{
    runCollected(host, argv, {}, context, std::move(done));
}

} // namespace Patagon
