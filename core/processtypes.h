// Value types for commands and files on a host, shared by core/remote (the interface every
// client uses) and core/ssh (the transport beneath it), which includes nothing from remote.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
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
    bool exists = false; // list: false for a symbolic link that points at nothing
    bool isDirectory = false; // a symbolic link to a folder is one too (see isSymlink)
    qint64 size = 0;
    quint32 permissions = 0; // POSIX mode bits (0777 part and more)
    QDateTime modified;
    QString name; // list: the entry's name in its folder (no path)
    bool isSymlink = false; // list: the entry is a symbolic link (the rest describes its target)
};

// A folder's entries (RemoteHost::list), without "." and "..", in the server's order.
struct RemoteListing
{
    static constexpr int kMaxEntries = 100000; // the most entries one listing holds

    QString path; // the folder listed, absolute (`~/`, relative paths and ".." resolved)
    QList<RemoteFileInfo> entries;
    bool truncated = false; // the folder holds more than the entries listed
};

} // namespace Patagon

Q_DECLARE_METATYPE(Patagon::ProcessResult)
Q_DECLARE_METATYPE(Patagon::RemoteFileInfo)
Q_DECLARE_METATYPE(Patagon::RemoteListing)
