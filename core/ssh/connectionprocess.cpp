// ConnectionWorker's command channels: open (within the server's session limit, queued
// beyond it), pump output and standard input, cancel (TERM, then KILL), finish.
#include "core/ssh/connectionworker.h"
#include "core/ssh/connectionworker_p.h"

#include "core/ssh/connection.h"
#include "core/tr.h"

#include <QTimer>

namespace Patagon {

using namespace WorkerDetail;

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
        finishProcess(job, ProcessResult {-1, QString(), false, notConnectedError()});
        return;
    }
    if (channelsInUse() >= m_channelLimit) {
        m_queuedProcesses.push_back(process); // started when a channel frees up
        return;
    }
    auto job = std::make_unique<ProcessJob>();
    job->shared = process;
    const QByteArray nonce = CommandWrapper::newNonce();
    job->out.emplace(nonce, false);
    job->err.emplace(nonce, true);
    ssh_session s = m_session.handle();
    job->channel.reset(ssh_channel_new(s));
    ssh_channel channel = job->channel.get();
    if (channel && ssh_channel_open_session(channel) != SSH_OK && ssh_is_connected(s)
        && ssh_get_error_code(s) == SSH_REQUEST_DENIED) {
        // The server allows fewer sessions than we had open (MaxSessions): not a lost
        // connection. Wait for one of ours to end (or a moment, when none runs) and retry.
        job->channel.reset();
        m_channelLimit = int(std::max<qsizetype>(1, channelsInUse()));
        m_opensSinceRefusal = 0;
        qCInfo(lcSsh) << "the server refused a channel; at most" << m_channelLimit << "at once";
        m_queuedProcesses.push_front(process);
        if (m_processes.empty())
            QTimer::singleShot(kRefusedRetryMs, this, &ConnectionWorker::startQueued);
        return;
    }
    if (!channel || !ssh_channel_is_open(channel)
        || ssh_channel_request_exec(channel, CommandWrapper::execRequest(nonce).constData())
            != SSH_OK) {
        const QString why = m_session.errorString();
        if (!ssh_is_connected(s)) {
            // The channel belongs to the session that connectionLost() frees: freed first, or
            // the job's destructor would free it a second time (a crash on reconnect).
            job->channel.reset();
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
        const int n = ssh_channel_write(channel, in.constData() + written,
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
    ssh_channel_send_eof(channel);
    m_processes.push_back(std::move(job));
    m_pumpAgain = true; // the blocking requests above may have buffered some output already
    schedulePump();
}

void ConnectionWorker::startQueued()
{
    while (!m_queuedProcesses.empty() && channelsInUse() < m_channelLimit
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
    // Bounded: a server that does not answer must not stop the worker (and every other
    // command) from moving.
    const Expected<CommandOutput> r
        = m_session.run(QByteArrayLiteral("kill -") + signal + " -- -" + QByteArray::number(pid),
                        {}, kKillCommandMs);
    if (!r)
        qCInfo(lcSsh) << "kill failed:" << r.errorMessage();
}

bool ConnectionWorker::pumpProcess(ProcessJob &job)
{
    ProcessShared &shared = *job.shared;
    ssh_channel channel = job.channel.get();
    if (shared.cancelRequested.load()) {
        if (job.cancel == ProcessJob::Cancel::None) {
            ssh_channel_request_send_signal(channel, "TERM");
            if (job.pidKnown)
                killRemoteGroup(job.pid, "TERM");
            job.cancel = ProcessJob::Cancel::TermSent;
            job.cancelClock.start();
        } else if (job.cancel == ProcessJob::Cancel::TermSent
                   && job.cancelClock.elapsed() > kGraceMs) {
            ssh_channel_request_send_signal(channel, "KILL");
            if (job.pidKnown)
                killRemoteGroup(job.pid, "KILL");
            job.cancel = ProcessJob::Cancel::KillSent;
            job.cancelClock.start();
        } else if (job.cancel == ProcessJob::Cancel::KillSent
                   && job.cancelClock.elapsed() > kGraceMs) {
            // Something of it outlived TERM and KILL (a process that left the group and keeps
            // the output open): stop waiting and say so rather than claim it was killed.
            finishProcess(
                job,
                ProcessResult {-1, QString(), true,
                               Result::error(ErrorCode::Timeout,
                                             Tr::tr("\"%1\" was cancelled, but part of it was "
                                                    "still running on %2 %3 seconds after TERM "
                                                    "and KILL; it is no longer watched and may "
                                                    "still be running there.")
                                                 .arg(shared.program, m_session.destination())
                                                 .arg(2 * kGraceMs / 1000))});
            return false;
        }
    }

    qint64 readThisTick = 0;
    for (int isStderr = 0; isStderr <= 1; ++isStderr) {
        CommandWrapper::MarkerFilter &filter = isStderr ? *job.err : *job.out;
        const bool alive
            = drainChannel(channel, isStderr != 0, shared.undelivered, &readThisTick,
                           [&](const QByteArray &bytes) {
                               const QByteArray chunk = filter.feed(bytes);
                               if (!isStderr && !job.pidKnown && !filter.markerText().isEmpty()) {
                                   job.pid = filter.markerText().trimmed().toLongLong();
                                   job.pidKnown = true;
                                   post([s = job.shared, pid = job.pid] {
                                       if (s->handle) {
                                           s->handle->m_pid = pid;
                                           emit s->handle->started(pid);
                                       }
                                   });
                               }
                               deliver(job, chunk, isStderr != 0);
                           });
        if (!alive)
            return false; // connectionLost finished every job
    }

    if (channelDone(channel)) {
        ProcessResult result = exitResultOf(channel);
        if (result.exitStatus < 0 && result.exitSignal.isEmpty() && !m_session.isConnected()) {
            // The server went away between the end of the output and the exit status: how
            // the command ended is not known (sbatch may have queued the job it printed).
            connectionLost(m_session.errorString());
            return false;
        }
        result.cancelled = job.cancel != ProcessJob::Cancel::None;
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
    postFinished(job.shared, result);
}

} // namespace Patagon
