// LocalHost's terminals: a pseudo-terminal from forkpty(3), the program in its own session
// (so the terminal closing sends it SIGHUP), output read when the master side is readable.
// POSIX only (see docs/porting.md for the other systems).
#include "core/remote/localhost.h"

#include "core/remote/shellquote.h"
#include "core/tr.h"

#include <QByteArray>
#include <QDir>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Patagon {

namespace {

class LocalTerminal final : public RemoteTerminal
{
public:
    LocalTerminal(const QStringList &argv, TerminalSize size, const QString &home, QObject *parent)
        : RemoteTerminal(size, parent)
    {
        const Expected<QByteArray> line
            = argv.isEmpty() ? Expected<QByteArray>(QByteArray()) : Shell::joinArguments(argv);
        if (!line) {
            failLater(line.result());
            return;
        }
        winsize ws {};
        ws.ws_col = ushort(size.columns);
        ws.ws_row = ushort(size.rows);
        // Everything the child needs is prepared before the fork.
        const QByteArray shell
            = qEnvironmentVariable("SHELL", QStringLiteral("/bin/sh")).toLocal8Bit();
        const QByteArray command = line->isEmpty() ? QByteArray() : QByteArray("exec " + *line);
        const QByteArray dir = QDir(home).exists() ? home.toLocal8Bit() : QByteArray("/");
        int master = -1;
        const pid_t pid = forkpty(&master, nullptr, nullptr, &ws);
        if (pid < 0) {
            failLater(Result::error(ErrorCode::Io,
                                    Tr::tr("Could not open a terminal: %1.")
                                        .arg(QString::fromLocal8Bit(std::strerror(errno)))));
            return;
        }
        if (pid == 0) {
            ::setenv("TERM", "xterm-256color", 1);
            if (::chdir(dir.constData()) != 0)
                ::_exit(127);
            if (command.isEmpty())
                ::execl(shell.constData(), shell.constData(), "-l", static_cast<char *>(nullptr));
            else
                ::execl("/bin/sh", "sh", "-c", command.constData(), static_cast<char *>(nullptr));
            ::_exit(127);
        }
        m_pid = pid;
        m_master = master;
        ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
        m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] { readOutput(); });
    }

    ~LocalTerminal() override
    {
        if (m_pid > 0) {
            closeMaster();
            ::kill(-m_pid, SIGHUP);
            ::kill(-m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
    }

protected:
    void sendInput(const QByteArray &bytes) override
    {
        m_pending += bytes;
        writePending();
    }
    void sendSize(TerminalSize size) override
    {
        if (m_master < 0)
            return;
        winsize ws {};
        ws.ws_col = ushort(size.columns);
        ws.ws_row = ushort(size.rows);
        ::ioctl(m_master, TIOCSWINSZ, &ws);
    }
    void requestHangUp() override
    {
        closeMaster(); // the session leader gets SIGHUP
        if (m_pid > 0)
            ::kill(-m_pid, SIGHUP);
        reap(true);
    }

private:
    void failLater(const Result &why)
    {
        QTimer::singleShot(
            0, this, [this, why] { reportFinished(ProcessResult {-1, QString(), false, why}); });
    }

    void writePending()
    {
        while (!m_pending.isEmpty() && m_master >= 0) {
            const ssize_t n = ::write(m_master, m_pending.constData(), size_t(m_pending.size()));
            if (n <= 0) {
                if (n < 0 && errno == EAGAIN)
                    QTimer::singleShot(10, this, [this] { writePending(); });
                return;
            }
            m_pending.remove(0, n);
        }
    }

    void sendOutputPaused(bool paused) override
    {
        if (m_notifier)
            m_notifier->setEnabled(!paused);
    }

    void readOutput()
    {
        char buffer[65536];
        // At most 1 MB per turn of the event loop (a program that never stops printing must
        // not keep the loop here), and nothing more once the reader paused.
        for (int turns = 0; m_master >= 0 && !isOutputPaused(); ++turns) {
            if (turns == 16)
                return; // the notifier fires again for what is left
            const ssize_t n = ::read(m_master, buffer, sizeof buffer);
            if (n > 0) {
                reportOutput(QByteArray(buffer, qsizetype(n)));
                continue;
            }
            if (n < 0 && errno == EAGAIN)
                return;
            // EIO: every process holding the terminal is gone.
            closeMaster();
            reap(false);
        }
    }

    void closeMaster()
    {
        delete m_notifier;
        m_notifier = nullptr;
        if (m_master >= 0)
            ::close(m_master);
        m_master = -1;
    }

    void reap(bool hungUp)
    {
        if (m_pid <= 0)
            return;
        int status = 0;
        if (::waitpid(m_pid, &status, hungUp ? WNOHANG : 0) == 0) {
            // Still running after SIGHUP: it ignores it.
            ::kill(-m_pid, SIGKILL);
            ::waitpid(m_pid, &status, 0);
        }
        m_pid = -1;
        ProcessResult result;
        result.cancelled = hungUp;
        if (WIFSIGNALED(status))
            result.exitSignal = QString::fromLatin1(sigabbrev_np(WTERMSIG(status)));
        else
            result.exitStatus = WEXITSTATUS(status);
        reportFinished(result);
    }

    pid_t m_pid = -1;
    int m_master = -1;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_pending;
};

} // namespace

RemoteTerminal *LocalHost::openTerminal(const QStringList &argv, TerminalSize size, QObject *parent)
{
    return new LocalTerminal(argv, size, m_home, parent ? parent : this);
}

} // namespace Patagon
