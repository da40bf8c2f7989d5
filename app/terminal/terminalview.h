// One terminal session in a widget: a QTermWidget in teletype mode bound to a RemoteTerminal
// (what the host prints is written to the widget's own PTY; what the user types goes to the
// host), the window size followed, a banner for what the session holds, and an honest end:
// when the session or the connection ends, it says so and offers a new one.
#pragma once

#include "core/processtypes.h"
#include "core/remote/remoteterminal.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSocketNotifier;
class QTermWidget;

namespace Patagon {

class RemoteHost;
namespace Container {
class ShellMarks;
}

class TerminalView : public QWidget
{
    Q_OBJECT

public:
    // Opens `argv` on `host` (its login shell when empty). `banner`: shown above the terminal
    // (e.g. what the session holds on a compute node); empty for none. `marks`: when argv runs
    // a shell with ShellMarks' hook, its marks are taken out of the output (the view owns it).
    TerminalView(RemoteHost *host, const QStringList &argv, const QString &banner,
                 QWidget *parent = nullptr, Container::ShellMarks *marks = nullptr);
    ~TerminalView() override;

    bool isRunning() const;
    RemoteTerminal *terminal() const { return m_terminal; }
    QTermWidget *widget() const { return m_widget; }
    // The screen's text (the scrollback included), lines without their trailing blanks.
    QString screenText() const;
    // As if typed: through the emulator (so keys are encoded as the terminal sends them).
    void typeText(const QString &text);
    Container::ShellMarks *marks() const { return m_marks; }
    // A bar between the banner and the terminal (e.g. an offer about what was typed).
    void addBar(QWidget *bar);

signals:
    void ended(const Patagon::ProcessResult &result);
    // The user asked for a new session in the same place.
    void reopenRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showOutput(const QByteArray &chunk);
    void writeToEmulator(const QByteArray &bytes);
    void flushBacklog();
    void onFinished(const ProcessResult &result);
    void followSize();
    void retranslate();
    QString endText() const;

    QStringList m_argv;
    std::optional<ProcessResult> m_result;
    QPointer<RemoteTerminal> m_terminal;
    QTermWidget *m_widget;
    QLabel *m_banner;
    QLabel *m_endText;
    QPushButton *m_reopen;
    QWidget *m_endBar;
    Container::ShellMarks *m_marks;
    int m_slave = -1;
    // Output the emulator has not taken yet: the PTY between holds a few kilobytes, and the
    // emulator reads it on this same thread, so the rest waits here (not in a blocking write)
    // and the session is paused while there is much of it.
    QByteArray m_backlog;
    qsizetype m_backlogDone = 0;
    QSocketNotifier *m_slaveWritable = nullptr;
    TerminalSize m_sentSize;
};

} // namespace Patagon
