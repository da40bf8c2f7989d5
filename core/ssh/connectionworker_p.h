// ConnectionWorker's parts shared by its three source files: connectionworker.cpp (the
// session: connect, reconnect, keepalive, the pump), connectionprocess.cpp (command channels)
// and connectiontransfer.cpp (SFTP operations). Internal to core/ssh.
#pragma once

#include "core/ssh/commandwrapper.h"
#include "core/ssh/connection.h"
#include "core/ssh/connectionworker.h"
#include "core/ssh/sshhandles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <deque>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

namespace Patagon::WorkerDetail {

inline constexpr qint64 kMaxUndelivered = 8 * 1024 * 1024; // stop reading a channel beyond this
inline constexpr qint64 kMaxReadPerTick = 2 * 1024 * 1024; // per command and pump
// Between SFTP steps that only wait for a session (steps that move data follow at once: each
// blocks on its own replies).
inline constexpr int kTransferPumpMs = 2;
inline constexpr int kCommandTickMs = 100; // cancel requests are seen within this
inline constexpr int kBlockedRetryMs = 10; // a caller that is behind is looked at again after
inline constexpr int kGraceMs = 5000; // TERM, then KILL after this
inline constexpr int kMaxInflight = 16; // outstanding SFTP requests per transfer
inline constexpr qint64 kChunk = 128 * 1024;
inline constexpr int kMaxReconnectAttempts = 8;
// A reconnect that needs the user (a one-time code) waits this long for an answer.
inline constexpr int kReconnectAnswerMs = 5 * 60 * 1000;
// Reading the answer of the kill command sent for a cancelled command.
inline constexpr int kKillCommandMs = 5000;
// Command channels open at once. OpenSSH allows 10 sessions per connection (MaxSessions);
// the SFTP session and the keepalive probe need one each. A server that refuses earlier
// lowers the limit for that connection.
inline constexpr int kMaxCommandChannels = 8;
inline constexpr int kRefusedRetryMs = 250;
// A listing reads for this long per turn of the pump, then lets the others move.
inline constexpr int kListSliceMs = 20;
// Links whose target is looked up (one round trip each) in one listing; the rest are shown
// as links to files.
inline constexpr int kMaxLinksFollowed = 2000;

// Whether everything the channel's program wrote has been read and it ended.
inline bool channelDone(ssh_channel channel)
{
    return ssh_channel_is_eof(channel) && ssh_channel_poll(channel, 0) <= 0
        && ssh_channel_poll(channel, 1) <= 0;
}

// How the channel's program ended: its exit status, or the signal that ended it.
inline ProcessResult exitResultOf(ssh_channel channel)
{
    ProcessResult result;
    uint32_t exitCode = 0;
    char *signalName = nullptr;
    int coreDumped = 0;
    if (ssh_channel_get_exit_state(channel, &exitCode, &signalName, &coreDumped) == SSH_OK) {
        const SshCharPtr signal(signalName);
        if (signal)
            result.exitSignal = QString::fromLatin1(signal.get());
        else
            result.exitStatus = int(exitCode);
    }
    return result;
}

// SFTP helpers (connectiontransfer.cpp).
quint32 unixMode(QFile::Permissions p);
QFile::Permissions qtPermissions(quint32 mode);
QString parentOf(const QString &remotePath);
QString joinRemote(const QString &dir, const QString &name);
// An SFTP failure in words, with the path and the server.
Result sftpError(sftp_session sftp, const QString &path, const QString &destination);

} // namespace Patagon::WorkerDetail

namespace Patagon {

template<typename F> void ConnectionWorker::post(F &&f)
{
    QMetaObject::invokeMethod(m_owner, std::forward<F>(f), Qt::QueuedConnection);
}

template<typename Shared>
void ConnectionWorker::postFinished(const std::shared_ptr<Shared> &shared,
                                    const ProcessResult &result)
{
    post([shared, result] {
        if (shared->handle) {
            shared->handle->m_finished = true;
            shared->handle->m_result = result;
            emit shared->handle->finished(result);
        }
    });
}

// ------------------------------------------------------------------------------------------
struct ConnectionWorker::ProcessJob
{
    std::shared_ptr<ProcessShared> shared;
    // Freed before the session it belongs to (libssh frees a session's channels with it).
    ChannelPtr channel;
    std::optional<CommandWrapper::MarkerFilter> out;
    std::optional<CommandWrapper::MarkerFilter> err;
    qint64 pid = 0;
    bool pidKnown = false;
    enum class Cancel
    {
        None,
        TermSent,
        KillSent
    } cancel
        = Cancel::None;
    QElapsedTimer cancelClock;
};

struct ConnectionWorker::TerminalJob
{
    std::shared_ptr<TerminalShared> shared;
    ChannelPtr channel; // closing it hangs the session up
};

// libssh reads the socket a few kilobytes at a time, when a channel's buffer is empty: a read
// that finds nothing complete yet is tried again while the socket has bytes waiting.
template<typename Consume>
bool ConnectionWorker::drainChannel(ssh_channel_struct *channel, bool isStderr,
                                    const std::atomic<qint64> &undelivered, qint64 *readThisTick,
                                    Consume &&consume)
{
    char buffer[65536];
    while (true) {
        if (undelivered.load() >= WorkerDetail::kMaxUndelivered) {
            m_readBlocked = true; // looked at again soon, not on every socket event
            return true;
        }
        if (*readThisTick >= WorkerDetail::kMaxReadPerTick) {
            m_pumpAgain = true; // the others get their turn first
            return true;
        }
        const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, isStderr);
        if (n == SSH_ERROR) {
            connectionLost(m_session.errorString());
            return false;
        }
        if (n == 0 && !ssh_channel_is_eof(channel) && socketReadable())
            continue;
        if (n <= 0)
            return true;
        *readThisTick += n;
        consume(QByteArray(buffer, n));
    }
}

struct ConnectionWorker::TransferJob
{
    struct FileStep
    {
        QString local;
        QString remote;
        qint64 size = 0;
        quint32 mode = 0644;
    };

    std::shared_ptr<TransferShared> shared;
    bool prepared = false;
    QStringList remoteDirs; // to create, parents first (upload)
    QList<FileStep> files;
    int index = 0;
    qint64 total = 0;
    qint64 done = 0;
    QElapsedTimer progressClock;

    // the file in progress
    SftpFilePtr remote;
    QString tempPath;
    std::unique_ptr<QFile> localIn;
    std::unique_ptr<QSaveFile> localOut;
    qint64 requested = 0; // bytes asked for (download) or sent (upload) in this file
    std::deque<SftpAioPtr> inflight;
    std::deque<qint64> inflightSizes;

    // list
    SftpDirPtr dir;
    RemoteListing listing;
    int linksFollowed = 0;

    // Requests in flight go before their file, the file before the SFTP session.
    void closeRemote()
    {
        inflight.clear();
        inflightSizes.clear();
        remote.reset();
        dir.reset();
    }
    ~TransferJob() { closeRemote(); }
};
} // namespace Patagon
