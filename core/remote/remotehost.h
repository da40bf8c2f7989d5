// The one interface through which core reaches a cluster: run a command given as an argument
// list (quoted in exactly one place, Shell::joinArguments), and read, write and inspect files.
// SshHost implements it over the app's SSH connection; LocalHost on this machine (the same
// core running on a login node itself, and fast tests). Nothing above core/remote knows which.
#pragma once

#include "core/remote/remoteprocess.h"
#include "core/remote/remoteterminal.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace Patagon {

class RemoteHost : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected,
        Connecting,
        Connected,
        Reconnecting
    };
    Q_ENUM(State)

    virtual State state() const = 0;
    bool isConnected() const { return state() == State::Connected; }
    // The profile's name: the key under which caches, scripts and manifests are kept.
    virtual QString name() const = 0;
    // user@host:port (or the like) for messages.
    virtual QString destination() const = 0;
    // The login name on the host.
    virtual QString userName() const = 0;

    // Runs argv with `standardInput` on its standard input, then end of file; with /bin/sh as
    // the parser whatever the user's login shell. The handle belongs to `parent` (the host when
    // null); requests made while reconnecting wait for the connection. A command that may
    // have reached the host is never sent a second time.
    virtual RemoteProcess *run(const QStringList &argv, const QByteArray &standardInput = {},
                               QObject *parent = nullptr)
        = 0;

    // Opens a terminal session running argv (through /bin/sh, as run() does), or the user's
    // login shell when argv is empty. Never queued behind a reconnect nor replayed: while not
    // connected it finishes at once with the reason.
    virtual RemoteTerminal *openTerminal(const QStringList &argv, TerminalSize size,
                                         QObject *parent = nullptr)
        = 0;

    struct UploadOptions
    {
        std::optional<quint32> permissions; // default: the local file's
        bool createParents = true;
    };
    // Writes to a temporary name next to `remotePath`, then renames it over the target, so a
    // cancelled or failed upload leaves the old file intact. Folders are uploaded recursively.
    virtual RemoteOperation *upload(const QString &localPath, const QString &remotePath,
                                    const UploadOptions &options, QObject *parent = nullptr)
        = 0;
    RemoteOperation *upload(const QString &localPath, const QString &remotePath,
                            QObject *parent = nullptr)
    {
        return upload(localPath, remotePath, UploadOptions {}, parent);
    }
    // Downloads a file (atomically replacing `localPath`) or a folder, recursively.
    virtual RemoteOperation *download(const QString &remotePath, const QString &localPath,
                                      QObject *parent = nullptr)
        = 0;
    // Writes `contents` atomically to `remotePath` with `permissions` (0600 for secrets).
    virtual RemoteOperation *writeFile(const QString &remotePath, const QByteArray &contents,
                                       quint32 permissions, QObject *parent = nullptr)
        = 0;
    // Up to `maxBytes` from `offset`; data() and nextOffset() hold the result. A file that does
    // not exist (yet) gives an error with ErrorCode::NotFound.
    virtual RemoteOperation *readFrom(const QString &remotePath, qint64 offset, qint64 maxBytes,
                                      QObject *parent = nullptr)
        = 0;
    // fileInfo() holds the answer; a missing file is not an error (exists is false).
    virtual RemoteOperation *stat(const QString &remotePath, QObject *parent = nullptr) = 0;
    // The entries of the folder `remotePath` in listing(), "." and ".." left out: `~`, `~/...`
    // and relative paths start from the home folder, and listing().path is the folder's
    // absolute path (when it failed too, where it could be worked out). Symbolic links are
    // followed (isSymlink says which entries are links). At most `maxEntries` entries (never
    // more than RemoteListing::kMaxEntries), then truncated. A missing folder gives
    // ErrorCode::NotFound, a file instead of a folder ErrorCode::InvalidInput, a folder that
    // may not be read ErrorCode::PermissionDenied.
    virtual RemoteOperation *list(const QString &remotePath, int maxEntries,
                                  QObject *parent = nullptr)
        = 0;
    RemoteOperation *list(const QString &remotePath, QObject *parent = nullptr)
    {
        return list(remotePath, RemoteListing::kMaxEntries, parent);
    }
    virtual RemoteOperation *mkdirPath(const QString &remotePath, QObject *parent = nullptr) = 0;
    virtual RemoteOperation *chmod(const QString &remotePath, quint32 permissions,
                                   QObject *parent = nullptr)
        = 0;

signals:
    void stateChanged(Patagon::RemoteHost::State state);
    void connected();
    void disconnected();

protected:
    using QObject::QObject;
};

} // namespace Patagon
