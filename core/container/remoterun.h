// Internal to core/container: runs one command over the Connection and collects its output.
#pragma once

#include "core/result.h"
#include "core/ssh/sshsession.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

class QObject;

namespace Patagon {
class Connection;
}

namespace Patagon::Container::Internal {

using OutputCallback = std::function<void(const Expected<CommandOutput> &)>;

// `done` runs once on the caller's thread; the command belongs to `context` (cancelled and
// `done` dropped when it is deleted). A connection that is gone fails with ErrorCode::Network.
void runCollected(Connection *connection, const QStringList &argv, QObject *context,
                  OutputCallback done);

} // namespace Patagon::Container::Internal
