// The terminal the command line runs on (standard input and output): its modes, its window
// size and its size-change signal, and the local signal numbers. Only console_posix.cpp speaks
// POSIX (termios, ioctl, SIGWINCH); docs/porting.md says what a Windows console would need.
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace Patagon {
struct TerminalSize;
}

namespace Patagon::Cli::Console {

bool inputIsTerminal();

// While alive, standard input's terminal (if it is one) is in `kind` of mode: NoEcho hides what
// is typed and discards what was typed before (so set it before the prompt shows), Raw passes
// every key on (Ctrl+C included) and echoes nothing. The previous mode comes back when it goes.
class InputMode
{
public:
    enum Kind
    {
        NoEcho,
        Raw
    };
    explicit InputMode(Kind kind);
    ~InputMode();
    InputMode(const InputMode &) = delete;
    InputMode &operator=(const InputMode &) = delete;

    bool isActive() const { return m_saved != nullptr; }

private:
    struct Saved;
    std::unique_ptr<Saved> m_saved;
};

// The window's size in character cells as the terminal on standard output reports it.
std::optional<TerminalSize> windowSize();

// Standard input's descriptor (for a QSocketNotifier) and a read of what is there: the bytes
// read, 0 at end of input, negative on an error.
int inputDescriptor();
qint64 readInput(char *buffer, qint64 size);
// Writes all of `bytes` to standard output, unbuffered; stops at the first failed write.
void writeOutput(const QByteArray &bytes);

// While alive, a change of the window's size makes descriptor() readable (a QSocketNotifier
// watches it; drain() after each notification). One at a time per process.
class WindowSizeWatch
{
public:
    WindowSizeWatch();
    ~WindowSizeWatch();
    WindowSizeWatch(const WindowSizeWatch &) = delete;
    WindowSizeWatch &operator=(const WindowSizeWatch &) = delete;

    bool isWatching() const;
    int descriptor() const;
    void drain();
};

// The number of the signal whose abbreviation (without "SIG") is `name`, as this system
// numbers it; 0 when there is none.
int signalNumber(const QString &name);

} // namespace Patagon::Cli::Console
