// An interactive session on a terminal (a PTY) on the host: the user's login shell, or a
// command such as `srun --pty bash`. Output is the terminal's own bytes (escape sequences and
// all); input is what the user types. Sessions are never replayed: a dropped connection ends
// them (finished() says so), and deleting the handle hangs up.
#pragma once

#include "core/processtypes.h"

#include <QObject>

namespace Patagon {

struct TerminalSize
{
    int columns = 80;
    int rows = 24;
};

class RemoteTerminal : public QObject
{
    Q_OBJECT

public:
    // Typed bytes, in order. Ignored once finished.
    void write(const QByteArray &bytes);
    // The window's new size in character cells: the program sees SIGWINCH.
    void resize(TerminalSize size);
    // Ends the session: the remote side sees its terminal close (SIGHUP).
    void hangUp();
    // Flow control, as a real terminal has it: while paused no more output is read, and the
    // program blocks once the buffers in between are full (e.g. while a view catches up).
    void setOutputPaused(bool paused);
    bool isOutputPaused() const { return m_paused; }
    bool isFinished() const { return m_finished; }
    ProcessResult result() const { return m_result; }
    TerminalSize size() const { return m_size; }

signals:
    void output(const QByteArray &chunk);
    void finished(const Patagon::ProcessResult &result);

protected:
    RemoteTerminal(TerminalSize size, QObject *parent);
    virtual void sendInput(const QByteArray &bytes) = 0;
    virtual void sendSize(TerminalSize size) = 0;
    virtual void requestHangUp() = 0;
    virtual void sendOutputPaused(bool paused) = 0;
    void reportOutput(const QByteArray &chunk);
    void reportFinished(const ProcessResult &result);

private:
    ProcessResult m_result;
    TerminalSize m_size;
    bool m_finished = false;
    bool m_paused = false;
};

} // namespace Patagon
