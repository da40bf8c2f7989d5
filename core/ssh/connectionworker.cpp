// The worker that owns one libssh session on its own thread: connecting, reconnecting,
// keepalive and the pump. Commands: connectionprocess.cpp; SFTP: connectiontransfer.cpp.
#include "core/ssh/connectionworker.h"
#include "core/ssh/connectionworker_p.h"

#include "core/ssh/connection.h"
#include "core/ssh/localsocket.h"
#include "core/ssh/sshconfig.h"
#include "core/tr.h"

#include <openssl/crypto.h>

#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

namespace Patagon {

using namespace WorkerDetail;

ConnectionWorker::ConnectionWorker(Connection *owner)
    : m_owner(owner)
    , m_session(this)
    , m_pumpTimer(new QTimer(this))
    , m_commandTick(new QTimer(this))
    , m_keepAliveTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
{
    m_reconnectAnswerMs = kReconnectAnswerMs;
    m_pumpTimer->setSingleShot(true);
    m_pumpTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pumpTimer, &QTimer::timeout, this, &ConnectionWorker::pump);
    m_commandTick->setInterval(kCommandTickMs);
    connect(m_commandTick, &QTimer::timeout, this, &ConnectionWorker::pump);
    connect(m_keepAliveTimer, &QTimer::timeout, this, &ConnectionWorker::keepAlive);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &ConnectionWorker::tryReconnect);
}

// OpenSSL (libssh's crypto) keeps per-thread state, random generators and the error queue,
// that it frees in a thread-exit handler, which runs after QThread::wait() has returned: a
// program that ends right after closing its connection could exit with it still pending
// (LeakSanitizer reported it). The worker is deleted on its thread as that finishes, and this
// runs after the session and its channels are gone (their last packets need random bytes too).
ConnectionWorker::CryptoThreadCleanup::~CryptoThreadCleanup()
{
    OPENSSL_thread_stop();
}

ConnectionWorker::~ConnectionWorker()
{
    m_processes.clear();
    m_transfers.clear();
    m_terminals.clear();
    closeSftp();
}

void ConnectionWorker::provideHostKeyAnswer(HostKeyDecision decision)
{
    QMutexLocker lock(&m_mutex);
    m_hostKeyAnswer = decision;
    m_answered.wakeAll();
}

void ConnectionWorker::provideCredentials(std::optional<SecretList> answers)
{
    QMutexLocker lock(&m_mutex);
    m_credentials = std::move(answers);
    m_credentialsAnswered = true;
    m_answered.wakeAll();
}

void ConnectionWorker::abortWaits()
{
    QMutexLocker lock(&m_mutex);
    m_aborted = true;
    m_answered.wakeAll();
}

HostKeyDecision ConnectionWorker::decideHostKey(const HostKeyInfo &key)
{
    QMutexLocker lock(&m_mutex);
    m_hostKeyAnswer.reset();
    if (m_aborted)
        return HostKeyDecision::Reject;
    post([owner = m_owner, key] { emit owner->hostKeyVerificationRequested(key); });
    const QDeadlineTimer deadline = answerDeadline();
    while (!m_hostKeyAnswer && !m_aborted) {
        if (!m_answered.wait(&m_mutex, deadline) && deadline.hasExpired()) {
            answerTimedOut();
            break;
        }
    }
    return m_hostKeyAnswer.value_or(HostKeyDecision::Reject);
}

std::optional<SecretList> ConnectionWorker::answer(const CredentialRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_credentialsAnswered = false;
    m_credentials.reset();
    if (m_aborted)
        return std::nullopt;
    post([owner = m_owner, request] { emit owner->credentialsRequested(request); });
    const QDeadlineTimer deadline = answerDeadline();
    while (!m_credentialsAnswered && !m_aborted) {
        if (!m_answered.wait(&m_mutex, deadline) && deadline.hasExpired()) {
            answerTimedOut();
            return std::nullopt;
        }
    }
    std::optional<SecretList> given = std::move(m_credentials);
    m_credentials.reset();
    if (m_aborted)
        return std::nullopt;
    return given;
}

QDeadlineTimer ConnectionWorker::answerDeadline() const
{
    // The user asked for a first connection and is at the screen; a reconnect happens behind
    // their back (perhaps at night), and the requests waiting for it must end some time.
    return m_reconnecting ? QDeadlineTimer(m_reconnectAnswerMs.load())
                          : QDeadlineTimer(QDeadlineTimer::Forever);
}

void ConnectionWorker::answerTimedOut()
{
    m_answerTimedOut = true;
    qCInfo(lcSsh) << "no answer to the login prompt in time; giving the reconnect up";
    post([owner = m_owner] { emit owner->promptsWithdrawn(); });
}

// ------------------------------------------------------------------------------------------
void ConnectionWorker::connectToHost(const ConnectionProfile &profile)
{
    {
        QMutexLocker lock(&m_mutex);
        m_aborted = false;
    }
    if (m_profile != profile) {
        m_session.forgetSecrets();
        m_established = false;
    }
    m_profile = profile;
    m_wanted = true;
    m_gaveUp = Result::ok();
    m_reconnectAttempt = 0;
    establish(false);
}

bool ConnectionWorker::establish(bool reconnecting)
{
    // Commands and transfers still running belong to the session about to be replaced: they
    // end here (and hear so), before that session and its channels are freed.
    endLiveWork(ProcessResult {
        -1, QString(), true,
        Result::error(ErrorCode::Cancelled, Tr::tr("The connection was replaced by a new one."))});
    closeSftp();
    post([owner = m_owner, reconnecting] {
        owner->setState(reconnecting ? Connection::State::Reconnecting
                                     : Connection::State::Connecting);
    });
    watchSocket(false);
    m_reconnecting = reconnecting;
    m_answerTimedOut = false;
    const Result r = m_session.connectToHost(m_profile);
    m_reconnecting = false;
    if (!r) {
        if (!reconnecting) {
            m_wanted = false;
            post([owner = m_owner, r] {
                owner->m_lastError = r;
                owner->setState(Connection::State::Disconnected);
                emit owner->connectionFailed(r);
            });
        }
        return false;
    }
    m_established = true;
    watchSocket(true);
    m_reconnectAttempt = 0;
    m_channelLimit = kMaxCommandChannels;
    m_noSftp = false;
    const HostKeyInfo key = m_session.hostKey();
    const QString banner = m_session.serverBanner();
    post([owner = m_owner, key, banner] {
        owner->m_hostKey = key;
        owner->m_banner = banner;
        owner->m_lastError = Result::ok();
        owner->setState(Connection::State::Connected);
        emit owner->connected();
    });
    int interval
        = SshConfig::forHost(m_profile.sshAlias.isEmpty() ? m_profile.host : m_profile.sshAlias,
                             m_profile.sshConfigFile)
              .serverAliveInterval;
    m_keepAliveTimer->start((interval > 0 ? interval : 30) * 1000);
    QTimer::singleShot(0, this, &ConnectionWorker::keepAlive); // a first latency figure
    while (!m_waitingProcesses.empty()) {
        auto p = m_waitingProcesses.front();
        m_waitingProcesses.pop_front();
        startProcess(p);
    }
    while (!m_waitingTransfers.empty()) {
        auto t = m_waitingTransfers.front();
        m_waitingTransfers.pop_front();
        startOperation(t);
    }
    return true;
}

void ConnectionWorker::disconnectFromHost()
{
    m_wanted = false;
    m_gaveUp = Result::ok();
    m_reconnectTimer->stop();
    m_keepAliveTimer->stop();
    const ProcessResult closed {
        -1, QString(), true,
        Result::error(ErrorCode::Cancelled, Tr::tr("The connection was closed."))};
    endLiveWork(closed);
    endWaitingWork(closed);
    closeSftp();
    watchSocket(false);
    m_session.disconnect();
    m_session.forgetSecrets();
    m_established = false;
    schedulePump();
    post([owner = m_owner] {
        owner->setState(Connection::State::Disconnected);
        emit owner->disconnected();
    });
}

void ConnectionWorker::shutdown()
{
    m_wanted = false;
    m_processes.clear();
    m_transfers.clear();
    m_terminals.clear();
    closeSftp();
    watchSocket(false);
    m_session.disconnect();
    m_session.forgetSecrets();
    m_pumpTimer->stop();
    m_commandTick->stop();
    m_keepAliveTimer->stop();
    m_reconnectTimer->stop();
}

void ConnectionWorker::connectionLost(const QString &why)
{
    qCInfo(lcSsh) << "connection lost:" << why;
    m_keepAliveTimer->stop();
    const Result lost = Result::error(
        ErrorCode::Network,
        Tr::tr("The connection to %1 was lost (%2).").arg(m_session.destination(), why));
    // Queued commands never had a channel: they wait for the reconnect like new requests.
    while (!m_queuedProcesses.empty()) {
        m_waitingProcesses.push_front(m_queuedProcesses.back());
        m_queuedProcesses.pop_back();
    }
    endLiveWork(ProcessResult {-1, QString(), false, lost});
    closeSftp();
    watchSocket(false);
    m_session.disconnect();
    schedulePump();
    if (!m_wanted)
        return;
    post([owner = m_owner] { owner->setState(Connection::State::Reconnecting); });
    m_reconnectAttempt = 0;
    m_reconnectTimer->start(0);
}

void ConnectionWorker::tryReconnect()
{
    if (!m_wanted || m_session.isConnected())
        return;
    if (establish(true))
        return;
    if (m_answerTimedOut) {
        const int minutes = std::max(1, (m_reconnectAnswerMs.load() + 59999) / 60000);
        return giveUpReconnect(Result::error(
            ErrorCode::Timeout,
            Tr::tr("Reconnecting to %1 needs an answer to its login prompt (a one-time code or "
                   "a password), and none came within %n minute(s). Press Connect to try "
                   "again.",
                   nullptr, minutes)
                .arg(m_session.destination())));
    }
    ++m_reconnectAttempt;
    if (m_reconnectAttempt >= kMaxReconnectAttempts) {
        return giveUpReconnect(Result::error(ErrorCode::Network,
                                             Tr::tr("Could not reconnect to %1 after %2 attempts. "
                                                    "Check the network and connect again.")
                                                 .arg(m_session.destination())
                                                 .arg(m_reconnectAttempt)));
    }
    const int delayMs = std::min(30000, 1000 << std::min(m_reconnectAttempt, 5));
    m_reconnectTimer->start(delayMs);
}

Result ConnectionWorker::notConnectedError() const
{
    if (!m_gaveUp.isOk())
        return m_gaveUp; // requests made while the reconnect waited hear why it ended
    return Result::error(ErrorCode::Network,
                         Tr::tr("Not connected. Connect to the cluster first."));
}

void ConnectionWorker::giveUpReconnect(const Result &why)
{
    m_wanted = false;
    m_gaveUp = why;
    endWaitingWork(ProcessResult {-1, QString(), false, why});
    post([owner = m_owner, why] {
        owner->m_lastError = why;
        owner->setState(Connection::State::Disconnected);
        emit owner->connectionFailed(why);
    });
}

void ConnectionWorker::keepAlive()
{
    ssh_session s = m_session.handle();
    if (!s)
        return;
    // Opening a session channel costs one round trip: that is the latency shown to the user,
    // and it doubles as the keepalive.
    QElapsedTimer clock;
    clock.start();
    ChannelPtr channel(ssh_channel_new(s));
    const int rc = channel ? ssh_channel_open_session(channel.get()) : SSH_ERROR;
    const int ms = int(clock.elapsed());
    channel.reset();
    if (!ssh_is_connected(s) || (rc != SSH_OK && ssh_get_error_code(s) != SSH_REQUEST_DENIED)) {
        connectionLost(m_session.errorString());
        return;
    }
    // The round trip may have read output of running commands into their channels' buffers,
    // where the socket notifier no longer sees it.
    m_pumpAgain = channelsInUse() > 0;
    schedulePump();
    if (rc != SSH_OK)
        return; // refused (every session slot in use): the connection itself is fine
    post([owner = m_owner, ms] { emit owner->latencyMeasured(ms); });
}

void ConnectionWorker::schedulePump()
{
    const bool commands = channelsInUse() > 0;
    if (m_readNotifier)
        m_readNotifier->setEnabled(commands && !m_readBlocked);
    if (commands && !m_commandTick->isActive())
        m_commandTick->start();
    else if (!commands)
        m_commandTick->stop();
    int delayMs = -1;
    if (!m_transfers.empty())
        delayMs = m_transfersMoved ? 0 : kTransferPumpMs;
    if (commands && m_readBlocked)
        delayMs = delayMs < 0 ? kBlockedRetryMs : std::min(delayMs, kBlockedRetryMs);
    if (commands && m_pumpAgain)
        delayMs = 0;
    if (delayMs < 0)
        m_pumpTimer->stop();
    else if (!m_pumpTimer->isActive() || m_pumpTimer->remainingTime() > delayMs)
        m_pumpTimer->start(delayMs);
}

void ConnectionWorker::watchSocket(bool on)
{
    delete m_readNotifier;
    m_readNotifier = nullptr;
    ssh_session s = m_session.handle();
    const socket_t fd = on && s ? ssh_get_fd(s) : SSH_INVALID_SOCKET;
    if (fd == SSH_INVALID_SOCKET)
        return;
    m_readNotifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    m_readNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ConnectionWorker::pump);
}

bool ConnectionWorker::socketReadable() const
{
    ssh_session s = m_session.handle();
    const socket_t fd = s ? ssh_get_fd(s) : SSH_INVALID_SOCKET;
    if (fd == SSH_INVALID_SOCKET)
        return false;
    return LocalSocket::isReadable(fd);
}

bool ConnectionWorker::reconnectForRequest()
{
    if (!m_wanted || !m_established)
        return false;
    if (!m_reconnectTimer->isActive()) {
        post([owner = m_owner] { owner->setState(Connection::State::Reconnecting); });
        m_reconnectTimer->start(0);
    }
    return true;
}

void ConnectionWorker::endLiveWork(const ProcessResult &why)
{
    // Moved out first: finishing posts to the caller's thread, and nothing may be added to
    // the lists being cleared meanwhile.
    auto processes = std::exchange(m_processes, {});
    auto transfers = std::exchange(m_transfers, {});
    auto terminals = std::exchange(m_terminals, {});
    for (auto &job : processes)
        finishProcess(*job, why);
    for (auto &job : terminals)
        finishTerminal(*job, why);
    for (auto &job : transfers)
        finishTransfer(*job, why.result);
}

void ConnectionWorker::endWaitingWork(const ProcessResult &why)
{
    auto processes = std::exchange(m_waitingProcesses, {});
    for (auto &p : std::exchange(m_queuedProcesses, {}))
        processes.push_back(p);
    auto transfers = std::exchange(m_waitingTransfers, {});
    for (auto &p : processes) {
        ProcessJob job;
        job.shared = p;
        finishProcess(job, why);
    }
    for (auto &t : transfers) {
        TransferJob job;
        job.shared = t;
        finishTransfer(job, why.result);
    }
}

void ConnectionWorker::pump()
{
    m_pumpAgain = false;
    m_readBlocked = false;
    // Processes first: they are what the user watches.
    for (size_t i = 0; i < m_processes.size();) {
        ProcessJob *job = m_processes[i].get();
        const size_t before = m_processes.size();
        const bool keep = pumpProcess(*job);
        if (m_processes.size() != before || m_processes.empty())
            break; // the connection was lost: every job is gone
        if (keep)
            ++i;
        else
            m_processes.erase(m_processes.begin() + qsizetype(i));
    }
    // Reading one channel may have buffered another's output, which no socket event will
    // announce any more: such a channel is read on the next turn, right away.
    for (size_t i = 0; i < m_processes.size() && !m_pumpAgain; ++i) {
        const ProcessJob &job = *m_processes[i];
        if (job.shared->undelivered.load() < kMaxUndelivered
            && (ssh_channel_poll(job.channel.get(), 0) > 0
                || ssh_channel_poll(job.channel.get(), 1) > 0))
            m_pumpAgain = true;
    }
    for (size_t i = 0; i < m_terminals.size();) {
        const size_t before = m_terminals.size();
        const bool keep = pumpTerminal(*m_terminals[i]);
        if (m_terminals.size() != before || m_terminals.empty())
            break; // the connection was lost: every session is gone
        if (keep)
            ++i;
        else
            m_terminals.erase(m_terminals.begin() + qsizetype(i));
    }
    startQueued();
    m_transfersMoved = false;
    for (size_t i = 0; i < m_transfers.size();) {
        const size_t before = m_transfers.size();
        m_sftpWaiting = false;
        const bool keep = stepTransfer(*m_transfers[i]);
        m_transfersMoved = m_transfersMoved || !m_sftpWaiting;
        if (m_transfers.size() != before || m_transfers.empty())
            break;
        if (keep)
            ++i;
        else
            m_transfers.erase(m_transfers.begin() + qsizetype(i));
    }
    schedulePump();
}

} // namespace Patagon
