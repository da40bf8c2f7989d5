// `patagon-studio shell [--profile NAME] [--container NAME [--node N] [--partition P]
// [--remap-root]] [-- COMMAND...]`: the login shell, a command, or a shell in a named container
// on its node, on a terminal (PTY) through the app's own connection. The local terminal is put
// in raw mode while it runs, and its size follows the window (SIGWINCH). POSIX terminal calls.
#include "app/cli/shellcommand.h"

#include "app/cli/clisession.h"
#include "app/cli/terminal.h"
#include "core/container/containerservice.h"
#include "core/container/containershell.h"
#include "core/container/shellmarks.h"
#include "core/packages/packagemanifest.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace Patagon::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Patagon::Cli)
};

QString usage()
{
    return Text::tr("patagon-studio shell [--profile NAME] [--container NAME [--node N] "
                    "[--partition P] [--remap-root]] [-- COMMAND...]");
}

int signalPipe[2] = {-1, -1};

void onWindowChange(int)
{
    const char byte = 'w';
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

TerminalSize windowSize()
{
    winsize ws {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0)
        return TerminalSize {ws.ws_col, ws.ws_row};
    TerminalSize size;
    bool ok = false;
    if (const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok); ok && columns > 0)
        size.columns = columns;
    if (const int rows = qEnvironmentVariableIntValue("LINES", &ok); ok && rows > 0)
        size.rows = rows;
    return size;
}

// Raw mode on the local terminal while the session runs: every key goes to the remote side
// (Ctrl+C included), nothing is echoed twice. Restored however the command ends.
class RawMode
{
public:
    RawMode()
    {
        if (!::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios raw = m_saved;
        ::cfmakeraw(&raw);
        m_active = ::tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0;
    }
    ~RawMode()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }

private:
    termios m_saved {};
    bool m_active = false;
};

struct Request
{
    QString profile;
    Container::ShellRequest container;
    QStringList command;
};

// The node that holds `name`: the one its manifest recorded, else the cluster's list.
Expected<QString> nodeOf(CliSession &session, const Container::ShellRequest &request)
{
    if (!request.node.isEmpty())
        return request.node;
    const Packages::ManifestStore store;
    const Expected<Packages::PackageManifest> manifest
        = store.load(session.host()->name(), request.container);
    if (manifest && !manifest->node.isEmpty())
        return manifest->node;
    err() << Text::tr("Looking for the container \"%1\" on the cluster's nodes…")
                 .arg(request.container)
          << '\n';
    err().flush();
    Container::ContainerService service(session.host());
    const auto list = await<Expected<Container::ContainerList>>(
        [&](std::function<void(const Expected<Container::ContainerList> &)> done) {
            service.list(request.partition, nullptr, done);
        });
    if (!list)
        return list.result();
    QStringList nodes;
    for (const Container::NamedContainer &c : list->containers) {
        if (c.name == request.container)
            nodes << c.node;
    }
    if (nodes.size() == 1)
        return nodes.first();
    if (nodes.isEmpty())
        return Result::error(ErrorCode::NotFound,
                             Text::tr("There is no container named \"%1\" on the nodes checked "
                                      "(%2). Create it first: patagon-studio containers create.")
                                 .arg(request.container, list->nodesChecked.join(u", ")));
    return Result::error(ErrorCode::InvalidInput,
                         Text::tr("The container \"%1\" exists on several nodes (%2): say which "
                                  "with --node.")
                             .arg(request.container, nodes.join(u", ")));
}

void writeOut(const QByteArray &bytes)
{
    for (qsizetype done = 0; done < bytes.size();) {
        const ssize_t n
            = ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

// After a container shell: the installs that worked in it, each offered for the container's
// package list (asked only on a terminal; nothing is recorded unasked).
void offerTypedInstalls(CliSession &session, const Container::ShellRequest &request,
                        const QList<Packages::TypedInstall> &installs)
{
    if (installs.isEmpty())
        return;
    const bool canAsk = ::isatty(STDIN_FILENO);
    Container::ContainerService service(session.host());
    for (const Packages::TypedInstall &install : installs) {
        err() << Text::tr("This worked in the shell: %1").arg(install.command) << '\n';
        if (!canAsk) {
            err() << Text::tr("Not recorded in the package list (no terminal to ask).") << '\n';
            continue;
        }
        const std::optional<QByteArray> answer = readLine(
            Text::tr("Record %1 in the package list of \"%2\", so that a replay installs it? "
                     "[y/N] ")
                .arg(install.step.packages.join(u", "), request.container),
            true);
        const QByteArray a = answer.value_or(QByteArray()).trimmed().toLower();
        if (a != "y" && a != "yes" && a != Text::tr("yes").toUtf8() && a != Text::tr("y").toUtf8())
            continue;
        const Result recorded
            = service.recordTypedInstall(request.container, request.node, install);
        err() << (recorded ? Text::tr("Recorded.")
                           : Text::tr("Could not record it: %1").arg(recorded.message()))
              << '\n';
    }
    err().flush();
}

int runSession(RemoteTerminal *terminal, Container::ShellMarks *marks)
{
    RawMode raw;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, terminal, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0)
            terminal->write(QByteArray(buffer, qsizetype(n)));
        else
            input.setEnabled(false); // end of input: the command decides when it is done
    });
    QSocketNotifier resized(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&resized, &QSocketNotifier::activated, terminal, [&] {
        char drained[64];
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], drained, sizeof drained);
        terminal->resize(windowSize());
    });
    QObject::connect(terminal, &RemoteTerminal::output, terminal, [marks](const QByteArray &chunk) {
        writeOut(marks ? marks->filter(chunk) : chunk);
    });
    QEventLoop loop;
    QObject::connect(terminal, &RemoteTerminal::finished, &loop, &QEventLoop::quit);
    if (!terminal->isFinished())
        loop.exec();
    if (marks)
        writeOut(marks->takePending());
    return 0;
}

} // namespace

int runShellCommand(const QStringList &arguments)
{
    QStringList rest = arguments;
    QString problem;
    Request request;
    request.profile = CliSession::profileFor(&rest, &problem);
    if (!problem.isEmpty())
        return usageError(problem);
    const qsizetype dashes = rest.indexOf(QStringLiteral("--"));
    if (dashes >= 0) {
        request.command = rest.mid(dashes + 1);
        rest = rest.mid(0, dashes);
    }
    Container::ShellRequest &c = request.container;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString &a = rest.at(i);
        const auto value = [&](QString *into) {
            if (i + 1 >= rest.size())
                return false;
            *into = rest.at(++i);
            return true;
        };
        if (a == u"--remap-root")
            c.remapRoot = true;
        else if ((a == u"--container" && value(&c.container)) || (a == u"--node" && value(&c.node))
                 || (a == u"--partition" && value(&c.partition)))
            continue;
        else
            return usageError(usage());
    }
    if (c.container.isEmpty() && (c.remapRoot || !c.node.isEmpty() || !c.partition.isEmpty()))
        return usageError(usage());

    CliSession session(err());
    if (const Result opened = session.open(request.profile); !opened)
        return fail(opened.message());
    QStringList argv = request.command;
    Container::ShellMarks marks;
    QList<Packages::TypedInstall> installs;
    if (!c.container.isEmpty()) {
        const Expected<QString> node = nodeOf(session, c);
        if (!node)
            return fail(node.errorMessage());
        c.node = *node;
        c.program = request.command;
        if (request.command.isEmpty()) { // interactive: typed installs are noticed
            c.program = marks.program();
            QObject::connect(&marks, &Container::ShellMarks::commandFinished, &marks,
                             [&installs](const QString &line, int status) {
                                 installs << Packages::typedInstalls(line, status);
                             });
        }
        const Expected<QStringList> srun = Container::shellArguments(c);
        if (!srun)
            return fail(srun.errorMessage());
        argv = *srun;
        err() << Text::tr("A shell in the container \"%1\" on %2: it holds a place on that node "
                          "until it ends (exit, or Ctrl+D).")
                     .arg(c.container, c.node)
              << '\n';
        err().flush();
    }
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return fail(Text::tr("Could not watch the terminal's size."));
    std::signal(SIGWINCH, onWindowChange);
    RemoteTerminal *terminal = session.host()->openTerminal(argv, windowSize());
    const bool marked = !c.container.isEmpty() && request.command.isEmpty();
    runSession(terminal, marked ? &marks : nullptr);
    std::signal(SIGWINCH, SIG_DFL);
    offerTypedInstalls(session, c, installs);
    const ProcessResult result = terminal->result();
    if (!result.result)
        return fail(result.result.message());
    if (!result.exitSignal.isEmpty()) {
        err() << Text::tr("The session ended by signal %1.").arg(result.exitSignal) << '\n';
        for (int n = 1; n < 65; ++n) {
            const char *name = sigabbrev_np(n);
            if (name && result.exitSignal == QLatin1String(name))
                return 128 + n; // as a shell reports it
        }
        return 128;
    }
    return result.exitStatus;
}

} // namespace Patagon::Cli
