// Value types for commands and files on a host, shared by core/remote (the interface every
// client uses) and core/ssh (the transport beneath it), which includes nothing from remote.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Patagon {

// How a command ended.
struct ProcessResult
{
    int exitStatus = -1; // valid when exitSignal is empty and result is ok
    QString exitSignal; // "TERM", "KILL", ... when a signal ended it
    bool cancelled = false;
    Result result; // a failure to run it at all (connection lost, ...)

    bool succeeded() const { return result.isOk() && exitSignal.isEmpty() && exitStatus == 0; }
};

// A command's whole output, for the many short queries read at their end.
struct CommandOutput
{
    QByteArray standardOutput;
    QByteArray standardError;
    int exitStatus = -1; // -1: no status (killed by a signal or the channel closed early)

    bool succeeded() const { return exitStatus == 0; }
};

struct RemoteFileInfo
{
    bool exists = false;
    bool isDirectory = false;
    qint64 size = 0;
    quint32 permissions = 0; // POSIX mode bits (0777 part and more)
    QDateTime modified;
};

} // namespace Patagon

Q_DECLARE_METATYPE(Patagon::ProcessResult)
Q_DECLARE_METATYPE(Patagon::RemoteFileInfo)
