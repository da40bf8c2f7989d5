// `patagon-studio shell [--profile NAME] [--container NAME [--node N] [--partition P]
// [--remap-root]] [-- COMMAND...]`: the login shell, a command, or a shell in a named container
// on its node, on a terminal (PTY) through the app's own connection. The local terminal is put
// in raw mode while it runs, and its size follows the window (the terminal calls: console.h).
#include "app/cli/shellcommand.h"

#include "app/cli/clisession.h"
#include "app/cli/console.h"
#include "app/cli/terminal.h"
#include "core/container/containerservice.h"
#include "core/container/containershell.h"
#include "core/container/shellmarks.h"
#include "core/packages/packagemanifest.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>

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

TerminalSize windowSize()
{
    if (const std::optional<TerminalSize> reported = Console::windowSize())
        return *reported;
    TerminalSize size;
    bool ok = false;
    if (const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok); ok && columns > 0)
        size.columns = columns;
    if (const int rows = qEnvironmentVariableIntValue("LINES", &ok); ok && rows > 0)
        size.rows = rows;
    return size;
}

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

// After a container shell: the installs that worked in it, each offered for the container's
// package list (asked only on a terminal; nothing is recorded unasked).
void offerTypedInstalls(CliSession &session, const Container::ShellRequest &request,
                        const QList<Packages::TypedInstall> &installs)
{
    if (installs.isEmpty())
        return;
    const bool canAsk = Console::inputIsTerminal();
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

int runSession(RemoteTerminal *terminal, Container::ShellMarks *marks,
               Console::WindowSizeWatch *watch)
{
    // Every key goes to the remote side (Ctrl+C included), nothing is echoed twice; restored
    // however the command ends.
    const Console::InputMode raw(Console::InputMode::Raw);
    QSocketNotifier input(Console::inputDescriptor(), QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, terminal, [&] {
        char buffer[4096];
        const qint64 n = Console::readInput(buffer, sizeof buffer);
        if (n > 0)
            terminal->write(QByteArray(buffer, qsizetype(n)));
        else
            input.setEnabled(false); // end of input: the command decides when it is done
    });
    QSocketNotifier resized(watch->descriptor(), QSocketNotifier::Read);
    QObject::connect(&resized, &QSocketNotifier::activated, terminal, [&] {
        watch->drain();
        terminal->resize(windowSize());
    });
    QObject::connect(terminal, &RemoteTerminal::output, terminal, [marks](const QByteArray &chunk) {
        Console::writeOutput(marks ? marks->filter(chunk) : chunk);
    });
    QEventLoop loop;
    QObject::connect(terminal, &RemoteTerminal::finished, &loop, &QEventLoop::quit);
    if (!terminal->isFinished())
        loop.exec();
    if (marks)
        Console::writeOutput(marks->takePending());
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
    auto watch = std::make_unique<Console::WindowSizeWatch>();
    if (!watch->isWatching())
        return fail(Text::tr("Could not watch the terminal's size."));
    RemoteTerminal *terminal = session.host()->openTerminal(argv, windowSize());
    const bool marked = !c.container.isEmpty() && request.command.isEmpty();
    runSession(terminal, marked ? &marks : nullptr, watch.get());
    watch.reset();
    offerTypedInstalls(session, c, installs);
    const ProcessResult result = terminal->result();
    if (!result.result)
        return fail(result.result.message());
    if (!result.exitSignal.isEmpty()) {
        err() << Text::tr("The session ended by signal %1.").arg(result.exitSignal) << '\n';
        return 128 + Console::signalNumber(result.exitSignal); // as a shell reports it
    }
    return result.exitStatus;
}

} // namespace Patagon::Cli
