// Console on POSIX systems: termios modes, TIOCGWINSZ, and SIGWINCH through a self-pipe (the
// handler only writes one byte; the event loop does the rest).
#include "app/cli/console.h"

#include "core/remote/remoteterminal.h"

#include <cstring>

#include <csignal>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace Patagon::Cli::Console {

namespace {

int s_windowPipe[2] = {-1, -1};

void onWindowChange(int)
{
    const char byte = 'w';
    [[maybe_unused]] const ssize_t n = ::write(s_windowPipe[1], &byte, 1);
}

} // namespace

bool inputIsTerminal()
{
    return ::isatty(STDIN_FILENO);
}

struct InputMode::Saved
{
    termios mode {};
};

InputMode::InputMode(Kind kind)
{
    termios saved {};
    if (!::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &saved) != 0)
        return;
    termios changed = saved;
    bool set = false;
    if (kind == Raw) {
        ::cfmakeraw(&changed);
        set = ::tcsetattr(STDIN_FILENO, TCSANOW, &changed) == 0;
    } else {
        // TCSAFLUSH before the prompt shows: nothing typed in answer is lost.
        changed.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &changed);
        set = true; // restored in any case, as a failed change leaves the mode as it was
    }
    if (set)
        m_saved = std::make_unique<Saved>(Saved {saved});
}

InputMode::~InputMode()
{
    if (m_saved)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved->mode);
}

std::optional<TerminalSize> windowSize()
{
    winsize ws {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0)
        return TerminalSize {ws.ws_col, ws.ws_row};
    return std::nullopt;
}

int inputDescriptor()
{
    return STDIN_FILENO;
}

qint64 readInput(char *buffer, qint64 size)
{
    return ::read(STDIN_FILENO, buffer, size_t(size));
}

void writeOutput(const QByteArray &bytes)
{
    for (qsizetype done = 0; done < bytes.size();) {
        const ssize_t n
            = ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

WindowSizeWatch::WindowSizeWatch()
{
    if (::pipe2(s_windowPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        s_windowPipe[0] = s_windowPipe[1] = -1;
        return;
    }
    std::signal(SIGWINCH, onWindowChange);
}

WindowSizeWatch::~WindowSizeWatch()
{
    if (!isWatching())
        return;
    std::signal(SIGWINCH, SIG_DFL);
    for (int &fd : s_windowPipe) {
        ::close(fd);
        fd = -1;
    }
}

bool WindowSizeWatch::isWatching() const
{
    return s_windowPipe[0] >= 0;
}

int WindowSizeWatch::descriptor() const
{
    return s_windowPipe[0];
}

void WindowSizeWatch::drain()
{
    char drained[64];
    [[maybe_unused]] const ssize_t n = ::read(s_windowPipe[0], drained, sizeof drained);
}

int signalNumber(const QString &name)
{
    for (int n = 1; n < 65; ++n) {
        const char *abbreviation = sigabbrev_np(n);
        if (abbreviation && name == QLatin1String(abbreviation))
            return n;
    }
    return 0;
}

} // namespace Patagon::Cli::Console
