// Terminal (PTY) sessions: the caller's handle (SshTerminal) and the worker's side: open the
// channel with a PTY, then pump its output, the typed input, size changes and the hang-up.
#include "core/ssh/connection.h"
#include "core/ssh/connectionworker.h"
#include "core/ssh/connectionworker_p.h"

#include "core/ssh/commandwrapper.h"
#include "core/tr.h"

namespace Patagon {

using namespace WorkerDetail;

namespace {
constexpr const char *kTerminalType = "xterm-256color";
}

SshTerminal::SshTerminal(std::shared_ptr<TerminalShared> shared, Connection *connection,
                         QObject *parent)
    : QObject(parent)
    , m_shared(std::move(shared))
    , m_connection(connection)
{}

SshTerminal::~SshTerminal()
{
    if (!m_finished)
        hangUp();
}

void SshTerminal::wakeWorker()
{
    if (!m_connection)
        return;
    ConnectionWorker *worker = m_connection->m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->wake(); }, Qt::QueuedConnection);
}

void SshTerminal::write(const QByteArray &bytes)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->input += bytes;
    }
    wakeWorker();
}

void SshTerminal::resize(int columns, int rows)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->columns = columns;
        m_shared->rows = rows;
        m_shared->resized = true;
    }
    wakeWorker();
}

void SshTerminal::setOutputPaused(bool paused)
{
    m_shared->outputPaused = paused;
    if (!paused)
        wakeWorker();
}

void SshTerminal::hangUp()
{
    m_shared->hangUpRequested = true;
    wakeWorker();
}

SshTerminal *Connection::openTerminal(const QString &program, const QByteArray &commandLine,
                                      int columns, int rows, QObject *parent)
{
    auto shared = std::make_shared<TerminalShared>();
    shared->program = program;
    shared->commandLine = commandLine;
    shared->columns = columns;
    shared->rows = rows;
    auto *terminal = new SshTerminal(shared, this, parent ? parent : this);
    shared->handle = terminal;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, shared] { w->startTerminal(shared); }, Qt::QueuedConnection);
    return terminal;
}

// ------------------------------------------------------------------------------------------
void ConnectionWorker::startTerminal(const std::shared_ptr<TerminalShared> &terminal)
{
    TerminalJob job;
    job.shared = terminal;
    const QString what = terminal->program.isEmpty() ? Tr::tr("a shell") : terminal->program;
    const auto fail = [&](const QString &why) {
        finishTerminal(
            job,
            ProcessResult {-1, QString(), false,
                           Result::error(ErrorCode::Remote,
                                         Tr::tr("Could not open a terminal with %1 on %2: %3.")
                                             .arg(what, m_session.destination(), why))});
    };
    if (terminal->hangUpRequested.load())
        return finishTerminal(job, ProcessResult {-1, QString(), true, Result::ok()});
    if (!m_session.isConnected()) {
        // A terminal is the user's own session: it is not kept for a reconnect.
        return finishTerminal(job,
                              ProcessResult {-1, QString(), false,
                                             Result::error(ErrorCode::Network,
                                                           Tr::tr("Not connected. Connect to the "
                                                                  "cluster first."))});
    }
    ssh_session s = m_session.handle();
    job.channel.reset(ssh_channel_new(s));
    ssh_channel channel = job.channel.get();
    if (!channel || ssh_channel_open_session(channel) != SSH_OK) {
        if (!ssh_is_connected(s)) {
            job.channel.reset();
            fail(m_session.errorString());
            return connectionLost(m_session.errorString());
        }
        if (ssh_get_error_code(s) == SSH_REQUEST_DENIED)
            return fail(Tr::tr("the server allows no more sessions on this connection; close "
                               "another terminal or wait for running commands to end"));
        return fail(m_session.errorString());
    }
    int columns = 80;
    int rows = 24;
    {
        QMutexLocker lock(&terminal->mutex);
        columns = terminal->columns;
        rows = terminal->rows;
        terminal->resized = false;
    }
    if (ssh_channel_request_pty_size(channel, kTerminalType, columns, rows) != SSH_OK)
        return fail(m_session.errorString());
    const int rc = terminal->commandLine.isEmpty()
        ? ssh_channel_request_shell(channel)
        : ssh_channel_request_exec(
              channel, CommandWrapper::terminalExecRequest(terminal->commandLine).constData());
    if (rc != SSH_OK)
        return fail(m_session.errorString());
    m_terminals.push_back(std::make_unique<TerminalJob>(std::move(job)));
    m_pumpAgain = true; // the requests above may have buffered its first output
    schedulePump();
}

bool ConnectionWorker::pumpTerminal(TerminalJob &job)
{
    TerminalShared &shared = *job.shared;
    ssh_channel channel = job.channel.get();
    if (shared.hangUpRequested.load()) {
        finishTerminal(job, ProcessResult {-1, QStringLiteral("HUP"), true, Result::ok()});
        return false; // erasing the job closes the channel: sshd hangs the terminal up
    }
    QByteArray input;
    std::optional<std::pair<int, int>> size;
    {
        QMutexLocker lock(&shared.mutex);
        input = std::exchange(shared.input, {});
        if (shared.resized)
            size = std::make_pair(shared.columns, shared.rows);
        shared.resized = false;
    }
    if (size)
        ssh_channel_change_pty_size(channel, size->first, size->second);
    for (qsizetype written = 0; written < input.size();) {
        const int n
            = ssh_channel_write(channel, input.constData() + written,
                                uint32_t(std::min<qsizetype>(input.size() - written, 32768)));
        if (n == SSH_ERROR) {
            if (!ssh_is_connected(m_session.handle())) {
                connectionLost(m_session.errorString());
                return false;
            }
            break; // the session is ending: its end is read below
        }
        written += n;
    }
    if (shared.outputPaused.load()) {
        m_readBlocked = true; // looked at again on the tick, or when the caller resumes
        return true;
    }
    qint64 readThisTick = 0;
    for (int isStderr = 0; isStderr <= 1; ++isStderr) {
        const bool alive = drainChannel(channel, isStderr != 0, shared.undelivered, &readThisTick,
                                        [&](const QByteArray &chunk) {
                                            shared.undelivered += chunk.size();
                                            post([s = job.shared, chunk] {
                                                s->undelivered -= chunk.size();
                                                if (s->handle)
                                                    emit s->handle->output(chunk);
                                            });
                                        });
        if (!alive)
            return false; // connectionLost finished every session
    }
    if (!channelDone(channel))
        return true;
    const ProcessResult result = exitResultOf(channel);
    if (result.exitStatus < 0 && result.exitSignal.isEmpty() && !m_session.isConnected()) {
        connectionLost(m_session.errorString()); // the end is not known: the session was lost
        return false;
    }
    finishTerminal(job, result);
    return false;
}

void ConnectionWorker::finishTerminal(TerminalJob &job, const ProcessResult &result)
{
    postFinished(job.shared, result);
}

} // namespace Patagon
