// The worker that owns one libssh session on its own thread.
#include "core/ssh/connectionworker.h"

#include "core/ssh/commandwrapper.h"
#include "core/ssh/connection.h"
#include "core/ssh/sshconfig.h"
#include "core/tr.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <memory>

#include <fcntl.h>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)

namespace Patagon {

namespace {

constexpr qint64 kMaxUndelivered = 8 * 1024 * 1024; // stop reading a channel beyond this
constexpr qint64 kMaxReadPerTick = 2 * 1024 * 1024;
constexpr int kGraceMs = 5000; // TERM, then KILL after this
constexpr int kMaxInflight = 16; // outstanding SFTP requests per transfer
constexpr qint64 kChunk = 128 * 1024;
constexpr int kMaxReconnectAttempts = 8;
// Command channels open at once. OpenSSH allows 10 sessions per connection (MaxSessions);
// the SFTP session and the keepalive probe need one each. A server that refuses earlier
// lowers the limit for that connection.
constexpr int kMaxCommandChannels = 8;
constexpr int kRefusedRetryMs = 250;
// A listing reads for this long per turn of the pump, then lets the others move.
constexpr int kListSliceMs = 20;
// Links whose target is looked up (one round trip each) in one listing; the rest are shown
// as links to files.
constexpr int kMaxLinksFollowed = 2000;

struct AttributesFree
{
    void operator()(sftp_attributes attributes) const { sftp_attributes_free(attributes); }
};
using Attributes = std::unique_ptr<sftp_attributes_struct, AttributesFree>;

RemoteFileInfo fileInfoOf(const sftp_attributes_struct &attributes)
{
    RemoteFileInfo info;
    info.exists = true;
    info.isDirectory = attributes.type == SSH_FILEXFER_TYPE_DIRECTORY;
    info.size = qint64(attributes.size);
    info.permissions = attributes.permissions & 07777;
    info.modified = QDateTime::fromSecsSinceEpoch(qint64(attributes.mtime));
    return info;
}

quint32 unixMode(QFile::Permissions p)
{
    quint32 mode = 0;
    if (p & QFile::ReadOwner)
        mode |= 0400;
    if (p & QFile::WriteOwner)
        mode |= 0200;
    if (p & QFile::ExeOwner)
        mode |= 0100;
    if (p & QFile::ReadGroup)
        mode |= 0040;
    if (p & QFile::WriteGroup)
        mode |= 0020;
    if (p & QFile::ExeGroup)
        mode |= 0010;
    if (p & QFile::ReadOther)
        mode |= 0004;
    if (p & QFile::WriteOther)
        mode |= 0002;
    if (p & QFile::ExeOther)
        mode |= 0001;
    return mode;
}

QFile::Permissions qtPermissions(quint32 mode)
{
    QFile::Permissions p;
    if (mode & 0400)
        p |= QFile::ReadOwner | QFile::ReadUser;
    if (mode & 0200)
        p |= QFile::WriteOwner | QFile::WriteUser;
    if (mode & 0100)
        p |= QFile::ExeOwner | QFile::ExeUser;
    if (mode & 0040)
        p |= QFile::ReadGroup;
    if (mode & 0020)
        p |= QFile::WriteGroup;
    if (mode & 0010)
        p |= QFile::ExeGroup;
    if (mode & 0004)
        p |= QFile::ReadOther;
    if (mode & 0002)
        p |= QFile::WriteOther;
    if (mode & 0001)
        p |= QFile::ExeOther;
    return p;
}

QString parentOf(const QString &remotePath)
{
    const qsizetype slash = remotePath.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return QString();
    return slash == 0 ? QStringLiteral("/") : remotePath.left(slash);
}

QString joinRemote(const QString &dir, const QString &name)
{
    if (dir.isEmpty())
        return name;
    return dir.endsWith(QLatin1Char('/')) ? QString(dir + name)
                                          : QString(dir + QLatin1Char('/') + name);
}

Result sftpError(sftp_session sftp, const QString &path, const QString &destination)
{
    switch (sftp_get_error(sftp)) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return Result::error(ErrorCode::NotFound,
                             Tr::tr("\"%1\" does not exist on %2.").arg(path, destination));
    case SSH_FX_PERMISSION_DENIED:
        return Result::error(ErrorCode::PermissionDenied,
                             Tr::tr("Permission denied on \"%1\" on %2. Check the path, or ask "
                                    "the file's owner for access.")
                                 .arg(path, destination));
    default:
        return Result::error(ErrorCode::Remote,
                             Tr::tr("The file operation on \"%1\" failed on %2 (SFTP error %3).")
                                 .arg(path, destination)
                                 .arg(sftp_get_error(sftp)));
    }
}

} // namespace

// ------------------------------------------------------------------------------------------
struct ConnectionWorker::ProcessJob
{
    std::shared_ptr<ProcessShared> shared;
    ssh_channel channel = nullptr;
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

    ~ProcessJob()
    {
        if (channel) {
            if (ssh_channel_is_open(channel))
                ssh_channel_close(channel);
            ssh_channel_free(channel);
        }
    }
};

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
    sftp_file remote = nullptr;
    QString tempPath;
    std::unique_ptr<QFile> localIn;
    std::unique_ptr<QSaveFile> localOut;
    qint64 requested = 0; // bytes asked for (download) or sent (upload) in this file
    std::deque<sftp_aio> inflight;
    std::deque<qint64> inflightSizes;

    // list
    sftp_dir dir = nullptr;
    RemoteListing listing;
    int linksFollowed = 0;

    void closeDir()
    {
        if (dir)
            sftp_closedir(dir);
        dir = nullptr;
    }
    void dropInflight()
    {
        for (sftp_aio &aio : inflight)
            sftp_aio_free(aio);
        inflight.clear();
        inflightSizes.clear();
    }
    ~TransferJob()
    {
        dropInflight();
        closeDir();
        if (remote)
            sftp_close(remote);
    }
};

// ------------------------------------------------------------------------------------------
ConnectionWorker::ConnectionWorker(Connection *owner)
    : m_owner(owner)
    , m_session(this)
    , m_pumpTimer(new QTimer(this))
    , m_keepAliveTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
{
    m_pumpTimer->setInterval(2);
    connect(m_pumpTimer, &QTimer::timeout, this, &ConnectionWorker::pump);
    connect(m_keepAliveTimer, &QTimer::timeout, this, &ConnectionWorker::keepAlive);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &ConnectionWorker::tryReconnect);
}

ConnectionWorker::~ConnectionWorker()
{
    m_processes.clear();
    m_transfers.clear();
    closeSftp();
}

template<typename F> void ConnectionWorker::post(F &&f)
{
    QMetaObject::invokeMethod(m_owner, std::forward<F>(f), Qt::QueuedConnection);
}

void ConnectionWorker::provideHostKeyAnswer(HostKeyDecision decision)
{
    QMutexLocker lock(&m_mutex);
    m_hostKeyAnswer = decision;
    m_answered.wakeAll();
}

void ConnectionWorker::provideCredentials(const std::optional<QList<QByteArray>> &answers)
{
    QMutexLocker lock(&m_mutex);
    m_credentials = answers;
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
    while (!m_hostKeyAnswer && !m_aborted)
        m_answered.wait(&m_mutex);
    return m_hostKeyAnswer.value_or(HostKeyDecision::Reject);
}

std::optional<QList<QByteArray>> ConnectionWorker::answer(const CredentialRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_credentialsAnswered = false;
    m_credentials.reset();
    if (m_aborted)
        return std::nullopt;
    post([owner = m_owner, request] { emit owner->credentialsRequested(request); });
    while (!m_credentialsAnswered && !m_aborted)
        m_answered.wait(&m_mutex);
    std::optional<QList<QByteArray>> given = std::move(m_credentials);
    m_credentials.reset();
    return m_aborted ? std::nullopt : given;
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
    const Result r = m_session.connectToHost(m_profile);
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
    m_reconnectTimer->stop();
    m_keepAliveTimer->stop();
    const ProcessResult closed {
        -1, QString(), true,
        Result::error(ErrorCode::Cancelled, Tr::tr("The connection was closed."))};
    endLiveWork(closed);
    endWaitingWork(closed);
    closeSftp();
    m_session.disconnect();
    m_session.forgetSecrets();
    m_established = false;
    updatePumpTimer();
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
    closeSftp();
    m_session.disconnect();
    m_session.forgetSecrets();
    m_pumpTimer->stop();
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
    m_session.disconnect();
    updatePumpTimer();
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
    ++m_reconnectAttempt;
    if (m_reconnectAttempt >= kMaxReconnectAttempts) {
        m_wanted = false;
        const Result r = Result::error(ErrorCode::Network,
                                       Tr::tr("Could not reconnect to %1 after %2 attempts. "
                                              "Check the network and connect again.")
                                           .arg(m_session.destination())
                                           .arg(m_reconnectAttempt));
        endWaitingWork(ProcessResult {-1, QString(), false, r});
        post([owner = m_owner, r] {
            owner->m_lastError = r;
            owner->setState(Connection::State::Disconnected);
            emit owner->connectionFailed(r);
        });
        return;
    }
    const int delayMs = std::min(30000, 1000 << std::min(m_reconnectAttempt, 5));
    m_reconnectTimer->start(delayMs);
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
    ssh_channel channel = ssh_channel_new(s);
    const int rc = channel ? ssh_channel_open_session(channel) : SSH_ERROR;
    const int ms = int(clock.elapsed());
    if (channel) {
        if (rc == SSH_OK)
            ssh_channel_close(channel);
        ssh_channel_free(channel);
    }
    if (!ssh_is_connected(s) || (rc != SSH_OK && ssh_get_error_code(s) != SSH_REQUEST_DENIED)) {
        connectionLost(m_session.errorString());
        return;
    }
    if (rc != SSH_OK)
        return; // refused (every session slot in use): the connection itself is fine
    post([owner = m_owner, ms] { emit owner->latencyMeasured(ms); });
}

void ConnectionWorker::updatePumpTimer()
{
    const bool busy = !m_processes.empty() || !m_transfers.empty();
    if (busy && !m_pumpTimer->isActive())
        m_pumpTimer->start();
    else if (!busy)
        m_pumpTimer->stop();
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

// ------------------------------------------------------------------------------------------
void ConnectionWorker::startProcess(const std::shared_ptr<ProcessShared> &process)
{
    if (process->cancelRequested.load()) {
        ProcessJob job;
        job.shared = process;
        finishProcess(job,
                      ProcessResult {-1, QString(), true,
                                     Result::error(ErrorCode::Cancelled,
                                                   Tr::tr("The command was cancelled."))});
        return;
    }
    if (!m_session.isConnected()) {
        if (reconnectForRequest()) {
            m_waitingProcesses.push_back(process);
            return;
        }
        ProcessJob job;
        job.shared = process;
        finishProcess(job,
                      ProcessResult {-1, QString(), false,
                                     Result::error(ErrorCode::Network,
                                                   Tr::tr("Not connected. Connect to the "
                                                          "cluster first."))});
        return;
    }
    if (qsizetype(m_processes.size()) >= m_channelLimit) {
        m_queuedProcesses.push_back(process); // started when a channel frees up
        return;
    }
    auto job = std::make_unique<ProcessJob>();
    job->shared = process;
    const QByteArray nonce = CommandWrapper::newNonce();
    job->out.emplace(nonce, false);
    job->err.emplace(nonce, true);
    ssh_session s = m_session.handle();
    job->channel = ssh_channel_new(s);
    if (job->channel && ssh_channel_open_session(job->channel) != SSH_OK && ssh_is_connected(s)
        && ssh_get_error_code(s) == SSH_REQUEST_DENIED) {
        // The server allows fewer sessions than we had open (MaxSessions): not a lost
        // connection. Wait for one of ours to end (or a moment, when none runs) and retry.
        ssh_channel_free(job->channel);
        job->channel = nullptr;
        m_channelLimit = std::max(1, int(m_processes.size()));
        m_opensSinceRefusal = 0;
        qCInfo(lcSsh) << "the server refused a channel; at most" << m_channelLimit << "at once";
        m_queuedProcesses.push_front(process);
        if (m_processes.empty())
            QTimer::singleShot(kRefusedRetryMs, this, &ConnectionWorker::startQueued);
        return;
    }
    if (!job->channel || !ssh_channel_is_open(job->channel)
        || ssh_channel_request_exec(job->channel, CommandWrapper::execRequest(nonce).constData())
            != SSH_OK) {
        const QString why = m_session.errorString();
        if (!ssh_is_connected(s)) {
            // The channel belongs to the session that connectionLost() frees: freed first, or
            // the job's destructor would free it a second time (a crash on reconnect).
            if (job->channel) {
                ssh_channel_free(job->channel);
                job->channel = nullptr;
            }
            // Nothing of the command's text was sent yet (it travels on standard input, after
            // the exec request): whatever the server started ran nothing, so asking again
            // after the reconnect cannot run it twice.
            m_waitingProcesses.push_back(process);
            connectionLost(why);
            return;
        }
        finishProcess(*job,
                      ProcessResult {
                          -1, QString(), false,
                          Result::error(ErrorCode::Remote,
                                        Tr::tr("Could not start \"%1\" on %2: %3.")
                                            .arg(process->program, m_session.destination(), why))});
        return;
    }
    // A refusal can come from channels the server had not freed yet: the limit grows back
    // slowly while opens succeed.
    if (m_channelLimit < kMaxCommandChannels && ++m_opensSinceRefusal >= 8) {
        ++m_channelLimit;
        m_opensSinceRefusal = 0;
    }
    // From here on the command may run: it is never sent again. Its script and input go out
    // whole or not at all (the wrapper runs nothing from a cut-off stream).
    const QByteArray in
        = CommandWrapper::prologue(nonce, process->commandLine, process->standardInput);
    process->standardInput.clear();
    qint64 written = 0;
    while (written < in.size()) {
        const int n = ssh_channel_write(job->channel, in.constData() + written,
                                        uint32_t(std::min<qint64>(in.size() - written, 65536)));
        if (n <= 0)
            break;
        written += n;
    }
    if (written < in.size()) {
        const QString why = m_session.errorString();
        if (!ssh_is_connected(s)) {
            m_processes.push_back(std::move(job)); // connectionLost() reports it as lost
            connectionLost(why);
            return;
        }
        finishProcess(*job,
                      ProcessResult {
                          -1, QString(), false,
                          Result::error(ErrorCode::Remote,
                                        Tr::tr("Could not send \"%1\" its input on %2 "
                                               "(%3); it was not run.")
                                            .arg(process->program, m_session.destination(), why))});
        return;
    }
    ssh_channel_send_eof(job->channel);
    m_processes.push_back(std::move(job));
    updatePumpTimer();
}

void ConnectionWorker::startQueued()
{
    while (!m_queuedProcesses.empty() && qsizetype(m_processes.size()) < m_channelLimit
           && m_session.isConnected()) {
        const std::shared_ptr<ProcessShared> next = m_queuedProcesses.front();
        m_queuedProcesses.pop_front();
        startProcess(next);
        if (!m_queuedProcesses.empty() && m_queuedProcesses.front() == next)
            break; // refused again: retried when a channel frees up
    }
}

void ConnectionWorker::killRemoteGroup(qint64 pid, const char *signal)
{
    if (pid <= 1)
        return;
    // The negative PID names the process group: the command and everything it started.
    const Expected<CommandOutput> r
        = m_session.run(QByteArrayLiteral("kill -") + signal + " -- -" + QByteArray::number(pid));
    if (!r)
        qCInfo(lcSsh) << "kill failed:" << r.errorMessage();
}

bool ConnectionWorker::pumpProcess(ProcessJob &job)
{
    ProcessShared &shared = *job.shared;
    if (shared.cancelRequested.load()) {
        if (job.cancel == ProcessJob::Cancel::None) {
            ssh_channel_request_send_signal(job.channel, "TERM");
            if (job.pidKnown)
                killRemoteGroup(job.pid, "TERM");
            job.cancel = ProcessJob::Cancel::TermSent;
            job.cancelClock.start();
        } else if (job.cancel == ProcessJob::Cancel::TermSent
                   && job.cancelClock.elapsed() > kGraceMs) {
            ssh_channel_request_send_signal(job.channel, "KILL");
            if (job.pidKnown)
                killRemoteGroup(job.pid, "KILL");
            job.cancel = ProcessJob::Cancel::KillSent;
            job.cancelClock.start();
        } else if (job.cancel == ProcessJob::Cancel::KillSent
                   && job.cancelClock.elapsed() > kGraceMs) {
            finishProcess(job, ProcessResult {-1, QStringLiteral("KILL"), true, Result::ok()});
            return false;
        }
    }

    char buffer[65536];
    qint64 readThisTick = 0;
    for (int isStderr = 0; isStderr <= 1; ++isStderr) {
        while (readThisTick < kMaxReadPerTick && shared.undelivered.load() < kMaxUndelivered) {
            const int n
                = ssh_channel_read_nonblocking(job.channel, buffer, sizeof buffer, isStderr);
            if (n == SSH_ERROR) {
                connectionLost(m_session.errorString());
                return false; // connectionLost finished every job
            }
            if (n <= 0)
                break;
            readThisTick += n;
            CommandWrapper::MarkerFilter &filter = isStderr ? *job.err : *job.out;
            const QByteArray chunk = filter.feed(QByteArray(buffer, n));
            if (!isStderr && !job.pidKnown && !filter.markerText().isEmpty()) {
                job.pid = filter.markerText().trimmed().toLongLong();
                job.pidKnown = true;
                const qint64 pid = job.pid;
                post([s = job.shared, pid] {
                    if (s->handle) {
                        s->handle->m_pid = pid;
                        emit s->handle->started(pid);
                    }
                });
            }
            deliver(job, chunk, isStderr != 0);
        }
    }

    if (ssh_channel_is_eof(job.channel) && ssh_channel_poll(job.channel, 0) <= 0
        && ssh_channel_poll(job.channel, 1) <= 0) {
        uint32_t exitCode = 0;
        char *signal = nullptr;
        int coreDumped = 0;
        ProcessResult result;
        result.cancelled = job.cancel != ProcessJob::Cancel::None;
        if (ssh_channel_get_exit_state(job.channel, &exitCode, &signal, &coreDumped) == SSH_OK) {
            if (signal)
                result.exitSignal = QString::fromLatin1(signal);
            else
                result.exitStatus = int(exitCode);
        }
        ssh_string_free_char(signal);
        // Never started (the login shell failed, or refused the wrapper): what it said is
        // all there is to show.
        deliver(job, job.out->takeUnmarked(), false);
        deliver(job, job.err->takeUnmarked(), true);
        // A command killed through its process group shows as 128+N from the shell's view.
        if (result.cancelled && result.exitSignal.isEmpty() && result.exitStatus > 128)
            result.exitSignal
                = result.exitStatus == 128 + 9 ? QStringLiteral("KILL") : QStringLiteral("TERM");
        finishProcess(job, result);
        return false;
    }
    return true;
}

void ConnectionWorker::deliver(ProcessJob &job, const QByteArray &chunk, bool isStderr)
{
    if (chunk.isEmpty())
        return;
    job.shared->undelivered += chunk.size();
    post([s = job.shared, chunk, isStderr] {
        s->undelivered -= chunk.size();
        if (s->handle)
            s->handle->deliver(chunk, isStderr);
    });
}

void ConnectionWorker::finishProcess(ProcessJob &job, ProcessResult result)
{
    post([s = job.shared, result] {
        if (s->handle) {
            s->handle->m_finished = true;
            s->handle->m_result = result;
            emit s->handle->finished(result);
        }
    });
}

// ------------------------------------------------------------------------------------------
sftp_session_struct *ConnectionWorker::sftp(Result *error, bool *refused)
{
    *refused = false;
    if (m_sftp)
        return m_sftp;
    if (m_noSftp) {
        *error = noSftpError();
        return nullptr;
    }
    ssh_session s = m_session.handle();
    ssh_channel channel = s ? ssh_channel_new(s) : nullptr;
    const auto failed = [&] {
        *error = Result::error(ErrorCode::Remote,
                               Tr::tr("Could not start file transfer (SFTP) on %1: %2.")
                                   .arg(m_session.destination(), m_session.errorString()));
        return nullptr;
    };
    if (!channel)
        return failed();
    if (ssh_channel_open_session(channel) != SSH_OK) {
        *refused = ssh_is_connected(s) && ssh_get_error_code(s) == SSH_REQUEST_DENIED;
        ssh_channel_free(channel);
        return failed();
    }
    if (ssh_channel_request_sftp(channel) != SSH_OK) {
        const bool connected = ssh_is_connected(s);
        ssh_channel_free(channel);
        if (!connected)
            return failed();
        // Detected once per connection; callers fall back to commands (see SshHost).
        m_noSftp = true;
        qCInfo(lcSsh) << "the server offers no SFTP subsystem";
        *error = noSftpError();
        return nullptr;
    }
    sftp_session sftp = sftp_new_channel(s, channel);
    if (!sftp) {
        ssh_channel_free(channel);
        return failed();
    }
    if (sftp_init(sftp) != SSH_OK) {
        sftp_free(sftp); // frees the channel too
        if (!ssh_is_connected(s))
            return failed();
        // The subsystem was granted but nothing answers (its program is missing, as with
        // Dropbear without sftp-server): the same as none, and never retried in a loop.
        m_noSftp = true;
        qCInfo(lcSsh) << "the server's SFTP subsystem does not answer";
        *error = noSftpError();
        return nullptr;
    }
    m_sftp = sftp;
    return m_sftp;
}

Result ConnectionWorker::noSftpError() const
{
    return Result::error(ErrorCode::Unsupported,
                         Tr::tr("%1 offers no SFTP (file transfer) service, so files are read "
                                "and written through commands instead; folders cannot be "
                                "copied there. Ask the administrators to enable the sftp "
                                "subsystem.")
                             .arg(m_session.destination()));
}

void ConnectionWorker::endLiveWork(const ProcessResult &why)
{
    // Moved out first: finishing posts to the caller's thread, and nothing may be added to
    // the lists being cleared meanwhile.
    auto processes = std::exchange(m_processes, {});
    auto transfers = std::exchange(m_transfers, {});
    for (auto &job : processes)
        finishProcess(*job, why);
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

void ConnectionWorker::closeSftp()
{
    // Transfers use the SFTP session: none may outlive it without hearing why.
    if (!m_transfers.empty())
        endLiveWork(ProcessResult {
            -1, QString(), true,
            Result::error(ErrorCode::Cancelled, Tr::tr("The file transfer was stopped."))});
    if (m_sftp) {
        sftp_free(m_sftp);
        m_sftp = nullptr;
    }
}

void ConnectionWorker::startOperation(const std::shared_ptr<TransferShared> &operation)
{
    if (!m_session.isConnected()) {
        if (reconnectForRequest()) {
            m_waitingTransfers.push_back(operation);
            return;
        }
        TransferJob job;
        job.shared = operation;
        finishTransfer(job,
                       Result::error(ErrorCode::Network,
                                     Tr::tr("Not connected. Connect to the cluster first.")));
        return;
    }
    auto job = std::make_unique<TransferJob>();
    job->shared = operation;
    job->progressClock.start();
    m_transfers.push_back(std::move(job));
    updatePumpTimer();
}

void ConnectionWorker::finishTransfer(TransferJob &job, const Result &result)
{
    if (job.remote) {
        sftp_close(job.remote);
        job.remote = nullptr;
    }
    job.dropInflight();
    job.closeDir();
    if (!result && !job.tempPath.isEmpty() && m_sftp)
        sftp_unlink(m_sftp, job.tempPath.toUtf8().constData());
    if (job.localOut)
        job.localOut->cancelWriting();
    const qint64 done = job.done;
    const qint64 total = job.total;
    post([s = job.shared, result, done, total, listing = std::move(job.listing)] {
        if (!s->handle)
            return;
        if (result && total > 0)
            emit s->handle->progress(done, total);
        s->handle->m_listing = listing;
        s->handle->m_finished = true;
        s->handle->m_result = result;
        emit s->handle->finished(result);
    });
}

bool ConnectionWorker::stepListing(TransferJob &job, sftp_session_struct *sftp)
{
    const QString destination = m_session.destination();
    RemoteListing &listing = job.listing;
    auto fail = [&](const Result &r) {
        if (!m_session.isConnected())
            connectionLost(m_session.errorString());
        else
            finishTransfer(job, r);
        return false;
    };
    if (!job.dir) {
        // `~` as a shell reads it; relative paths start from where SFTP starts (the home).
        QString path = job.shared->remotePath;
        if (path.isEmpty() || path == u"~")
            path = QStringLiteral(".");
        else if (path.startsWith(u"~/"))
            path = path.mid(2);
        if (!path.startsWith(u'/')) {
            char *home = sftp_canonicalize_path(sftp, ".");
            if (!home)
                return fail(sftpError(sftp, job.shared->remotePath, destination));
            const QString homePath = QString::fromUtf8(home);
            ssh_string_free_char(home);
            path = homePath + u'/' + path;
        }
        listing.path = QDir::cleanPath(path);
        const QByteArray encoded = listing.path.toUtf8();
        job.dir = sftp_opendir(sftp, encoded.constData());
        if (!job.dir) {
            const int error = sftp_get_error(sftp);
            Result why = sftpError(sftp, listing.path, destination);
            if (error == SSH_FX_PERMISSION_DENIED)
                why = Result::error(ErrorCode::PermissionDenied,
                                    Tr::tr("The folder \"%1\" on %2 may not be read (permission "
                                           "denied). Ask its owner for access, or choose another "
                                           "folder.")
                                        .arg(listing.path, destination));
            else if (error == SSH_FX_NO_SUCH_FILE || error == SSH_FX_FAILURE) {
                // A file gives "no such file" (ENOTDIR) or a plain failure: say which.
                const Attributes attrs(sftp_stat(sftp, encoded.constData()));
                if (attrs && attrs->type != SSH_FILEXFER_TYPE_DIRECTORY)
                    why = Result::error(ErrorCode::InvalidInput,
                                        Tr::tr("\"%1\" on %2 is a file, not a folder.")
                                            .arg(listing.path, destination));
            }
            return fail(why);
        }
    }
    QElapsedTimer slice;
    slice.start();
    while (slice.elapsed() < kListSliceMs) {
        const Attributes entry(sftp_readdir(sftp, job.dir));
        if (!entry) {
            if (!sftp_dir_eof(job.dir))
                return fail(sftpError(sftp, listing.path, destination));
            finishTransfer(job, Result::ok());
            return false;
        }
        const QString name = QString::fromUtf8(entry->name);
        if (name == u"." || name == u"..")
            continue;
        if (listing.entries.size() >= job.shared->maxBytes) {
            listing.truncated = true;
            finishTransfer(job, Result::ok());
            return false;
        }
        RemoteFileInfo info = fileInfoOf(*entry);
        info.name = name;
        if (entry->type == SSH_FILEXFER_TYPE_SYMLINK) {
            info.isSymlink = true;
            info.isDirectory = false;
            if (job.linksFollowed < kMaxLinksFollowed) {
                ++job.linksFollowed;
                const QByteArray target = joinRemote(listing.path, name).toUtf8();
                const Attributes attrs(sftp_stat(sftp, target.constData()));
                if (attrs) {
                    info = fileInfoOf(*attrs);
                    info.name = name;
                    info.isSymlink = true;
                } else if (!m_session.isConnected()) {
                    return fail(sftpError(sftp, listing.path, destination));
                } else {
                    info.exists = false; // a dangling link
                }
            }
        }
        listing.entries.append(info);
    }
    return true; // more at the next turn
}

void ConnectionWorker::pump()
{
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
    startQueued();
    for (size_t i = 0; i < m_transfers.size();) {
        const size_t before = m_transfers.size();
        const bool keep = stepTransfer(*m_transfers[i]);
        if (m_transfers.size() != before || m_transfers.empty())
            break;
        if (keep)
            ++i;
        else
            m_transfers.erase(m_transfers.begin() + qsizetype(i));
    }
    updatePumpTimer();
}

bool ConnectionWorker::stepTransfer(TransferJob &job)
{
    TransferShared &op = *job.shared;
    const QString destination = m_session.destination();
    if (op.cancelRequested.load()) {
        finishTransfer(
            job,
            Result::error(ErrorCode::Cancelled,
                          Tr::tr("The transfer of \"%1\" was cancelled.").arg(op.remotePath)));
        return false;
    }
    if (!m_sftp && m_sftpRefused.isValid() && m_sftpRefused.elapsed() < kRefusedRetryMs)
        return true; // the server refused a session a moment ago: wait for a free one
    Result error;
    bool refused = false;
    sftp_session sftp = this->sftp(&error, &refused);
    if (!sftp) {
        if (!m_session.isConnected())
            connectionLost(m_session.errorString());
        else if (refused) {
            // Every session slot is taken by our commands: make room for the SFTP session.
            m_channelLimit = std::max(1, int(m_processes.size()) - 1);
            m_opensSinceRefusal = 0;
            m_sftpRefused.start();
            return true;
        } else
            finishTransfer(job, error);
        return false;
    }
    m_sftpRefused.invalidate();
    const QByteArray remote = op.remotePath.toUtf8();

    auto reportProgress = [&job, this] {
        if (job.progressClock.elapsed() < 100 && job.done < job.total)
            return;
        job.progressClock.restart();
        const qint64 done = job.done;
        const qint64 total = job.total;
        post([s = job.shared, done, total] {
            if (s->handle)
                emit s->handle->progress(done, total);
        });
    };
    auto fail = [&](const Result &r) {
        if (!m_session.isConnected()) {
            connectionLost(m_session.errorString());
            return false;
        }
        finishTransfer(job, r);
        return false;
    };

    switch (op.kind) {
    case OperationKind::Stat: {
        const Attributes attrs(sftp_stat(sftp, remote.constData()));
        RemoteFileInfo info;
        if (attrs) {
            info = fileInfoOf(*attrs);
        } else if (sftp_get_error(sftp) != SSH_FX_NO_SUCH_FILE) {
            return fail(sftpError(sftp, op.remotePath, destination));
        }
        post([s = job.shared, info] {
            if (s->handle)
                s->handle->m_info = info;
        });
        finishTransfer(job, Result::ok());
        return false;
    }
    case OperationKind::List:
        return stepListing(job, sftp);
    case OperationKind::Mkdir: {
        QString path;
        const QStringList parts = op.remotePath.split(QLatin1Char('/'));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            path += (i ? QStringLiteral("/") : QString()) + parts.at(i);
            if (parts.at(i).isEmpty())
                continue;
            sftp_attributes attrs = sftp_stat(sftp, path.toUtf8().constData());
            if (attrs) {
                const bool isDir = attrs->type == SSH_FILEXFER_TYPE_DIRECTORY;
                sftp_attributes_free(attrs);
                if (isDir)
                    continue;
                return fail(Result::error(
                    ErrorCode::Io,
                    Tr::tr("\"%1\" exists on %2 and is not a folder.").arg(path, destination)));
            }
            if (sftp_mkdir(sftp, path.toUtf8().constData(), 0755) != SSH_OK)
                return fail(sftpError(sftp, path, destination));
        }
        finishTransfer(job, Result::ok());
        return false;
    }
    case OperationKind::Chmod:
        if (sftp_chmod(sftp, remote.constData(), mode_t(op.permissions.value_or(0644))) != SSH_OK)
            return fail(sftpError(sftp, op.remotePath, destination));
        finishTransfer(job, Result::ok());
        return false;
    case OperationKind::ReadFrom: {
        sftp_file file = sftp_open(sftp, remote.constData(), O_RDONLY, 0);
        if (!file)
            return fail(sftpError(sftp, op.remotePath, destination));
        sftp_attributes attrs = sftp_fstat(file);
        const qint64 size = attrs ? qint64(attrs->size) : -1;
        if (attrs)
            sftp_attributes_free(attrs);
        // A file that shrank (truncated, rewritten) is read again from its start.
        qint64 offset = (size >= 0 && op.offset > size) ? 0 : op.offset;
        QByteArray data;
        if (sftp_seek64(file, quint64(offset)) == SSH_OK) {
            const qint64 want = size >= 0 ? std::min(op.maxBytes, size - offset) : op.maxBytes;
            data.resize(qsizetype(std::max<qint64>(want, 0)));
            qint64 got = 0;
            while (got < data.size()) {
                const ssize_t n = sftp_read(file, data.data() + got, size_t(data.size() - got));
                if (n <= 0)
                    break;
                got += n;
            }
            data.resize(qsizetype(got));
        }
        sftp_close(file);
        const qint64 next = offset + data.size();
        post([s = job.shared, data, next] {
            if (s->handle) {
                s->handle->m_data = data;
                s->handle->m_nextOffset = next;
            }
        });
        finishTransfer(job, Result::ok());
        return false;
    }
    case OperationKind::WriteFile:
    case OperationKind::Upload:
    case OperationKind::Download:
        break;
    }

    // ---- the streaming kinds: prepare the list of files once
    if (!job.prepared) {
        job.prepared = true;
        if (op.kind == OperationKind::WriteFile) {
            job.files.append(
                {QString(), op.remotePath, op.contents.size(), op.permissions.value_or(0600)});
            job.total = op.contents.size();
            if (op.createParents && !parentOf(op.remotePath).isEmpty())
                job.remoteDirs.append(parentOf(op.remotePath));
        } else if (op.kind == OperationKind::Upload) {
            const QFileInfo info(op.localPath);
            if (!info.exists())
                return fail(Result::error(
                    ErrorCode::NotFound,
                    Tr::tr("The local file \"%1\" does not exist.").arg(op.localPath)));
            if (info.isDir()) {
                job.remoteDirs.append(op.remotePath);
                QDirIterator it(op.localPath,
                                QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                QDirIterator::Subdirectories);
                QList<TransferJob::FileStep> files;
                while (it.hasNext()) {
                    const QFileInfo entry(it.next());
                    const QString relative = QDir(op.localPath).relativeFilePath(entry.filePath());
                    const QString target = joinRemote(op.remotePath, relative);
                    if (entry.isDir())
                        job.remoteDirs.append(target);
                    else if (entry.isFile())
                        files.append({entry.filePath(), target, entry.size(),
                                      unixMode(entry.permissions())});
                }
                std::sort(job.remoteDirs.begin(), job.remoteDirs.end());
                job.files = files;
            } else {
                job.files.append({op.localPath, op.remotePath, info.size(),
                                  op.permissions.value_or(unixMode(info.permissions()))});
                if (op.createParents && !parentOf(op.remotePath).isEmpty())
                    job.remoteDirs.append(parentOf(op.remotePath));
            }
            for (const auto &f : std::as_const(job.files))
                job.total += f.size;
        } else { // Download
            sftp_attributes attrs = sftp_stat(sftp, remote.constData());
            if (!attrs)
                return fail(sftpError(sftp, op.remotePath, destination));
            const bool isDir = attrs->type == SSH_FILEXFER_TYPE_DIRECTORY;
            job.files.append(
                {op.localPath, op.remotePath, qint64(attrs->size), attrs->permissions & 0777});
            sftp_attributes_free(attrs);
            if (isDir) {
                job.files.clear();
                QStringList pending {op.remotePath};
                QDir().mkpath(op.localPath);
                while (!pending.isEmpty()) {
                    const QString dirPath = pending.takeFirst();
                    sftp_dir dir = sftp_opendir(sftp, dirPath.toUtf8().constData());
                    if (!dir)
                        return fail(sftpError(sftp, dirPath, destination));
                    while (sftp_attributes entry = sftp_readdir(sftp, dir)) {
                        const QString name = QString::fromUtf8(entry->name);
                        if (name != QLatin1String(".") && name != QLatin1String("..")) {
                            const QString rpath = joinRemote(dirPath, name);
                            const QString lpath
                                = QDir(op.localPath)
                                      .filePath(rpath.mid(op.remotePath.size()).remove(0, 1));
                            if (entry->type == SSH_FILEXFER_TYPE_DIRECTORY) {
                                pending.append(rpath);
                                QDir().mkpath(lpath);
                            } else if (entry->type == SSH_FILEXFER_TYPE_REGULAR) {
                                job.files.append(
                                    {lpath, rpath, qint64(entry->size), entry->permissions & 0777});
                            }
                        }
                        sftp_attributes_free(entry);
                    }
                    sftp_closedir(dir);
                }
            } else if (!QFileInfo(op.localPath).absoluteDir().exists()) {
                QDir().mkpath(QFileInfo(op.localPath).absolutePath());
            }
            for (const auto &f : std::as_const(job.files))
                job.total += f.size;
        }
        for (const QString &dir : std::as_const(job.remoteDirs)) {
            QString path;
            const QStringList parts = dir.split(QLatin1Char('/'));
            for (qsizetype i = 0; i < parts.size(); ++i) {
                path += (i ? QStringLiteral("/") : QString()) + parts.at(i);
                if (parts.at(i).isEmpty())
                    continue;
                sftp_attributes attrs = sftp_stat(sftp, path.toUtf8().constData());
                if (attrs) {
                    sftp_attributes_free(attrs);
                    continue;
                }
                if (sftp_mkdir(sftp, path.toUtf8().constData(), 0755) != SSH_OK)
                    return fail(sftpError(sftp, path, destination));
            }
        }
    }

    sftp_limits_t limits = sftp_limits(sftp);
    const qint64 readChunk
        = limits ? std::min<qint64>(kChunk, qint64(limits->max_read_length)) : kChunk;
    const qint64 writeChunk
        = limits ? std::min<qint64>(kChunk, qint64(limits->max_write_length)) : kChunk;
    sftp_limits_free(limits);

    qint64 movedThisTick = 0;
    while (movedThisTick < 8 * kChunk) {
        if (job.index >= job.files.size()) {
            finishTransfer(job, Result::ok());
            return false;
        }
        const TransferJob::FileStep &file = job.files.at(job.index);
        const bool upload = op.kind != OperationKind::Download;

        // Open the file in progress.
        if (!job.remote) {
            if (upload) {
                if (op.kind == OperationKind::Upload) {
                    job.localIn = std::make_unique<QFile>(file.local);
                    if (!job.localIn->open(QIODevice::ReadOnly))
                        return fail(
                            Result::error(ErrorCode::Io,
                                          Tr::tr("Could not read the local file \"%1\": %2.")
                                              .arg(file.local, job.localIn->errorString())));
                }
                const QString name = file.remote.section(QLatin1Char('/'), -1);
                job.tempPath = joinRemote(
                    parentOf(file.remote),
                    QStringLiteral(".%1.patagon-%2")
                        .arg(name)
                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
                // Created private; the final mode is set just before the rename.
                job.remote = sftp_open(sftp, job.tempPath.toUtf8().constData(),
                                       O_WRONLY | O_CREAT | O_TRUNC, 0600);
            } else {
                job.localOut = std::make_unique<QSaveFile>(file.local);
                if (!job.localOut->open(QIODevice::WriteOnly))
                    return fail(Result::error(ErrorCode::Io,
                                              Tr::tr("Could not write the local file \"%1\": %2.")
                                                  .arg(file.local, job.localOut->errorString())));
                job.remote = sftp_open(sftp, file.remote.toUtf8().constData(), O_RDONLY, 0);
            }
            if (!job.remote) {
                // Name the file the user asked for, not the temporary one.
                const Result r = sftpError(sftp, file.remote, destination);
                job.tempPath.clear();
                return fail(r);
            }
            job.requested = 0;
        }

        if (upload) {
            // Keep up to kMaxInflight writes in flight, then collect the oldest.
            while (job.inflight.size() < size_t(kMaxInflight) && job.requested < file.size) {
                const qint64 len = std::min(writeChunk, file.size - job.requested);
                QByteArray buf;
                if (op.kind == OperationKind::WriteFile)
                    buf = op.contents.mid(qsizetype(job.requested), qsizetype(len));
                else
                    buf = job.localIn->read(len);
                if (buf.size() != len)
                    return fail(Result::error(ErrorCode::Io,
                                              Tr::tr("The local file \"%1\" changed while it was "
                                                     "being uploaded.")
                                                  .arg(file.local)));
                sftp_aio aio = nullptr;
                if (sftp_aio_begin_write(job.remote, buf.constData(), size_t(len), &aio) < 0)
                    return fail(sftpError(sftp, job.tempPath, destination));
                job.inflight.push_back(aio);
                job.inflightSizes.push_back(len);
                job.requested += len;
            }
            if (!job.inflight.empty()) {
                sftp_aio aio = job.inflight.front();
                job.inflight.pop_front();
                const qint64 len = job.inflightSizes.front();
                job.inflightSizes.pop_front();
                if (sftp_aio_wait_write(&aio) < 0)
                    return fail(sftpError(sftp, job.tempPath, destination));
                job.done += len;
                movedThisTick += len;
                reportProgress();
                continue;
            }
            // This file is complete: close, set its mode, rename over the target.
            sftp_close(job.remote);
            job.remote = nullptr;
            job.localIn.reset();
            const QByteArray temp = job.tempPath.toUtf8();
            if (sftp_chmod(sftp, temp.constData(), mode_t(file.mode)) != SSH_OK)
                return fail(sftpError(sftp, job.tempPath, destination));
            if (sftp_rename(sftp, temp.constData(), file.remote.toUtf8().constData()) != SSH_OK)
                return fail(sftpError(sftp, file.remote, destination));
            job.tempPath.clear();
            ++job.index;
        } else {
            while (job.inflight.size() < size_t(kMaxInflight) && job.requested < file.size) {
                const qint64 len = std::min(readChunk, file.size - job.requested);
                sftp_aio aio = nullptr;
                if (sftp_aio_begin_read(job.remote, size_t(len), &aio) < 0)
                    return fail(sftpError(sftp, file.remote, destination));
                job.inflight.push_back(aio);
                job.inflightSizes.push_back(len);
                job.requested += len;
            }
            if (!job.inflight.empty()) {
                sftp_aio aio = job.inflight.front();
                job.inflight.pop_front();
                const qint64 len = job.inflightSizes.front();
                job.inflightSizes.pop_front();
                QByteArray buf(qsizetype(len), Qt::Uninitialized);
                const ssize_t n = sftp_aio_wait_read(&aio, buf.data(), size_t(len));
                if (n < 0)
                    return fail(sftpError(sftp, file.remote, destination));
                job.localOut->write(buf.constData(), n);
                job.done += n;
                movedThisTick += n;
                reportProgress();
                if (n < len) // the file is shorter than it was: stop asking
                    job.requested = file.size;
                continue;
            }
            sftp_close(job.remote);
            job.remote = nullptr;
            job.localOut->setPermissions(qtPermissions(file.mode));
            if (!job.localOut->commit())
                return fail(Result::error(ErrorCode::Io,
                                          Tr::tr("Could not write the local file \"%1\": %2.")
                                              .arg(file.local, job.localOut->errorString())));
            job.localOut.reset();
            ++job.index;
        }
    }
    return true;
}

} // namespace Patagon
