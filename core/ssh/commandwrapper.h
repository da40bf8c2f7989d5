// How a finished command line reaches /bin/sh on the server whatever the user's login shell,
// and how the command's PID and real output are told apart from what the login shell printed.
//
// sshd hands the exec request to the login shell (bash, tcsh, fish, ...), which may print
// banners from its rc files and parses the text by its own rules. So the exec request is one
// fixed line, safe in every shell (single-quoted text without `'`, `\\`, `!` or a newline):
// `/bin/sh` reading the real script from standard input up to a line holding a per-command
// nonce. Nothing runs unless that whole script arrived. The script prints a marker with the
// PID on stdout and a marker on stderr before it becomes the command: every byte before the
// markers is the login shell's noise. A command with input first stores exactly that many
// bytes and runs only if all of them came, so a dropped connection can never hand a program
// (sbatch) half its input.
#pragma once

#include <QByteArray>

namespace Patagon::CommandWrapper {

// A fresh random nonce (hex digits only).
QByteArray newNonce();
// The text of the exec request.
QByteArray execRequest(const QByteArray &nonce);
// The exec request of a command on a terminal (PTY): standard input is the user's, so the
// command travels in the request itself, base64-encoded (safe in every login shell), decoded
// and run by /bin/sh.
QByteArray terminalExecRequest(const QByteArray &commandLine);
// What goes to the channel's standard input: the script that runs `commandLine` (a simple
// command, already quoted), then `standardInput` itself.
QByteArray prologue(const QByteArray &nonce, const QByteArray &commandLine,
                    const QByteArray &standardInput);
// The exit status the wrapper uses when it ran nothing (script or input incomplete).
constexpr int kNotRunStatus = 125;

// One output stream of a wrapped command: drops what comes before its marker line, bounded
// in memory however much the login shell prints.
class MarkerFilter
{
public:
    MarkerFilter(const QByteArray &nonce, bool isStderr);

    // The command's own bytes in `chunk` (empty while the marker has not been seen).
    QByteArray feed(const QByteArray &chunk);
    bool markerSeen() const { return m_seen; }
    // The text after the marker on its line (stdout: the PID).
    const QByteArray &markerText() const { return m_markerText; }
    // At the end, when the marker never came: the tail of what the login shell printed (its
    // error, if the wrapper could not run), else nothing.
    QByteArray takeUnmarked();

private:
    QByteArray m_marker;
    QByteArray m_pending;
    QByteArray m_markerText;
    bool m_seen = false;
};

} // namespace Patagon::CommandWrapper
