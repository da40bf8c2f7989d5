// The worker that owns one libssh session on its own thread: it pumps every running command's
// channel and every transfer a little at a time, keeps the connection alive, and reconnects
// with back-off when the server drops it. Internal to core/ssh: use Connection.
#pragma once

#include "core/profiles/connectionprofile.h"
#include "core/ssh/sshhandles.h"
#include "core/ssh/sshsession.h"
#include "core/ssh/sshtypes.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

class QSocketNotifier;
class QTimer;
struct sftp_session_struct;

namespace Patagon {

class Connection;
class SshProcess;
class SshTerminal;
class SftpOperation;

// State shared between a SshProcess (caller's thread) and the worker.
struct ProcessShared
{
    QString program; // for messages
    QByteArray commandLine;
    QByteArray standardInput;
    std::atomic<bool> cancelRequested {false};
    std::atomic<qint64> undelivered {0}; // bytes posted to the caller's thread, not yet handed out
    QPointer<SshProcess> handle; // touched on the caller's thread only
};

// State shared between a SshTerminal (caller's thread) and the worker.
struct TerminalShared
{
    QString program; // for messages; empty: the login shell
    QByteArray commandLine; // empty: the login shell
    QMutex mutex; // guards input, columns, rows, resized
    QByteArray input;
    int columns = 80;
    int rows = 24;
    bool resized = false;
    std::atomic<bool> hangUpRequested {false};
    std::atomic<bool> outputPaused {false}; // the caller cannot take more output now
    std::atomic<qint64> undelivered {0};
    QPointer<SshTerminal> handle; // touched on the caller's thread only
};

enum class OperationKind
{
    Upload,
    Download,
    WriteFile,
    ReadFrom,
    Stat,
    List,
    Mkdir,
    Chmod
};

struct TransferShared
{
    OperationKind kind = OperationKind::Stat;
    QString localPath; // Upload, Download
    QString remotePath;
    qint64 offset = 0; // ReadFrom
    qint64 maxBytes = 0; // ReadFrom; List: the most entries
    QByteArray contents; // WriteFile
    std::optional<quint32> permissions;
    bool createParents = true;
    std::atomic<bool> cancelRequested {false};
    QPointer<SftpOperation> handle;
};

class ConnectionWorker : public QObject, public SshInteraction
{
    Q_OBJECT

public:
    explicit ConnectionWorker(Connection *owner);
    ~ConnectionWorker() override;

    // Thread-safe: called from the owner's thread.
    void provideHostKeyAnswer(HostKeyDecision decision);
    void provideCredentials(std::optional<SecretList> answers);
    void abortWaits();
    // How long a reconnect waits for the user to answer a prompt (a one-time code) before
    // it gives up; thread-safe.
    void setReconnectAnswerTimeout(int ms) { m_reconnectAnswerMs = ms; }

    // Slots run on the worker thread (invoked queued by Connection).
    void connectToHost(const ConnectionProfile &profile);
    void disconnectFromHost();
    void startProcess(const std::shared_ptr<ProcessShared> &process);
    void startOperation(const std::shared_ptr<TransferShared> &operation);
    void startTerminal(const std::shared_ptr<TerminalShared> &terminal);
    // A terminal has input, a new size or a hang-up for the server.
    void wake() { pump(); }
    void shutdown();

    // SshInteraction, on the worker thread: asks through the owner and waits.
    HostKeyDecision decideHostKey(const HostKeyInfo &key) override;
    std::optional<SecretList> answer(const CredentialRequest &request) override;

private:
    struct ProcessJob;
    struct TransferJob;
    struct TerminalJob;

    bool establish(bool reconnecting);
    void pump();
    bool pumpProcess(ProcessJob &job); // false when the job is done
    bool pumpTerminal(TerminalJob &job); // false when the session ended
    void finishTerminal(TerminalJob &job, const ProcessResult &result);
    // Reads what `channel` has on one stream and hands it to `consume`, until nothing is
    // left, the pump's share is used (m_pumpAgain) or the caller is behind (m_readBlocked).
    // False when the connection was lost (every job is then finished).
    template<typename Consume>
    bool drainChannel(ssh_channel_struct *channel, bool isStderr,
                      const std::atomic<qint64> &undelivered, qint64 *readThisTick,
                      Consume &&consume);
    // Command and terminal channels open at once.
    qsizetype channelsInUse() const { return qsizetype(m_processes.size() + m_terminals.size()); }
    bool stepTransfer(TransferJob &job);
    // One step function per kind of operation: false when the operation is done.
    bool stepStat(TransferJob &job, sftp_session_struct *sftp);
    bool stepMkdir(TransferJob &job, sftp_session_struct *sftp);
    bool stepChmod(TransferJob &job, sftp_session_struct *sftp);
    bool stepReadFrom(TransferJob &job, sftp_session_struct *sftp);
    bool stepStreaming(TransferJob &job, sftp_session_struct *sftp);
    Result listDownload(TransferJob &job, sftp_session_struct *sftp);
    // Finishes the operation with `result`, or takes the connection for lost when it is.
    bool failTransfer(TransferJob &job, const Result &result);
    void reportTransferProgress(TransferJob &job);
    bool stepListing(TransferJob &job, sftp_session_struct *sftp); // false when done
    void deliver(ProcessJob &job, const QByteArray &chunk, bool isStderr);
    void finishProcess(ProcessJob &job, ProcessResult result);
    void finishTransfer(TransferJob &job, const Result &result);
    void connectionLost(const QString &why);
    void tryReconnect();
    // Stops reconnecting: waiting requests end with `why`, the connection is Disconnected.
    void giveUpReconnect(const Result &why);
    // Why a request cannot run while disconnected: the reason the reconnect gave up, if it did.
    Result notConnectedError() const;
    // Until when a question asked now is waited for (a reconnect does not wait for ever).
    QDeadlineTimer answerDeadline() const;
    // The question timed out: close the dialogs that ask it.
    void answerTimedOut();
    // A request came while disconnected: true (and a reconnect started) when it should wait
    // for the connection to come back, false when there is nothing to come back to.
    bool reconnectForRequest();
    void keepAlive();
    // The pump runs when the session's socket has data for a command (a socket notifier),
    // again at once when it stopped with data left (fairness, or data another call buffered),
    // every few milliseconds while SFTP transfers run, and on a slow tick while commands run
    // (cancel requests and their TERM-then-KILL grace). Nothing runs while nothing happens.
    void schedulePump();
    // Watches the session's socket for incoming data (on), or stops (before it closes).
    void watchSocket(bool on);
    // True when the session's socket has bytes libssh has not read yet.
    bool socketReadable() const;
    // The connection's SFTP session, opened on first use. `refused`: the server has no
    // session slot free right now (try again later).
    sftp_session_struct *sftp(Result *error, bool *refused);
    Result noSftpError() const;
    // Finishes every running command and transfer with `why` (their callers hear it).
    void endLiveWork(const ProcessResult &why);
    // The same for requests waiting for a reconnect.
    void endWaitingWork(const ProcessResult &why);
    void closeSftp();
    void killRemoteGroup(qint64 pid, const char *signal);
    // Starts queued commands while channels are free.
    void startQueued();

    // Posts `f` to the owner's thread (dropped if the owner is gone).
    template<typename F> void post(F &&f);
    // Tells a command's or a terminal's handle (on the owner's thread) that it finished.
    template<typename Shared>
    void postFinished(const std::shared_ptr<Shared> &shared, const ProcessResult &result);

    Connection *m_owner;
    // Frees OpenSSL's per-thread state when the worker is destroyed, on its own thread, after
    // every member below (declared first, destroyed last; see connectionworker.cpp).
    struct CryptoThreadCleanup
    {
        ~CryptoThreadCleanup();
    } m_cryptoCleanup;
    SshSession m_session;
    ConnectionProfile m_profile;
    bool m_wanted = false; // the user wants to be connected
    bool m_established = false; // authenticated at least once with this profile
    bool m_reconnecting = false; // establish(true) is running
    bool m_answerTimedOut = false; // a question of this attempt was not answered in time
    std::atomic<int> m_reconnectAnswerMs {0};
    Result m_gaveUp; // why the last reconnect gave up; ok after connecting or disconnecting
    int m_reconnectAttempt = 0;
    QTimer *m_pumpTimer; // single shot: the next pump
    QTimer *m_commandTick; // while commands run: cancel requests, grace periods
    QSocketNotifier *m_readNotifier = nullptr;
    bool m_pumpAgain = false; // the last pump stopped with data left to read
    bool m_readBlocked = false; // a caller is behind: its channel is not read for now
    bool m_sftpWaiting = false; // the last transfer step only waited for an SFTP session
    bool m_transfersMoved = false; // a transfer step of the last pump did some work
    QTimer *m_keepAliveTimer;
    QTimer *m_reconnectTimer;
    SftpPtr m_sftp;

    std::vector<std::unique_ptr<ProcessJob>> m_processes;
    std::vector<std::unique_ptr<TransferJob>> m_transfers;
    std::vector<std::unique_ptr<TerminalJob>> m_terminals;
    std::deque<std::shared_ptr<ProcessShared>> m_waitingProcesses; // for a reconnect
    std::deque<std::shared_ptr<ProcessShared>> m_queuedProcesses; // for a free channel
    int m_channelLimit = 8;
    int m_opensSinceRefusal = 0;
    QElapsedTimer m_sftpRefused; // when the server last refused the SFTP session
    bool m_noSftp = false; // the server has no SFTP subsystem (found once per connection)
    std::deque<std::shared_ptr<TransferShared>> m_waitingTransfers;

    QMutex m_mutex;
    QWaitCondition m_answered;
    bool m_aborted = false;
    std::optional<HostKeyDecision> m_hostKeyAnswer;
    bool m_credentialsAnswered = false;
    std::optional<SecretList> m_credentials;
};

} // namespace Patagon
