// The asynchronous connection to a cluster. One worker thread owns the libssh session; this
// object, on the caller's thread, never blocks: commands and transfers are handles that
// report through signals. Several commands and transfers run at once over the one session.
#pragma once

#include "core/profiles/connectionprofile.h"
#include "core/ssh/sshtypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class QThread;

namespace Patagon {

class Connection;
class ConnectionWorker;
struct ProcessShared;
struct TransferShared;
struct TerminalShared;

// A command running on the server, over one channel. Output arrives in chunks as the command
// writes it. Deleting the handle cancels the command. (core/remote wraps it as a
// RemoteProcess: use RemoteHost, not this, outside core/remote.)
class SshProcess : public QObject
{
    Q_OBJECT

public:
    ~SshProcess() override;

    // Ends the remote command (its whole process group): TERM, then KILL after a grace time.
    void cancel();
    bool isFinished() const { return m_finished; }
    ProcessResult result() const { return m_result; }
    // The command's PID on the remote host, once it started (0 before).
    qint64 remotePid() const { return m_pid; }

signals:
    void started(qint64 remotePid);
    void standardOutput(const QByteArray &chunk);
    void standardError(const QByteArray &chunk);
    void finished(const Patagon::ProcessResult &result);

private:
    friend class Connection;
    friend class ConnectionWorker;
    explicit SshProcess(std::shared_ptr<ProcessShared> shared, QObject *parent);
    void deliver(const QByteArray &chunk, bool isStderr);

    std::shared_ptr<ProcessShared> m_shared;
    ProcessResult m_result;
    qint64 m_pid = 0;
    bool m_finished = false;
};

// A terminal session on the server (see RemoteTerminal, which wraps it outside core/ssh).
// Deleting the handle hangs up.
class SshTerminal : public QObject
{
    Q_OBJECT

public:
    ~SshTerminal() override;

    void write(const QByteArray &bytes);
    void resize(int columns, int rows);
    void hangUp();
    // While paused the channel is not read: the server stops once its window is full.
    void setOutputPaused(bool paused);
    bool isFinished() const { return m_finished; }
    ProcessResult result() const { return m_result; }

signals:
    void output(const QByteArray &chunk);
    void finished(const Patagon::ProcessResult &result);

private:
    friend class Connection;
    friend class ConnectionWorker;
    SshTerminal(std::shared_ptr<TerminalShared> shared, Connection *connection, QObject *parent);
    void wakeWorker();

    std::shared_ptr<TerminalShared> m_shared;
    QPointer<Connection> m_connection;
    ProcessResult m_result;
    bool m_finished = false;
};

// An SFTP operation: an upload or download with progress, or a small file operation.
class SftpOperation : public QObject
{
    Q_OBJECT

public:
    ~SftpOperation() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    Result result() const { return m_result; }
    RemoteFileInfo fileInfo() const { return m_info; } // stat
    QByteArray data() const { return m_data; } // readFrom
    qint64 nextOffset() const { return m_nextOffset; } // readFrom: where to read next
    RemoteListing listing() const { return m_listing; } // list

signals:
    void progress(qint64 done, qint64 total);
    void finished(const Patagon::Result &result);

private:
    friend class Connection;
    friend class ConnectionWorker;
    explicit SftpOperation(std::shared_ptr<TransferShared> shared, QObject *parent);

    std::shared_ptr<TransferShared> m_shared;
    Result m_result;
    RemoteFileInfo m_info;
    QByteArray m_data;
    qint64 m_nextOffset = 0;
    RemoteListing m_listing;
    bool m_finished = false;
};

class Connection : public QObject
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

    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    void connectToHost(const ConnectionProfile &profile);
    void disconnectFromHost();
    State state() const { return m_state; }
    ConnectionProfile profile() const { return m_profile; }
    HostKeyInfo hostKey() const { return m_hostKey; }
    QString serverBanner() const { return m_banner; }
    Result lastError() const { return m_lastError; }

    // Answers to hostKeyVerificationRequested and credentialsRequested. The connection waits
    // for them; an empty optional cancels the login.
    void answerHostKey(HostKeyDecision decision);
    // The answers are taken: each buffer is wiped here when `answers` held the only reference
    // to it (pass it with std::move), and core keeps the secrets only in SecretBytes.
    void answerCredentials(std::optional<QList<QByteArray>> answers);
    // How long a reconnect waits for an answer to its questions (default five minutes); then
    // it gives up, promptsWithdrawn() closes the dialogs, and connectionFailed() says why.
    // The first connection waits for as long as the user takes.
    void setReconnectAnswerTimeout(int milliseconds);

    // Runs `commandLine`, a simple command already quoted for /bin/sh (see
    // commandwrapper.h for how it gets there); `program` names it in messages. The handle
    // belongs to `parent` (this connection when null). Requests made while reconnecting wait
    // for it; a command whose text may have reached the server is never sent again.
    SshProcess *run(const QString &program, const QByteArray &commandLine,
                    const QByteArray &standardInput = {}, QObject *parent = nullptr);

    struct UploadOptions
    {
        std::optional<quint32> permissions; // default: the local file's
        bool createParents = true;
    };
    // Writes to a temporary name next to `remotePath`, then renames it over the target, so a
    // cancelled or failed upload leaves the old file intact. Folders are uploaded recursively.
    SftpOperation *upload(const QString &localPath, const QString &remotePath,
                          const UploadOptions &options, QObject *parent = nullptr);
    SftpOperation *upload(const QString &localPath, const QString &remotePath,
                          QObject *parent = nullptr)
    {
        return upload(localPath, remotePath, UploadOptions {}, parent);
    }
    // Downloads a file (atomically replacing `localPath`) or a folder, recursively. The server's
    // names and modes are not trusted: see core/remote/downloadsafety.h; a link inside a folder
    // fails the download before anything is written.
    SftpOperation *download(const QString &remotePath, const QString &localPath,
                            QObject *parent = nullptr);
    // Writes `contents` atomically to `remotePath` with `permissions` (0600 for secrets).
    SftpOperation *writeFile(const QString &remotePath, const QByteArray &contents,
                             quint32 permissions, QObject *parent = nullptr);
    // Up to `maxBytes` from `offset`; data() and nextOffset() hold the result. A file that does
    // not exist (yet) gives an error with ErrorCode::NotFound.
    SftpOperation *readFrom(const QString &remotePath, qint64 offset, qint64 maxBytes,
                            QObject *parent = nullptr);
    SftpOperation *stat(const QString &remotePath, QObject *parent = nullptr);
    // A folder's entries in listing() (see RemoteHost::list): read a batch at a time, so the
    // other commands and transfers keep moving while a large folder is listed.
    SftpOperation *list(const QString &remotePath, int maxEntries = RemoteListing::kMaxEntries,
                        QObject *parent = nullptr);
    SftpOperation *mkdirPath(const QString &remotePath, QObject *parent = nullptr);
    SftpOperation *chmod(const QString &remotePath, quint32 permissions, QObject *parent = nullptr);
    // A terminal (PTY) session running `commandLine` (quoted for /bin/sh), or the login shell
    // when it is empty. Not queued behind a reconnect, never replayed.
    SshTerminal *openTerminal(const QString &program, const QByteArray &commandLine, int columns,
                              int rows, QObject *parent = nullptr);

signals:
    void stateChanged(Patagon::Connection::State state);
    void connected();
    // A connection attempt failed (not a drop of an established one: see stateChanged).
    void connectionFailed(const Patagon::Result &error);
    void disconnected();
    void hostKeyVerificationRequested(const Patagon::HostKeyInfo &key);
    void credentialsRequested(const Patagon::CredentialRequest &request);
    // The questions asked are no longer waited for (a reconnect gave up): close their
    // dialogs without answering.
    void promptsWithdrawn();
    // Round trip of the last keepalive probe, in milliseconds.
    void latencyMeasured(int milliseconds);

private:
    friend class ConnectionWorker;
    friend class SshTerminal;
    SftpOperation *startOperation(int kind, const QString &a, const QString &b, qint64 x, qint64 y,
                                  const QByteArray &bytes, std::optional<quint32> permissions,
                                  bool flag, QObject *parent);
    void setState(State state);

    QThread *m_thread;
    ConnectionWorker *m_worker;
    State m_state = State::Disconnected;
    ConnectionProfile m_profile;
    HostKeyInfo m_hostKey;
    QString m_banner;
    Result m_lastError;
};

} // namespace Patagon
