// Knowing what was typed in a container shell, and whether it worked. The shell is bash with a
// start-up file of its own: it reads the user's ~/.bashrc as usual, then adds a prompt hook
// that, after each command, prints a private OSC sequence holding a session token, the
// command's exit status and the command line from bash's history:
//     ESC ] 6973 ; TOKEN ; STATUS ; COMMAND BEL
// ShellMarks takes those sequences out of the terminal's output (so the emulator never sees
// them) and reports each command. The token keeps a file that merely prints such a sequence
// (`cat` of a log) from being taken for a command, unless it knows this session's token.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Patagon::Container {

class ShellMarks : public QObject
{
    Q_OBJECT

public:
    explicit ShellMarks(QObject *parent = nullptr);

    // The program to run instead of `bash` (e.g. as ShellRequest::program): sh writes the
    // start-up file to a temporary file (which removes itself when read) and execs
    // `bash --rcfile FILE -i`.
    QStringList program() const;
    QString token() const { return m_token; }

    // The terminal's output without the marks; a mark cut by the chunk's end is held until
    // the rest arrives (takePending() gives held bytes up, e.g. when output stops).
    QByteArray filter(const QByteArray &chunk);
    QByteArray takePending();
    bool hasPending() const { return !m_pending.isEmpty(); }

    static constexpr int kMaxMarkBytes = 16384; // longer: not a mark, passed through as text

signals:
    // A command line bash ran, and its exit status.
    void commandFinished(const QString &commandLine, int exitStatus);

private:
    void handleMark(const QByteArray &body);

    QString m_token;
    QByteArray m_pending;
};

} // namespace Patagon::Container
